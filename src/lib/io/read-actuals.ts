/**
 * Checks a scenario's `"actuals"`: `{ "<field>": [one value per plan year, or null] }`. Every problem is
 * reported in both languages, naming the field and the plan year; one problem refuses the whole block (the
 * reader then refuses the file, the actuals grid and the CSV/XLSX import refuse the change): nothing is
 * half-imported.
 */
import { ACTUAL_FIELD, ACTUAL_FIELDS, type Actuals } from '../model/actuals';
import { yearSpan } from '../model/time';
import type { Msg } from '../i18n/types';
import { closest } from './read-error';

export interface ActualProblem {
	path: string;
	field?: string;
	/** 1-based plan year. */
	year?: number;
	message: Msg;
}

const NAMES = ACTUAL_FIELDS.map((f) => f.name);
const fmt = (x: number) => String(Math.round(x * 1e6) / 1e6);

export interface ActualsContext {
	years: number;
	start: string;
	/** Compounds of the four tiers (committees and compounds at standard may not exceed it). */
	compounds: number;
}

/** A year as the planner reads it: "year 2 (2023-01–2023-12)". */
function yearWords(ctx: ActualsContext, y: number): Msg {
	const { from, to } = yearSpan(ctx.start, y);
	return { zh: `第${y + 1}年（${from}至${to}）`, en: `year ${y + 1} (${from}–${to})` };
}

/** One value of a field in plan year `y` (0-based): null when it is acceptable, else what is wrong. */
export function checkActualValue(field: string, x: number, y: number, ctx: ActualsContext): Msg | null {
	const f = ACTUAL_FIELD.get(field);
	if (!f) return { zh: `未知字段“${field}”`, en: `unknown field "${field}"` };
	const w = yearWords(ctx, y);
	if (!Number.isFinite(x))
		return { zh: `${field}，${w.zh}：不是有限数值`, en: `${field}, ${w.en}: not a finite number` };
	if (x < 0)
		return {
			zh: `${field}，${w.zh}：${fmt(x)} 为负数，${f.kind === 'money' ? '金额' : '数值'}不能小于 0`,
			en: `${field}, ${w.en}: ${fmt(x)} is negative; ${f.kind === 'money' ? 'money' : 'it'} cannot be below 0`
		};
	if (f.kind === 'rate' && x > 1)
		return {
			zh: `${field}，${w.zh}：${fmt(x)} 大于 1；比率以小数填写（85% 写作 0.85）`,
			en: `${field}, ${w.en}: ${fmt(x)} is above 1; rates are fractions (85% is 0.85)`
		};
	if (f.kind === 'count' && x > ctx.compounds)
		return {
			zh: `${field}，${w.zh}：${fmt(x)} 多于四类小区合计 ${fmt(ctx.compounds)} 个`,
			en: `${field}, ${w.en}: ${fmt(x)} is more than the ${fmt(ctx.compounds)} compounds of the four tiers`
		};
	return null;
}

