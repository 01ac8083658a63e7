/** The `uncertainty` object of a parameter (docs/model.md § Uncertainty), validated for shape here; bounds against the cell's value in read-scenario. */
import * as v from 'valibot';
import { DISTRIBUTIONS, type Uncertainty } from '../model/scenario';

const Bound = v.union(
	[v.pipe(v.number(), v.finite()), v.array(v.pipe(v.number(), v.finite()))],
	'expected a number or one number per plan year'
);

export const UncertaintySchema = v.strictObject({
	dist: v.picklist(DISTRIBUTIONS, `expected one of ${DISTRIBUTIONS.join(', ')}`),
	low: v.optional(Bound),
	high: v.optional(Bound),
	sd: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0, 'expected a standard deviation ≥ 0'))),
	years: v.optional(
		v.union(
			[v.picklist(['same', 'independent']), v.pipe(v.number(), v.finite(), v.minValue(-1), v.maxValue(1))],
			'expected "same", "independent" or a year-to-year correlation between -1 and 1'
		)
	)
});

export function parseUncertainty(
	raw: unknown
): { ok: true; value: Uncertainty } | { ok: false; problems: { path: string; message: string }[] } {
	const r = v.safeParse(UncertaintySchema, raw);
	if (r.success) return { ok: true, value: r.output as Uncertainty };
	return {
		ok: false,
		problems: r.issues.map((i) => ({
			path: (i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join(''),
			message: i.message
		}))
	};
}
