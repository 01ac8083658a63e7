/**
 * The brief's bridge sentence for one alternative, read on from its headline: the horizon's outlay difference and
 * its two or three largest parts in whole 万元 ("多支出的 1,631 万元中，基础物业补贴占 1,033 万元，准物业补贴占 598 万元。"),
 * the rest summed; nothing when the outlay is the same (the headline says so).
 */
import { t, type Lang } from '../../i18n';
import { bridge } from '../../model/bridge';
import type { ScenarioRun } from '../../compare';
import { leaderMoney, moneyNil } from './brief-words';
import { playerLabel } from './bridge-words';

/** `most`: the parts named (two or three; the brief names two when it holds three or four scenarios). */
export function bridgeSentence(L: Lang, base: ScenarioRun, alt: ScenarioRun, most = 3): string {
	const side = (r: ScenarioRun) => ({ values: r.values, years: r.doc.years, start: r.doc.start });
	const b = bridge(side(base), side(alt));
	if (!b.ok) return t(L, 'bridge.briefRefused', { why: b.message[L] });
	const o = b.outputs.find((x) => x.ref.name === 'total.outlay')!;
	if (moneyNil(o.delta)) return '';
	const order = o.parts
		.map((_, i) => i)
		.filter((i) => !moneyNil(o.parts[i]))
		.sort((i, j) => Math.abs(o.parts[j]) - Math.abs(o.parts[i]));
	const top = order.slice(0, order.length === most + 1 ? most + 1 : most);
	const words = top.map((i) =>
		t(L, Math.sign(o.parts[i]) === Math.sign(o.delta) ? 'bridge.briefPart' : 'bridge.briefPartNeg', {
			what: playerLabel(L, b.players[i]),
			x: leaderMoney(L, Math.abs(o.parts[i]))
		})
	);
	const rest = order.slice(top.length);
	if (rest.length) {
		const x = rest.reduce((s, i) => s + o.parts[i], 0);
		words.push(t(L, 'bridge.briefRest', { n: rest.length, x: leaderMoney(L, x) }));
	}
	return t(L, o.delta > 0 ? 'bridge.briefMore' : 'bridge.briefLess', {
		x: leaderMoney(L, Math.abs(o.delta)),
		parts: words.join(t(L, 'sepComma'))
	});
}
