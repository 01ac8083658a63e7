/**
 * The re-forecast's bridge (PEFA's reconciliation of a forecast with the previous one): what the actuals
 * changed, by the state the re-forecast restarts from — committees, compounds at standard, satisfaction per
 * tier. Those are its players: coalition S restarts from the actual value of the fields in S and the model's
 * own value of the rest, so the empty coalition is the original projection and the full one the re-forecast.
 * Nothing else differs, so the parts add up to the re-forecast's change. Only the years after the restart move
 * (and outlay never does: the restart state moves no money), so those rates are the outputs.
 */
import { toModelInputs, type ParamValues } from '../inputs';
import { TIERS } from '../param-def';
import { project, type Projection } from '../projection';
import type { Reforecast } from '../reforecast';
import { outputValue, parseOutput, type OutputRef } from '../outputs';
import { splitOutputs, type BridgeOutput } from './bridge';

const RATES = ['committeeRate', 'standardRate', 'satisfaction'] as const;

export interface RestartBridge {
	/** Actuals field names ('committees', 'standard', 'satisfaction.<tier>'), the restart state's parts that moved. */
	fields: string[];
	outputs: BridgeOutput[];
}

export function restartBridge(
	values: ParamValues,
	years: number,
	start: string,
	r: Reforecast,
	original: Projection
): RestartBridge {
	const k = r.from;
	const own = {
		committees: original.years[k].committees,
		standard: original.years[k].standard,
		satisfaction: TIERS.map((_, t) => original.months.tierSatisfaction[t][12 * k + 11])
	};
	const fields: string[] = [];
	if (r.state.committees !== own.committees) fields.push('committees');
	if (r.state.standard !== own.standard) fields.push('standard');
	TIERS.forEach((t, i) => {
		if (r.state.satisfaction[i] !== own.satisfaction[i]) fields.push(`satisfaction.${t}`);
	});
	const refs: OutputRef[] = [];
	for (let y = k + 2; y <= years; y++)
		for (const f of RATES) {
			const p = parseOutput(`y${y}.${f}`, years);
			if (p.ok) refs.push(p.ref);
		}
	const n = fields.length;
	const vals = refs.map(() => new Float64Array(1 << n));
	for (let S = 0; S < 1 << n; S++) {
		const take = (field: string) => (S & (1 << fields.indexOf(field))) !== 0;
		const inp = toModelInputs(values, years);
		inp.resume = {
			after: k,
			committees: take('committees') ? r.state.committees : own.committees,
			standard: take('standard') ? r.state.standard : own.standard,
			satisfaction: TIERS.map((t, i) => (take(`satisfaction.${t}`) ? r.state.satisfaction[i] : own.satisfaction[i]))
		};
		const p = project(inp, start);
		refs.forEach((ref, j) => (vals[j][S] = outputValue(ref, p)));
	}
	return { fields, outputs: splitOutputs(refs, vals, n) };
}
