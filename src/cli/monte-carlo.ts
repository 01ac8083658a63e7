/** Placeholder until the Monte Carlo engine lands (issue 6): the CLI says plainly that --runs is not available. */
import type { ScenarioDoc } from '../lib/model/scenario';

export async function runCliMonteCarlo(_doc: ScenarioDoc, _opts: { runs: number; seed: number; lhs: boolean }): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
	return { ok: false, error: '--runs: Monte Carlo is not available in this version' };
}
