/**
 * The one i18n module: `t(lang, key, vars?)` looks a key up in the one table (table.ts) and fills its
 * `{name}` placeholders. Messages built elsewhere as `{ zh, en }` values (errors are values) are shown with
 * `pick(lang, msg)` or filled with `fill`.
 */
import { MESSAGES, type MessageKey } from './table';
import type { Lang, Msg, Vars } from './types';

export type { Failure, Lang, Msg, Vars } from './types';
export { catalogueReady, MESSAGES, type MessageKey } from './table';

/** A message's text with its placeholders filled; an unknown placeholder stays visible as `{name}`. */
export function fill(text: string, vars: Vars = {}): string {
	return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}

export function t(lang: Lang, key: MessageKey, vars: Vars = {}): string {
	const entry = MESSAGES[key];
	// Only in the browser, where the later areas load after the first screen (table-first.ts): a screen that did
	// not wait for them. Said plainly, so the test that walks that screen names the key.
	if (!entry) throw new Error(`Message "${key}" used before its area loaded: await catalogueReady() first`);
	return fill(entry[lang], vars);
}

/** Both languages of a key, for values that travel (errors, notes) and are shown later in either language. */
export function msg(key: MessageKey, vars: Vars = {}): Msg {
	return { zh: t('zh', key, vars), en: t('en', key, vars) };
}

/** Both languages of a key whose placeholders differ by language (a list joined with 、 or with commas). */
export function msgEach(key: MessageKey, vars: (lang: Lang) => Vars): Msg {
	return { zh: t('zh', key, vars('zh')), en: t('en', key, vars('en')) };
}

export const pick = (lang: Lang, m: Msg) => m[lang];

/** The user's own words (a name, a typed output), the same in both languages. */
export const verbatim = (text: string): Msg => ({ zh: text, en: text });

/** The language the toggle switches to. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** The `lang` attribute of text in `lang` (a screen reader and the fonts read it). */
export const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** A list as each language closes it: "2023、2024" / "2023 and 2024", "1, 2 and 3". */
export function listAnd(lang: Lang, xs: readonly (string | number)[]): string {
	if (lang === 'zh' || xs.length < 2) return xs.join('、');
	return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** A sentence's first letter: English capitalises it; Chinese has no case. */
export const sentenceCase = (lang: Lang, s: string) => (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** A label inside a sentence: English writes it in lower case ("satisfaction still misses"); Chinese as it is. */
export const midSentence = (lang: Lang, s: string) => (lang === 'en' ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Two words side by side: Chinese runs them together, English puts a space between. */
export const joinWords = (lang: Lang, a: string, b: string) => (lang === 'zh' ? a + b : `${a} ${b}`);
