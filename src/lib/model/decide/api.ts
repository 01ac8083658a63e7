/**
 * What the Decide worker does, as plain async functions (decide.worker.ts is only a comlink shell around
 * this): the explanation of a missed target and the optimisation, each on a plan built afresh from the
 * scenario. Nothing throws across the boundary; every outcome is a value.
 */
import type { Scenario } from '../montecarlo/api';
import { preparePlan, type McPlan } from '../montecarlo/plan';
import type { PropagatorFactory } from '../montecarlo/propagator';
import type { ScenarioDoc } from '../scenario';
import type { Words } from '../outputs';
import { explain, type ExplainOutcome } from './explain';
import { resolveOutput } from './outputs';
import { optimizePlan, type OptimizeOutcome } from './plan-optimize';
import { checkSpec, type SpecError } from './spec';

export type Progress = (done: number, total: number) => void;

export interface ExplainCall extends Scenario {
	output: string;
	runs: number;
	seed: number;
	lhs?: boolean;
	maxPoints?: number;
}
export type ExplainReply = ExplainOutcome | { ok: false; cancelled: false; error: string; message?: Words };
export type OptimizeReply = OptimizeOutcome | { ok: false; cancelled: false; error: string; errors?: SpecError[] };

export interface DecideApi {
	explain(req: ExplainCall, onProgress?: Progress): Promise<ExplainReply>;
	optimize(req: Scenario & { spec: unknown }, onProgress?: Progress): Promise<OptimizeReply>;
}

const say = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createDecideApi(factory?: (doc: ScenarioDoc, base: Float64Array) => PropagatorFactory): DecideApi {
	async function withPlan<T>(s: Scenario, task: (plan: McPlan) => Promise<T>, fail: (m: string) => T): Promise<T> {
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
			return fail(say(e));
		} finally {
			r.plan.propagator.dispose();
		}
	}
	const failed = (error: string) => ({ ok: false as const, cancelled: false as const, error });
	return {
		explain(req, onProgress) {
			const o = resolveOutput(req.output, req.doc.years);
			if (!o.ok) return Promise.resolve({ ...failed(o.message.en), message: o.message });
			return withPlan<ExplainReply>(req, (plan) => explain(plan, o.output, { ...req, onProgress }), failed);
		},
		optimize(req, onProgress) {
			return withPlan<OptimizeReply>(
				req,
				async (plan) => {
					const c = checkSpec(req.spec, plan.layout, plan.base);
					if (!c.ok)
						return { ...failed(c.errors.map((e) => `${e.key}: ${e.message.en}`).join('; ')), errors: c.errors };
					return optimizePlan(plan, c.problem, { onProgress });
				},
				failed
			);
		}
	};
}
