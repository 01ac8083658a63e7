/** One parameter of a scenario file: `{ "value": cell }` or `{ "values": [cell per plan year] }`, plus note and uncertainty. */
import type { ParamDef } from '../model/catalogue';
import type { Cell, ParamEntry } from '../model/scenario';
import type { ReadError } from './read-error';
import { MAX_NESTING, nesting } from '../sheet/nesting';
import { parseUncertainty } from './uncertainty-schema';
import { MAX_FORMULA } from './limits';
import { formulaRefusal } from '../sheet/formula-check';

const ALLOWED = new Set(['value', 'values', 'note', 'uncertainty']);

export function checkCell(def: ParamDef, raw: unknown): { cell: Cell } | { problem: string } {
	if (raw === null)
		return def.blank
			? { cell: null }
			: { problem: 'blank (null), but this parameter needs a number; only targets may be blank' };
	if (typeof raw === 'number') return Number.isFinite(raw) ? { cell: raw } : { problem: 'not a finite number' };
	if (typeof raw === 'string') {
		if (!raw.startsWith('='))
			return {
				problem: `expected a number, null or a formula starting with "=", got text ${JSON.stringify(raw.slice(0, 40))}`
			};
		if (raw.length > MAX_FORMULA)
			return { problem: `the formula is ${raw.length} characters long; at most ${MAX_FORMULA}` };
		const deep = nesting(raw);
		if (deep > MAX_NESTING)
			return { problem: `the formula nests ${deep} levels deep (brackets or signs); at most ${MAX_NESTING}` };
		// Both languages, as the start month's message: the file's reader may be either planner.
		const refused = formulaRefusal(raw);
		if (refused) return { problem: `${refused.zh} — ${refused.en}` };
		return { cell: raw };
	}
	return {
		problem: `expected a number, null or a formula starting with "=", got ${Array.isArray(raw) ? 'a list' : typeof raw}`
	};
}

export function checkParam(def: ParamDef, raw: unknown, years: number): { entry?: ParamEntry; errors: ReadError[] } {
	const base = `parameters.${def.key}`;
	const errors: ReadError[] = [];
	const err = (path: string, message: string, year?: number) => errors.push({ path, param: def.key, year, message });
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		err(base, def.shape === 'scalar' ? 'expected { "value": … }' : `expected { "values": [${years} cells] }`);
		return { errors };
	}
	const o = raw as Record<string, unknown>;
	for (const k of Object.keys(o))
		if (!ALLOWED.has(k)) err(`${base}.${k}`, `unknown key "${k}" (allowed: value or values, note, uncertainty)`);

	const cells: Cell[] = [];
	if (def.shape === 'scalar') {
		if ('values' in o)
			err(`${base}.values`, `${def.key} is one value for the whole horizon: write { "value": … }, not "values"`);
		else if (!('value' in o)) err(base, 'missing "value"');
		else {
			const c = checkCell(def, o.value);
			if ('problem' in c) err(`${base}.value`, c.problem);
			else cells.push(c.cell);
		}
	} else if ('value' in o) {
		err(`${base}.value`, `${def.key} has one value per plan year: write { "values": [${years} cells] }, not "value"`);
	} else if (!Array.isArray(o.values)) {
		err(`${base}.values`, `expected a list of ${years} cells, one per plan year`);
	} else if (o.values.length !== years) {
		err(
			`${base}.values`,
			`has ${o.values.length} value${o.values.length === 1 ? '' : 's'}, but the scenario has ${years} plan years`
		);
	} else {
		o.values.forEach((rawCell, y) => {
			const c = checkCell(def, rawCell);
			if ('problem' in c) err(`${base}.values[${y}]`, c.problem, y + 1);
			else cells.push(c.cell);
		});
	}
	const entry: ParamEntry = { cells };
	if ('note' in o) {
		if (typeof o.note !== 'string') err(`${base}.note`, 'expected text');
		else if (o.note.length > 2000) err(`${base}.note`, `longer than 2000 characters (${o.note.length})`);
		else entry.note = o.note;
	}
	if ('uncertainty' in o) {
		const u = parseUncertainty(o.uncertainty);
		if (u.ok) entry.uncertainty = u.value;
		else for (const p of u.problems) err(`${base}.uncertainty${p.path}`, p.message);
	}
	return errors.length ? { errors } : { entry, errors };
}
