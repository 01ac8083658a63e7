/**
 * The yearly results table, built with arquero: one row per figure, one column per plan year, and its CSV in
 * UTF-8 with a BOM so that Excel and WPS open the Chinese correctly. Text cells that a spreadsheet would run as
 * a formula (= + - @) are neutralised.
 */
import * as aq from 'arquero';
import type { Lang } from '../../i18n';
import type { Projection } from '../../model/projection';
import { TIER_LABEL, TIERS } from '../../model/catalogue';
import { t as tt, type MessageKey } from '../../i18n';
import type { ModelSection } from '../model/model-doc';
import { beyondPlan } from '../../model/plan-span';

/** `ref`: the model documentation's section when the source is the model (the screen links it; the CSV names it). */
type Row = { item: string; unit: string; source: string; ref: ModelSection | '' } & Record<string, number | string>;

export function yearTable(p: Projection, lang: Lang) {
	const w = (key: MessageKey, tier?: (typeof TIERS)[number]) =>
		tt(lang, key, tier ? { tier: TIER_LABEL[tier][lang] } : {});
	const assumption = w('results.yt.assumption');
	// Years after the plan's (a next plan): no clause of the plan states them; what they carry is assumed.
	const continued = p.years.every((y) => beyondPlan(y.from)) ? w('nextplan.continued') : null;
	const rows: Row[] = [];
	const add = (item: string, unit: string, cited: string, pick: (y: Projection['years'][number]) => number) => {
		const source = continued && cited.startsWith('§') ? continued : cited;
		const ref = (source.startsWith('model:') ? source.slice(6) : '') as ModelSection | '';
		const r: Row = { item, unit, source: ref ? tt(lang, 'model.cite') : source, ref };
		for (const y of p.years) r[`y${y.year}`] = pick(y);
		rows.push(r);
	};
	for (const t of TIERS.filter((t) => t === 'quasi' || t === 'basic'))
		add(w('results.yt.tierSubsidy', t), '万元', '§七', (y) => y.subsidy[t]);
	add(w('results.yt.subsidyTotal'), '万元', '§七', (y) => y.subsidy.total);
	add(w('results.yt.rewardFund'), '万元', '§七', (y) => y.rewardFund);
	add(w('results.yt.waiver'), '万元', assumption, (y) => y.waiverCompensation);
	add(w('results.yt.outlay'), '万元', 'model:outlay', (y) => y.outlay);
	for (const t of TIERS) add(w('results.yt.fees', t), '万元', assumption, (y) => y.feesCollected[t]);
	for (const t of TIERS) add(w('results.yt.income', t), '万元', 'model:order', (y) => y.firmIncome[t]);
	for (const t of TIERS) add(w('results.yt.cost', t), '万元', assumption, (y) => y.firmCost[t]);
	add(w('results.yt.bondIn'), '万元', '§五3', (y) => y.bond.deposited);
	add(w('results.yt.bondOut'), '万元', '§五3', (y) => y.bond.returned);
	add(w('results.yt.committee'), '%', '§三', (y) => y.committeeRate * 100);
	add(w('results.yt.standard'), '%', '§三', (y) => y.standardRate * 100);
	add(w('results.yt.coverage'), '%', '§四(四)1', (y) => y.coverage * 100);
	add(w('results.yt.satisfaction'), '%', '§三', (y) => y.satisfaction * 100);
	return aq.from(rows);
}

const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function yearCsv(p: Projection, lang: Lang): string {
	const t = yearTable(p, lang);
	const head = [
		tt(lang, 'results.yt.item'),
		tt(lang, 'results.yt.unit'),
		tt(lang, 'results.yt.source'),
		...p.years.map((y) => `${y.from}~${y.to}`)
	];
	const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const lines = [head.map(q).join(',')];
	for (const r of t.objects() as Row[])
		lines.push(
			[r.item, r.unit, r.source]
				.map((s) => q(neutral(String(s))))
				.concat(p.years.map((y) => String(r[`y${y.year}`])))
				.join(',')
		);
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
