/**
 * The outputs a bridge explains, by their names in model/outputs.ts: the horizon's outlay, each year's outlay,
 * firms' income by tier each year, and each target's rate each year.
 */
import { TIERS } from '../catalogue';
import { parseOutput, type OutputRef } from '../outputs';

const RATES = ['committeeRate', 'standardRate', 'satisfaction', 'coverage'] as const;

export function bridgeOutputNames(years: number): string[] {
	const names = ['total.outlay'];
	for (let y = 1; y <= years; y++) names.push(`y${y}.outlay`);
	for (let y = 1; y <= years; y++) for (const t of TIERS) names.push(`y${y}.firmIncome.${t}`);
	for (let y = 1; y <= years; y++) for (const r of RATES) names.push(`y${y}.${r}`);
	return names;
}

export function bridgeOutputRefs(years: number): OutputRef[] {
	return bridgeOutputNames(years).map((n) => {
		const p = parseOutput(n, years);
		if (!p.ok) throw new Error(`bridge output ${n}: ${p.message.en}`); // a programming error, not input
		return p.ref;
	});
}
