/** The lint rule that keeps src/lib/model pure fires there, and only there (eslint.config.js). */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const SNIPPET = `import { openDB } from 'idb';
export const title = () => document.title + String(openDB);
`;

async function ruleHits(filePath: string) {
	const [r] = await eslint.lintText(SNIPPET, { filePath });
	return r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the model-purity lint rule', () => {
	it('refuses an IndexedDB import and the DOM in src/lib/model/', async () => {
		const hits = await ruleHits('src/lib/model/purity-probe.ts');
		expect(hits).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*src\/lib\/model stays pure/));
		expect(hits).toContainEqual(expect.stringMatching(/^no-restricted-globals: .*document/));
	}, 30_000);

	it('lets the same code pass in src/lib/ui/', async () => {
		expect(await ruleHits('src/lib/ui/purity-probe.ts')).toEqual([]);
	}, 30_000);
});
