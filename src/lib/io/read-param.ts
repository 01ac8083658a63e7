/** One parameter of a scenario file: `{ "value": cell }` or `{ "values": [cell per plan year] }`, plus note and uncertainty. */
import type { ParamDef } from '../model/catalogue';
import type { Cell, ParamEntry } from '../model/scenario';
import { said, saidMsg, type ReadError } from './read-error';
import { MAX_NESTING, nesting } from '../sheet/nesting';
import { parseUncertainty } from './uncertainty-schema';
import { MAX_FORMULA } from './limits';
import { formulaRefusal } from '../sheet/formula-check';

const ALLOWED = new Set(['value', 'values', 'note', 'uncertainty']);

/** A problem in both languages: `message` (English) and `zh`. */
type Problem = { message: string; zh: string };

export function checkCell(def: ParamDef, raw: unknown): { cell: Cell } | { problem: Problem } {
	if (raw === null) return def.blank ? { cell: null } : { problem: said('reader.blankNeeded') };
	if (typeof raw === 'number') return Number.isFinite(raw) ? { cell: raw } : { problem: said('reader.notFinite') };
	if (typeof raw === 'string') {
		if (!raw.startsWith('=')) return { problem: said('reader.cellText', { text: JSON.stringify(raw.slice(0, 40)) }) };
		if (raw.length > MAX_FORMULA) return { problem: said('reader.formulaLong', { n: raw.length, max: MAX_FORMULA }) };
		const deep = nesting(raw);
		if (deep > MAX_NESTING) return { problem: said('reader.formulaDeep', { n: deep, max: MAX_NESTING }) };
		// The file's English keeps both languages, as the start month's message: its reader may be either planner.
		const refused = formulaRefusal(raw);
		if (refused) return { problem: { message: `${refused.zh} — ${refused.en}`, zh: refused.zh } };
		return { cell: raw };
	}
	return { problem: Array.isArray(raw) ? said('reader.cellList') : said('reader.cellType', { type: typeof raw }) };
}

export function checkParam(def: ParamDef, raw: unknown, years: number): { entry?: ParamEntry; errors: ReadError[] } {
	const base = `parameters.${def.key}`;
	const errors: ReadError[] = [];
	const err = (path: string, p: Problem, year?: number) => errors.push({ path, param: def.key, year, ...p });
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		err(base, def.shape === 'scalar' ? said('reader.expectValue') : said('reader.expectValues', { n: years }));
		return { errors };
	}
	const o = raw as Record<string, unknown>;
	for (const k of Object.keys(o)) if (!ALLOWED.has(k)) err(`${base}.${k}`, said('reader.paramKey', { key: k }));

	const cells: Cell[] = [];
	if (def.shape === 'scalar') {
		if ('values' in o) err(`${base}.values`, said('reader.scalarValues', { key: def.key }));
		else if (!('value' in o)) err(base, said('reader.missingValue'));
		else {
			const c = checkCell(def, o.value);
			if ('problem' in c) err(`${base}.value`, c.problem);
			else cells.push(c.cell);
		}
	} else if ('value' in o) {
		err(`${base}.value`, said('reader.yearlyValue', { key: def.key, n: years }));
	} else if (!Array.isArray(o.values)) {
		err(`${base}.values`, said('reader.notList', { n: years }));
	} else if (o.values.length !== years) {
		const n = o.values.length;
		err(`${base}.values`, n === 1 ? said('reader.countOne', { years }) : said('reader.count', { n, years }));
	} else {
		o.values.forEach((rawCell, y) => {
			const c = checkCell(def, rawCell);
			if ('problem' in c) err(`${base}.values[${y}]`, c.problem, y + 1);
			else cells.push(c.cell);
		});
	}
	const entry: ParamEntry = { cells };
	if ('note' in o) {
		if (typeof o.note !== 'string') err(`${base}.note`, said('reader.text'));
		else if (o.note.length > 2000) err(`${base}.note`, said('reader.noteLong', { n: o.note.length }));
		else entry.note = o.note;
	}
	if ('uncertainty' in o) {
		const u = parseUncertainty(o.uncertainty);
		if (u.ok) entry.uncertainty = u.value;
		else for (const p of u.problems) err(`${base}.uncertainty${p.path}`, saidMsg(p.message));
	}
	return errors.length ? { errors } : { entry, errors };
}
