/**
 * The explanation's chart: every run (thinned to ≤ 3,000) on the two leading parameters, red where the
 * output is missed, blue elsewhere, with the first box drawn as a closed outline (its bounds on these two
 * parameters; an open side runs to the edge of the data). chart.js scatter; plain data only.
 */
import type { ChartConfiguration } from 'chart.js';
import { t, type Lang } from '../../i18n';
import type { ExplainPoints, Explanation } from '../../model/decide/explain';
import { cellValue, cellWords } from './cell-words';
import { eventWords } from './describe';

export function explainChart(L: Lang, e: Explanation, p: ExplainPoints, start: string): ChartConfiguration {
	const [kx, ky] = e.leading;
	const miss: { x: number; y: number }[] = [],
		rest: { x: number; y: number }[] = [];
	let x0 = Infinity,
		x1 = -Infinity,
		y0 = Infinity,
		y1 = -Infinity;
	for (let i = 0; i < p.x.length; i++) {
		const pt = { x: p.x[i], y: p.y[i] };
		(p.missed[i] ? miss : rest).push(pt);
		x0 = Math.min(x0, pt.x);
		x1 = Math.max(x1, pt.x);
		y0 = Math.min(y0, pt.y);
		y1 = Math.max(y1, pt.y);
	}
	const datasets: ChartConfiguration<'scatter'>['data']['datasets'] = [
		{ label: eventWords(L, e), data: miss, backgroundColor: 'rgba(200,40,40,0.45)', pointRadius: 1.6 },
		{ label: t(L, 'decide.otherRuns'), data: rest, backgroundColor: 'rgba(47,109,181,0.35)', pointRadius: 1.6 }
	];
	const box = e.boxes[0];
	if (box) {
		let bx0 = x0,
			bx1 = x1,
			by0 = y0,
			by1 = y1;
		for (const c of box.conditions) {
			if (c.key === kx) c.op === '>' ? (bx0 = c.value) : (bx1 = c.value);
			if (c.key === ky) c.op === '>' ? (by0 = c.value) : (by1 = c.value);
		}
		datasets.push({
			label: t(L, 'decide.boxLabel'),
			data: [
				{ x: bx0, y: by0 },
				{ x: bx1, y: by0 },
				{ x: bx1, y: by1 },
				{ x: bx0, y: by1 },
				{ x: bx0, y: by0 }
			],
			showLine: true,
			borderColor: '#111',
			borderWidth: 2,
			pointRadius: 0,
			backgroundColor: 'rgba(0,0,0,0)'
		});
	}
	const axis = (key: string | undefined) => ({
		title: { display: !!key, text: key ? cellWords(L, key, start) : '' },
		ticks: { callback: (v: string | number) => (key ? cellValue(L, key, Number(v)) : String(v)) }
	});
	return {
		type: 'scatter',
		data: { datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: { x: axis(kx), y: axis(ky) },
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 10 } }, tooltip: { enabled: false } }
		}
	} as ChartConfiguration;
}
