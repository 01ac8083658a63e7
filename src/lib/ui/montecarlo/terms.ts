/**
 * The statistical terms the Uncertainty tab uses, in the order a planner meets them; each has a name
 * (`mcplain.<term>`) and one plain line (`mcplain.<term>Line`), shown in the glossary and as hover text.
 */
import { t, type Lang } from '../../i18n';

export const TERMS = [
	'monteCarlo',
	'iterations',
	'seed',
	'lhs',
	'deterministic',
	'pct',
	'probability',
	'se',
	'convergence',
	'uniform',
	'triangular',
	'pert',
	'normal',
	'rank',
	'share',
	'tornado'
] as const;
export type Term = (typeof TERMS)[number];

/** A term's line, for a `title`. */
export const termLine = (L: Lang, term: Term) => t(L, `mcplain.${term}Line`);
