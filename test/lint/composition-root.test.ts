/**
 * The composition-root rule (eslint.config.js): a screen under src/lib/ui may name the types of worker clients
 * and of the store, but constructs none of them and never reaches into the library's repository — the
 * composition root (state/app.ts) builds them and hands them in.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const BUILDS = `import { McClient } from '../../worker/mc-client';
import { ScenarioRepository } from '../../store';
export const c = () => [new McClient({ createWorker: () => null as never }), ScenarioRepository];
`;
const TYPES_ONLY = `import type { McClient } from '../../worker/mc-client';
import type { ScenarioRepository } from '../../store';
export const use = (c: McClient, r: ScenarioRepository) => [c, r];
`;
const REACHES = `export const rec = (lib: { repo: { get(id: string): unknown } }) => lib.repo.get('x');\n`;

async function hits(code: string, filePath: string) {
	const [r] = await eslint.lintText(code, { filePath });
	return r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the composition-root lint rule', () => {
	it('refuses a worker client or the repository imported as a value in src/lib/ui/', async () => {
		const h = await hits(BUILDS, 'src/lib/ui/compare/probe.ts');
		expect(h.filter((m) => m.includes('imports only types from worker/ and store/'))).toHaveLength(2);
	}, 30_000);

	it('lets a screen import their types', async () => {
		expect(await hits(TYPES_ONLY, 'src/lib/ui/compare/probe.ts')).toEqual([]);
	}, 30_000);

	it('refuses a screen reaching into the library\u2019s repository', async () => {
		expect(await hits(REACHES, 'src/lib/ui/history/probe.ts')).toEqual([
			expect.stringMatching(/^no-restricted-syntax: Screens ask the library/)
		]);
	}, 30_000);

	it('lets the composition root itself build them', async () => {
		expect(await hits(BUILDS, 'src/lib/state/probe.ts')).toEqual([]);
	}, 30_000);
});
