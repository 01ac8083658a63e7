/** The data table's words (模拟运算表, keys `datatable.*`): one output over a grid of one or two input cells. */
import type { Msg } from '../types';

export const datatable = {
	'datatable.tab': { zh: '模拟运算表', en: 'Data table' },
	'datatable.title': { zh: '模拟运算表', en: 'Data table' },
	'datatable.intro': {
		zh: '选一个或两个输入单元格及其取值范围和一个输出：每个取值组合单独计算一次方案（公式随之更新），得到与 Excel 模拟运算表相同的表和热力图。',
		en: 'Pick one or two input cells with a range of values and an output: the scenario is computed once for every combination (formulas follow), giving the table and heatmap of an Excel data table.'
	},
	'datatable.rows': { zh: '行输入', en: 'Row input' },
	'datatable.cols': { zh: '列输入', en: 'Column input' },
	'datatable.cell': { zh: '单元格', en: 'cell' },
	'datatable.from': { zh: '起始值', en: 'from' },
	'datatable.to': { zh: '终止值', en: 'to' },
	'datatable.step': { zh: '步长', en: 'step' },
	'datatable.validRange': { zh: '有效范围 {min} – {max}', en: 'valid range {min} – {max}' },
	'datatable.current': { zh: '本方案取值 {value}', en: 'this scenario: {value}' },
	'datatable.useSelected': { zh: '用工作台所选单元格', en: 'Use the cell selected on the workbench' },
	'datatable.twoInputs': { zh: '两个输入（行和列）', en: 'Two inputs (rows and columns)' },
	'datatable.output': { zh: '输出', en: 'Output' },
	'datatable.threshold': { zh: '阈值', en: 'Threshold' },
	'datatable.thresholdNone': { zh: '无（输出本身）', en: 'none (the output itself)' },
	'datatable.thresholdValue': { zh: '阈值数值', en: 'Threshold value' },
	'datatable.probability': {
		zh: '按不确定范围计算概率（每个取值一次带种子的模拟）',
		en: 'Probability under the ranges (a seeded run per point)'
	},
	'datatable.runs': { zh: '每点运行次数', en: 'Runs per point' },
	'datatable.seed': { zh: '随机种子', en: 'Seed' },
	'datatable.compute': { zh: '计算模拟运算表', en: 'Compute the table' },
	'datatable.cancel': { zh: '取消', en: 'Cancel' },
	'datatable.progress': { zh: '进度', en: 'Progress' },
	'datatable.running': { zh: '正在计算 {done} / {total} 个取值组合…', en: 'Computing {done} of {total} points…' },
	'datatable.cancelled': { zh: '已取消。', en: 'Cancelled.' },
	'datatable.exportCsv': { zh: '导出 CSV', en: 'Export CSV' },
	'datatable.exportXlsx': { zh: '导出 XLSX', en: 'Export XLSX' },
	'datatable.heatmap': { zh: '热力图', en: 'Heatmap' },
	'datatable.table': { zh: '数值表', en: 'Table' },
	'datatable.heatmapLabel': {
		zh: '热力图：{output}，随{rows}{cols}变化；数值见下表',
		en: 'Heatmap of {output} over {rows}{cols}; the values are in the table below'
	},
	'datatable.by': { zh: '和{label}', en: ' and {label}' },
	'datatable.legend': { zh: '颜色：{low}（浅）至 {high}（深）', en: 'Colour: {low} (pale) to {high} (dark)' },
	'datatable.legendFlag': { zh: '颜色：浅色为未达成，深色为达成', en: 'Colour: pale is missed, dark is met' },
	'datatable.own': { zh: '当前方案取值', en: "this scenario's value" },
	'datatable.ownNote': {
		zh: '带框的格为当前方案取值（{point}）：{value}',
		en: "The outlined cell is this scenario's value ({point}): {value}"
	},
	'datatable.ownOff': {
		zh: '当前方案取值（{point}）不在表的取值之中，表中没有标出。',
		en: "This scenario's value ({point}) is not one of the table's values, so no cell is marked."
	},
	'datatable.noScenario': { zh: '还没有打开方案。', en: 'No scenario is open.' },
	'datatable.sameCell': {
		zh: '列输入：单元格须与行输入不同',
		en: 'Column input: the cell must differ from the row input'
	},
	'datatable.fixFields': { zh: '请先修正标出的输入项。', en: 'Fix the marked fields first.' },
	'datatable.noRanges': {
		zh: '还没有参数设定不确定范围：概率需要范围，请先在工作台上设定，或取消勾选“按不确定范围计算概率”。',
		en: 'No parameter carries a range yet: a probability needs ranges. Set them on the workbench, or untick "Probability under the ranges".'
	},
	'datatable.badRuns': {
		zh: '每点运行次数须为 10 至 10000 之间的整数。',
		en: 'Runs per point must be a whole number from 10 to 10,000.'
	},
	'datatable.fixCells': {
		zh: '请先修正工作台上有错误的单元格：{cells}',
		en: 'Fix the cells with errors on the workbench first: {cells}'
	},
	'datatable.noCell': {
		zh: '{axis}：没有名为“{name}”的单元格',
		en: '{axis}: there is no cell "{name}"'
	},
	'datatable.notNumber': { zh: '{axis}的{field}“{text}”不是数字', en: '{axis}: {field} "{text}" is not a number' },
	'datatable.stepPositive': { zh: '{axis}的{field}须大于 0', en: '{axis}: the {field} must be above 0' },
	'datatable.toBelowFrom': { zh: '{axis}的{field}须不小于起始值', en: '{axis}: {field} must be at least from' },
	'datatable.outOfRange': {
		zh: '{axis}的{field} {value} 超出{label}的有效范围 {min} – {max}',
		en: '{axis}: {field} {value} is outside the valid range of {label}, {min} – {max}'
	},
	'datatable.tooMany': {
		zh: '{axis}有 {count} 个取值，每个输入最多 {max} 个：请把{field}加大到至少 {least}',
		en: '{axis} has {count} values; at most {max} per input: make the {field} at least {least}'
	},
	'datatable.flagUnit': { zh: '1 = 达成，0 = 未达成', en: '1 = met, 0 = missed' },
	'datatable.probabilityOf': { zh: '{what}的概率', en: 'Probability: {what}' },
	'datatable.howDeterministic': {
		zh: '确定性计算：每个取值组合一次方案测算（不抽样）',
		en: 'Deterministic: one projection of the scenario per point (no draws)'
	},
	'datatable.howRuns': {
		zh: '每个取值组合按设定的不确定范围运行 {runs} 次（种子 {seed}，各点共用同一组随机数）；范围是假设，不是规划的数字',
		en: "{runs} runs per point under the planner's assumed ranges (seed {seed}, the same draws at every point); the ranges are assumptions, not the plan's figures"
	},
	'datatable.scenarioLine': { zh: '方案：{name}', en: 'Scenario: {name}' },
	'datatable.sourceLine': {
		zh: '来源：输出按模型说明“{section}”计算；{inputs}',
		en: 'Source: the output as the model documentation computes it ("{section}"); {inputs}'
	},
	'datatable.sourcePlan': {
		zh: '{label}表中各取值为假设（本方案取值为规划数字，见规划 {clause}）',
		en: "{label}: the table's values are assumptions (this scenario's own value is the plan's, clause {clause})"
	},
	'datatable.sourceAssumed': { zh: '{label}表中各取值为假设', en: "{label}: the table's values are assumptions" },
	'datatable.sourceShort': { zh: '输出算法：', en: 'How the output is computed: ' },
	'datatable.fileStem': { zh: '模拟运算表', en: 'data-table' },
	'datatable.corner': { zh: '{out}｜行：{rows}；列：{cols}', en: '{out} | rows: {rows}; columns: {cols}' },
	'datatable.ownValue': { zh: '当前方案取值', en: "this scenario's value" },
	'datatable.stop': { zh: '。', en: '. ' }
} satisfies Record<string, Msg>;
