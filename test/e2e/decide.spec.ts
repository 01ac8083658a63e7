import { expect, test, type Page } from '@playwright/test';
import { openWorkbench } from './helpers';

const FIXTURE = 'test/decide/fixtures/bench-uncertain.json';

async function openDecide(page: Page, lang: 'zh' | 'en' = 'zh') {
	await openWorkbench(page, lang);
	await page.getByTestId('import-input').setInputFiles(FIXTURE);
	await page.getByRole('dialog').getByRole('button').click();
	await expect(page.locator('header .scenario')).toContainText('Decide test fixture');
	await page.getByRole('tab', { name: lang === 'zh' ? '决策' : 'Decide' }).click();
}
/** README screenshots at 1366×768, only when asked (SHOTS=1), so ordinary runs leave docs/ alone. */
async function shot(page: Page, name: string) {
	if (!process.env.SHOTS) return;
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.waitForTimeout(800);
	await page.locator('section.decide').screenshot({ path: `docs/${name}.png` });
}
const seq = (page: Page) => page.locator('section.decide').getAttribute('data-seq').then(Number);
async function waitResult(page: Page, before: number) {
	await expect(page.locator('section.decide')).not.toHaveAttribute('data-seq', String(before), { timeout: 60_000 });
}

test('why a target fails: the box in plain words, and the runs charted with the box', async ({ page }) => {
	await openDecide(page);
	await expect(page.getByRole('note')).toContainText('不确定范围推算得出');
	const before = await seq(page);
	await page.getByRole('combobox', { name: '输出', exact: true }).selectOption({ label: '2023 年满意度目标达成' });
	await page.getByRole('button', { name: '分析原因' }).click();
	await waitResult(page, before);
	const box = page.locator('[data-box="0"] .sentence');
	await expect(box).toContainText('基础物业服务成本（2023 年）高于 0.251 元/m²/月');
	await expect(box).toContainText('2023 年满意度目标有');
	await expect(box).toContainText('的情况未达成；这类情况占全部未达成情况的');
	await expect(page.locator('.explain-result')).toContainText('在 10,000 次运行中');
	// The chart paints the runs.
	await expect
		.poll(
			() =>
				page.locator('[data-chart="decide-explain"] canvas').evaluate((c: HTMLCanvasElement) => {
					const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
					let n = 0;
					for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
					return n;
				}),
			{ timeout: 10_000 }
		)
		.toBeGreaterThan(5000);
	await shot(page, 'decide-explain-zh');
	await page.locator('header button.lang').click();
	await expect(page.locator('[data-box="0"] .sentence')).toContainText('When ');
	await shot(page, 'decide-explain-en');
});

test('the cheapest plan: cells, fresh-seed probability, and a new scenario in the library', async ({ page }) => {
	await openDecide(page, 'en');
	const before = await seq(page);
	await page.getByRole('button', { name: 'Optimise' }).click();
	await waitResult(page, before);
	const res = page.locator('.opt-result');
	await expect(res).toContainText('Cheapest plan found');
	await expect(res).toContainText('basic_subsidy_y2');
	await expect(res).toContainText('Fresh seed (1000004)');
	await shot(page, 'decide-optimize-en');
	if (process.env.SHOTS) {
		await page.locator('header button.lang').click();
		await shot(page, 'decide-optimize-zh');
		await page.locator('header button.lang').click();
	}
	await page.getByRole('button', { name: 'Save as a new scenario' }).click();
	await expect(res.locator('.saved')).toContainText('· optimised');
	await expect(page.locator('header .scenario')).toContainText('· optimised');
});

test('Cancel stops an optimisation within 100 ms (10 trials)', async ({ page }) => {
	await openDecide(page, 'en');
	await page.getByRole('spinbutton', { name: 'Runs' }).nth(1).fill('50000');
	const times: number[] = [];
	for (let k = 0; k < 10; k++) {
		await page.getByRole('button', { name: 'Optimise' }).click();
		await expect(page.locator('[role="status"][data-phase="running"]')).toBeVisible();
		await page.waitForTimeout(300);
		// Time from the click to the screen saying so, measured in the page.
		const ms = await page.evaluate(async () => {
			const btn = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')!;
			const t0 = performance.now();
			btn.click();
			for (;;) {
				if (document.querySelector('[data-phase="cancelled"]')) return performance.now() - t0;
				await new Promise((r) => requestAnimationFrame(r));
			}
		});
		times.push(ms);
	}
	console.log(`cancel → cancelled shown, ms: ${times.map((t) => t.toFixed(1)).join(', ')}`);
	expect(times.filter((t) => t <= 100).length).toBe(10);
});
