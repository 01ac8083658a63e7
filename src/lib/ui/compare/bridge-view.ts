/**
 * The bridge of one output as the Compare screen shows it: rows largest first, each with its share of the
 * difference and what it is made of (own effect, half of each pair interaction, the rest), and the waterfall's
 * floating bars. Plain arrays only (chart.js must never see Svelte proxies).
 */
import type { ChartConfiguration } from 'chart.js';
import { t, type Lang } from '../../i18n';
import { fmtNumber } from '../../i18n/format';
import { negligible, type Bridge, type BridgeOutput } from '../../model/bridge';
import type { ParamValues } from '../../model/inputs';
import { changeText, fmtPart, playerLabel } from './bridge-words';

type Ok = Extract<Bridge, { ok: true }>;

export interface BridgeRow {
	player: number;
	/** The catalogue keys it moves (comma-separated): tests and links find a row by it. */
	key: string;
	label: string;
	change: string;
	part: number;
	partText: string;
	share: string;
	detail: string[];
}

export function bridgeRows(L: Lang, b: Ok, o: BridgeOutput, base: ParamValues, alt: ParamValues, start: string) {
	const order = o.parts.map((_, i) => i).sort((i, j) => Math.abs(o.parts[j]) - Math.abs(o.parts[i]));
	return order.map((i): BridgeRow => {
		const p = b.players[i];
		const detail: string[] = [];
		const withOthers = o.interactions.filter((x) => x.a === i || x.b === i);
		if (withOthers.length || !negligible(o.ref, o.higher[i]))
			detail.push(t(L, 'bridge.own', { x: fmtPart(L, o.ref, o.own[i]) }));
		for (const x of withOthers)
			detail.push(
				t(L, 'bridge.with', {
					other: playerLabel(L, b.players[x.a === i ? x.b : x.a]),
					x: fmtPart(L, o.ref, x.value / 2)
				})
			);
		if (!negligible(o.ref, o.higher[i])) detail.push(t(L, 'bridge.higher', { x: fmtPart(L, o.ref, o.higher[i]) }));
		const sep = t(L, 'sepSemi');
		return {
			player: i,
			key: p.keys.join(','),
			label: playerLabel(L, p),
			change: p.section
				? p.keys.map((k) => playerLabel(L, { keys: [k] })).join(t(L, 'sepList'))
				: changeText(L, p.keys[0], base, alt, start),
			part: o.parts[i],
			partText: fmtPart(L, o.ref, o.parts[i]),
			share: negligible(o.ref, o.delta) ? '—' : `${fmtNumber(L, (o.parts[i] / o.delta) * 100, 1, 1)} %`,
			detail: detail.length ? [detail.join(sep)] : []
		};
	});
}

const BASE = '#1d4e89',
	UP = '#d97706',
	DOWN = '#2e7d32';

/** Baseline total, one floating bar per part (largest first), alternative total; rates in %. */
export function waterfall(L: Lang, o: BridgeOutput, rows: BridgeRow[], ends: [string, string]): ChartConfiguration {
	const k = o.ref.unit === 'fraction' ? 100 : 1;
	const bars: [number, number][] = [[0, o.base * k]];
	let at = o.base * k;
	for (const r of rows) {
		bars.push([at, at + r.part * k]);
		at += r.part * k;
	}
	bars.push([0, o.alt * k]);
	const tops = bars
		.slice(1, -1)
		.flat()
		.concat(o.base * k, o.alt * k);
	const lo = Math.min(...tops),
		hi = Math.max(...tops);
	const pad = (hi - lo) * 0.25 || Math.abs(hi) * 0.05 || 1;
	// Round the axis to a step of 1, 2 or 5 × 10ⁿ, so its ends read as numbers, not as 3,077.3.
	const raw = (hi - lo + 2 * pad) / 5;
	const p10 = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * p10).find((s) => s >= raw) ?? raw;
	const floor = Math.floor((lo - pad) / step) * step;
	const colors = bars.map((b, i) => (i === 0 || i === bars.length - 1 ? BASE : b[1] >= b[0] ? UP : DOWN));
	const font = { size: 10 };
	return {
		type: 'bar',
		data: {
			labels: [ends[0], ...rows.map((r) => r.label), ends[1]],
			datasets: [{ label: '', data: bars, backgroundColor: colors }]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: 2,
			plugins: { legend: { display: false }, tooltip: { enabled: true } },
			scales: {
				x: { ticks: { font, maxRotation: 0, autoSkip: false } },
				y: {
					min: lo >= 0 ? Math.max(0, floor) : floor,
					max: Math.ceil((hi + pad) / step) * step,
					ticks: { font, ...(k === 100 ? { callback: (v: string | number) => `${Number(v).toFixed(1)}%` } : {}) }
				}
			},
			locale: t(L, 'locale')
		}
	};
}
