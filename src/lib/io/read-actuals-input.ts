/**
 * Actuals as the planner types them, at the edge: one typed value read for its field (a rate as the main grid
 * reads a share: 55, 55 % and 0.55 all mean 55 %), and a set of edits applied to a scenario's actuals and
 * checked whole with the file reader's rules. A refusal names the field (in the planner's words) and the plan
 * year, and nothing is changed.
 */
import { msg, type MessageKey, type Msg } from '../i18n';
import { ACTUAL_FIELD, type Actuals } from '../model/actuals';
import { TIERS } from '../model/param-def';
import type { ScenarioDoc } from '../model/scenario';
import { yearSpan } from '../model/time';
import { shareOf } from '../sheet/cell-input';
import { parseInput } from '../sheet/input';
import { readActuals, type ActualProblem, type ActualsContext } from './read-actuals';

export const fieldLabel = (field: string): Msg => msg(`actuals.f.${field}` as MessageKey);
export const unitLabel = (field: string): Msg => msg(`actuals.u.${ACTUAL_FIELD.get(field)!.kind}` as MessageKey);

/** What the checks compare against: the horizon, its start, and the compounds of the four tiers. */
export function actualsContext(doc: ScenarioDoc, values: Record<string, number | null>): ActualsContext {
	const compounds = TIERS.reduce((s, t) => s + (values[`${t}_compounds`] ?? 0), 0);
	return { years: doc.years, start: doc.start, compounds };
}

export type ReadValue = { ok: true; value: number | null } | { ok: false; message: Msg };

/** One typed value for `field`: blank is null (not known); a formula is refused; a rate typed 55 means 0.55. */
export function parseActual(field: string, text: string): ReadValue {
	const p = parseInput(text);
	if (!p.ok) return { ok: false, message: { zh: p.zh, en: p.en } };
	if (p.cell === null) return { ok: true, value: null };
	if (typeof p.cell === 'string') return { ok: false, message: msg('actuals.formula') };
	const rate = ACTUAL_FIELD.get(field)?.kind === 'rate';
	return { ok: true, value: rate && !/[%％]\s*$/.test(text.trim()) ? shareOf(p.cell) : p.cell };
}

/** A value as the grid shows it and the clipboard carries it: rates in percent, others as numbers. */
export function actualText(field: string, v: number | null | undefined): string {
	if (v === null || v === undefined) return '';
	if (ACTUAL_FIELD.get(field)?.kind === 'rate') return `${Math.round(v * 1e8) / 1e6}%`;
	return String(Math.round(v * 1e6) / 1e6);
}

/** A plan year as a planner names it: "第2年（2023-01至2023-12）". */
export function yearWords(start: string, y: number): Msg {
	const { from, to } = yearSpan(start, y);
	return { zh: `第${y + 1}年（${from}至${to}）`, en: `year ${y + 1} (${from}–${to})` };
}

/** The reader's message with the field's code replaced by its label (the code stays in brackets). */
export function relabel(p: ActualProblem): Msg {
	if (!p.field || !ACTUAL_FIELD.has(p.field)) return p.message;
	const l = fieldLabel(p.field);
	const at = (s: string, label: string) => s.replace(p.field!, `${label}（${p.field}）`);
	return { zh: at(p.message.zh, l.zh), en: at(p.message.en, l.en).replace('（', ' (').replace('）', ')') };
}

export interface ActualEdit {
	field: string;
	/** 0-based plan year. */
	year: number;
	value: number | null;
}

/** Fields with no value at all are dropped; no field left means no actuals (the doc then has no "actuals"). */
export function normalise(a: Actuals): Actuals | undefined {
	const out: Actuals = {};
	for (const [k, list] of Object.entries(a)) if (list.some((x) => x !== null)) out[k] = list.slice();
	return Object.keys(out).length ? out : undefined;
}

export type Applied = { ok: true; actuals: Actuals | undefined } | { ok: false; problems: Msg[] };

/** `current` with `edits` applied, checked whole: every problem, or the new actuals. */
export function withActualEdits(current: Actuals | undefined, edits: ActualEdit[], ctx: ActualsContext): Applied {
	const next: Actuals = {};
	for (const [k, list] of Object.entries(current ?? {})) next[k] = list.slice(0, ctx.years);
	const problems: Msg[] = [];
	for (const e of edits) {
		if (!ACTUAL_FIELD.has(e.field)) {
			problems.push({ zh: `未知字段“${e.field}”`, en: `unknown field "${e.field}"` });
			continue;
		}
		if (!Number.isInteger(e.year) || e.year < 0 || e.year >= ctx.years) {
			const l = fieldLabel(e.field);
			problems.push({
				zh: `${l.zh}，第${e.year + 1}年：不在规划期内（情景共 ${ctx.years} 年）`,
				en: `${l.en}, year ${e.year + 1}: outside the horizon (the scenario has ${ctx.years} years)`
			});
			continue;
		}
		const list = (next[e.field] ??= []);
		while (list.length < ctx.years) list.push(null);
		list[e.year] = e.value;
	}
	if (problems.length) return { ok: false, problems };
	const r = readActuals(next, ctx);
	if (!r.ok) return { ok: false, problems: r.problems.map(relabel) };
	return { ok: true, actuals: normalise(r.actuals) };
}

/** The doc with these actuals (or none: the key is removed, so the file reads as one without a review). */
export function docWithActuals(doc: ScenarioDoc, actuals: Actuals | undefined): ScenarioDoc {
	const out = { ...doc };
	if (actuals) out.actuals = actuals;
	else delete out.actuals;
	return out;
}
