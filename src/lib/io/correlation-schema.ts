/** The shape of a scenario's `correlations` list; its meaning (keys, ranges, a valid matrix) in montecarlo/correlation-check. */
import * as v from 'valibot';
import type { Correlation } from '../model/scenario';

const Pair = v.strictObject({
	a: v.string('expected a parameter key'),
	b: v.string('expected a parameter key'),
	rho: v.pipe(
		v.number('expected a number between -1 and 1'),
		v.finite('expected a number between -1 and 1'),
		v.minValue(-1, 'expected a number between -1 and 1'),
		v.maxValue(1, 'expected a number between -1 and 1')
	)
});
const Pairs = v.pipe(
	v.array(Pair, 'expected a list of { "a": key, "b": key, "rho": number }'),
	v.maxLength(1000, 'more than 1000 pairs')
);

export function parseCorrelations(
	raw: unknown
): { ok: true; value: Correlation[] } | { ok: false; problems: { path: string; message: string }[] } {
	const r = v.safeParse(Pairs, raw);
	if (r.success) return { ok: true, value: r.output };
	return {
		ok: false,
		problems: r.issues.map((i) => ({
			path: (i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join(''),
			message: `${i.message}`
		}))
	};
}
