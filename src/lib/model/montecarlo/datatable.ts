/**
 * Data tables (模拟运算表): an output over a grid of one or two cells. Each point sets the cell(s), lets the
 * formulas that read them follow, and runs the kernel once (deterministic), or — with `runs` — runs a seeded
 * Monte Carlo per point with the cell(s) pinned after the draws, so every point sees the same draws (common
 * random numbers) and the table is the mean over the runs: for a 0/1 output (a target, a threshold) the
 * probability. Same numbers as separate `simulate` runs with the cell set by hand (tested).
 */
import { inMonteCarlo, outputAt, type OutputRef, type Words } from '../outputs';
import type { McPlan } from './plan';
import { runSync } from './runner';
import { allocSamples } from './samples';
import { runOnce, Sampler } from './sampler';

export interface TableAxis {
	/** A cell name: `basic_subsidy_y2`, or a scalar parameter's key. */
	cell: string;
	values: number[];
}
export interface TableRequest {
	rows: TableAxis;
	cols?: TableAxis;
	output: OutputRef;
	/** Runs per point for a Monte Carlo table; omitted or 0: deterministic. */
	runs?: number;
	seed?: number;
	lhs?: boolean;
}
export interface DataTable {
	output: string;
	rows: { key: string; values: number[] };
	cols?: { key: string; values: number[] };
	/** values[i][j]: rows.values[i] (and cols.values[j]); one column when there is no second cell. */
	values: number[][];
	/** The scenario's own value of each cell (to mark its point), and the runs per point (0: deterministic). */
	scenario: { row: number; col?: number };
	runs: number;
}
export type TableResult = { ok: true; table: DataTable } | { ok: false; message: Words };

export const MAX_AXIS = 201;

/** `FROM:TO:STEP` → the values, or what is wrong. Values are snapped to 12 significant digits (0.1 + 0.2 → 0.3). */
export function parseAxis(spec: string): { ok: true; values: number[] } | { ok: false; message: Words } {
	const parts = spec.split(':').map((x) => Number(x.trim()));
	const bad = (zh: string, en: string) => ({ ok: false as const, message: { zh, en } });
	if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x)))
		return bad(
			`“${spec}”应为 起:止:步长，例如 0.05:0.15:0.01`,
			`"${spec}" should be FROM:TO:STEP, e.g. 0.05:0.15:0.01`
		);
	const [from, to, step] = parts;
	if (!(step > 0) || to < from)
		return bad(`“${spec}”：步长须大于 0，且止值不小于起值`, `"${spec}": the step must be above 0 and TO at least FROM`);
	const count = Math.floor((to - from) / step + 1e-9) + 1;
	if (count > MAX_AXIS)
		return bad(
			`“${spec}”有 ${count} 个取值，最多 ${MAX_AXIS} 个：请加大步长`,
			`"${spec}" has ${count} values; at most ${MAX_AXIS}: use a larger step`
		);
	return { ok: true, values: Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12))) };
}

function axisSlot(plan: McPlan, a: TableAxis): { slot: number } | { message: Words } {
	const slot = plan.layout.index.get(a.cell);
	if (slot === undefined)
		return {
			message: {
				zh: `没有名为“${a.cell}”的单元格（例如 basic_subsidy_y2，或标量参数的名称）`,
				en: `there is no cell "${a.cell}" (e.g. basic_subsidy_y2, or a scalar parameter's key)`
			}
		};
	const d = plan.layout.defs[slot];
	const out = a.values.find((x) => x < d.min || x > d.max);
	if (out !== undefined)
		return {
			message: {
				zh: `${a.cell} 的取值 ${out} 超出有效范围 ${d.min}–${d.max}`,
				en: `${a.cell}: ${out} is outside the valid range ${d.min}–${d.max}`
			}
		};
	return { slot };
}

/** Called after each point (the screen's progress bar); a table of N points calls it N times, ending at N. */
export type TableProgress = (done: number, total: number) => void;

export async function dataTable(
	plan: McPlan,
	req: TableRequest,
	opts: { onProgress?: TableProgress } = {}
): Promise<TableResult> {
	if (!inMonteCarlo(req.output))
		return {
			ok: false,
			message: {
				zh: `模拟运算表不能计算“${req.output.name}”（收费、保证金、小区数和面积请用单独的 simulate）`,
				en: `a data table cannot compute "${req.output.name}" (for fees, bond, compounds and area run simulate itself)`
			}
		};
	const axes = req.cols ? [req.rows, req.cols] : [req.rows];
	const slots: number[] = [];
	for (const a of axes) {
		const r = axisSlot(plan, a);
		if ('message' in r) return { ok: false, message: r.message };
		slots.push(r.slot);
	}
	if (slots.length === 2 && slots[0] === slots[1])
		return { ok: false, message: { zh: '两个输入单元格不能相同', en: 'the two cells must differ' } };
	const runs = req.runs ?? 0;
	const seed = req.seed ?? 1;
	const lhs = req.lhs ?? false;
	const moving = runs > 0 ? [...new Set([...plan.vars.flatMap((v) => v.slots), ...slots])] : slots;
	const propagator = await plan.makePropagator(moving).catch(() => null);
	if (!propagator)
		return {
			ok: false,
			message: {
				zh: `读取 ${axes.map((a) => a.cell).join('、')} 的公式在此无法计算`,
				en: `the formulas that read ${axes.map((a) => a.cell).join(' and ')} cannot be evaluated here`
			}
		};
	try {
		const store = allocSamples(1, plan.layout.years);
		const colValues = req.cols ? req.cols.values : [NaN];
		const total = req.rows.values.length * colValues.length;
		let done = 0;
		// Progress per point when each point is a Monte Carlo; per row for the kernel (441 points take ~ms).
		const tick = (last: boolean) => {
			done++;
			if (opts.onProgress && (runs > 0 || last || done === total)) opts.onProgress(done, total);
		};
		const values = req.rows.values.map((x) =>
			colValues.map((y, j) => {
				const last = j === colValues.length - 1;
				const pins = [{ slot: slots[0], value: x }];
				if (req.cols) pins.push({ slot: slots[1], value: y });
				if (runs === 0) {
					runOnce(plan, propagator, (v) => pins.forEach((p) => (v[p.slot] = p.value)), store);
					const out = outputAt(req.output, store, 0);
					tick(last);
					return out;
				}
				const s = runSync(plan, runs, seed, lhs, new Sampler(plan, seed, runs, lhs, propagator, pins));
				let sum = 0;
				for (let i = 0; i < runs; i++) sum += outputAt(req.output, s, i);
				tick(last);
				return sum / runs;
			})
		);
		const table: DataTable = {
			output: req.output.name,
			rows: { key: req.rows.cell, values: req.rows.values },
			values,
			scenario: { row: plan.base[slots[0]] },
			runs
		};
		if (req.cols) {
			table.cols = { key: req.cols.cell, values: req.cols.values };
			table.scenario.col = plan.base[slots[1]];
		}
		return { ok: true, table };
	} finally {
		propagator.dispose();
	}
}
