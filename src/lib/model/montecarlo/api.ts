/**
 * What a Monte Carlo worker does, as plain async functions (the worker file is only a comlink shell around
 * this). Every call takes the scenario (doc + evaluated values) and builds its plan afresh, so a worker holds
 * no state that could go stale. Nothing throws across the boundary: comlink drops error classes, so every
 * outcome — cancelled, bad input, no solution — is a value.
 */
import type { ParamValues } from '../inputs';
import type { ScenarioDoc } from '../scenario';
import { goalSeek, type GoalSeekRequest, type GoalSeekResult } from './goalseek';
import type { Metric } from './metric';
import { drawShape, planInfo, preparePlan, type DrawShape, type McPlan } from './plan';
import { seekProbability, type ProbabilitySeekRequest, type ProbabilitySeekResult } from './probability-seek';
import type { PropagatorFactory } from './propagator';
import { runMonteCarlo } from './runner';
import type { SampleStore } from './samples';
import { refusal, seekWords } from './seek-words';
import { monthBands, summarize, type McSummary } from './summary';
import { tornado, type TornadoResult } from './tornado';

export interface Scenario {
	doc: ScenarioDoc;
	values: ParamValues;
}
export type PlanInfo = ReturnType<typeof planInfo>;
export interface SliceRequest extends Scenario {
	runs: number;
	seed: number;
	lhs: boolean;
	from: number;
	to: number;
}
export type SliceResult =
	| { ok: true; samples: SampleStore; info: PlanInfo; shape: DrawShape }
	| { ok: false; cancelled: boolean; error: string };
export type Progress = (done: number, total: number) => void;
/** What the monthly bands are computed from. */
export type MonthSamples = Pick<SampleStore, 'n' | 'years' | 'monthOutlay' | 'monthSatisfaction'>;

export interface McApi {
	runSlice(req: SliceRequest, onProgress?: Progress): Promise<SliceResult>;
	/** Stops the runs in progress at their next chunk boundary. */
	cancel(): void;
	/** The summary, its monthly bands up to month `monthsTo` (all by default); the samples come back with it. */
	summarize(
		samples: SampleStore,
		start: string,
		monthsTo?: number
	): Promise<{ summary: McSummary; samples: SampleStore }>;
	/** The monthly bands of months [from, to): a second worker's share of the summary (joinMonths). */
	monthBands(samples: MonthSamples, start: string, from: number, to: number): Promise<McSummary['months']>;
	tornado(req: Scenario & { metric: Metric }): Promise<TornadoResult>;
	goalSeek(req: Scenario & GoalSeekRequest): Promise<GoalSeekResult>;
	seekProbability(req: Scenario & ProbabilitySeekRequest, onProgress?: Progress): Promise<ProbabilitySeekResult>;
}

const say = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `factory` builds formula propagation (sheet/propagate.ts's propagatorFactory, with its HyperFormula fallback). */
export function createMcApi(factory?: (doc: ScenarioDoc, base: Float64Array) => PropagatorFactory): McApi {
	let generation = 0;
	/** Builds the plan, runs `task` on it, disposes it; any failure comes back as a message, never a throw. */
	async function withPlan<T>(
		s: Scenario,
		task: (plan: McPlan) => Promise<T> | T,
		fail: (message: string) => T
	): Promise<T> {
		let r;
		try {
			r = await preparePlan(s.doc, s.values, factory && ((base) => factory(s.doc, base)));
		} catch (e) {
			return fail(`the scenario could not be prepared: ${say(e)}`);
		}
		if (!r.ok) return fail(r.error);
		try {
			return await task(r.plan);
		} catch (e) {
			return fail(`the Monte Carlo failed: ${say(e)}`);
		} finally {
			r.plan.propagator.dispose();
		}
	}
	// The scenario failed before the tool ran: the English detail for logs, the planner's words for the screen.
	const message = (m: string) => refusal('failed', m, seekWords(null).failed());
	return {
		runSlice(req, onProgress) {
			const mine = generation;
			return withPlan<SliceResult>(
				req,
				async (plan) => {
					const r = await runMonteCarlo(plan, { ...req, onProgress, isCancelled: () => generation !== mine });
					return r.ok ? { ok: true, samples: r.samples, info: planInfo(plan), shape: drawShape(plan) } : r;
				},
				(error) => ({ ok: false, cancelled: false, error })
			);
		},
		cancel() {
			generation++;
		},
		async summarize(samples, start, monthsTo) {
			return { summary: summarize(samples, start, monthsTo), samples };
		},
		async monthBands(samples, start, from, to) {
			return monthBands(samples, start, from, to);
		},
		tornado: (req) => withPlan<TornadoResult>(req, (plan) => tornado(plan, req.metric), message),
		goalSeek: (req) => withPlan<GoalSeekResult>(req, (plan) => goalSeek(plan, req), message),
		seekProbability(req, onProgress) {
			const mine = generation;
			return withPlan<ProbabilitySeekResult>(
				req,
				(plan) => seekProbability(plan, req, { onProgress, isCancelled: () => generation !== mine }),
				message
			);
		}
	};
}
