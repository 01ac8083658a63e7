/**
 * Accessibility (item 10): axe-core with the WCAG 2.1 A and AA rules finds no serious or critical
 * violation on any screen, in either language, and no table has an empty header. The counts per screen go to reports/axe.json, so the closing
 * note can set them beside the counts before the fixes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openScreen, SCREENS, type Lang } from './screens';

const OUT = 'reports/axe.json';
function record(key: string, counts: Record<string, number>) {
	mkdirSync('reports', { recursive: true });
	let all: Record<string, Record<string, number>> = {};
	try {
		all = JSON.parse(readFileSync(OUT, 'utf8'));
	} catch {
		/* first screen of the run */
	}
	all[key] = counts;
	writeFileSync(OUT, JSON.stringify(all, null, 1));
}

for (const lang of ['zh', 'en'] as Lang[])
	for (const screen of SCREENS)
		test(`axe finds no serious or critical violation: ${screen}, ${lang}`, async ({ page }) => {
			test.setTimeout(120_000);
			await openScreen(page, screen, lang);
			const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
			if (screen === 'brief') axe.include('.sheet');
			const { violations } = await axe.analyze();
			// Empty table headers are "minor" to axe, but a screen reader then reads a column with no name.
			const headers = await new AxeBuilder({ page })
				.withRules(['empty-table-header'])
				.include(screen === 'brief' ? '.sheet' : 'body')
				.analyze();
			const bad = [
				...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
				...headers.violations
			];
			const counts = Object.fromEntries(bad.map((v) => [v.id, v.nodes.length]));
			record(`${screen}/${lang}`, counts);
			if (process.env.AXE_DETAIL)
				for (const v of bad)
					for (const n of v.nodes)
						console.log(`${screen}/${lang} ${v.id} ${n.target.join(' ')} | ${n.any[0]?.message ?? ''}`);
			const detail = bad.flatMap((v) =>
				v.nodes.slice(0, 5).map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
			);
			expect(detail, JSON.stringify(counts)).toEqual([]);
		});
