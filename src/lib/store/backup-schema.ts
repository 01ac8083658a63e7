/**
 * The backup file: every live scenario in one JSON envelope. Parsed once here, at the edge, reporting every
 * problem with its path (`scenarios[2].doc.years: expected an integer 1–10, got 0`); past this point the
 * data is trusted. Values are checked for shape only; formulas and ranges are the scenario reader's job
 * (see `checkDoc` in backup.ts).
 */
import * as v from 'valibot';
import { closest } from '../io/read-error';
import { UncertaintySchema } from '../io/uncertainty-schema';
import { CATALOGUE, PARAM } from '../model/catalogue';
import { defaultEntry } from '../model/plan-scenario';
import { MAX_YEARS, type ScenarioDoc } from '../model/scenario';
import { START_EXPECTED, START_PATTERN } from '../model/time';
import { fundUseRecord, parseFundUse, type FundUseRecord } from './fund-use-schema';
import { pathKey, show } from '../io/issue-text';
import type { Issue } from './result';
import type { CellChange } from './schema';

export const BACKUP_FORMAT = 'property-plan-backup';
export const BACKUP_VERSION = 1;

export interface BackupHistoryEntry {
	at: number;
	rev: number;
	changes: CellChange[];
	doc: ScenarioDoc;
}
export interface BackupScenario {
	id: string;
	name: string;
	doc: ScenarioDoc;
	updatedAt: number;
	history?: BackupHistoryEntry[];
	register?: unknown;
	/** The fund-use plan's inputs (assessment results, reward shares); backups made before them have none. */
	fundUse?: FundUseRecord;
}
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** Milliseconds since 1970, like every time in the file. */
	exportedAt: number;
	scenarios: BackupScenario[];
}

const TIME = 'expected a time in milliseconds since 1970';
const YEARS = `expected an integer 1–${MAX_YEARS}`;
const CELL = 'expected a number, null or a formula starting with "="';
const Time = v.pipe(v.number(TIME), v.integer(TIME), v.minValue(0, TIME));
const Text = v.string('expected text');
const Cell = v.union(
	[v.pipe(v.number(CELL), v.finite(CELL)), v.null(CELL), v.pipe(v.string(CELL), v.startsWith('=', CELL))],
	CELL
);
const Entry = v.strictObject({
	cells: v.array(Cell, 'expected an array of cells'),
	note: v.optional(Text),
	uncertainty: v.optional(UncertaintySchema)
});
const Doc = v.strictObject({
	name: Text,
	description: Text,
	start: v.pipe(v.string('expected "YYYY-MM"'), v.regex(START_PATTERN, START_EXPECTED)),
	years: v.pipe(v.number(YEARS), v.integer(YEARS), v.minValue(1, YEARS), v.maxValue(MAX_YEARS, YEARS)),
	params: v.record(v.string(), Entry, 'expected an object keyed by parameter'),
	actuals: v.optional(v.record(v.string(), v.array(v.nullable(v.pipe(v.number(), v.finite()))))),
	// Checked in full (keys, ranges, a valid matrix) by the file reader that every restored scenario goes through.
	correlations: v.optional(v.array(v.strictObject({ a: Text, b: Text, rho: v.pipe(v.number(), v.finite()) })))
});
const Change = v.strictObject({ at: Time, cell: Text, old: Cell, new: Cell });
const HistoryItem = v.strictObject({
	at: Time,
	rev: v.pipe(v.number(), v.integer(), v.minValue(1)),
	changes: v.array(Change),
	doc: Doc
});
const Item = v.strictObject({
	id: v.pipe(Text, v.nonEmpty('expected an id'), v.maxLength(200, 'longer than 200 characters')),
	name: Text,
	doc: Doc,
	updatedAt: Time,
	history: v.optional(v.array(HistoryItem)),
	register: v.optional(
		v.pipe(v.unknown(), v.check(storable, 'expected a register: plain data nested at most 32 levels deep'))
	),
	// Checked by parseFundUse below, which names the street and quarter of each problem.
	fundUse: v.optional(v.unknown())
});
const BackupSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION, `expected ${BACKUP_VERSION}`),
	exportedAt: Time,
	scenarios: v.array(Item, 'expected a list of scenarios')
});

/** IndexedDB's structured clone recurses too: a register nested thousands deep would fail inside the transaction. */
function storable(x: unknown, depth = 0): boolean {
	if (depth > 32) return false;
	if (x === null || typeof x !== 'object')
		return typeof x !== 'function' && typeof x !== 'symbol' && typeof x !== 'bigint';
	return Object.values(x).every((y) => storable(y, depth + 1));
}

export type ParsedBackup = { ok: true; backup: Backup; filled: string[] } | { ok: false; issues: Issue[] };

