/**
 * `npm run simulate -- FILE [--json]`: reads a scenario file with the same reader as the app and prints the
 * yearly projection. A file that cannot be used exits with status 2 and lists every error on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseSimulateArgs } from './args';
import { decodeText } from '../lib/io/decode-text';
import { describe } from '../lib/io/read-error';
import { readScenarioText } from '../lib/io/read-scenario';
import { resultsJson } from '../lib/io/results-json';
import { resultsTable } from '../lib/io/results-table';
import { reach } from '../lib/model/reach/reach';
import { runProjection } from '../lib/model/run';
import { bridgeText, runCliBridge } from './bridge';
import { runCliCashflow } from './cashflow';
import { runCliExplain } from './explain';
import { runCliMonteCarlo } from './monte-carlo';
import { optimizeText, runCliOptimize } from './optimize';
import { runCliTable } from './table';
import { addActuals, nextPlanText, reforecastJson } from './review';

const USAGE =
	'usage: npm run simulate -- FILE [--json] [--runs N --seed S [--lhs] [--explain OUTPUT]] [--optimize SPEC.json] [--table KEY=FROM:TO:STEP [--table …] --output OUT [--runs N]] [--reforecast] [--reach] [--next-plan [--years N]] [--bridge BASELINE.json] [--cashflow [--register REGISTER.csv|xlsx]]';

async function main(argv: string[]): Promise<number> {
	const parsed = parseSimulateArgs(argv);
	if (!parsed.ok) {
		console.error(parsed.error);
		console.error(USAGE);
		return 2;
	}
	const { files, flag, opt, all } = parsed.args;
	if (files.length !== 1 || flag('help')) {
		console.error(USAGE);
		return files.length === 1 ? 0 : 2;
	}
	let text: string;
	try {
		text = decodeText(readFileSync(files[0])); // the app's decoder: a UTF-16 file with a BOM reads here too
	} catch (e) {
		console.error(`${files[0]}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
		return 2;
	}
	const r = readScenarioText(text);
	if (!r.ok) {
		console.error(`${files[0]}: ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`);
		for (const e of r.errors) console.error(`  ${describe(e)}`);
		return 2;
	}
	if (r.filled.length && !flag('json'))
		console.error(
			`${files[0]}: ${r.filled.length} parameters not in the file take the plan's values: ${r.filled.join(', ')}`
		);
	const spec = opt('optimize');
	if (spec !== undefined) {
		// The shape: the optimisation's own object, not the projection (the plan it finds is a new scenario).
		const o = await runCliOptimize(r.doc, spec);
		if (!o.ok) {
			for (const e of o.errors) console.error(e);
			return 2;
		}
		console.log(flag('json') ? JSON.stringify(o.result, null, 2) : optimizeText(o.result));
		return 0;
	}
	const tables = all('table');
	if (tables.length) {
		// The data table's own shape (issue 13), like --optimize: not the projection.
		const t = await runCliTable(r.doc, r.values, {
			tables,
			output: opt('output'),
			runs: opt('runs'),
			seed: opt('seed'),
			lhs: flag('lhs')
		});
		if (!t.ok) {
			for (const e of t.errors) console.error(`${files[0]}: ${e}`);
			return 2;
		}
		console.log(JSON.stringify(t.result, null, flag('json') ? 2 : undefined));
		return 0;
	}
	const p = runProjection(r.values, r.doc.years, r.doc.start);
	if (flag('next-plan')) {
		const n = nextPlanText(r.doc, r.values, p, opt('years'));
		if (!n.ok) console.error(`${files[0]}: ${n.error}`);
		else process.stdout.write(n.text);
		return n.ok ? 0 : 2;
	}
	const out: Record<string, unknown> = resultsJson(r.doc.name, p);
	if (r.filled.length) out.filled = r.filled;
	addActuals(out as { years: object[] }, r.doc, p);
	if (flag('reforecast')) {
		const rf = reforecastJson(r.doc, r.values, p);
		if (!rf.ok) {
			console.error(`${files[0]}: ${rf.error}`);
			return 2;
		}
		out.reforecast = rf.result;
	}
	if (flag('reach'))
		// Issue 21: one entry per missed target and year — funded bound, reachable, binding assumptions, changes.
		out.reach = reach(r.values, r.doc.years, r.doc.start).map(
			({ output, value, funded, reachable, binding, changes }) => ({
				output,
				value,
				funded,
				reachable,
				binding,
				changes
			})
		);
	const baseline = opt('bridge');
	if (baseline !== undefined) {
		const b = runCliBridge(baseline, { values: r.values, years: r.doc.years, start: r.doc.start });
		if (!b.ok) {
			for (const e of b.errors) console.error(e);
			return 2;
		}
		out.bridge = b.result;
	}
	if (flag('cashflow')) {
		const cf = await runCliCashflow(r.doc, r.values, opt('register'), r.register?.register);
		if (!cf.ok) {
			for (const e of cf.errors) console.error(e);
			return 2;
		}
		out.cashflow = cf.result;
	} else if (opt('register') !== undefined) {
		console.error(`${files[0]}: --register is read by --cashflow only`);
		return 2;
	}
	const runs = opt('runs');
	if (runs !== undefined) {
		const mc = await runCliMonteCarlo(r.doc, {
			runs: Number(runs),
			seed: Number(opt('seed') ?? 1),
			lhs: flag('lhs')
		});
		if (!mc.ok) {
			console.error(`${files[0]}: ${mc.error}`);
			return 2;
		}
		out.monteCarlo = mc.result;
		const explainOf = opt('explain');
		if (explainOf !== undefined) {
			const ex = await runCliExplain(r.doc, explainOf, {
				runs: Number(runs),
				seed: Number(opt('seed') ?? 1),
				lhs: flag('lhs')
			});
			if (!ex.ok) {
				console.error(`${files[0]}: ${ex.error}`);
				return 2;
			}
			out.explain = ex.result;
		}
	} else if (opt('explain') !== undefined) {
		console.error(`${files[0]}: --explain needs --runs N (and --seed S): it explains the misses among those runs`);
		return 2;
	}
	if (flag('json')) console.log(JSON.stringify(out, null, 2));
	else {
		console.log(resultsTable(r.doc.name, p));
		if (out.bridge) console.log(`\n${bridgeText(out.bridge as Parameters<typeof bridgeText>[0])}`);
	}
	return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
