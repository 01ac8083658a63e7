/** Bar charts of a register summary: compounds (left axis) beside area in 万 m² (right axis), plain data. */
import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../../i18n';
import type { Stats } from '../../register/summary';
import { t } from './text';

export function countAreaChart(rows: readonly Stats[], labels: string[], L: Lang): ChartConfiguration {
	const tick = { font: { size: 10 } };
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{ label: t(L, 'count'), data: rows.map((r) => r.compounds), backgroundColor: '#2f6db5', yAxisID: 'y' },
				{ label: t(L, 'area'), data: rows.map((r) => r.area), backgroundColor: '#d97706', yAxisID: 'y1' }
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 11 } } } },
			scales: {
				x: { ticks: { ...tick, maxRotation: 0 } },
				y: {
					position: 'left',
					beginAtZero: true,
					ticks: tick,
					title: { display: true, text: t(L, 'count'), font: { size: 10 } }
				},
				y1: {
					position: 'right',
					beginAtZero: true,
					grid: { drawOnChartArea: false },
					ticks: tick,
					title: { display: true, text: t(L, 'area'), font: { size: 10 } }
				}
			}
		}
	};
}