export function readActuals(
	raw: unknown,
	ctx: ActualsContext
): { ok: true; actuals: Actuals } | { ok: false; problems: ActualProblem[] } {
	const problems: ActualProblem[] = [];
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return {
			ok: false,
			problems: [
				{
					path: 'actuals',
					message: {
						zh: 'actuals 应为对象：{ "字段": [每个规划年一个数值或 null] }',
						en: 'expected an object { "<field>": [one value per plan year, or null] }'
					}
				}
			]
		};
	const actuals: Actuals = Object.create(null);
	let unknown = 0;
	for (const [field, list] of Object.entries(raw as Record<string, unknown>)) {
		const path = `actuals.${field.length > 60 ? field.slice(0, 57) + '…' : field}`;
		if (!ACTUAL_FIELD.has(field)) {
			const hint = unknown++ < 20 ? closest(field, NAMES) : undefined;
			problems.push({
				path,
				field,
				message: {
					zh: `未知的实际值字段“${field}”${hint ? `，是否应为“${hint}”？` : ''}`,
					en: `unknown actuals field "${field}"${hint ? ` — did you mean "${hint}"?` : ''}`
				}
			});
			continue;
		}
		if (!Array.isArray(list)) {
			problems.push({
				path,
				field,
				message: {
					zh: `${field}：应为列表，每个规划年一个数值或 null`,
					en: `${field}: expected a list, one value per plan year or null`
				}
			});
			continue;
		}
		if (list.length > ctx.years) {
			const first = yearSpan(ctx.start, ctx.years).from;
			problems.push({
				path,
				field,
				year: ctx.years + 1,
				message: {
					zh: `${field}：有 ${list.length} 个数值，但情景只有 ${ctx.years} 个规划年；第${ctx.years + 1}年（自 ${first} 起）在规划期之外`,
					en: `${field}: has ${list.length} values, but the scenario has ${ctx.years} plan years; year ${ctx.years + 1} (from ${first}) lies outside the horizon`
				}
			});
			continue;
		}
		const values: (number | null)[] = [];
		list.forEach((x, y) => {
			if (x === null) return void values.push(null);
			if (typeof x !== 'number') {
				const w = yearWords(ctx, y);
				problems.push({
					path: `${path}[${y}]`,
					field,
					year: y + 1,
					message: {
						zh: `${field}，${w.zh}：应为数值或 null`,
						en: `${field}, ${w.en}: expected a number or null`
					}
				});
				return;
			}
			const m = checkActualValue(field, x, y, ctx);
			if (m) problems.push({ path: `${path}[${y}]`, field, year: y + 1, message: m });
			values.push(x);
		});
		while (values.length < ctx.years) values.push(null);
		actuals[field] = values;
	}
	problems.push(...crossCheck(actuals, ctx));
	return problems.length ? { ok: false, problems } : { ok: true, actuals: { ...actuals } };
}

/** Between fields: the parts may not exceed a whole the planner also gave (the subsidy per tier and its total). */
function crossCheck(a: Actuals, ctx: ActualsContext): ActualProblem[] {
	const out: ActualProblem[] = [];
	const total = a['subsidy.total'];
	const outlay = a.outlay;
	for (let y = 0; y < ctx.years; y++) {
		const w = yearWords(ctx, y);
		const parts = ['market', 'quasi', 'basic', 'self'].map((t) => a[`subsidy.${t}`]?.[y] ?? null);
		const sum = parts.reduce<number>((s, x) => s + (x ?? 0), 0);
		const tot = total?.[y] ?? null;
		if (tot !== null && sum > tot * (1 + 1e-9) + 1e-9)
			out.push({
				path: `actuals.subsidy.total[${y}]`,
				field: 'subsidy.total',
				year: y + 1,
				message: {
					zh: `subsidy.total，${w.zh}：${fmt(tot)} 万元小于各类补贴之和 ${fmt(sum)} 万元`,
					en: `subsidy.total, ${w.en}: ${fmt(tot)} 万元 is less than the tiers' subsidies, ${fmt(sum)} 万元`
				}
			});
		const o = outlay?.[y] ?? null;
		const parts2 = [tot ?? (parts.some((x) => x !== null) ? sum : null), a.rewardFund?.[y] ?? null];
		const known = parts2.reduce<number>((s, x) => s + (x ?? 0), 0);
		if (o !== null && known > o * (1 + 1e-9) + 1e-9)
			out.push({
				path: `actuals.outlay[${y}]`,
				field: 'outlay',
				year: y + 1,
				message: {
					zh: `outlay，${w.zh}：${fmt(o)} 万元小于补贴与奖励资金之和 ${fmt(known)} 万元`,
					en: `outlay, ${w.en}: ${fmt(o)} 万元 is less than the subsidies and reward fund, ${fmt(known)} 万元`
				}
			});
	}
	return out;
}
