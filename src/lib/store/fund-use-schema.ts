/**
 * The fund-use plan's inputs as kept with a scenario: the assessment results per street and quarter (the share of
 * the quarter's subsidy released) and the planner's split of the reward fund by street. A versioned envelope,
 * checked at the edge whenever it is read back (the library, a backup) or written, so that past this point the
 * data is trusted; every problem names the street and quarter it concerns.
 */
import * as v from 'valibot';
import type { AssessmentResult } from '../model/cashflow';
import { pathKey, show } from '../io/issue-text';
import type { Issue } from './result';

export const FUND_USE_FORMAT = 'donghe-fund-use';
export const FUND_USE_VERSION = 1;

/** What the planner typed on the fund-use plan view. */
export interface FundUseInputs {
	assessments: AssessmentResult[];
	/** Street → share of the reward fund, 0–1 each, adding up to at most 1. */
	rewardShares: Record<string, number>;
}

export interface FundUseRecord extends FundUseInputs {
	format: typeof FUND_USE_FORMAT;
	version: typeof FUND_USE_VERSION;
}

/** The shares may add up to the whole fund: floating-point sums of 0.3 + 0.4 + 0.3 are not refused. */
export const SHARES_TOLERANCE = 1e-9;

const SHARE = 'expected a share from 0 to 1';
const STREET = 'expected a street name';
const QUARTER = 'expected a calendar quarter such as "2022Q3"';
const Share = v.pipe(v.number(SHARE), v.finite(SHARE), v.minValue(0, SHARE), v.maxValue(1, SHARE));
const Street = v.pipe(v.string(STREET), v.nonEmpty(STREET), v.maxLength(200, 'longer than 200 characters'));
const Quarter = v.pipe(v.string(QUARTER), v.regex(/^\d{4}Q[1-4]$/, QUARTER));
const Schema = v.strictObject({
	format: v.literal(FUND_USE_FORMAT, `expected "${FUND_USE_FORMAT}"`),
	version: v.literal(FUND_USE_VERSION, `expected ${FUND_USE_VERSION}`),
	assessments: v.array(
		v.strictObject({ street: Street, quarter: Quarter, released: Share }, 'expected { street, quarter, released }'),
		'expected a list of assessment results'
	),
	rewardShares: v.record(Street, Share, 'expected an object of shares keyed by street')
});

export type ParsedFundUse = { ok: true; value: FundUseInputs } | { ok: false; issues: Issue[] };

export const isEmpty = (f: FundUseInputs) => f.assessments.length === 0 && Object.keys(f.rewardShares).length === 0;

export const fundUseRecord = (f: FundUseInputs): FundUseRecord => ({
	format: FUND_USE_FORMAT,
	version: FUND_USE_VERSION,
	assessments: f.assessments,
	rewardShares: f.rewardShares
});

/** Checks kept fund-use inputs; `path` prefixes each issue's path (a backup: `scenarios[2].fundUse`). */
export function parseFundUse(raw: unknown, path = ''): ParsedFundUse {
	const full = (p: string) => (path ? `${path}${p && !p.startsWith('[') ? '.' : ''}${p}` : p || '(fund-use)');
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return fail({
			path: full(''),
			message: `expected the fund-use inputs { "format": "${FUND_USE_FORMAT}", … }, got ${show(raw)}`
		});
	const o = raw as Record<string, unknown>;
	if (o.format !== FUND_USE_FORMAT)
		return fail({ path: full('format'), message: `expected "${FUND_USE_FORMAT}", got ${show(o.format)}` });
	if (typeof o.version === 'number' && o.version > FUND_USE_VERSION)
		return fail({
			path: full('version'),
			message: `version ${o.version} is newer than this workbench reads (${FUND_USE_VERSION}): update the workbench`
		});
	const parsed = v.safeParse(Schema, raw);
	if (!parsed.success) return { ok: false, issues: parsed.issues.map((i) => toIssue(i, o, full)) };
	const { assessments, rewardShares } = parsed.output;
	const issues: Issue[] = [];
	const seen = new Set<string>();
	assessments.forEach((a, i) => {
		const key = `${a.street}\u0000${a.quarter}`;
		if (seen.has(key))
			issues.push({
				path: full(`assessments[${i}]`),
				message: `${where(a)}: a second result for the same street and quarter`,
				at: { street: a.street, quarter: a.quarter }
			});
		seen.add(key);
	});
	const total = Object.values(rewardShares).reduce((s, x) => s + x, 0);
	if (total > 1 + SHARES_TOLERANCE)
		issues.push({
			path: full('rewardShares'),
			message: `the streets' reward-fund shares add up to ${show(total)}, more than the whole fund (1)`
		});
	return issues.length ? { ok: false, issues } : { ok: true, value: { assessments, rewardShares } };
}

function fail(issue: Issue): ParsedFundUse {
	return { ok: false, issues: [issue] };
}

const where = (a: { street: string; quarter?: string }) =>
	a.quarter ? `street "${a.street}", quarter ${a.quarter}` : `street "${a.street}"`;

/** The street and quarter a problem belongs to, read from the raw input along its path (when they are text). */
function owner(keys: unknown[], o: Record<string, unknown>): Issue['at'] {
	if (keys[0] === 'rewardShares' && typeof keys[1] === 'string' && keys[1] !== '') return { street: keys[1] };
	if (keys[0] !== 'assessments' || typeof keys[1] !== 'number' || !Array.isArray(o.assessments)) return undefined;
	const a = o.assessments[keys[1]] as { street?: unknown; quarter?: unknown } | null;
	if (typeof a !== 'object' || a === null || typeof a.street !== 'string' || a.street === '') return undefined;
	return typeof a.quarter === 'string' ? { street: a.street, quarter: a.quarter } : { street: a.street };
}

function toIssue(i: v.InferIssue<typeof Schema>, o: Record<string, unknown>, full: (p: string) => string): Issue {
	const keys = (i.path ?? []).map((p) => p.key);
	const path = full(keys.map((k, n) => pathKey(k, n === 0)).join(''));
	const who = owner(keys, o);
	const prefix = who ? `${where(who)}: ` : '';
	// valibot reports an unexpected key as "expected never"; say it in the user's terms.
	const what =
		i.type === 'strict_object' && i.expected === 'never'
			? `unknown key ${i.received}`
			: `${i.message}, got ${show(i.input)}`;
	return who ? { path, message: prefix + what, at: who } : { path, message: what };
}
