/**
 * `npm run simulate -- FILE [--json]`: reads a scenario file with the same reader as the app and prints the
 * yearly projection. A file that cannot be used exits with status 2 and lists every error on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseSimulateArgs } from './args';
import { decodeText } from '../lib/io/decode-text';
import { describe } from '../lib/io/read-error';
import { readScenarioText, type ReadResult } from '../lib/io/read-scenario';
import { t } from '../lib/i18n';
import { decodeLink, encodeLink, LINK_BUDGET } from '../lib/share/link';
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
	'usage: npm run simulate -- (FILE | --from-link LINK) [--link] [--json] [--runs N --seed S [--lhs] [--explain OUTPUT]] [--optimize SPEC.json] [--table KEY=FROM:TO:STEP [--table …] --output OUT [--runs N]] [--reforecast] [--reach] [--next-plan [--years N]] [--bridge BASELINE.json] [--cashflow [--register REGISTER.csv|xlsx]]';

async function main(argv: string[]): Promise<number> {
	const parsed = parseSimulateArgs(argv);
	if (!parsed.ok) {
		console.error(parsed.error);
		console.error(USAGE);
		return 2;
	}
	const { files, flag, opt, all } = parsed.args;
	const fromLink = opt('from-link');
	const sources = files.length + (fromLink === undefined ? 0 : 1);
	if (sources !== 1 || flag('help')) {
		console.error(USAGE);
		return sources === 1 ? 0 : 2;
	}
	const source = fromLink === undefined ? files[0] : 'link';
	const r = fromLink === undefined ? readFile(files[0]) : readLink(fromLink);
	if (!r) return 2;
	if (flag('link')) {
		const link = encodeLink(r.doc);
		if (link.length > LINK_BUDGET)
			console.error(`${source}: ${t('en', 'share.tooBigForLink', { n: link.length, max: LINK_BUDGET })}`);
		console.log(link);
		return 0;
	}
	if (r.filled.length && !flag('json'))
		console.error(
			`${source}: ${r.filled.length} parameters not in the file take the plan's values: ${r.filled.join(', ')}`
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
		// The data table's own shape, like --optimize: not the projection.
		const t = await runCliTable(r.doc, r.values, {
			tables,
			output: opt('output'),
			runs: opt('runs'),
			seed: opt('seed'),
			lhs: flag('lhs')
		});
		if (!t.ok) {
			for (const e of t.errors) console.error(`${source}: ${e}`);
			return 2;
		}
		console.log(JSON.stringify(t.result, null, flag('json') ? 2 : undefined));
		return 0;
	}
	const p = runProjection(r.values, r.doc.years, r.doc.start);
	if (flag('next-plan')) {
		const n = nextPlanText(r.doc, r.values, p, opt('years'));
		if (!n.ok) console.error(`${source}: ${n.error}`);
		else process.stdout.write(n.text);
		return n.ok ? 0 : 2;
	}
	const out: Record<string, unknown> = resultsJson(r.doc.name, p);
	if (r.filled.length) out.filled = r.filled;
	addActuals(out as { years: object[] }, r.doc, p);
	if (flag('reforecast')) {
		const rf = reforecastJson(r.doc, r.values, p);
		if (!rf.ok) {
			console.error(`${source}: ${rf.error}`);
			return 2;
		}
		out.reforecast = rf.result;
	}
	if (flag('reach'))
		// one entry per missed target and year — funded bound, reachable, binding assumptions, changes.
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
			console.error(`${source}: ${mc.error}`);
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
				console.error(`${source}: ${ex.error}`);
				return 2;
			}
			out.explain = ex.result;
		}
	} else if (opt('explain') !== undefined) {
		console.error(`${source}: --explain needs --runs N (and --seed S): it explains the misses among those runs`);
		return 2;
	}
	if (flag('json')) console.log(JSON.stringify(out, null, 2));
	else {
		console.log(resultsTable(r.doc.name, p));
		if (out.bridge) console.log(`\n${bridgeText(out.bridge as Parameters<typeof bridgeText>[0])}`);
	}
	return 0;
}

type Read = Extract<ReadResult, { ok: true }>;

function readFile(path: string): Read | undefined {
	let text: string;
	try {
		text = decodeText(readFileSync(path)); // the app's decoder: a UTF-16 file with a BOM reads here too
	} catch (e) {
		console.error(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
		return undefined;
	}
	const r = readScenarioText(text);
	if (r.ok) return r;
	console.error(`${path}: ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`);
	for (const e of r.errors) console.error(`  ${describe(e)}`);
	return undefined;
}

/** A link is read as a file is: its refusal's reason, then the reader's errors when it holds a bad scenario. */
function readLink(link: string): Read | undefined {
	const r = decodeLink(link);
	if (r.ok) return { ok: true, doc: r.doc, values: r.values, filled: [] };
	console.error(`link: ${r.message}`);
	for (const e of r.errors ?? []) console.error(`  ${describe(e)}`);
	return undefined;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
