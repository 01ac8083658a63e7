// Adds up vitest's and Playwright's JSON reports into the one closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
let passed = 0;
let failed = 0;
const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} else failed += 1; // a suite that produced no report counts as a failure, never as silence
const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
	failed += e2e.stats.unexpected;
} else failed += 1;
if (passed === 0) failed += 1;
if (process.env.CHECK_FAILED === '1') failed += 1; // svelte-check errors count as one failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
