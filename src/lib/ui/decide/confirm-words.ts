/**
 * The optimiser's answer in words: the headline follows the report's status, so a "found" headline
 * never stands above a failed check; the method and its error are stated; and the saved scenario's note carries
 * the same figures as the table.
 */
import { t, type Lang } from '../../i18n';
import { fmtNumber, fmtPct, fmtPp, fmtWan } from '../../i18n/format';
import type { OptimizeReport } from '../../model/decide/plan-optimize';
import { parseOutput } from '../../model/outputs';
import { cellValue, cellWords, outputWords } from './cell-words';

/** "三年财政支出合计" for `total.outlay`; the code itself only if it does not parse. */
export function nameOf(L: Lang, name: string, start: string, years: number): string {
	const r = parseOutput(name, years);
	return r.ok ? outputWords(L, r.ref, start) : name;
}

export function headline(L: Lang, r: OptimizeReport, start: string, years: number): string {
	const objective = fmtWan(L, r.objective, 1);
	if (r.status === 'confirmed')
		return t(L, 'confirm.confirmed', { objective, name: nameOf(L, r.minimize, start, years) });
	if (r.status === 'not-confirmed') return t(L, 'confirm.notConfirmed', { rounds: r.confirm.rounds, objective });
	return t(L, 'decide.infeasible');
}

/** "78.5 % ± 2.1 个百分点": a fresh-seed probability with its standard error. */
export const withError = (L: Lang, p: number, se: number) => `${fmtPct(L, p, 1)} ± ${fmtPp(L, se, 1)}`;

export function methodLine(L: Lang, r: OptimizeReport): string {
	return t(L, 'confirm.method', {
		seed: r.seed,
		checkSeed: r.checkSeed,
		runs: fmtNumber(L, r.runs, 0, 0)
	});
}

/** What was done when the first check failed (null when it held at once, or with only deterministic targets). */
export function roundsLine(L: Lang, r: OptimizeReport): string | null {
	if (r.confirm.rounds < 2) return null;
	const tries = r.confirm.tries;
	const margins = tries
		.slice(1)
		.map((x) => fmtPp(L, Math.max(0, ...x.margins), 1))
		.join(t(L, 'confirm.list'));
	const results = tries
		.map((x, i) => `${i + 1}. ${t(L, x.passed ? 'confirm.held' : 'confirm.failed')}`)
		.join(t(L, 'confirm.sep'));
	return t(L, 'confirm.rounds', { margins, results });
}

/** The saved scenario's note: its cells in words and the same fresh-seed figures as the table. */
export function savedNote(L: Lang, r: OptimizeReport, start: string, years: number, date: string): string {
	const sep = t(L, 'confirm.sep');
	const cells = Object.entries(r.cells)
		.map(([k, v]) => `${cellWords(L, k, start)} ${cellValue(L, k, v)}`)
		.join(sep);
	const checks = r.constraints
		.map((c) =>
			c.required === 'met'
				? `${nameOf(L, c.output, start, years)} ${t(L, c.value === 1 ? 'decide.metDet' : 'decide.missedDet')}`
				: t(L, 'confirm.checkFig', {
						name: nameOf(L, c.output, start, years),
						value: withError(L, c.value, c.se),
						level: fmtPct(L, c.required, 0)
					})
		)
		.join(sep);
	return t(L, 'confirm.savedNote', {
		date,
		cells,
		checks,
		checkSeed: r.checkSeed,
		runs: fmtNumber(L, r.runs, 0, 0)
	});
}
