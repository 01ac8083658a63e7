/**
 * The first paint of a browser that has never opened the workbench: it will open the plan, so the page is built
 * with the workbench on the plan in both languages (static/first-paint.js keeps the visitor's one). The live
 * page's own state and components: `Workbench.open` shows the plan's cells and figures computed by the pure model
 * before it asks the formula engine, which does not exist here (its request fails, after the figures are set).
 */
import { render } from 'svelte/server';
import { version } from '$app/environment';
import planFile from '../../../../scenarios/plan-2022-2024.json';
import { readPlainObject } from '../../io/read-plain';
import type { Library } from '../../state/library.svelte';
import { Workbench } from '../../state/workbench.svelte';
import PlanWorkbench from './PlanWorkbench.svelte';

/** What the workbench reads of the library on its first render: nothing saved, nothing picked. */
const noLibrary = { list: [], currentId: null } as unknown as Library;

function planWorkbench(lang: 'zh' | 'en'): string {
	const r = readPlainObject(structuredClone(planFile));
	if (!r.ok) throw new Error(`the plan's file does not read: ${r.errors.map((e) => e.message).join('; ')}`);
	const wb = new Workbench(() => {
		throw new Error('no formula engine when the site is built');
	});
	wb.lang = lang;
	wb.open(r.doc).catch(() => {});
	if (!wb.projection) throw new Error('the plan has no figures without the formula engine: no first paint');
	return render(PlanWorkbench, { props: { wb, lib: noLibrary } }).body;
}

/**
 * A picture, like keep.ts's: no link (nor one for the build's crawler to follow), id, role, label or name, its
 * data attributes renamed data-fp-*, and every control disabled (first-paint.css draws them as they are).
 */
const still = (html: string) =>
	html
		.replace(/ (href|id|role|tabindex|name|for|aria-[a-z]+|data-testid)="[^"]*"/g, '')
		.replace(/ data-(?!fp-)([a-z-]+)=/g, ' data-fp-$1=')
		.replace(/<(input|select|textarea|button)\b(?![^>]*\bdisabled\b)/g, '<$1 disabled class="fp-off"')
		.replace(
			/(<(?:input|select|textarea|button)[^>]*?) class="fp-off"([^>]*?) class="([^"]*)"/g,
			'$1$2 class="$3 fp-off"'
		);

export function firstPaintHtml(): string {
	// In templates: parsed, never laid out; static/first-paint.js puts the visitor's language on screen.
	const plan = (['zh', 'en'] as const)
		.map((l) => `<template data-lang="${l}">${still(planWorkbench(l))}</template>`)
		.join('');
	return `<div id="first-paint" data-v="${version}" aria-hidden="true" inert><div class="fp-head"></div><div class="fp-shot"></div>${plan}</div><script src="./first-paint.js"></script>`;
}
