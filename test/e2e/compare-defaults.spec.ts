/**
 * Compare's defaults: the plan is compared and is the baseline when the screen first opens,
 * and the planner's choice of scenarios and baseline comes back after a reload.
 */
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { openWorkbench } from './helpers';

const expect = baseExpect.configure({ timeout: 20_000 });
const PLAN = '规划原文 Plan as written 2022–2024';
const HELD = '补贴不退坡 Subsidies held at year-1 rates';
const FASTER = '加快提档 Faster basic→quasi upgrade';

test('the plan is the default baseline; the choice of scenarios and baseline is remembered', async ({ page }) => {
	await openWorkbench(page);
	for (const file of ['subsidy-held.json', 'faster-upgrade.json']) {
		await page.getByTestId('import-input').setInputFiles(join('scenarios', file));
		await page
			.getByRole('dialog', { name: new RegExp(file.replace('.', '\\.')) })
			.getByRole('button')
			.click();
	}
	await page.goto('/compare');
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	const item = (name: string) => page.locator('fieldset.picker li', { hasText: name });
	// The plan (the library's first scenario, not the newest import) is chosen and is the baseline.
	await expect(item(PLAN).getByRole('radio')).toBeChecked();
	await expect(page.locator('table.compare tr[data-metric="outlay"]')).toHaveCount(2);
	await expect(page.locator('tr[data-metric="outlay"][data-s="0"] .who')).toHaveAttribute('title', PLAN);
	// The planner adds the held subsidies and makes them the baseline.
	await item(HELD).getByRole('checkbox').check();
	await item(HELD).getByRole('radio').check();
	await expect(page.locator('table.compare tr[data-metric="outlay"]')).toHaveCount(3);
	await page.reload();
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('table.compare tr[data-metric="outlay"]')).toHaveCount(3);
	await expect(item(HELD).getByRole('radio')).toBeChecked();
	await expect(item(PLAN).getByRole('checkbox')).toBeChecked();
	await expect(item(FASTER).getByRole('checkbox')).toBeChecked();
});
