/** The register screen's words (keys `register.*`). */
import type { Msg } from '../types';

export const register = {
	'register.title': { zh: '小区登记册', en: 'Compound register' },
	'register.intro': {
		zh: '导入区住建局的小区台账（CSV 或 XLSX，每行一个小区），按类型、街道、社区和封闭情况汇总，并据此设置情景的起始状态。可将文件拖放到本页。',
		en: "Import the bureau's register of compounds (CSV or XLSX, one row per compound), summarise it by tier, street, community and enclosure, and set the scenario's start state from it. Files can be dropped onto this page."
	},
	'register.choose': { zh: '选择登记册文件…', en: 'Choose a register file…' },
	'register.sample': { zh: '生成示例登记册（合成数据）', en: 'Generate synthetic sample' },
	'register.ignoreUnknown': { zh: '忽略未知列', en: 'Ignore unknown columns' },
	'register.reading': { zh: '正在读取…', en: 'Reading…' },
	'register.phase.archive': { zh: '检查压缩包', en: 'checking the archive' },
	'register.phase.cells': { zh: '读取单元格', en: 'reading the cells' },
	'register.phase.rows': { zh: '检查各行', en: 'checking the rows' },
	'register.elapsed': { zh: '已用 {s} 秒', en: '{s} s so far' },
	'register.cancel': { zh: '取消', en: 'Cancel' },
	'register.cancelled': {
		zh: '已取消导入 {name}，未做任何更改',
		en: 'Import of {name} cancelled; nothing changed'
	},
	'register.dropHere': { zh: '松开鼠标以导入登记册', en: 'Drop to import the register' },
	'register.synthetic': { zh: '合成示例数据 — 非真实数据', en: 'Synthetic sample — not real data' },
	'register.syntheticWhy': {
		zh: '小区、街道和社区名称均为虚构，仅合计数与规划第二条一致，用于演示和测试。',
		en: 'Names of compounds, streets and communities are invented; only the totals match the plan (§二). For demos and tests.'
	},
	'register.file': { zh: '文件', en: 'File' },
	'register.generated': { zh: '在浏览器中生成（种子 {seed}）', en: 'generated in the browser (seed {seed})' },
	'register.encoding': { zh: '编码', en: 'Encoding' },
	'register.areaUnit': { zh: '面积单位', en: 'Area unit' },
	'register.compounds': { zh: '小区', en: 'Compounds' },
	'register.excludedRows': { zh: '已按要求排除的行', en: 'Rows excluded on purpose' },
	'register.storage': { zh: '本地保存', en: 'Storage' },
	'register.saved': { zh: '已随情景保存在本浏览器', en: 'kept with the scenario in this browser' },
	'register.notSaved': { zh: '未能保存到本地存储', en: 'could not be kept in this browser' },
	'register.problemsTitle': {
		zh: '登记册有 {n} 个问题，未导入任何内容',
		en: 'The register has {n} problems; nothing was imported'
	},
	'register.problemsHelp': {
		zh: '请修改文件后重新导入，或勾选要排除的行后点击“排除这些行后导入”。',
		en: 'Fix the file and import it again, or tick the rows to leave out and choose “Import without these rows”.'
	},
	'register.keptOld': {
		zh: '下方为此前导入的登记册，未作改动。',
		en: 'The register below is the one imported before, unchanged.'
	},
	'register.exclude': { zh: '排除', en: 'Exclude' },
	'register.row': { zh: '行', en: 'Row' },
	'register.column': { zh: '列', en: 'Column' },
	'register.problem': { zh: '问题', en: 'Problem' },
	'register.wholeFile': { zh: '整个文件', en: 'whole file' },
	'register.tickAll': { zh: '勾选全部问题行', en: 'Tick every problem row' },
	'register.importWithout': { zh: '排除这些行后导入', en: 'Import without these rows' },
	'register.ticked': { zh: '已勾选 {n} 行', en: '{n} rows ticked' },
	'register.summaries': { zh: '汇总', en: 'Summaries' },
	'register.byTier': { zh: '按物业类型', en: 'By tier' },
	'register.byStreet': { zh: '按镇/街道', en: 'By street' },
	'register.byCommunity': { zh: '按社区', en: 'By community' },
	'register.byEnclosure': { zh: '按封闭情况', en: 'By enclosure' },
	'register.tier': { zh: '物业类型', en: 'Tier' },
	'register.street': { zh: '镇/街道', en: 'Street' },
	'register.community': { zh: '社区', en: 'Community' },
	'register.enclosure': { zh: '封闭情况', en: 'Enclosure' },
	'register.count': { zh: '小区数', en: 'Compounds' },
	'register.area': { zh: '面积（万 m²）', en: 'Area (万 m²)' },
	'register.committeeShare': { zh: '业委会组建率', en: 'Committee share' },
	'register.standardShare': { zh: '达标率', en: 'Standard share' },
	'register.totalsSkipped': {
		zh: '第 {rows} 行为合计行，已跳过（不是小区）。',
		en: 'Row {rows} is a totals row and was skipped (it is not a compound).'
	},
	'register.total': { zh: '合计', en: 'Total' },
	'register.firstRows': {
		zh: '仅显示前 {n} 行，共 {all} 行；完整内容请导出 CSV。',
		en: 'Showing the first {n} of {all} rows; export the CSV for all.'
	},
	'register.exportCsv': { zh: '导出 CSV', en: 'Export CSV' },
	'register.chartTier': { zh: '各物业类型小区数与面积', en: 'Compounds and area by tier' },
	'register.chartEnclosure': { zh: '各封闭情况小区数与面积', en: 'Compounds and area by enclosure' },
	'register.applyTitle': { zh: '应用到情景的起始状态', en: "Apply to the scenario's start state" },
	'register.applyHelp': {
		zh: '应用后将以下参数设为登记册的合计值，作为一步操作，可在“工作台”中按 Ctrl+Z 一次撤销。',
		en: 'Applying sets these parameters to the register’s totals as one step; Ctrl+Z on the Workbench tab undoes all of it.'
	},
	'register.parameter': { zh: '参数', en: 'Parameter' },
	'register.current': { zh: '当前值', en: 'Now' },
	'register.fromRegister': { zh: '登记册', en: 'From register' },
	'register.apply': { zh: '应用到情景', en: 'Apply to scenario' },
	'register.noDiff': {
		zh: '登记册与当前情景的起始状态一致，无需修改。',
		en: 'The register matches the scenario’s start state: nothing to change.'
	},
	'register.applied': {
		zh: '已将 {n} 个参数应用到“{name}”。在“工作台”中按 Ctrl+Z 可一次撤销。',
		en: 'Applied {n} parameters to “{name}”. Ctrl+Z on the Workbench tab undoes it in one step.'
	},
	'register.empty': {
		zh: '当前情景尚无登记册。请选择文件、将文件拖放到此处，或生成合成示例。',
		en: 'This scenario has no register yet. Choose a file, drop one here, or generate the synthetic sample.'
	},
	// The export's headers (register/export.ts): the importer reads both languages' headers back.
	'register.csv.yes': { zh: '是', en: 'yes' },
	'register.csv.no': { zh: '否', en: 'no' },
	'register.csv.areaM2': { zh: '面积（平方米）', en: 'area_m2' },
	'register.csv.areaWan': { zh: '面积（万平方米）', en: 'area_wan_m2' },
	'register.csv.name': { zh: '小区名称', en: 'name' },
	'register.csv.street': { zh: '镇/街道', en: 'street' },
	'register.csv.community': { zh: '社区', en: 'community' },
	'register.csv.tier': { zh: '物业类型', en: 'tier' },
	'register.csv.households': { zh: '户数', en: 'households' },
	'register.csv.committee': { zh: '业主委员会', en: 'owners_committee' },
	'register.csv.standard': { zh: '是否达标', en: 'meets_standard' },
	'register.csv.enclosure': { zh: '封闭情况', en: 'enclosure' },
	'register.unitM2': { zh: 'm²（导入时换算为万 m²）', en: 'm² (converted to 万 m²)' }
} satisfies Record<string, Msg>;