export function parseBackup(raw: unknown): ParsedBackup {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {
			ok: false,
			issues: [{ path: '(file)', message: `expected a JSON object { "format": "${BACKUP_FORMAT}", … }` }]
		};
	}
	const o = raw as Record<string, unknown>;
	if (o.format !== BACKUP_FORMAT)
		return {
			ok: false,
			issues: [
				{
					path: 'format',
					message: `expected "${BACKUP_FORMAT}", got ${show(o.format)}: this is not a backup of the scenario library`
				}
			]
		};
	if (typeof o.version === 'number' && o.version > BACKUP_VERSION) {
		return {
			ok: false,
			issues: [
				{
					path: 'version',
					message: `version ${o.version} is newer than this workbench reads (${BACKUP_VERSION}): update the workbench`
				}
			]
		};
	}
	const parsed = v.safeParse(BackupSchema, raw);
	const issues = parsed.success ? [] : parsed.issues.map(toIssue);
	issues.push(...catalogueIssues(o.scenarios));
	const fundUse = fundUseOf(o.scenarios, issues);
	if (!parsed.success || issues.length) return { ok: false, issues };
	const filled: string[] = [];
	parsed.output.scenarios.forEach((s, i) => {
		fill(s.doc, `scenarios[${i}].doc`, filled);
		s.history?.forEach((h, j) => fill(h.doc, `scenarios[${i}].history[${j}].doc`, filled));
	});
	const scenarios = parsed.output.scenarios.map(({ fundUse: _, ...s }, i): BackupScenario => {
		const f = fundUse.get(i);
		return f ? { ...s, fundUse: f } : s;
	});
	return { ok: true, backup: { ...parsed.output, scenarios }, filled };
}

/** Each scenario's fund-use inputs checked (by index), their problems added to `issues`. */
function fundUseOf(scenarios: unknown, issues: Issue[]): Map<number, FundUseRecord> {
	const out = new Map<number, FundUseRecord>();
	if (!Array.isArray(scenarios)) return out;
	scenarios.forEach((s: unknown, i) => {
		const raw = (s as { fundUse?: unknown } | null)?.fundUse;
		if (raw === undefined) return;
		const p = parseFundUse(raw, `scenarios[${i}].fundUse`);
		if (p.ok) out.set(i, fundUseRecord(p.value));
		else issues.push(...p.issues);
	});
	return out;
}

/** A backup from an older catalogue lacks newer parameters: they get the plan's value, and the report says so. */
function fill(doc: ScenarioDoc, path: string, filled: string[]): void {
	for (const def of CATALOGUE) {
		if (doc.params[def.key]) continue;
		doc.params[def.key] = defaultEntry(def.key, doc.years);
		filled.push(`${path}.params.${def.key}`);
	}
}

/** What a schema cannot say: parameter names and cell counts. Reads the raw input, so it guards every type. */
function catalogueIssues(scenarios: unknown): Issue[] {
	if (!Array.isArray(scenarios)) return [];
	const out: Issue[] = [];
	const checkDoc = (doc: unknown, path: string) => {
		if (typeof doc !== 'object' || doc === null) return;
		const { params, years } = doc as { params?: unknown; years?: unknown };
		if (typeof params !== 'object' || params === null) return;
		for (const [key, entry] of Object.entries(params)) {
			const def = PARAM.get(key);
			if (!def) {
				const hint = closest(key, [...PARAM.keys()]);
				out.push({
					path: `${path}.params${pathKey(key, false)}`,
					message: `unknown parameter "${key}"${hint ? ` — did you mean "${hint}"?` : ''}`
				});
				continue;
			}
			const cells = (entry as { cells?: unknown } | null)?.cells;
			const want = def.shape === 'scalar' ? 1 : years;
			if (Array.isArray(cells) && typeof want === 'number' && Number.isInteger(want) && cells.length !== want) {
				out.push({
					path: `${path}.params.${key}.cells`,
					message: `expected ${want} cell${want === 1 ? '' : 's'} (${def.shape === 'scalar' ? 'one value' : 'one per plan year'}), got ${cells.length}`
				});
			}
		}
	};
	scenarios.forEach((s: unknown, i) => {
		if (typeof s !== 'object' || s === null) return;
		const { doc, history } = s as { doc?: unknown; history?: unknown };
		checkDoc(doc, `scenarios[${i}].doc`);
		if (Array.isArray(history))
			history.forEach((h: unknown, j) =>
				checkDoc((h as { doc?: unknown } | null)?.doc, `scenarios[${i}].history[${j}].doc`)
			);
	});
	return out;
}

function toIssue(i: v.InferIssue<typeof BackupSchema>): Issue {
	const path = (i.path ?? []).map((p, n) => pathKey(p.key, n === 0)).join('') || '(file)';
	// valibot reports an unexpected key as "expected never"; say it in the user's terms.
	if (i.type === 'strict_object' && i.expected === 'never') return { path, message: `unknown key ${i.received}` };
	return { path, message: `${i.message}, got ${show(i.input)}` };
}
