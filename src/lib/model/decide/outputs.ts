/** Output names (model/outputs.ts) as the decision cores read them: one number per iteration of a run. */
import { inMonteCarlo, outputAt, parseOutput, type OutputRef, type Words } from '../outputs';
import type { RunOutput } from './output';

export type Resolved = { ok: true; output: RunOutput; ref: OutputRef } | { ok: false; message: Words };

export function resolveOutput(name: string, years: number): Resolved {
	const r = parseOutput(String(name), years);
	if (!r.ok) return r;
	const ref = r.ref;
	if (!inMonteCarlo(ref))
		return {
			ok: false,
			message: {
				zh: `“${ref.name}”只有确定性结果，蒙特卡洛不逐次保留（请选支出、补贴、比率或目标）`,
				en: `"${ref.name}" is not kept per Monte Carlo iteration (choose an outlay, a subsidy, a rate or a target)`
			}
		};
	const b = ref.base;
	const kind: RunOutput['kind'] = ref.threshold
		? 'threshold'
		: b.kind === 'target' || b.kind === 'targetsMet'
			? 'target'
			: 'value';
	const year = 'year' in b ? b.year : null;
	return { ok: true, ref, output: { name: ref.name, kind, year, at: (s, row) => outputAt(ref, s, row) } };
}
