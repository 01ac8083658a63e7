/** chart.js configurations built from a projection: plain data (snapshots, never Svelte proxies). */
import type { ChartConfiguration } from 'chart.js';
import { TIER_LABEL, TIERS, type Tier } from '../../model/catalogue';
import type { Projection } from '../../model/projection';
import { monthLabel } from '../../model/time';
import { joinWords, t, type Lang } from '../../i18n';
import type { Actuals } from '../../model/actuals';
import { outlayMarkers, rateMarkers, satisfactionMarkers } from './actual-markers';

/** Chinese runs words together; English needs a space. */
const join = joinWords;

const COLORS = {
	market: '#6b7a8f',
	quasi: '#2f6db5',
	basic: '#d97706',
	self: '#7c9a3d',
	reward: '#8e44ad',
	waiver: '#c0392b'
};
const opts = (stacked: boolean, pct = false): ChartConfiguration['options'] => ({
	responsive: true,
	maintainAspectRatio: false,
	animation: false,
	plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 11 } } } },
	scales: {
		x: { stacked, ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true } },
		y: {
			stacked,
			ticks: {
				font: { size: 10 },
				...(pct ? { callback: (v: string | number) => `${Math.round(Number(v) * 100)}%` } : {})
			}
		}
	}
});

export function outlayChart(p: Projection, L: Lang, actuals?: Actuals): ChartConfiguration {
	const labels = p.years.map((y) => `${t(L, 'year', { n: y.year })} ${y.from}`);
	const datasets = TIERS.filter((tier) => p.years.some((y) => y.subsidy[tier] !== 0)).map((tier) => ({
		label: join(L, TIER_LABEL[tier][L], t(L, 'subsidy')),
		data: p.years.map((y) => y.subsidy[tier]),
		backgroundColor: COLORS[tier]
	}));
	datasets.push({ label: t(L, 'rewardFund'), data: p.years.map((y) => y.rewardFund), backgroundColor: COLORS.reward });
	datasets.push({
		label: t(L, 'waiverComp'),
		data: p.years.map((y) => y.waiverCompensation),
		backgroundColor: COLORS.waiver
	});
	const all = [...datasets, ...outlayMarkers(p, L, actuals)];
	return { type: 'bar', data: { labels, datasets: all }, options: opts(true) } as ChartConfiguration;
}

const months = (p: Projection) => Array.from(p.months.outlay, (_, m) => monthLabel(p.start, m));

export function incomeCostChart(
	p: Projection,
	L: Lang,
	tiers: readonly Tier[] = ['quasi', 'basic']
): ChartConfiguration {
	const datasets = tiers.flatMap((tier) => {
		const i = TIERS.indexOf(tier);
		return [
			{
				label: join(L, TIER_LABEL[tier][L], t(L, 'income')),
				data: Array.from(p.months.income[i]),
				borderColor: COLORS[tier],
				backgroundColor: COLORS[tier],
				pointRadius: 0,
				borderWidth: 2
			},
			{
				label: join(L, TIER_LABEL[tier][L], t(L, 'cost')),
				data: Array.from(p.months.cost[i]),
				borderColor: COLORS[tier],
				backgroundColor: COLORS[tier],
				borderDash: [5, 4],
				pointRadius: 0,
				borderWidth: 1.5
			}
		];
	});
	return { type: 'line', data: { labels: months(p), datasets }, options: opts(false) };
}

export function satisfactionChart(p: Projection, L: Lang, actuals?: Actuals): ChartConfiguration {
	const target = Array.from(p.months.satisfaction, (_, m) => p.years[Math.floor(m / 12)].targetValues.satisfaction);
	return {
		type: 'line',
		data: {
			labels: months(p),
			datasets: [
				{
					label: t(L, 'satisfaction'),
					data: Array.from(p.months.satisfaction),
					borderColor: '#1d4e89',
					backgroundColor: '#1d4e89',
					pointRadius: 0,
					borderWidth: 2
				},
				{
					label: `${t(L, 'target')} (§三)`,
					data: target,
					borderColor: '#b3261e',
					backgroundColor: '#b3261e',
					borderDash: [6, 4],
					pointRadius: 0,
					borderWidth: 1.5,
					stepped: true
				},
				...satisfactionMarkers(p, L, actuals)
			]
		},
		options: opts(false, true)
	};
}

export function ratesChart(p: Projection, L: Lang, actuals?: Actuals): ChartConfiguration {
	const labels = p.years.map((y) => `${t(L, 'year', { n: y.year })}`);
	const line = (label: string, data: (number | null)[], color: string, dash = false) => ({
		label,
		data,
		borderColor: color,
		backgroundColor: color,
		borderDash: dash ? [6, 4] : [],
		pointRadius: 3,
		borderWidth: dash ? 1.5 : 2,
		spanGaps: false
	});
	return {
		type: 'line',
		data: {
			labels,
			datasets: [
				line(
					t(L, 'committeeRate'),
					p.years.map((y) => y.committeeRate),
					'#2f6db5'
				),
				line(
					`${t(L, 'committeeRate')} · ${t(L, 'target')}`,
					p.years.map((y) => y.targetValues.committee),
					'#2f6db5',
					true
				),
				line(
					t(L, 'standardRate'),
					p.years.map((y) => y.standardRate),
					'#d97706'
				),
				line(
					`${t(L, 'standardRate')} · ${t(L, 'target')}`,
					p.years.map((y) => y.targetValues.standard),
					'#d97706',
					true
				),
				line(
					t(L, 'coverage'),
					p.years.map((y) => y.coverage),
					'#7c9a3d'
				),
				line(
					`${t(L, 'coverage')} · ${t(L, 'target')}`,
					p.years.map((y) => y.targetValues.coverage),
					'#7c9a3d',
					true
				),
				...rateMarkers(p, L, actuals)
			]
		},
		options: opts(false, true)
	};
}
