/**
 * The sensitivity over time as chart.js data: one stacked bar per plan year, one segment per uncertain
 * parameter (its share of the year's variance). Plain data only: chart.js must never see Svelte proxies.
 */
import type { ChartConfiguration } from 'chart.js';
import { fmtPct } from '../../i18n/format';
import type { Lang } from '../../i18n';

/** Distinguishable on white and for the common colour-vision deficiencies (Okabe–Ito, then Tableau). */
export const PALETTE = [
	'#0072b2',
	'#e69f00',
	'#009e73',
	'#cc79a7',
	'#56b4e9',
	'#d55e00',
	'#f0e442',
	'#6b7a8f',
	'#8c564b',
	'#17becf',
	'#bcbd22',
	'#7f7f7f'
];

export function sensitivityChart(
	L: Lang,
	yearLabels: string[],
	params: { label: string; shares: number[] }[],
	axis: string
): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: yearLabels,
			datasets: params.map((p, i) => ({
				label: p.label,
				data: p.shares,
				backgroundColor: PALETTE[i % PALETTE.length],
				borderColor: '#fff',
				borderWidth: 1,
				stack: 'share'
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: {
				legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 11 } } },
				tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${fmtPct(L, c.raw as number, 1)}` } }
			},
			scales: {
				x: { stacked: true, ticks: { font: { size: 11 } } },
				y: {
					stacked: true,
					min: 0,
					max: 1,
					title: { display: true, text: axis, font: { size: 11 } },
					ticks: { font: { size: 10 }, callback: (v) => `${Math.round(Number(v) * 100)}%` }
				}
			}
		}
	} as ChartConfiguration;
}
