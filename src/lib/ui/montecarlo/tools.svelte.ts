/**
 * The screen's tools — tornado, goal seek on a value, goal seek on a probability — each with its own worker
 * (McClient supersedes a call in progress on the same client, so sharing one would let a tornado cancel a
 * seek). Inputs are kept as typed; they are parsed once, here, when the tool runs.
 */
import { t, type Lang } from '../../i18n';
import type { Scenario } from '../../model/montecarlo/api';
import type { GoalSeekResult } from '../../model/montecarlo/goalseek';
import type { Metric } from '../../model/montecarlo/metric';
import type { ProbabilitySeekResult } from '../../model/montecarlo/probability-seek';
import { checkSeed } from '../../model/montecarlo/prng';
import { checkRuns, MAX_RUNS } from '../../model/montecarlo/runner';
import { fmtNumber } from '../../i18n/format';
import type { TornadoResult } from '../../model/montecarlo/tornado';
import type { ScenarioDoc } from '../../model/scenario';
import type { TargetKind } from '../../model/targets';
import { parseInput } from '../../sheet/input';
import type { Workbench } from '../../state/workbench.svelte';
import type { McClient } from '../../worker/mc-client';
import { readShare } from '../decide/form';
import { metricKind } from './outputs';
import { prepare } from './scenario';

/** Makes a Monte Carlo client over `workers` workers (all cores when left out). */
export type NewMcClient = (workers?: number) => McClient;

/** A tool's answer with what it was asked and of which scenario (to say when the scenario has moved on). */
export interface Answer<R, Q> {
	r: R;
	req: Q;
	source: ScenarioDoc;
}

class Tool<R, Q> {
	busy = $state(false);
	answer = $state.raw<Answer<R, Q> | null>(null);
	/** An input or preparation problem, in the screen's language. */
	problem = $state('');
	done = $state(0);
	total = $state(0);
	#client: McClient | null = null;
	#token = 0;

	constructor(private newClient: NewMcClient) {}

	protected async go(wb: Workbench, req: Q | string, call: (c: McClient, s: Scenario, req: Q) => Promise<R>) {
		const token = ++this.#token;
		if (typeof req === 'string') return void (this.problem = req);
		this.problem = '';
		this.busy = true;
		this.done = 0;
		try {
			const p = await prepare(wb);
			if (token !== this.#token) return;
			if (!p.ok) return void (this.problem = p.message);
			const r = await call((this.#client ??= this.newClient(1)), p.scenario, req);
			if (token === this.#token) this.answer = { r, req, source: p.source };
		} finally {
			if (token === this.#token) this.busy = false;
		}
	}

	protected progress =
		(token = this.#token) =>
		(d: number, t: number) => {
			if (token !== this.#token) return;
			this.done = d;
			this.total = t;
		};

	cancel() {
		this.#client?.cancel();
	}
}

/** A number typed as in the grid (0.8, 80%, 1,234.5); blank allowed when `optional`. */
function num(text: string, what: string, L: Lang, optional = false): number | undefined | string {
	const p = parseInput(String(text ?? ''));
	if (p.ok && p.cell === null && optional) return undefined;
	if (p.ok && typeof p.cell === 'number') return p.cell;
	return p.ok ? t(L, 'words.typeNumber', { what }) : `${what}${t(L, 'words.colon')}${p[L]}`;
}

/** A share typed as WPS reads one: 80, 80 % and 0.8 are all 80 %; outside (0, 100 %] is refused. */
function share(text: string, what: string, L: Lang): number | string {
	const x = readShare(String(text ?? ''));
	return x > 0 && x <= 1 ? x : t(L, 'words.badShare', { what, text });
}
const firstProblem = (...xs: unknown[]) => xs.find((x): x is string => typeof x === 'string');

export class TornadoTool extends Tool<TornadoResult, Metric> {
	metric = $state<Metric>({ kind: 'total', output: 'outlay' });
	run(wb: Workbench) {
		return this.go(wb, $state.snapshot(this.metric) as Metric, (c, s, m) => c.tornado(s, m));
	}
}

export interface SeekRequest {
	cell: string;
	metric: Metric;
	target: number;
	low?: number;
	high?: number;
}

export class SeekTool extends Tool<GoalSeekResult, SeekRequest> {
	cell = $state('basic_subsidy_y2');
	metric = $state<Metric>({ kind: 'margin', tier: 'basic', year: 2 });
	target = $state('0');
	low = $state('');
	high = $state('');
	run(wb: Workbench) {
		const L = wb.lang;
		// A rate's target is typed as a share (85 means 85 %), as the grid reads one.
		const rate = metricKind(this.metric) === 'rate';
		const target = rate ? readShare(this.target) : num(this.target, t(L, 'words.target'), L);
		if (typeof target === 'number' && Number.isNaN(target))
			return this.go(wb, t(L, 'words.typeNumber', { what: t(L, 'words.target') }), (c, s, q) => c.goalSeek(s, q));
		const low = num(this.low, t(L, 'words.searchFrom'), L, true);
		const high = num(this.high, t(L, 'words.searchTo'), L, true);
		const bad = firstProblem(target, low, high);
		const req: SeekRequest | string = bad ?? {
			cell: this.cell.trim(),
			metric: $state.snapshot(this.metric) as Metric,
			target: target as number,
			low: low as number | undefined,
			high: high as number | undefined
		};
		return this.go(wb, req, (c, s, q) => c.goalSeek(s, q));
	}
}

export interface ProbRequest {
	cell: string;
	target: TargetKind;
	year: number;
	probability: number;
	direction: 'lowest' | 'highest';
	runs: number;
	seed: number;
}

export class ProbSeekTool extends Tool<ProbabilitySeekResult, ProbRequest> {
	cell = $state('basic_collection_y3');
	target = $state<TargetKind>('satisfaction');
	year = $state(3);
	probability = $state('80%');
	direction = $state<'lowest' | 'highest'>('lowest');
	runs = $state(2000);
	seed = $state(1);
	run(wb: Workbench) {
		const L = wb.lang;
		const p = share(this.probability, t(L, 'words.probability'), L);
		const { cell, target, year, direction, runs, seed } = this;
		// The model's checks answer in English (the CLI's words); the screen says them in its language.
		const bad = firstProblem(
			p,
			checkRuns(runs) && t(L, 'mc.runsBad', { runs, max: fmtNumber(L, MAX_RUNS, 0, 0) }),
			checkSeed(seed) && t(L, 'mc.seedBad', { seed })
		);
		const req: ProbRequest | string = bad ?? {
			cell: cell.trim(),
			target,
			year,
			probability: p as number,
			direction,
			runs,
			seed
		};
		return this.go(wb, req, (c, s, q) => c.seekProbability(s, q, this.progress()));
	}
}
