import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/lib/model/montecarlo/runner';
import { summarize } from '../../src/lib/model/montecarlo/summary';
import { planOf, readFile } from '../montecarlo/helpers';
import { startedApp, testDeps, UNCERTAIN, until } from './helpers';

const FIXTURE = 'test/montecarlo/fixtures/plan-uncertain.json';

// The app loads a tab's screen when the tab first opens; loaded here first, so the tests time the screen.
beforeAll(() => import('../../src/lib/ui/montecarlo/screen.svelte'), 60_000);

describe('the Uncertainty screen built by the composition root', () => {
	it('runs the open scenario in its workers and shows the single-thread numbers, to the last digit', async () => {
		const app = await startedApp(testDeps(), UNCERTAIN);
		const s = await app.uncertainty();
		s.runs = 2000;
		s.seed = 7;
		await s.run();
		expect(s.phase).toBe('done');
		expect(s.done).toBe(2000);
		const one = await runMonteCarlo(await planOf(readFile(FIXTURE)), { runs: 2000, seed: 7 });
		expect(one.ok).toBe(true);
		if (!one.ok) return;
		expect(JSON.stringify(s.result!.summary)).toBe(JSON.stringify(summarize(one.samples, app.wb.doc!.start)));
		expect(s.result!.source).toBe(app.wb.doc);
		app.wb.client.terminate();
	});

	it('cancel stops a run in progress and keeps the last results', async () => {
		const app = await startedApp(testDeps(), UNCERTAIN);
		const s = await app.uncertainty();
		s.runs = 500;
		await s.run();
		const shown = s.result;
		s.runs = 400_000;
		const running = s.run();
		await until(() => s.done > 0, 'the first progress');
		s.cancel();
		await running;
		expect(s.phase).toBe('cancelled');
		expect(s.result).toBe(shown);
		app.wb.client.terminate();
	});

	it('goal seek finds the year-2 basic subsidy at which basic firms break even (0.0763 元/m²/月)', async () => {
		const app = await startedApp(testDeps(), UNCERTAIN);
		const seek = (await app.uncertainty()).seek;
		await seek.run(app.wb);
		expect(seek.problem).toBe('');
		const r = seek.answer!.r;
		expect(r.ok && r.cell).toBe('basic_subsidy_y2');
		expect(r.ok && Math.round(r.value * 1e4) / 1e4).toBe(0.0763);
		app.wb.client.terminate();
	});

	it('a target that is not a number is refused in the screen language, and nothing runs', async () => {
		const app = await startedApp(testDeps(), UNCERTAIN);
		const seek = (await app.uncertainty()).seek;
		seek.target = 'abc';
		await seek.run(app.wb);
		expect(seek.problem).toMatch(/^目标值：“abc”不是数字/);
		expect(seek.answer).toBeNull();
		app.wb.lang = 'en';
		await seek.run(app.wb);
		expect(seek.problem).toMatch(/^target: "abc" is not a number/);
		app.wb.client.terminate();
	});
});
