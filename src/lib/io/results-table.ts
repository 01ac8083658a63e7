/** The readable yearly table of `simulate` (and the shape of the UI's yearly table): one row per figure. */
import type { Projection } from '../model/projection';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const wan = (x: number) => x.toFixed(3);
const mark = (m: boolean | null) => (m === null ? '  –' : m ? ' ✓' : ' ✗');

export function resultsTable(name: string, p: Projection): string {
	const head = ['', ...p.years.map((r) => `Year ${r.year} (${r.from} – ${r.to})`), 'Total'];
	const rows: string[][] = [
		[
			'Subsidy, quasi (万元)',
			...p.years.map((r) => wan(r.subsidy.quasi)),
			wan(p.years.reduce((s, r) => s + r.subsidy.quasi, 0))
		],
		[
			'Subsidy, basic (万元)',
			...p.years.map((r) => wan(r.subsidy.basic)),
			wan(p.years.reduce((s, r) => s + r.subsidy.basic, 0))
		],
		['Subsidy, total (万元)', ...p.years.map((r) => wan(r.subsidy.total)), wan(p.totals.subsidy)],
		['Reward fund (万元)', ...p.years.map((r) => wan(r.rewardFund)), wan(p.totals.rewardFund)],
		['Waiver compensation (万元)', ...p.years.map((r) => wan(r.waiverCompensation)), wan(p.totals.waiverCompensation)],
		['District outlay (万元)', ...p.years.map((r) => wan(r.outlay)), wan(p.totals.outlay)],
		['Fees collected (万元)', ...p.years.map((r) => wan(r.feesCollected.total)), ''],
		['Firm income ÷ cost, quasi+basic', ...p.years.map((r) => r.adequacy.toFixed(3)), ''],
		['Committee rate', ...p.years.map((r) => pct(r.committeeRate) + mark(r.targets.committee)), ''],
		['Standard rate', ...p.years.map((r) => pct(r.standardRate) + mark(r.targets.standard)), ''],
		['Satisfaction', ...p.years.map((r) => pct(r.satisfaction) + mark(r.targets.satisfaction)), ''],
		['Coverage', ...p.years.map((r) => pct(r.coverage) + mark(r.targets.coverage)), '']
	];
	const all = [head, ...rows];
	const w = head.map((_, c) => Math.max(...all.map((r) => r[c].length)));
	const line = (r: string[]) => r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  ');
	return [
		name,
		'',
		line(head),
		...rows.map(line),
		'',
		'✓ target met · ✗ missed · – no target (compared after rounding to 0.01 percentage points; docs/model.en.md#targets)'
	].join('\n');
}
