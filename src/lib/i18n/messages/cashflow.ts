/** The fund-use plan's words (keys `cashflow.*`). */
import type { Msg } from '../types';

export const cashflow = {
	'cashflow.tab': { zh: '分月用款计划', en: 'Monthly fund-use plan' },
	'cashflow.views': { zh: '登记册与用款计划', en: 'Register and fund-use plan' },
	'cashflow.view.register': { zh: '登记册与汇总', en: 'Register and summaries' },
	'cashflow.title': { zh: '分月用款计划（按镇、街道）', en: 'Monthly fund-use plan by town and street' },
	'cashflow.intro': {
		zh: '补贴资金按月拨付给镇、街道（§七）。本页按小区登记册中各街道在每类物业中的面积份额，把模型每月的补贴和区财政承担的减免分到各镇、街道。',
		en: 'The subsidy is paid monthly to the towns and streets (§七). This page splits the model’s monthly subsidy and the waivers the district pays between them, by each street’s share of each tier’s area in the compound register.'
	},
	'cashflow.rule': { zh: '分配规则见', en: 'The rule is set out in the ' },
	'cashflow.ruleAfter': {
		zh: '“十六、分月用款计划”。',
		en: ', § 16 “The monthly fund-use plan”.'
	},
	'cashflow.noRegister': {
		zh: '当前情景尚无小区登记册。请先在“小区登记册”页导入台账或生成示例。',
		en: 'The open scenario has no compound register yet. Import one (or generate the sample) on the Compound register tab first.'
	},
	'cashflow.toRegister': { zh: '前往小区登记册', en: 'Go to the compound register' },
	'cashflow.loading': { zh: '正在读取登记册…', en: 'Reading the register…' },
	'cashflow.fixCells': {
		zh: '以下单元格有错误，用款计划暂按上次有效的数字显示：{cells}',
		en: 'These cells have errors; the plan shows the last valid figures: {cells}'
	},
	'cashflow.areaDiffers': {
		zh: '登记册的面积与情景不一致，按情景的面积分配（各街道份额取自登记册）：',
		en: 'The register’s areas differ from the scenario’s; the scenario’s areas are split (each street’s share comes from the register):'
	},
	'cashflow.areaItem': {
		zh: '{tier}：登记册 {reg} 万 m²，情景 {scn} 万 m²，相差 {diff} 万 m²',
		en: '{tier}: register {reg} 万 m², scenario {scn} 万 m², a difference of {diff} 万 m²'
	},
	'cashflow.unplaced': {
		zh: '登记册中没有{tiers}的面积，这部分资金无法分到街道，单列为“未落到街道”。',
		en: 'The register has no {tiers} area: that money cannot be placed with a street and has its own row.'
	},
	'cashflow.unit': { zh: '单位：万元', en: 'Unit: 万元' },
	'cashflow.year': { zh: '年度', en: 'Year' },
	'cashflow.allYears': { zh: '全部年度', en: 'All years' },
	'cashflow.col.street': { zh: '镇/街道', en: 'Town or street' },
	'cashflow.col.quarter': { zh: '{y}年第{q}季度', en: '{y} Q{q}' },
	'cashflow.col.quarterShort': { zh: '第{q}季度', en: 'Q{q}' },
	'cashflow.col.year': { zh: '{y}年合计', en: '{y} total' },
	'cashflow.row.unplaced': { zh: '未落到街道', en: 'Not placed with a street' },
	'cashflow.row.reward': { zh: '奖励资金（未分配）', en: 'Reward fund (unallocated)' },
	'cashflow.row.withheld': { zh: '考核留存（街道已持有）', en: 'Withheld at assessment (held by streets)' },
	'cashflow.row.district': { zh: '全区合计（模型）', en: 'District total (model)' },
	'cashflow.row.paid': { zh: '扣除留存后拨付', en: 'Paid after deductions' },
	'cashflow.source': {
		zh: '来源：按月拨付给镇、街道 — §七；分配规则 — 模型说明 § 分月用款计划；奖励资金按年列支 — §七，分配到街道为假设（默认不分配）。',
		en: 'Sources: monthly payment to towns and streets — §七; the rule — model documentation § The monthly fund-use plan; the reward fund, a yearly line — §七, its split between streets an assumption (unallocated by default).'
	},
	'cashflow.chart': {
		zh: '全区每月用款，按街道堆叠（万元）',
		en: 'District monthly need, stacked by street (万元)'
	},
	'cashflow.exportXlsx': { zh: '导出 XLSX', en: 'Export XLSX' },
	'cashflow.exportCsv': { zh: '导出 CSV', en: 'Export CSV' },
	'cashflow.print': { zh: '打印该街道用款单', en: 'Print this street’s sheet' },
	'cashflow.printStreet': { zh: '街道用款单', en: 'Street sheet' },
	'cashflow.sheet': { zh: '用款计划', en: 'Fund-use plan' },
	'cashflow.fileName': { zh: '分月用款计划', en: 'fund-use plan' },
	'cashflow.note.scenario': { zh: '情景：{name}', en: 'Scenario: {name}' },
	'cashflow.note.rule': {
		zh: '规则：街道在每类物业中的份额 = 登记册中该街道该类面积 ÷ 该类总面积，乘以情景的该类面积；升级、纳入按同一比例逐街道执行；街道每月用款 = 补贴 + 区财政承担的减免（模型说明 § 分月用款计划，§七）。',
		en: 'Rule: a street’s share of a tier = its area of that tier in the register ÷ the tier’s register area, times the scenario’s tier area; upgrades and cover move the same share of every street; a street’s monthly need = subsidy + waivers the district pays (model documentation § The monthly fund-use plan, §七).'
	},
	'cashflow.note.date': { zh: '生成日期：{date}', en: 'Made on {date}' },
	'cashflow.note.register': { zh: '登记册：{file}', en: 'Register: {file}' },
	'cashflow.note.synthetic': { zh: '（合成示例数据，非真实数据）', en: ' (synthetic sample, not real data)' },
	'cashflow.print.title': { zh: '{street} 分月用款计划', en: '{street}: monthly fund-use plan' },
	'cashflow.print.total': { zh: '合计', en: 'Total' },
	'cashflow.print.month': { zh: '月份', en: 'Month' },
	'cashflow.print.subsidy': { zh: '补贴', en: 'Subsidy' },
	'cashflow.print.waiver': { zh: '减免补偿', en: 'Waivers paid' },
	'cashflow.print.reward': { zh: '奖励资金', en: 'Reward fund' },
	'cashflow.print.deduction': { zh: '考核抵减', en: 'Assessment deduction' },
	'cashflow.print.payable': { zh: '应拨付', en: 'To pay' },
	'cashflow.print.sign': {
		zh: '经办人：__________　复核：__________　日期：__________',
		en: 'Officer: __________   Checked by: __________   Date: __________'
	},
	'cashflow.bands.title': {
		zh: '不确定性：各街道每月用款 P50 / P90',
		en: 'Uncertainty: each street’s monthly need, P50 / P90'
	},
	'cashflow.bands.run': {
		zh: '计算 P50 / P90（{runs} 次，种子 {seed}）',
		en: 'Compute P50 / P90 ({runs} runs, seed {seed})'
	},
	'cashflow.bands.note': {
		zh: '抽样与“不确定性”页相同（同一种子、同样次数）。每个街道和全区的分位数各自在这些抽样上计算，全区的 P90 不是各街道 P90 之和。',
		en: 'The draws are the Uncertainty tab’s (same seed, same number of runs). Each street’s and the district’s percentiles are taken on those runs; the district’s P90 is not the sum of the streets’.'
	},
	'cashflow.bands.noRanges': {
		zh: '情景没有设定任何范围：在“不确定性”页为参数设定范围后，可在此计算各街道的 P50 / P90。',
		en: 'The scenario has no ranges: set ranges on the Uncertainty tab to see each street’s P50 / P90 here.'
	},
	'cashflow.bands.busy': { zh: '正在计算…', en: 'Computing…' },
	'cashflow.bands.failed': { zh: '无法计算：{error}', en: 'Could not compute: {error}' },
	'cashflow.bands.month': { zh: '月份', en: 'Month' },
	'cashflow.bands.peak': { zh: '{y}年最高月 P90', en: 'Highest month’s P90 in {y}' },
	'cashflow.reward.title': { zh: '奖励资金分配（假设，可选）', en: 'Reward fund by street (assumption, optional)' },
	'cashflow.reward.intro': {
		zh: '奖励资金每年列支一次（§七），规划没有规定如何分到镇、街道。在此填写某街道的份额，其余仍列为“奖励资金（未分配）”。',
		en: 'The reward fund is paid once a year (§七); the plan does not say how it is split between towns and streets. Give a street its share here; the rest stays on the “Reward fund (unallocated)” row.'
	},
	'cashflow.reward.share': { zh: '份额（%）', en: 'Share (%)' },
	'cashflow.reward.set': { zh: '设定', en: 'Set' },
	'cashflow.reward.bad': {
		zh: '份额“{text}”无效：应为 0 到 100 之间的数',
		en: 'Share “{text}” is not valid: enter a number from 0 to 100'
	},
	'cashflow.reward.over': {
		zh: '各街道份额合计将超过 100 %，未做更改',
		en: 'The streets’ shares would add up to more than 100 %; nothing was changed'
	},
	'cashflow.reward.entry': { zh: '{street}：{pct}（假设）', en: '{street}: {pct} (assumption)' },
	'cashflow.assess.title': { zh: '考核结果（可选）', en: 'Assessment results (optional)' },
	'cashflow.assess.intro': {
		zh: '镇、街道按考核结果向企业拨付补贴（§七）。某街道某季度只拨付了部分补贴时，留存部分从下个月起逐月抵减该街道的拨付，直到抵完（抵减次序为假设）。',
		en: 'The streets pay the firms by their assessment (§七). When a street released only part of a quarter’s subsidy, the rest is taken off its payments from the next month on until used up (the order of deduction is an assumption).'
	},
	'cashflow.assess.street': { zh: '街道', en: 'Street' },
	'cashflow.assess.quarter': { zh: '季度', en: 'Quarter' },
	'cashflow.assess.released': { zh: '拨付比例（%）', en: 'Share released (%)' },
	'cashflow.assess.add': { zh: '加入', en: 'Add' },
	'cashflow.assess.remove': { zh: '删除', en: 'Remove' },
	'cashflow.assess.bad': {
		zh: '拨付比例“{text}”无效：应为 0 到 100 之间的数',
		en: 'Share released “{text}” is not valid: enter a number from 0 to 100'
	},
	'cashflow.assess.entry': {
		zh: '{street} {quarter}：拨付 {pct}，留存 {held} 万元',
		en: '{street} {quarter}: {pct} released, {held} 万元 withheld'
	},
	'cashflow.assess.carried': {
		zh: '{street} 还有 {x} 万元留存在计划期内抵减不完。',
		en: '{street} still holds {x} 万元 that the plan’s months cannot absorb.'
	},
	// The inputs above kept with the scenario in the browser (ui/cashflow/screen.svelte.ts, keep-words.ts).
	'cashflow.keep.loading': {
		zh: '正在读取本情景保存的考核结果和奖励资金份额…',
		en: 'Reading the assessment results and reward shares kept with this scenario…'
	},
	'cashflow.keep.failed': {
		zh: '未能存入浏览器，本次输入未生效，其余输入不变：{reason}',
		en: 'Not stored in the browser, so this entry was not applied and the others are unchanged: {reason}'
	},
	'cashflow.keep.notRead': {
		zh: '未能读取本情景保存的考核结果和奖励资金份额，暂不能修改：{reason}',
		en: 'The assessment results and reward shares kept with this scenario could not be read, so they cannot be changed yet: {reason}'
	},
	'cashflow.keep.unreadable': {
		zh: '本情景保存的考核结果和奖励资金份额有误（{where}），未予采用；下一次输入将替换它们。',
		en: 'The assessment results and reward shares kept with this scenario are damaged ({where}) and are not used; the next entry replaces them.'
	},
	'cashflow.keep.where.shape': { zh: '格式不符', en: 'not in a known form' },
	'cashflow.keep.where.total': { zh: '奖励资金份额合计超过 100 %', en: 'reward shares adding up to over 100 %' },
	'cashflow.keep.why.quota': {
		zh: '浏览器存储空间已满（可清空回收站或删除旧情景后再试）',
		en: 'browser storage is full (empty the bin or delete old scenarios, then try again)'
	},
	'cashflow.keep.why.notFound': {
		zh: '此情景已不在情景库中（可能已在另一个标签页中删除）',
		en: 'this scenario is no longer in the library (deleted in another tab?)'
	},
	'cashflow.keep.why.blocked': {
		zh: '另一个标签页更新了工作台，请刷新本页后再输入',
		en: 'another tab updated the workbench: reload this page and enter it again'
	},
	'cashflow.keep.why.invalid': { zh: '数值无效（{where}）', en: 'a value is not valid ({where})' },
	'cashflow.keep.why.unavailable': {
		zh: '浏览器存储不可用（隐私窗口常见）',
		en: 'the browser’s storage is not available (private windows often block it)'
	}
} satisfies Record<string, Msg>;
