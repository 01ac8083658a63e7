/**
 * The yearly results table, built with arquero: one row per figure, one column per plan year, and its CSV in
 * UTF-8 with a BOM so that Excel and WPS open the Chinese correctly. Text cells that a spreadsheet would run as
 * a formula (= + - @) are neutralised.
 */
import * as aq from 'arquero';
import type { Lang } from '../../i18n/messages';
import type { Projection } from '../../model/projection';
import { TIER_LABEL, TIERS } from '../../model/catalogue';
import { t as tt } from '../../i18n';
import type { ModelSection } from '../model/model-doc';

/** `ref`: the model documentation's section when the source is the model (the screen links it; the CSV names it). */
type Row = { item: string; unit: string; source: string; ref: ModelSection | '' } & Record<string, number | string>;

export function yearTable(p: Projection, lang: Lang) {
	const zh = lang === 'zh';
	const rows: Row[] = [];
	const add = (item: string, unit: string, source: string, pick: (y: Projection['years'][number]) => number) => {
		const ref = (source.startsWith('model:') ? source.slice(6) : '') as ModelSection | '';
		const r: Row = { item, unit, source: ref ? tt(lang, 'model.cite') : source, ref };
		for (const y of p.years) r[`y${y.year}`] = pick(y);
		rows.push(r);
	};
	for (const t of TIERS.filter((t) => t === 'quasi' || t === 'basic'))
		add(`${TIER_LABEL[t][lang]}${zh ? '补贴' : ' subsidy'}`, '万元', '§七', (y) => y.subsidy[t]);
	add(zh ? '补贴合计' : 'Subsidy total', '万元', '§七', (y) => y.subsidy.total);
	add(zh ? '奖励资金' : 'Reward fund', '万元', '§七', (y) => y.rewardFund);
	add(zh ? '减免补偿' : 'Waiver compensation', '万元', zh ? '假设' : 'assumption', (y) => y.waiverCompensation);
	add(zh ? '区财政支出' : 'District outlay', '万元', 'model:outlay', (y) => y.outlay);
	for (const t of TIERS)
		add(
			`${TIER_LABEL[t][lang]}${zh ? '物业费收缴' : ' fees collected'}`,
			'万元',
			zh ? '假设' : 'assumption',
			(y) => y.feesCollected[t]
		);
	for (const t of TIERS)
		add(`${TIER_LABEL[t][lang]}${zh ? '企业收入' : ' firm income'}`, '万元', 'model:order', (y) => y.firmIncome[t]);
	for (const t of TIERS)
		add(
			`${TIER_LABEL[t][lang]}${zh ? '企业成本' : ' firm cost'}`,
			'万元',
			zh ? '假设' : 'assumption',
			(y) => y.firmCost[t]
		);
	add(zh ? '履约保证金缴纳' : 'Bond deposited', '万元', '§五3', (y) => y.bond.deposited);
	add(zh ? '履约保证金返还' : 'Bond returned', '万元', '§五3', (y) => y.bond.returned);
	add(zh ? '业委会组建率' : 'Committee rate', '%', '§三', (y) => y.committeeRate * 100);
	add(zh ? '达标率' : 'Standard rate', '%', '§三', (y) => y.standardRate * 100);
	add(zh ? '物业覆盖率' : 'Coverage', '%', '§四(四)1', (y) => y.coverage * 100);
	add(zh ? '居民满意度' : 'Satisfaction', '%', '§三', (y) => y.satisfaction * 100);
	return aq.from(rows);
}

const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function yearCsv(p: Projection, lang: Lang): string {
	const t = yearTable(p, lang);
	const head = [
		lang === 'zh' ? '项目' : 'Item',
		lang === 'zh' ? '单位' : 'Unit',
		lang === 'zh' ? '来源' : 'Source',
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
