/**
 * The plan's clauses that parameters and checks cite, with the Chinese original at hand.
 * Quotes are verbatim from the plan's Chinese text (trimmed to the sentence that carries the figure); the
 * English is a faithful reading, and the Chinese is the authority.
 */
export interface Clause {
	id: string;
	zh: string;
	en: string;
}

const list: Clause[] = [
	{
		id: '§二',
		zh: '东河区现有社区66个，共316个小区，建筑面积2356.1965万平方米，其中：市场化物业100个，建筑面积1244.045万平方米；准物业37个，建筑面积249.31万平方米；卫生保洁物业176个，建筑面积860.79万平方米；居民自治3个，建筑面积2.0515万平方米。成立业主委员会的小区有184个。',
		en: '316 compounds, 2356.1965 万 m²: market-rate 100 (1244.045), quasi 37 (249.31), cleaning-only 176 (860.79), self-governed 3 (2.0515). 184 compounds have an owners\u2019 committee.'
	},
	{
		id: '§三',
		zh: '全区业主委员会组建率达到 85%以上，其中：2022 年达到 70%；2023 年达到 80%；2024 年达到 85%以上。……达到《标准》的住宅小区占总数 85%以上，其中：2022 年达到 66.14%；2023 年达到 75%；2024 年达到 85%以上。物业服务区域居民总体满意度达到 90%以上，其中 2022 年达到 80%；2023 年达到 85%；2024 年达到 90%以上。',
		en: 'Targets by year end 2022 · 2023 · 2024: owners\u2019 committees 70 % · 80 % · ≥ 85 %; compounds meeting the service standard 66.14 % · 75 % · ≥ 85 %; overall satisfaction 80 % · 85 % · ≥ 90 %.'
	},
	{
		id: '§四(四)1',
		zh: '推动建立物业管理长效机制，三年内实现物业服务管理全覆盖。',
		en: 'Property management covers every compound within three years.'
	},
	{
		id: '§四(四)4',
		zh: '物业服务企业进驻后，先服务 2-3 个月后开始收取物业费。……对低保户、特困户的物业费要实行减免政策。',
		en: 'Firms serve 2–3 months after moving in before charging fees; fees are reduced or waived for households on minimum living allowance and in extreme poverty.'
	},
	{
		id: '§五3',
		zh: '保证金按物业协议服务年限逐年退还。……并将保证金的返还比例与考核结果挂钩。履约保证金由区住建局按照年物业项目收费的百分之十收取，专户管理。',
		en: 'A performance bond of 10 % of a project\u2019s annual fees, returned year by year over the contract in proportion to assessment results.'
	},
	{
		id: '§七',
		zh: '第一类为基础物业管理服务，面积约 860.79 万平方米……每平米每月收取 0.3 元物业费，区人民政府按照三年递减方式 0.1 元每月每平方米、0.05 元每月每平方米、0.05 元每月每平方米标准给予补贴；第二类为准物业管理服务，面积约 249.31 万平方米……每平米每月收取 0.6 元物业费，区人民政府按照三年递减方式 0.2 元每月每平方米、0.1 元每月每平方米、0.1 元每月每平方米标准给予补贴。基础物业管理服务的小区待条件成熟后，尽快转为准物业，并享受准物业补贴标准。',
		en: 'Basic service, about 860.79 万 m², fee 0.3 元/m²/month, subsidy 0.10 · 0.05 · 0.05; quasi service, about 249.31 万 m², fee 0.6, subsidy 0.20 · 0.10 · 0.10. Basic compounds move up to quasi as soon as conditions allow.'
	},
	{
		id: '§七 奖励资金',
		zh: '区人民政府从“方案”实施之日起，连续三年每年给区住建局拨付物业管理奖励资金 100 万元，专款用于激励镇、街道对老旧小区物业管理提档升级工作。',
		en: 'A reward fund of 100 万元 a year for three years from the plan\u2019s start, to reward towns and streets for upgrading old compounds.'
	},
	{
		id: '§七 合计',
		zh: '两项合计，第一年共计需区财政支出 1631 万元，第二年需区财政支出 816 万元，第三年需区财政支出 816 万元，三年共计 3263 万元。',
		en: '"The two items together": 1631 万元 in year 1, 816 in year 2, 816 in year 3, 3263 over three years.'
	},
	{
		id: '§七 老旧小区',
		zh: '全区老旧小区住宅面积约 1110.1 万平方米，单体独栋约 134.3 万平方米，未封闭小区约 406.9 万平方米，已封闭小区约 568.9 万平方米，以上三类老旧小区物业收费全部在 0.6 元每月每平方米以下。',
		en: 'Old compounds: about 1110.1 万 m² (single buildings 134.3, unenclosed 406.9, enclosed 568.9), all paying under 0.6 元/m²/month.'
	},
	{
		id: '§七 按考核拨付',
		zh: '老旧小区物业补贴资金按月拨付给镇、街道，由镇、街道根据对物业服务企业的日常考核结果，按月拨付到物业服务企业。',
		en: 'Subsidies are paid monthly to towns and streets, which pay firms monthly according to routine assessment.'
	}
];

export const CLAUSES: ReadonlyMap<string, Clause> = new Map(list.map((c) => [c.id, c]));
