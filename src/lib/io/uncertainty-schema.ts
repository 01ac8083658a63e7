/** The `uncertainty` object of a parameter (docs/model.md § Uncertainty), validated for shape here; bounds against the cell's value in read-scenario. */
import * as v from 'valibot';
import { msg, type MessageKey, type Msg } from '../i18n';
import { DISTRIBUTIONS, type Uncertainty } from '../model/scenario';

/**
 * The schema's messages in English (what the backup reader reports too), each with its Chinese in the reader's
 * dictionary; valibot's own defaults have none and stay English.
 */
const KEYS = { bound: 'reader.bound', dist: 'reader.dist', sd: 'reader.sd', yearsRule: 'reader.yearsRule' } as const;
const VARS = { list: DISTRIBUTIONS.join(', ') };
const EN = Object.fromEntries(Object.entries(KEYS).map(([k, key]) => [k, msg(key, VARS).en])) as Record<
	keyof typeof KEYS,
	string
>;

const Bound = v.union([v.pipe(v.number(), v.finite()), v.array(v.pipe(v.number(), v.finite()))], EN.bound);

export const UncertaintySchema = v.strictObject({
	dist: v.picklist(DISTRIBUTIONS, EN.dist),
	low: v.optional(Bound),
	high: v.optional(Bound),
	sd: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0, EN.sd))),
	years: v.optional(
		v.union(
			[v.picklist(['same', 'independent']), v.pipe(v.number(), v.finite(), v.minValue(-1), v.maxValue(1))],
			EN.yearsRule
		)
	)
});

export function parseUncertainty(
	raw: unknown
): { ok: true; value: Uncertainty } | { ok: false; problems: { path: string; message: Msg }[] } {
	const r = v.safeParse(UncertaintySchema, raw);
	if (r.success) return { ok: true, value: r.output as Uncertainty };
	return {
		ok: false,
		problems: r.issues.map((i) => ({
			path: (i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join(''),
			message: said(i.message)
		}))
	};
}

function said(message: string): Msg {
	const key = Object.values(KEYS).find((k: MessageKey) => msg(k, VARS).en === message);
	return key ? msg(key, VARS) : { en: message, zh: message };
}
