/**
 * Overlay charts: one line or bar series per compared scenario, in the scenario's colour, with the baseline's
 * targets dashed. Plain arrays only (chart.js must never see Svelte proxies).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ScenarioRun } from '../../compare';
import { t as tt, type Lang } from '../../i18n';
import { monthLabel } from '../../model/time';
import { COLORS, LETTERS, t } from './strings';

export interface Series {
	run: ScenarioRun;
	name: string;
	/** The scenario's letter and colour when the series are shown in another order (the brief: baseline first). */
	slot?: number;
}

const TARGET = '#b3261e';
/** Small charts (the brief) name scenarios by letter only: the brief lists the names once, above. */
const label = (s: Series, i: number, small = false) =>
	small ? LETTERS[s.slot ?? i] : `${LETTERS[s.slot ?? i]} · ${s.name}`;

function options(L: Lang, pct: boolean, small: boolean): ChartConfiguration['options'] {
	const font = { size: small ? 8 : 10 };
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
		// Twice the screen's pixels, so the canvas stays sharp when the brief is printed or saved as PDF.
		devicePixelRatio: 2,
		plugins: {
			legend: { position: 'bottom', labels: { boxWidth: small ? 8 : 10, font, padding: small ? 4 : 8 } },
			tooltip: { enabled: !small }
		},
		scales: {
			x: { ticks: { font, maxRotation: 0, autoSkip: true, autoSkipPadding: 8 } },
			y: { ticks: { font, ...(pct ? { callback: (v: string | number) => `${Math.round(Number(v) * 100)}%` } : {}) } }
		},
		locale: tt(L, 'locale')
	};
}

const yearLabels = (series: Series[], L: Lang) => {
	const n = Math.max(...series.map((s) => s.run.projection.years.length));
	return Array.from({ length: n }, (_, y) => t(L, 'year', { n: y + 1 }));
};

export function outlayBars(series: Series[], L: Lang, small = false): ChartConfiguration {
	const datasets = series.map((s, i) => ({
		label: label(s, i, small),
		data: s.run.projection.years.map((y) => y.outlay),
		backgroundColor: COLORS[s.slot ?? i]
	}));
	return { type: 'bar', data: { labels: yearLabels(series, L), datasets }, options: options(L, false, small) };
}

/** Monthly lines labelled by the first scenario's calendar months (plan months line up by index). */
function monthly(
	series: Series[],
	L: Lang,
	small: boolean,
	get: (r: ScenarioRun) => number[],
	target?: (number | null)[]
): ChartConfiguration {
	const longest = series.reduce((a, s) =>
		s.run.projection.months.outlay.length > a.run.projection.months.outlay.length ? s : a
	);
	const labels = Array.from(longest.run.projection.months.outlay, (_, m) =>
		monthLabel(longest.run.projection.start, m)
	);
	const datasets: ChartConfiguration<'line'>['data']['datasets'] = series.map((s, i) => ({
		label: label(s, i, small),
		data: get(s.run),
		borderColor: COLORS[s.slot ?? i],
		backgroundColor: COLORS[s.slot ?? i],
		pointRadius: 0,
		borderWidth: small ? 1.5 : 2
	}));
	if (target)
		datasets.push({
			label: t(L, 'chartTarget'),
			data: target,
			borderColor: TARGET,
			backgroundColor: TARGET,
			borderDash: [5, 4],
			pointRadius: 0,
			borderWidth: 1.2,
			stepped: true
		});
	return { type: 'line', data: { labels, datasets }, options: options(L, true, small) } as ChartConfiguration;
}

export function satisfactionLines(series: Series[], L: Lang, baseline: number, small = false): ChartConfiguration {
	const base = series[baseline].run.projection;
	const target = Array.from(
		base.months.satisfaction,
		(_, m) => base.years[Math.floor(m / 12)].targetValues.satisfaction
	);
	return monthly(series, L, small, (r) => Array.from(r.projection.months.satisfaction), target);
}

/** Quasi + basic firms' income over their cost, month by month: below 100 % the service is underfunded. */
export function adequacyLines(series: Series[], L: Lang, small = false): ChartConfiguration {
	const ratio = (r: ScenarioRun) => {
		const { income, cost } = r.projection.months;
		return Array.from(income[1], (_, m) => (income[1][m] + income[2][m]) / (cost[1][m] + cost[2][m] || 1));
	};
	return monthly(series, L, small, ratio);
}

export function standardLines(series: Series[], L: Lang, baseline: number, small = false): ChartConfiguration {
	const datasets: ChartConfiguration<'line'>['data']['datasets'] = series.map((s, i) => ({
		label: label(s, i, small),
		data: s.run.projection.years.map((y) => y.standardRate),
		borderColor: COLORS[s.slot ?? i],
		backgroundColor: COLORS[s.slot ?? i],
		pointRadius: 3,
		borderWidth: 2
	}));
	datasets.push({
		label: t(L, 'chartTarget'),
		data: series[baseline].run.projection.years.map((y) => y.targetValues.standard),
		borderColor: TARGET,
		backgroundColor: TARGET,
		borderDash: [5, 4],
		pointRadius: 2,
		borderWidth: 1.2
	});
	return {
		type: 'line',
		data: { labels: yearLabels(series, L), datasets },
		options: options(L, true, small)
	} as ChartConfiguration;
}
