/**
 * What the scenario reader says about a file it refuses (keys `reader.*`): JSON and XLSX alike, each message
 * in both languages (io/read-error.ts keeps the English as `message` for files and the CLI, the Chinese beside
 * it). Parameter keys, JSON keys and formulas stay as written: they are what the planner finds in the file.
 */
import type { Msg } from '../types';

export const reader = {
	'reader.file': { zh: '（文件）', en: '(file)' },
	'reader.year': { zh: '第{n}年', en: 'year {n}' },
	'reader.tooBig': {
		zh: '文件大小为 {mb} MB，情景文件最大 {max} MB：是否选错了文件？',
		en: 'the file is {mb} MB; a scenario file is at most {max} MB — is this the right file?'
	},
	// {detail}: the JSON parser's own words after ": " in English; empty in Chinese (they are English).
	'reader.jsonAt': {
		zh: 'JSON 格式有误：第 {line} 行第 {col} 列附近，请检查该处的括号、引号和逗号{detail}',
		en: 'not valid JSON at line {line}, column {col}{detail}'
	},
	'reader.json': { zh: 'JSON 格式有误：这不是有效的 JSON 文件{detail}', en: 'not valid JSON{detail}' },
	'reader.jsonDeep': {
		zh: 'JSON 嵌套层数过多，不可能是情景文件',
		en: 'the JSON is nested too deeply to be a scenario file'
	},
	'reader.notObject': {
		zh: '应为 JSON 对象 { "format": "property-plan-scenario", … }',
		en: 'expected a JSON object { "format": "property-plan-scenario", … }'
	},
	'reader.format': {
		zh: '应为 "{want}"，实为 {got}：这不是情景文件',
		en: 'expected "{want}", got {got}: this is not a scenario file'
	},
	'reader.newer': {
		zh: '文件版本 {v} 比本工作台能读取的版本（{have}）新：请更新工作台',
		en: 'version {v} is newer than this workbench reads (version {have}): update the workbench'
	},
	'reader.version': { zh: '应为版本 {want}，实为 {got}', en: 'expected version {want}, got {got}' },
	'reader.unknownKey': { zh: '未知字段 "{key}"（可用：{allowed}）', en: 'unknown key "{key}" (allowed: {allowed})' },
	'reader.got': { zh: '{what}，实为 {got}', en: '{what}, got {got}' },
	'reader.nothing': { zh: '空', en: 'nothing' },
	'reader.text': { zh: '应为文字', en: 'expected text' },
	'reader.longer200': { zh: '超过 200 个字符', en: 'longer than 200 characters' },
	'reader.longer5000': { zh: '超过 5000 个字符', en: 'longer than 5000 characters' },
	'reader.month': { zh: '应为 "YYYY-MM" 格式的月份', en: 'expected "YYYY-MM"' },
	'reader.wholeNumber': { zh: '应为整数', en: 'expected a whole number' },
	'reader.yearsRange': { zh: '应为 1–{max}', en: 'expected 1–{max}' },
	'reader.paramsNotObject': {
		zh: '应为以参数名为键的对象',
		en: 'expected an object keyed by parameter name'
	},
	'reader.unknownParam': { zh: '未知参数 "{key}"', en: 'unknown parameter "{key}"' },
	'reader.didYouMean': {
		zh: '未知参数 "{key}"，是否应为 "{hint}"？',
		en: 'unknown parameter "{key}" — did you mean "{hint}"?'
	},
	'reader.notListed': { zh: '未列出', en: 'not listed' },
	'reader.fundUse': {
		zh: '考核结果或奖励资金份额无效（{where}）',
		en: 'an assessment result or reward share is not valid ({where})'
	},
	'reader.fundUseTotal': { zh: '奖励资金份额合计超过 100 %', en: 'reward shares adding up to over 100 %' },
	'reader.fundUseShape': { zh: '格式不符', en: 'not in a known form' },
	'reader.cannotEvaluate': {
		zh: '公式无法计算（{detail}）：请简化嵌套最深的公式',
		en: 'the formulas cannot be evaluated ({detail}): simplify the deepest formula'
	},
	'reader.noCompounds': {
		zh: '四类小区的数量都为 0：market/quasi/basic/self_compounds 至少一项应大于 0',
		en: 'the four tiers hold no compounds: at least one of market/quasi/basic/self_compounds must be above 0'
	},
	'reader.moreThanCompounds': {
		zh: '{x} 超过了四类小区的总数 {n}',
		en: '{x} is more than the {n} compounds of the four tiers'
	},
	'reader.blankNeeded': {
		zh: '为空（null），但此参数需要一个数；只有目标可以留空',
		en: 'blank (null), but this parameter needs a number; only targets may be blank'
	},
	'reader.notFinite': { zh: '不是有限的数', en: 'not a finite number' },
	'reader.cellText': {
		zh: '应为数、null 或以 "=" 开头的公式，实为文字 {text}',
		en: 'expected a number, null or a formula starting with "=", got text {text}'
	},
	'reader.cellList': {
		zh: '应为数、null 或以 "=" 开头的公式，实为列表',
		en: 'expected a number, null or a formula starting with "=", got a list'
	},
	'reader.cellType': {
		zh: '应为数、null 或以 "=" 开头的公式，实为 {type} 类型的值',
		en: 'expected a number, null or a formula starting with "=", got {type}'
	},
	'reader.formulaLong': {
		zh: '公式长 {n} 个字符，最多 {max} 个',
		en: 'the formula is {n} characters long; at most {max}'
	},
	'reader.formulaDeep': {
		zh: '公式嵌套 {n} 层（括号或正负号），最多 {max} 层',
		en: 'the formula nests {n} levels deep (brackets or signs); at most {max}'
	},
	'reader.expectValue': { zh: '应为 { "value": … }', en: 'expected { "value": … }' },
	'reader.expectValues': { zh: '应为 { "values": [{n} 个单元格] }', en: 'expected { "values": [{n} cells] }' },
	'reader.paramKey': {
		zh: '未知字段 "{key}"（可用：value 或 values、note、uncertainty）',
		en: 'unknown key "{key}" (allowed: value or values, note, uncertainty)'
	},
	'reader.scalarValues': {
		zh: '{key} 全期只有一个值：应写 { "value": … }，而不是 "values"',
		en: '{key} is one value for the whole horizon: write { "value": … }, not "values"'
	},
	'reader.missingValue': { zh: '缺少 "value"', en: 'missing "value"' },
	'reader.yearlyValue': {
		zh: '{key} 每个规划年一个值：应写 { "values": [{n} 个单元格] }，而不是 "value"',
		en: '{key} has one value per plan year: write { "values": [{n} cells] }, not "value"'
	},
	'reader.notList': {
		zh: '应为 {n} 个单元格的列表，每个规划年一个',
		en: 'expected a list of {n} cells, one per plan year'
	},
	'reader.countOne': {
		zh: '只有 1 个值，但情景有 {years} 个规划年',
		en: 'has 1 value, but the scenario has {years} plan years'
	},
	'reader.count': {
		zh: '有 {n} 个值，但情景有 {years} 个规划年',
		en: 'has {n} values, but the scenario has {years} plan years'
	},
	'reader.noteLong': { zh: '超过 2000 个字符（{n}）', en: 'longer than 2000 characters ({n})' },
	'reader.bound': { zh: '应为一个数，或每个规划年一个数', en: 'expected a number or one number per plan year' },
	'reader.dist': { zh: '应为 {list} 之一', en: 'expected one of {list}' },
	'reader.sd': { zh: '标准差应 ≥ 0', en: 'expected a standard deviation ≥ 0' },
	'reader.yearsRule': {
		zh: '应为 "same"、"independent" 或 −1 到 1 之间的年际相关系数',
		en: 'expected "same", "independent" or a year-to-year correlation between -1 and 1'
	},
	'reader.noSheet': {
		zh: '此工作簿没有「{sheets}」工作表，不是由本工作台导出的：请先导出一个情景的 XLSX，查看可读取的格式',
		en: 'this workbook has no {sheets} sheet, so it was not exported by the workbench: export a scenario as XLSX to see the layout it reads'
	},
	'reader.or': { zh: '」或「', en: ' or ' },
	'reader.noCell': {
		zh: '该年没有单元格：缺少名称 {name}',
		en: 'no cell for this year: the defined name {name} is missing'
	},
	'reader.twice': {
		zh: '{key} 出现了两次（第 {a} 行和第 {b} 行）：请删除其中一行',
		en: '{key} appears twice (rows {a} and {b}): delete one of them'
	},
	'reader.textFormula': {
		zh: '{text} 存为文字而不是公式：请删除开头的单引号，或取消单元格的“文本”格式',
		en: '{text} is stored as text, not as a formula: remove the leading apostrophe or the Text cell format'
	},
	'reader.cellGot': { zh: '应为数或公式，实为{got}', en: 'expected a number or a formula, got {got}' },
	'reader.cellGotBlank': {
		zh: '应为数、空白或公式，实为{got}',
		en: 'expected a number, a blank or a formula, got {got}'
	},
	'reader.plainBlank': { zh: '空白单元格', en: 'a blank cell' },
	'reader.plainNumber': { zh: '数 {v}', en: 'the number {v}' },
	'reader.plainText': { zh: '文字 {v}', en: 'the text {v}' },
	'reader.plainFormula': { zh: '公式 {v}', en: 'the formula {v}' },
	'reader.plainDate': { zh: '日期 {v}', en: 'the date {v}' },
	'reader.plainError': { zh: '错误值 {v}', en: 'the error {v}' },
	'reader.plainValue': { zh: '值 {v}', en: 'the value {v}' },
	'reader.corrJson': {
		zh: '参数相关不是有效的 JSON（例如 [{"a":"basic_collection","b":"quasi_collection","rho":0.6}]），实为{got}',
		en: 'the correlations are not valid JSON, e.g. [{"a":"basic_collection","b":"quasi_collection","rho":0.6}]; got {got}'
	},
	'reader.actualsJson': {
		zh: '实际数不是有效的 JSON（例如 {"outlay":[1702.5,880.3,null]}），实为{got}',
		en: 'the actuals are not valid JSON, e.g. {"outlay":[1702.5,880.3,null]}; got {got}'
	},
	'reader.uncJson': {
		zh: '不确定范围不是有效的 JSON（例如 {"dist":"triangular","low":0.5,"high":0.9}），实为{got}',
		en: 'the uncertainty is not valid JSON, e.g. {"dist":"triangular","low":0.5,"high":0.9}; got {got}'
	},
	'reader.noteGot': { zh: '备注应为文字，实为{got}', en: 'expected a note (text), got {got}' },
	'reader.fieldNumber': { zh: '应为数，实为{got}', en: 'expected a number, got {got}' },
	'reader.fieldText': { zh: '应为文字，实为{got}', en: 'expected text, got {got}' },
	// The archive guard (xlsx/zip-guard.ts): a workbook is refused before anything unpacks it.
	'reader.zipTooBig': {
		zh: '文件大小为 {size}；导出的工作簿远小于 {limit}——是否选错了文件？',
		en: 'the file is {size}; an exported workbook is well under {limit} — is this the right file?'
	},
	'reader.zipEntries': {
		zh: '压缩包内有 {n} 个文件（最多 {max} 个）：疑似压缩炸弹，已拒绝，未读取任何内容',
		en: 'the archive holds {n} files (at most {max}): refused as a possible zip bomb; nothing was read'
	},
	'reader.zipUnpacked': {
		zh: '压缩包解压后将达 {size}（最多 {max}）：疑似压缩炸弹，已拒绝，未读取任何内容',
		en: 'the archive would unpack to {size} (at most {max}): refused as a possible zip bomb; nothing was read'
	},
	'reader.zipRatio': {
		zh: '{name} 的压缩比为 {ratio}:1（最多 {max}:1）：疑似压缩炸弹，已拒绝，未读取任何内容',
		en: '{name} is compressed {ratio}:1 (at most {max}:1): refused as a possible zip bomb; nothing was read'
	},
	'reader.zipNotXlsx': {
		zh: '不是 XLSX 文件：压缩包中没有 xl/workbook.xml（是否是其他类型的压缩文件，如 .docx？）',
		en: 'not an XLSX file: the archive holds no xl/workbook.xml (is it another kind of zip, e.g. .docx?)'
	},
	'reader.zipNotZip': {
		zh: '不是 XLSX 文件：XLSX 工作簿是 zip 压缩包，而此文件不是',
		en: 'not an XLSX file: an XLSX workbook is a zip archive, and this file is not one'
	},
	'reader.zip64': {
		zh: '不是本工作台能读取的 XLSX 文件：不支持 ZIP64 压缩包',
		en: 'not an XLSX file this workbench reads: ZIP64 archives are not supported'
	},
	'reader.zipDirectory': {
		zh: '不是可读取的 XLSX 文件：压缩包目录已损坏（文件是否被截断？）',
		en: 'not a readable XLSX file: the zip directory is damaged (is the file truncated?)'
	},
	'reader.zipDamaged': { zh: '压缩条目已损坏', en: 'the zip entry is damaged' },
	'reader.zipCut': {
		zh: '压缩条目不完整（文件是否被截断？）',
		en: 'the zip entry is cut short (is the file truncated?)'
	},
	'reader.zipMethod': {
		zh: '压缩方法 {method} 不是 XLSX 文件使用的方法',
		en: 'compression method {method} is not one an XLSX file uses'
	},
	'reader.zipCorrupt': { zh: '压缩数据已损坏', en: 'the compressed data is damaged' },
	'reader.zipOver': {
		zh: '解压后超过其声明的 {size} 字节：疑似压缩炸弹，已拒绝，未读取任何内容',
		en: 'unpacks to more than its declared {size} bytes: refused as a possible zip bomb; nothing was read'
	},
	'reader.zipShorter': {
		zh: '压缩数据比声明的短（已损坏）',
		en: 'the compressed data is shorter than declared (damaged)'
	},
	'reader.at': { zh: '{path}：{text}', en: '{path}: {text}' },
	'reader.atCell': { zh: '{path}（{param}，{year}）：{text}', en: '{path} ({param}, {year}): {text}' }
} satisfies Record<string, Msg>;
