/** What every fuzz run must show at the end: no crash, every input counted, no slow case, no pollution. */
import { expect } from 'vitest';
import { expectUnpolluted } from '../hostile/helpers';
import type { Tally } from './mutate';

export function expectSurvived(tally: Tally, runs: number, budgetMs: number) {
	expect(tally.crashed).toEqual([]);
	expect(tally.total).toBe(runs);
	expect(tally.slowest, `slowest case: ${tally.slowestCase}`).toBeLessThan(budgetMs);
	expectUnpolluted();
}
