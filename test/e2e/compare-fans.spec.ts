import { expect, test } from '@playwright/test';
import { openWorkbench } from './helpers';

test('the comparison overlays the fan charts of the compared scenarios', async ({ page }) => {
	await openWorkbench(page);
	// Newest two are compared by default: the plan (made on first load) and a plan with ranges.
	await page.getByTestId('import-input').setInputFiles('test/montecarlo/fixtures/plan-uncertain.json');
	await page.getByRole('dialog').getByRole('button').click();
	await page.goto('/compare');
	const fans = page.getByRole('region', { name: '不确定性叠加' });
	await fans.getByRole('spinbutton', { name: '迭代次数' }).fill('500');
	await fans.getByRole('button', { name: '运行并叠加' }).click();
	await expect(fans.locator('[data-chart="fan-cumulative"] canvas')).toBeVisible({ timeout: 20_000 });
	await expect(fans.locator('[data-chart="fan-satisfaction"] canvas')).toBeVisible();
	await expect(fans.getByRole('alert')).toHaveCount(0);
});
