/** The re-forecast's chart: monthly satisfaction, the original and the re-forecast, from the restart on. */
import type { ChartConfiguration } from 'chart.js';
import { t, type Lang } from '../../i18n';
import type { Projection } from '../../model/projection';
import { monthLabel } from '../../model/time';

export function reforecastChart(p: Projection, rf: Projection, from: number, L: Lang): ChartConfiguration {
	const m0 = 12 * (from + 1);
	const labels = Array.from(p.months.satisfaction, (_, m) => monthLabel(p.start, m)).slice(m0);
	const line = (label: string, data: Float64Array, color: string, dash: number[]) => ({
		label,
		data: Array.from(data).slice(m0),
		borderColor: color,
		backgroundColor: color,
		borderDash: dash,
		pointRadius: 0,
		borderWidth: 2
	});
	return {
		type: 'line',
		data: {
			labels,
			datasets: [
				line(t(L, 'lookback.original'), p.months.satisfaction, '#6b7a8f', [6, 4]),
				line(t(L, 'lookback.reforecast'), rf.months.satisfaction, '#1d4e89', [])
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 11 } } } },
			scales: {
				x: { ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true } },
				y: { ticks: { font: { size: 10 }, callback: (v: string | number) => `${(Number(v) * 100).toFixed(1)}%` } }
			}
		}
	};
}
