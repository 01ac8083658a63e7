/**
 * The model documentation (docs/model.md in Chinese, docs/model.en.md in English) as HTML for the
 * "模型说明 / How the model works" page. Headings carry stable anchors written as `## Title {#anchor}`, the same
 * in both languages, so that a citation anywhere in the app links to its section (modelHref).
 */
import { Marked } from 'marked';
import zh from '../../../../docs/model.md?raw';
import en from '../../../../docs/model.en.md?raw';
import type { Lang } from '../../i18n';

export const MODEL_SECTIONS = [
	'top',
	'units',
	'time',
	'tiers',
	'parameters',
	'order',
	'outlay',
	'satisfaction',
	'year-ends',
	'bond',
	'targets',
	'plan-check',
	'uncertainty',
	'reach',
	'confirm',
	'bridge',
	'cashflow',
	'guard',
	'next-plan'
] as const;
export type ModelSection = (typeof MODEL_SECTIONS)[number];

const ANCHOR = /\s*\{#([a-z-]+)\}\s*$/;

const marked = new Marked({
	renderer: {
		heading({ tokens, depth, text }) {
			const id = ANCHOR.exec(text)?.[1];
			const inner = this.parser.parseInline(tokens).replace(ANCHOR, '');
			return id ? `<h${depth} id="${id}">${inner}</h${depth}>\n` : `<h${depth}>${inner}</h${depth}>\n`;
		}
	}
});

const cache: Partial<Record<Lang, string>> = {};
/** The page's HTML; the documents are ours (in the repository), not user input. */
export function modelHtml(lang: Lang): string {
	return (cache[lang] ??= marked.parse(MODEL_SOURCES[lang], { async: false }) as string);
}

/** The anchors the document actually has, in its order (a test checks them against MODEL_SECTIONS). */
export const anchorsOf = (md: string) => [...md.matchAll(/^#+ .*\{#([a-z-]+)\}\s*$/gm)].map((m) => m[1]);
export const MODEL_SOURCES = { zh, en };
