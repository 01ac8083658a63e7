/** The register screen's words. Kept beside the screen (not in i18n/messages) so the screen is one folder. */
import type { Lang } from '../../i18n/messages';
import type { AreaUnit, Encoding, Source } from '../../register/types';

export const T = {
	title: { zh: '小区登记册', en: 'Compound register' },
	intro: {
		zh: '导入区住建局的小区台账（CSV 或 XLSX，每行一个小区），按类型、街道、社区和封闭情况汇总，并据此设置情景的起始状态。可将文件拖放到本页。',
		en: "Import the bureau's register of compounds (CSV or XLSX, one row per compound), summarise it by tier, street, community and enclosure, and set the scenario's start state from it. Files can be dropped onto this page."
	},
	choose: { zh: '选择登记册文件…', en: 'Choose a register file…' },
	sample: { zh: '生成示例登记册（合成数据）', en: 'Generate synthetic sample' },
	ignoreUnknown: { zh: '忽略未知列', en: 'Ignore unknown columns' },
	reading: { zh: '正在读取…', en: 'Reading…' },
	dropHere: { zh: '松开鼠标以导入登记册', en: 'Drop to import the register' },
	synthetic: { zh: '合成示例数据 — 非真实数据', en: 'Synthetic sample — not real data' },
	syntheticWhy: {
		zh: '小区、街道和社区名称均为虚构，仅合计数与规划第二条一致，用于演示和测试。',
		en: 'Names of compounds, streets and communities are invented; only the totals match the plan (§二). For demos and tests.'
	},
	file: { zh: '文件', en: 'File' },
	generated: { zh: '在浏览器中生成（种子 {seed}）', en: 'generated in the browser (seed {seed})' },
	encoding: { zh: '编码', en: 'Encoding' },
	areaUnit: { zh: '面积单位', en: 'Area unit' },
	compounds: { zh: '小区', en: 'Compounds' },
	excludedRows: { zh: '已按要求排除的行', en: 'Rows excluded on purpose' },
	storage: { zh: '本地保存', en: 'Storage' },
	saved: { zh: '已随情景保存在本浏览器', en: 'kept with the scenario in this browser' },
	notSaved: { zh: '未能保存到本地存储', en: 'could not be kept in this browser' },
	problemsTitle: {
		zh: '登记册有 {n} 个问题，未导入任何内容',
		en: 'The register has {n} problems; nothing was imported'
	},
	problemsHelp: {
		zh: '请修改文件后重新导入，或勾选要排除的行后点击“排除这些行后导入”。',
		en: 'Fix the file and import it again, or tick the rows to leave out and choose “Import without these rows”.'
	},
	keptOld: {
		zh: '下方为此前导入的登记册，未作改动。',
		en: 'The register below is the one imported before, unchanged.'
	},
	exclude: { zh: '排除', en: 'Exclude' },
	row: { zh: '行', en: 'Row' },
	column: { zh: '列', en: 'Column' },
	problem: { zh: '问题', en: 'Problem' },
	wholeFile: { zh: '整个文件', en: 'whole file' },
	tickAll: { zh: '勾选全部问题行', en: 'Tick every problem row' },
	importWithout: { zh: '排除这些行后导入', en: 'Import without these rows' },
	ticked: { zh: '已勾选 {n} 行', en: '{n} rows ticked' },
	summaries: { zh: '汇总', en: 'Summaries' },
	byTier: { zh: '按物业类型', en: 'By tier' },
	byStreet: { zh: '按镇/街道', en: 'By street' },
	byCommunity: { zh: '按社区', en: 'By community' },
	byEnclosure: { zh: '按封闭情况', en: 'By enclosure' },
	tier: { zh: '物业类型', en: 'Tier' },
	street: { zh: '镇/街道', en: 'Street' },
	community: { zh: '社区', en: 'Community' },
	enclosure: { zh: '封闭情况', en: 'Enclosure' },
	count: { zh: '小区数', en: 'Compounds' },
	area: { zh: '面积（万平方米）', en: 'Area (万 m²)' },
	committeeShare: { zh: '业委会组建率', en: 'Committee share' },
	standardShare: { zh: '达标率', en: 'Standard share' },
	total: { zh: '合计', en: 'Total' },
	firstRows: {
		zh: '仅显示前 {n} 行，共 {all} 行；完整内容请导出 CSV。',
		en: 'Showing the first {n} of {all} rows; export the CSV for all.'
	},
	exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
	chartTier: { zh: '各物业类型小区数与面积', en: 'Compounds and area by tier' },
	chartEnclosure: { zh: '各封闭情况小区数与面积', en: 'Compounds and area by enclosure' },
	applyTitle: { zh: '应用到情景的起始状态', en: "Apply to the scenario's start state" },
	applyHelp: {
		zh: '应用后将以下参数设为登记册的合计值，作为一步操作，可在“工作台”中按 Ctrl+Z 一次撤销。',
		en: 'Applying sets these parameters to the register’s totals as one step; Ctrl+Z on the Workbench tab undoes all of it.'
	},
	parameter: { zh: '参数', en: 'Parameter' },
	current: { zh: '当前值', en: 'Now' },
	fromRegister: { zh: '登记册', en: 'From register' },
	apply: { zh: '应用到情景', en: 'Apply to scenario' },
	noDiff: {
		zh: '登记册与当前情景的起始状态一致，无需修改。',
		en: 'The register matches the scenario’s start state: nothing to change.'
	},
	applied: {
		zh: '已将 {n} 个参数应用到“{name}”。在“工作台”中按 Ctrl+Z 可一次撤销。',
		en: 'Applied {n} parameters to “{name}”. Ctrl+Z on the Workbench tab undoes it in one step.'
	},
	empty: {
		zh: '当前情景尚无登记册。请选择文件、将文件拖放到此处，或生成合成示例。',
		en: 'This scenario has no register yet. Choose a file, drop one here, or generate the synthetic sample.'
	}
} satisfies Record<string, Record<Lang, string>>;

export function t(lang: Lang, key: keyof typeof T, vars: Record<string, string | number> = {}): string {
	return T[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}

const ENCODING: Record<Encoding, string> = {
	'utf-8-bom': 'UTF-8 (BOM)',
	'utf-8': 'UTF-8',
	gb18030: 'GBK / GB18030',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE'
};

export function sourceText(lang: Lang, s: Source): string {
	if (s.format === 'xlsx') return 'XLSX';
	return s.encoding ? `CSV · ${ENCODING[s.encoding]}` : 'CSV';
}

export function unitText(lang: Lang, u: AreaUnit): string {
	if (u === 'm2') return lang === 'zh' ? '平方米（导入时换算为万平方米）' : 'm² (converted to 万 m²)';
	return lang === 'zh' ? '万平方米' : '万 m²';
}
