/** The district's monthly need stacked by street (chart.js config, plain data). */
import type { ChartConfiguration } from 'chart.js';
import type { CashflowTable } from '../../model/cashflow';

const PALETTE = [
	'#1d4e89',
	'#d97706',
	'#2f855a',
	'#9b2c2c',
	'#6b46c1',
	'#2c7a7b',
	'#b7791f',
	'#4a5568',
	'#c05621',
	'#2b6cb0'
];

/** Month columns only; one dataset per row but the district's (which is their sum, drawn as a line). */
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
