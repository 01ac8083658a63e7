/**
 * `npm run -s simulate -- FILE --table KEY=FROM:TO:STEP [--table KEY2=FROM:TO:STEP] --output OUT --json
 * [--runs N --seed S [--lhs]]`: a data table (模拟运算表) of one output over one or two cells. With --runs, each
 * point is the mean over N seeded runs with common random numbers (for a 0/1 output, a probability).
 * Prints `{ "output", "rows": { "key", "values" }, "cols"?: {…}, "values": [[…]] }`.
 */
import { dataTable, parseAxis, type TableAxis } from '../lib/model/montecarlo/datatable';
import { preparePlan } from '../lib/model/montecarlo/plan';
import { checkRuns } from '../lib/model/montecarlo/runner';
import { checkSeed } from '../lib/model/montecarlo/prng';
import { parseOutput } from '../lib/model/outputs';
import type { ScenarioDoc } from '../lib/model/scenario';
import type { ParamValues } from '../lib/model/inputs';
import { propagatorFactory } from '../lib/sheet/propagate';

export interface CliTable {
	output: string;
	rows: { key: string; values: number[] };
	cols?: { key: string; values: number[] };
	values: number[][];
}

export async function runCliTable(
	doc: ScenarioDoc,
	values: ParamValues,
	opts: { tables: string[]; output: string | undefined; runs?: string; seed?: string; lhs: boolean }
): Promise<{ ok: true; result: CliTable } | { ok: false; errors: string[] }> {
	const errors: string[] = [];
	if (opts.tables.length > 2) errors.push('--table: at most two (rows and columns)');
	const axes: TableAxis[] = [];
	for (const t of opts.tables.slice(0, 2)) {
		const eq = t.indexOf('=');
		if (eq < 1) {
			errors.push(`--table ${t}: expected KEY=FROM:TO:STEP, e.g. basic_subsidy_y2=0.05:0.15:0.01`);
			continue;
		}
		const a = parseAxis(t.slice(eq + 1));
		if (!a.ok) errors.push(`--table ${t.slice(0, eq)}: ${a.message.en}`);
		else axes.push({ cell: t.slice(0, eq), values: a.values });
	}
	const out = opts.output === undefined ? null : parseOutput(opts.output, doc.years);
	if (!out) errors.push('--output OUT is required with --table (e.g. total.outlay, y3.target.satisfaction)');
	else if (!out.ok) errors.push(`--output: ${out.message.en}`);
	const runs = opts.runs === undefined ? 0 : Number(opts.runs);
	const seed = Number(opts.seed ?? 1);
	if (opts.runs !== undefined) {
		const bad = checkRuns(runs) ?? checkSeed(seed);
		if (bad) errors.push(`--runs/--seed: ${bad}`);
	}
	if (errors.length || !out || !out.ok) return { ok: false, errors };
	const p = await preparePlan(doc, values, (base) => propagatorFactory(doc, base));
	if (!p.ok) return { ok: false, errors: [p.error] };
	try {
		const r = await dataTable(p.plan, {
			rows: axes[0],
			cols: axes[1],
			output: out.ref,
			runs,
			seed,
			lhs: opts.lhs
		});
		if (!r.ok) return { ok: false, errors: [r.message.en] };
		const { output, rows, cols, values: v } = r.table;
		return { ok: true, result: cols ? { output, rows, cols, values: v } : { output, rows, values: v } };
	} finally {
		p.plan.propagator.dispose();
	}
}
