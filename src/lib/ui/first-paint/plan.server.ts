/**
 * The first paint of a browser that has never opened the workbench: it will open the plan, so the page is built
 * with the plan's headline figures in both languages (static/first-paint.js keeps the visitor's one). Computed by
 * the pure model from the plan's file, as the page itself computes them before the formula engine has loaded.
 */
import { render } from 'svelte/server';
import { version } from '$app/environment';
import planFile from '../../../../scenarios/plan-2022-2024.json';
import { readPlainObject } from '../../io/read-plain';
import { plainSnapshot } from '../../sheet/snapshot';
import PlanFigures from './PlanFigures.svelte';

export function firstPaintHtml(): string {
	const r = readPlainObject(structuredClone(planFile));
	const p = r.ok ? plainSnapshot(r.doc)?.projection : null;
	if (!p) throw new Error('the plan has no projection without the formula engine: no first paint can be built');
	// A picture, like keep.ts's: no link (nor one for the build's crawler to follow), id, role or label.
	const plan = (['zh', 'en'] as const)
		.map((lang) => render(PlanFigures, { props: { p, lang } }).body)
		.join('')
		.replace(/ (href|id|role|tabindex|aria-[a-z]+)="[^"]*"/g, '');
	return `<div id="first-paint" data-v="${version}" aria-hidden="true" inert><div class="fp-head"></div><div class="fp-shot"></div>${plan}</div><script src="./first-paint.js"></script>`;
}
