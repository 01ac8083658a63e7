/**
 * An input of a data table as the planner types it (a cell and from/to/step as text; a share may be written
 * 60% or 0.6), checked at the edge: every problem names its field, in both languages. The values come from the
 * model's parseAxis, so the screen and `simulate --table` step identically.
 */
import { fill, MESSAGES, msg, type Msg } from '../../i18n';
import { parseAxis } from '../../model/montecarlo/datatable';
import * as vocab from '../../model/vocabulary';
import { cellValue, defOf } from './labels';

export interface AxisForm {
	cell: string;
	from: string;
	to: string;
	step: string;
}
export type Field = 'cell' | 'from' | 'to' | 'step';
export interface AxisError {
	axis: 'rows' | 'cols';
	field: Field;
	message: Msg;
}

/** At most 51 values per input: a 51 × 51 table (2,601 points) still reads on screen and exports whole. */
export const MAX_POINTS = 51;

/** "60%" → 0.6, "0.6" → 0.6, "" or junk → NaN. */
export function readNumber(text: string): number {
	const s = text.trim().replace(/，/g, ',').replace(/,/g, '');
	if (s === '') return NaN;
	const pct = s.endsWith('%') || s.endsWith('％');
	const n = Number(pct ? s.slice(0, -1).trim() : s);
	return pct ? n / 100 : n;
}

const words = (key: keyof typeof MESSAGES, vars: Record<string, string | number>, vz = vars, ve = vars): Msg => ({
	zh: fill(MESSAGES[key].zh, vz),
	en: fill(MESSAGES[key].en, ve)
});

export function checkAxis(
	axis: 'rows' | 'cols',
	f: AxisForm,
	start: string,
	years: number
): { ok: true; values: number[] } | { ok: false; errors: AxisError[] } {
	const name = msg(`datatable.${axis}`);
	const err = (field: Field, key: keyof typeof MESSAGES, vars: Record<string, string | number> = {}): AxisError => ({
		axis,
		field,
		message: words(
			key,
			vars,
			{ ...vars, axis: name.zh, field: MESSAGES[`datatable.${field}`].zh },
			{ ...vars, axis: name.en, field: MESSAGES[`datatable.${field}`].en }
		)
	});
	const d = defOf(f.cell);
	if (!d || (d.def.shape === 'yearly' && d.year > years))
		return { ok: false, errors: [err('cell', 'datatable.noCell', { name: f.cell })] };
	const errors: AxisError[] = [];
	const n = { from: readNumber(f.from), to: readNumber(f.to), step: readNumber(f.step) };
	for (const k of ['from', 'to', 'step'] as const)
		if (!Number.isFinite(n[k])) errors.push(err(k, 'datatable.notNumber', { text: f[k] }));
	if (errors.length) return { ok: false, errors };
	if (!(n.step > 0)) errors.push(err('step', 'datatable.stepPositive'));
	if (n.to < n.from) errors.push(err('to', 'datatable.toBelowFrom'));
	const { min, max } = d.def;
	const label = vocab.cellLabel(f.cell, start);
	for (const k of ['from', 'to'] as const)
		if (n[k] < min || n[k] > max)
			errors.push({
				axis,
				field: k,
				message: words(
					'datatable.outOfRange',
					{},
					{
						axis: name.zh,
						field: MESSAGES[`datatable.${k}`].zh,
						value: cellValue('zh', f.cell, n[k]),
						label: label.zh,
						min: cellValue('zh', f.cell, min),
						max: cellValue('zh', f.cell, max)
					},
					{
						axis: name.en,
						field: MESSAGES[`datatable.${k}`].en,
						value: cellValue('en', f.cell, n[k]),
						label: label.en,
						min: cellValue('en', f.cell, min),
						max: cellValue('en', f.cell, max)
					}
				)
			});
	if (errors.length) return { ok: false, errors };
	const count = Math.floor((n.to - n.from) / n.step + 1e-9) + 1;
	if (count > MAX_POINTS) {
		const least = Number(((n.to - n.from) / (MAX_POINTS - 1)).toPrecision(3));
		return {
			ok: false,
			errors: [
				err('step', 'datatable.tooMany', {
					count,
					max: MAX_POINTS,
					least: cellValue('en', f.cell, least)
				})
			]
		};
	}
	const r = parseAxis(`${n.from}:${n.to}:${n.step}`);
	if (!r.ok) return { ok: false, errors: [{ axis, field: 'step', message: r.message }] };
	return { ok: true, values: r.values };
}

/** 1, 2 or 5 × 10^k nearest above x: a step a planner would choose. */
function niceStep(x: number): number {
	const p = 10 ** Math.floor(Math.log10(x));
	const m = x / p;
	return Number(((m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p).toPrecision(6));
}

/**
 * A first table around the cell's own value: up to 5 round steps either side of it, inside the valid range, so
 * the scenario's own point is one of the values.
 */
export function defaultAxis(cell: string, value: number | null | undefined): AxisForm {
	const d = defOf(cell);
	const v = typeof value === 'number' && Number.isFinite(value) ? value : 0;
	const min = d?.def.min ?? -Infinity;
	const max = d?.def.max ?? Infinity;
	const span = v !== 0 ? Math.abs(v) : Number.isFinite(max - min) ? (max - min) / 2 : 1;
	const step = d?.def.integer ? Math.max(1, Math.round(niceStep(span / 10))) : niceStep(span / 10);
	const at = (k: number) => Number((v + k * step).toPrecision(12));
	let below = 5;
	while (below > 0 && at(-below) < min) below--;
	let above = 5;
	while (above > 0 && at(above) > max) above--;
	const share = d?.def.unit === 'share';
	const show = (x: number) => (share ? `${Number((x * 100).toPrecision(10))}%` : String(x));
	return { cell, from: show(at(-below)), to: show(at(above)), step: show(step) };
}
