/**
 * The review's pieces outside the table (issue 15 items 3 and 5): the charts' actual markers sit at the years
 * (and, monthly, the year-end months) that have actuals and are never stacked onto the outlay bars; the next
 * plan is named and noted in the planner's language after its parent, and refused when it would run past 2100.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/lib/io/read-scenario';
import { runProjection } from '../../src/lib/model/run';
import { outlayChart, ratesChart, satisfactionChart } from '../../src/lib/ui/charts/configs';
import { nextPlanDoc } from '../../src/lib/ui/review/next-plan-doc';

const text = readFileSync(resolve(__dirname, '../e2e/fixtures/plan-with-actuals.json'), 'utf8');
const r = readScenarioText(text);
if (!r.ok) throw new Error('fixture unreadable');
const p = runProjection(r.values, r.doc.years, r.doc.start);
const a = r.doc.actuals!;

describe('actual markers on the yearly charts', () => {
	it('marks the actual outlay per year, in a stack of its own', () => {
		const sets = outlayChart(p, 'zh', a).data.datasets;
		const m = sets.find((d) => d.label === '区财政支出 · 实际')!;
		expect(m.data).toEqual([1702.5, 880.3, 861]);
		expect((m as { stack?: string }).stack).toBe('actual');
		expect(sets.filter((d) => (d as { stack?: string }).stack !== 'actual').length).toBe(sets.length - 1);
		expect(outlayChart(p, 'zh').data.datasets.some((d) => String(d.label).includes('实际'))).toBe(false);
	});

	it('marks satisfaction at each year’s last month and the committee rate as actual ÷ compounds', () => {
		const s = satisfactionChart(p, 'en', a).data.datasets.find((d) => d.label === 'Satisfaction · actual')!;
		expect(s.data.flatMap((x, m) => (x === null ? [] : [[m, x]]))).toEqual([
			[11, 0.83],
			[23, 0.845],
			[35, 0.872]
		]);
		const c = ratesChart(p, 'en', { committees: [218, null, 262] }).data.datasets;
		const rate = c.find((d) => String(d.label).endsWith('· actual'))!;
		expect(rate.data).toEqual([218 / 316, null, 262 / 316]);
		expect(c.filter((d) => String(d.label).endsWith('· actual'))).toHaveLength(1);
	});
});

describe('the next plan from the end of this scenario', () => {
	it('is named after its years and its parent, and its note names the parent', () => {
		const n = nextPlanDoc('zh', r.doc, r.values, p, 3);
		if (!n.ok) throw new Error(n.message);
		expect(n.doc.name).toBe('2025–2027 年规划（接续“规划 2022–2024（含实际）”）');
		expect(n.doc.description).toContain('接续“规划 2022–2024（含实际）”（2022-01 至 2024-12）');
		expect(n.doc.start).toBe('2025-01');
		expect(n.doc.params.committees_start.cells).toEqual([p.years[2].committees]);
		const en = nextPlanDoc('en', r.doc, r.values, p, 1);
		expect(en.ok && en.doc.name).toBe('Plan 2025 (after “规划 2022–2024（含实际）”)');
	});

	it('notes each cell in the planner’s language (they travel in the JSON and on the XLSX Scenario sheet)', () => {
		const n = nextPlanDoc('zh', r.doc, r.values, p, 3);
		if (!n.ok) throw new Error(n.message);
		expect(n.doc.params.committees_start.note).toBe('“规划 2022–2024（含实际）”的期末状态（2024-12）');
		expect(n.doc.params.basic_subsidy.note).toBe('待设定：新规划期预算确定前为 0');
		expect(n.doc.params.basic_fee.note).toBe('沿用“规划 2022–2024（含实际）”第3年');
		// The notes it writes (a one-value parameter keeps its parent's note, in whatever words the parent had).
		const notes = Object.entries(n.doc.params)
			.filter(([k]) => !(k in r.doc.params) || r.doc.params[k].cells.length > 1 || k.endsWith('_start'))
			.map(([, e]) => e.note ?? '');
		expect(notes.filter((s) => /[a-z]{3,}/.test(s.replace(/“[^”]*”/g, '')))).toEqual([]);
		const en = nextPlanDoc('en', r.doc, r.values, p, 3);
		expect(en.ok && en.doc.params.basic_fee.note).toBe('carried over from “规划 2022–2024（含实际）” year 3');
	});

	it('is refused, with the reason, when it would run past December 2100', () => {
		const late = { ...r.doc, start: '2097-01' };
		const q = runProjection(r.values, 3, '2097-01');
		expect(nextPlanDoc('zh', late, r.values, q, 1).ok).toBe(true);
		const n = nextPlanDoc('en', late, r.values, q, 2);
		expect(n).toEqual({
			ok: false,
			message: 'This scenario ends too late: a new plan must start and end by December 2100.'
		});
	});
});
