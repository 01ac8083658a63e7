/** The one-catalogue lint rule (eslint-rules/lang-branch.js) refuses a language branch outside src/lib/i18n/. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const SNIPPET = `declare const lang: 'zh' | 'en';
declare const zh: boolean;
export const a = lang === 'zh' ? '年' : 'year';
export const b = 'en' !== lang ? '年' : 'year';
export const c = zh ? '年' : 'year';
export function d() {
	if (lang === 'en') return 'year';
	return '年';
}
export const fine = lang === 'zh-CN' ? 1 : 2;
`;

async function hits(filePath: string) {
	const [r] = await eslint.lintText(SNIPPET, { filePath });
	return r.messages.filter((m) => m.ruleId === 'house/lang-branch');
}

describe('the language-branch lint rule', () => {
	it('flags every ternary and if that picks zh or en in src/lib/ui/', async () => {
		const found = await hits('src/lib/ui/lang-probe.ts');
		expect(found.map((m) => m.line)).toEqual([3, 4, 5, 7]);
		expect(found[0].message).toMatch(/t\(lang, key\) in src\/lib\/i18n\/messages\//);
		expect(found.every((m) => m.severity === 2)).toBe(true);
	}, 30_000);

	it('flags a Svelte {#if} on the language', async () => {
		const svelte = `<script lang="ts">let { lang }: { lang: 'zh' | 'en' } = $props();</script>
{#if lang === 'zh'}<p>年</p>{:else}<p>year</p>{/if}
`;
		const [r] = await eslint.lintText(svelte, { filePath: 'src/lib/ui/LangProbe.svelte' });
		expect(r.messages.filter((m) => m.ruleId === 'house/lang-branch').map((m) => m.line)).toEqual([2]);
	}, 30_000);

	it('lets the i18n module itself pick a language', async () => {
		expect(await hits('src/lib/i18n/lang-probe.ts')).toEqual([]);
	}, 30_000);
});

describe('the rule is an error in every source file', () => {
	it('refuses a branch in the files that were once only warned (no warn-list is left)', async () => {
		for (const filePath of ['src/lib/compare/plan-check-money.ts', 'src/lib/ui/compare/brief-words.ts']) {
			const found = await hits(filePath);
			expect(found.length, filePath).toBe(4);
			expect(found.every((m) => m.severity === 2)).toBe(true);
		}
	}, 30_000);

	it('sees a language test inside && and ||', async () => {
		const svelte = `<script lang="ts">let { L, zh }: { L: 'zh' | 'en'; zh?: string } = $props();</script>
{#if L === 'zh' && zh}<span>{zh}</span>{:else}<span lang="en">msg</span>{/if}
`;
		const [r] = await eslint.lintText(svelte, { filePath: 'src/lib/ui/LangProbe.svelte' });
		expect(r.messages.filter((m) => m.ruleId === 'house/lang-branch').map((m) => m.line)).toEqual([2]);
	}, 30_000);

	it('lets a branch stay only on a line that says why', async () => {
		const ok = `declare const lang: 'zh' | 'en';
// eslint-disable-next-line house/lang-branch -- data, not a message: which half of a name.
export const half = lang === 'zh' ? 0 : 1;
`;
		const [r] = await eslint.lintText(ok, { filePath: 'src/lib/ui/lang-probe.ts' });
		expect(r.messages.filter((m) => m.ruleId === 'house/lang-branch')).toEqual([]);
	}, 30_000);
});
