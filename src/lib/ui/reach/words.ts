/**
 * A missed target's reachability in one sentence, with labels and years (never cell codes): "2024 年满意度目标
 * （90 %）资金无法达成：…只能达到 86.6 %…；它取决于假设“市场化物业足额保障满意度”…". Each assumption is cited as one.
 */
import { t, type Lang } from '../../i18n';
import { fmtPct } from '../../i18n/format';
import { PARAM } from '../../model/catalogue';
import { parseOutput } from '../../model/outputs';
import { LEVERS } from '../../model/reach/levers';
import type { ReachEntry } from '../../model/reach/reach';
import { cellValue, cellWords, outputWords } from '../decide/cell-words';

const isLever = (cell: string) => LEVERS.includes(cell.replace(/_y\d+$/, ''));

function changeWords(L: Lang, e: ReachEntry, start: string): string {
	if (!e.changes.length) return t(L, 'reach.none');
	const list = e.changes
		.map(
			(c) =>
				`${cellWords(L, c.cell, start)} ${cellValue(L, c.cell, c.value)}${isLever(c.cell) ? '' : t(L, 'reach.tagAssumption')}`
		)
		.join(t(L, 'reach.or'));
	return t(L, 'reach.changes', { list });
}

/** The sentence; with `withChanges` false (the workbench's quick form) it stops at the binding assumptions. */
export function reachSentence(L: Lang, e: ReachEntry, start: string, years: number, withChanges = true): string {
	const r = parseOutput(e.output, years);
	const target = r.ok ? outputWords(L, r.ref, start) : e.output;
	const tv = fmtPct(L, e.target, 0);
	const funded = fmtPct(L, e.funded, 1);
	const changes = withChanges ? changeWords(L, e, start) : '';
	const cap = (x: string) => (x.charAt(0).toUpperCase() + x.slice(1)).trim();
	if (e.reachable) return cap(t(L, 'reach.reachable', { target, tv, value: fmtPct(L, e.value, 1), funded, changes }));
	const binding = e.binding.length
		? t(L, 'reach.binding', {
				list: e.binding.map((k) => t(L, 'reach.quoted', { label: PARAM.get(k)!.label[L] })).join(t(L, 'reach.and'))
			})
		: t(L, 'reach.noBinding');
	return cap(t(L, 'reach.unreachable', { target, tv, funded, binding, changes }));
}

/** The brief's short form: an unreachable target, its funded bound and the assumptions it rests on. */
export function reachShort(L: Lang, e: ReachEntry, start: string, years: number, funded?: string): string {
	const r = parseOutput(e.output, years);
	const target = r.ok ? outputWords(L, r.ref, start) : e.output;
	const list = e.binding.map((k) => t(L, 'reach.quoted', { label: PARAM.get(k)!.label[L] })).join(t(L, 'reach.and'));
	const s = t(L, 'reach.brief', { target, tv: fmtPct(L, e.target, 0), funded: funded ?? fmtPct(L, e.funded, 1), list });
	return s.charAt(0).toUpperCase() + s.slice(1);
}
