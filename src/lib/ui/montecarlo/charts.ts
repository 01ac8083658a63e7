/**
 * chart.js configurations of the Monte Carlo: fan charts and the tornado. Plain data only: chart.js must never see Svelte proxies.
 * A fan is five lines: P5, then P95 filled down to it ('-1'), P25, then P75 filled down to it, the median;
 * the helper edges (P5, P25) are left out of the legend. Uses only what charts/load.ts registers (Filler
 * included): the deterministic line and the targets are plain datasets, not annotations.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { fmtPct } from '../../i18n/format';
import type { Lang } from '../../i18n';
import type { Bands } from '../../model/montecarlo/summary';
import type { TornadoResult } from '../../model/montecarlo/tornado';
import { t } from './text';

type Ok<R> = Extract<R, { ok: true }>;
const BLUE = '#1d4e89';
const pctTick = (v: string | number) => `${Math.round(Number(v) * 1000) / 10}%`;

interface FanOptions {
	pct?: boolean;
	/** The deterministic projection, month by month. */
	deterministic?: number[];
	/** A target per month (stepped per year); null where none. */
	target?: (number | null)[];
	targetLabel?: string;
}

export function fanChart(L: Lang, labels: string[], b: Bands, o: FanOptions = {}): ChartConfiguration {
	const line = (data: number[], extra: Partial<ChartDataset<'line'>> = {}): ChartDataset<'line'> => ({
		data,
		pointRadius: 0,
		borderWidth: 0,
		fill: false,
		...extra
	});
	const datasets: ChartDataset<'line'>[] = [
		line(b.p5, { label: 'p5' }),
		line(b.p95, {
			label: t(L, 'band90'),
			fill: '-1',
			backgroundColor: 'rgba(47,109,181,0.15)',
			borderColor: 'rgba(47,109,181,0.15)'
		}),
		line(b.p25, { label: 'p25' }),
		line(b.p75, {
			label: t(L, 'band50'),
			fill: '-1',
			backgroundColor: 'rgba(47,109,181,0.35)',
			borderColor: 'rgba(47,109,181,0.35)'
		}),
		line(b.p50, { label: t(L, 'median'), borderColor: BLUE, backgroundColor: BLUE, borderWidth: 2 })
	];
	if (o.deterministic)
		datasets.push(
			line(o.deterministic, {
				label: t(L, 'deterministic'),
				borderColor: '#6b7a8f',
				backgroundColor: '#6b7a8f',
				borderWidth: 1.2,
				borderDash: [3, 3]
			})
		);
	if (o.target?.some((x) => x !== null)) {
		datasets.push({
			...line(o.target as number[], {
				borderColor: '#b3261e',
				backgroundColor: '#b3261e',
				borderWidth: 1.5,
				borderDash: [6, 4]
			}),
			label: o.targetLabel ?? t(L, 'target'),
			stepped: true,
			spanGaps: false
		});
	}
	const config: ChartConfiguration<'line'> = {
		type: 'line',
		data: { labels, datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			interaction: { mode: 'index', intersect: false },
			plugins: {
				legend: {
					position: 'bottom',
					labels: { boxWidth: 10, font: { size: 11 }, filter: (item) => item.text !== 'p5' && item.text !== 'p25' }
				},
				tooltip: { filter: (item) => item.dataset.label !== 'p5' && item.dataset.label !== 'p25' }
			},
			scales: {
				x: { ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true } },
				y: { ticks: { font: { size: 10 }, ...(o.pct ? { callback: pctTick } : {}) } }
			}
		}
	};
	return config as unknown as ChartConfiguration; // ChartBox takes any chart type
}

/**
 * The tornado: per parameter, one floating bar from the base value to the output at the parameter's low end
 * and one to its high end, overlaid (`grouped: false`) on a horizontal axis, widest swing on top.
 */
export function tornadoChart(L: Lang, r: Ok<TornadoResult>, labels: string[], pct: boolean): ChartConfiguration {
	const bar = (label: string, color: string, end: 'low' | 'high') => ({
		label,
		data: r.bars.map((b) => [r.base, b[end].output] as [number, number]),
		backgroundColor: color,
		borderColor: color,
		grouped: false,
		barPercentage: 0.7,
		categoryPercentage: 0.9
	});
	return {
		type: 'bar',
		data: { labels, datasets: [bar(t(L, 'atLow'), '#d97706', 'low'), bar(t(L, 'atHigh'), '#2f6db5', 'high')] },
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: {
				legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 11 } } },
				tooltip: {
					callbacks: {
						label: (c) =>
							`${c.dataset.label}: ${pct ? fmtPct(L, (c.raw as number[])[1], 2) : (c.raw as number[])[1].toFixed(1)}`
					}
				}
			},
			scales: {
				x: { beginAtZero: false, grace: '5%', ticks: { font: { size: 10 }, ...(pct ? { callback: pctTick } : {}) } },
				y: { ticks: { font: { size: 11 } } }
			}
		}
	} as ChartConfiguration;
}
