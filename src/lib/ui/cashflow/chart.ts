/** The district's monthly need stacked by street (chart.js config, plain data). */
import type { ChartConfiguration } from 'chart.js';
import type { CashflowTable } from '../../model/cashflow';

/** 20 distinguishable colours (Tableau 20, dark then light), so a district's streets do not share one. */
const PALETTE = [
	'#1f77b4',
	'#ff7f0e',
	'#2ca02c',
	'#d62728',
	'#9467bd',
	'#8c564b',
	'#e377c2',
	'#7f7f7f',
	'#bcbd22',
	'#17becf',
	'#aec7e8',
	'#ffbb78',
	'#98df8a',
	'#ff9896',
	'#c5b0d5',
	'#c49c94',
	'#f7b6d2',
	'#c7c7c7',
	'#dbdb8d',
	'#9edae5'
];

/** Month columns only; one stacked dataset per street, the unplaced money and the unallocated reward fund. */
export function stackedChart(
	table: CashflowTable,
	labels: { row: (i: number) => string; month: string[] }
): ChartConfiguration {
	const months = table.columns.map((c, j) => (c.kind === 'month' ? j : -1)).filter((j) => j >= 0);
	const stacked = table.rows
		.map((r, i) => ({ r, i }))
		.filter(({ r }) => r.kind !== 'district' && r.kind !== 'paid' && r.kind !== 'withheld');
	const tick = { font: { size: 10 } };
	return {
		type: 'bar',
		data: {
			labels: labels.month,
			datasets: stacked.map(({ r, i }, k) => ({
				label: labels.row(i),
				data: months.map((j) => r.values[j]),
				backgroundColor: r.kind === 'street' ? PALETTE[k % PALETTE.length] : '#a0aec0',
				stack: 'need'
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: { legend: { position: 'right', labels: { boxWidth: 10, font: { size: 10 } } } },
			scales: {
				x: { stacked: true, ticks: { ...tick, maxRotation: 0 } },
				y: { stacked: true, beginAtZero: true, ticks: tick }
			}
		}
	};
}
