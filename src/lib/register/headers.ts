/**
 * Header text → register field. Registers arrive from many hands, so a header is compared after folding
 * width (NFKC: （ → (, ² → 2, ㎡ → m2), case, spaces and punctuation; the area header must say its unit.
 */
import type { AreaUnit, Msg, Problem } from './types';

export const FIELDS = [
	'name',
	'street',
	'community',
	'tier',
	'area',
	'households',
	'committee',
	'standard',
	'enclosure'
] as const;
export type Field = (typeof FIELDS)[number];
export const REQUIRED: readonly Field[] = FIELDS.filter((f) => f !== 'households');

/** What a column is called in messages and in exported registers (the import reads these back). */
export const FIELD_LABEL: Record<Field, Msg> = {
	name: { en: 'name', zh: '小区名称' },
	street: { en: 'street', zh: '镇/街道' },
	community: { en: 'community', zh: '社区' },
	tier: { en: 'tier', zh: '物业类型' },
	area: { en: 'area_m2 or area_wan_m2', zh: '面积（平方米）或面积（万平方米）' },
	households: { en: 'households', zh: '户数' },
	committee: { en: 'owners committee', zh: '业主委员会' },
	standard: { en: 'meets standard', zh: '是否达标' },
	enclosure: { en: 'enclosure', zh: '封闭情况' }
};

const ALIASES: Record<Exclude<Field, 'area'>, string[]> = {
	name: ['小区名称', '小区名', '小区', '名称', '项目名称', 'name', 'compound', 'compoundname'],
	street: [
		'镇街道',
		'镇街',
		'街道',
		'镇',
		'所属街道',
		'所属镇街道',
		'街道镇',
		'street',
		'town',
		'townstreet',
		'subdistrict'
	],
	community: ['社区', '所属社区', '社区名称', 'community'],
	tier: [
		'物业类型',
		'类型',
		'物业管理类型',
		'管理类型',
		'服务类型',
		'物业服务类型',
		'tier',
		'type',
		'propertytype',
		'managementtype'
	],
	households: [
		'户数',
		'住户数',
		'总户数',
		'居民户数',
		'households',
		'household',
		'householdcount',
		'numberofhouseholds'
	],
	committee: [
		'业主委员会',
		'业委会',
		'是否成立业委会',
		'是否成立业主委员会',
		'有无业委会',
		'有无业主委员会',
		'ownerscommittee',
		'ownercommittee',
		'committee',
		'hascommittee'
	],
	standard: [
		'是否达标',
		'达标',
		'达标情况',
		'是否达到标准',
		'meetsstandard',
		'meetsthestandard',
		'standard',
		'atstandard'
	],
	enclosure: ['封闭情况', '封闭类型', '是否封闭', '封闭', '封闭状态', 'enclosure', 'enclosuretype', 'enclosed']
};
const LOOKUP = new Map<string, Field>(
	Object.entries(ALIASES).flatMap(([field, names]) => names.map((n) => [n, field as Field] as const))
);
/** Columns registers commonly carry that say nothing the model needs: skipped without complaint. */
const HARMLESS = new Set(['', '序号', '编号', '备注', '说明', 'no', 'id', 'remark', 'remarks', 'note', 'notes']);

export function foldHeader(h: string): string {
	return h
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The field a header names, with the area's unit; `unitless` for an area header that does not say it. */
export function classify(header: string): { field: Field; unit?: AreaUnit | 'unitless' } | 'harmless' | null {
	const h = foldHeader(header);
	if (HARMLESS.has(h)) return 'harmless';
	if (h.includes('面积') || h.includes('area')) {
		// 万 first: "万平方米" also contains "平方米".
		if (/万|wan|10000/.test(h)) return { field: 'area', unit: 'wan_m2' };
		if (/平方米|平米|m2|sqm/.test(h)) return { field: 'area', unit: 'm2' };
		return { field: 'area', unit: 'unitless' };
	}
	// "业委会（是/否）", "owners committee (yes/no)": the hint is not part of the name.
	const field = LOOKUP.get(h) ?? LOOKUP.get(h.replace(/(是否|有无|yesno|yn)$/, ''));
	return field ? { field } : null;
}

export interface HeaderMap {
	columns: Partial<Record<Field, number>>;
	areaUnit?: AreaUnit;
	problems: Problem[];
}

export function mapHeaders(cells: string[], row: number, ignoreUnknown = false): HeaderMap {
	const columns: Partial<Record<Field, number>> = {};
	const problems: Problem[] = [];
	let areaUnit: AreaUnit | undefined;
	let areaUnitless = false;
	cells.forEach((text, i) => {
		const c = classify(text);
		if (c === 'harmless') return;
		if (c === null) {
			if (!ignoreUnknown) problems.push({ row, column: text, message: unknownHeader(row, text) });
			return;
		}
		if (columns[c.field] !== undefined) {
			const first = cells[columns[c.field]!];
			problems.push({ row, column: text, message: twice(row, text, first, c.field) });
			return;
		}
		if (c.unit === 'unitless') {
			problems.push({ row, column: text, message: unitless(row, text) });
			areaUnitless = true;
			return;
		}
		columns[c.field] = i;
		if (c.unit) areaUnit = c.unit;
	});
	for (const f of REQUIRED) {
		if (columns[f] !== undefined || (f === 'area' && areaUnitless)) continue;
		const l = FIELD_LABEL[f];
		problems.push({
			row,
			column: l.en,
			message: {
				en: `Row ${row}, column "${l.en}": missing. The register has no ${l.en} column. Add a column headed "${l.en}" (or "${l.zh}").`,
				zh: `第 ${row} 行“${l.zh}”列：缺少此列。请添加表头为“${l.zh}”（或“${l.en}”）的列。`
			}
		});
	}
	return { columns, areaUnit, problems };
}

/** How many cells of a line are register headers: finds the header under a title row. */
export function knownHeaders(cells: string[]): number {
	return cells.filter((c) => {
		const k = classify(c);
		return k !== null && k !== 'harmless';
	}).length;
}

const unknownHeader = (row: number, h: string): Msg => ({
	en: `Row ${row}, column "${h}": "${h}" is not a register column. Known columns: ${FIELDS.map((f) => FIELD_LABEL[f].en).join(', ')}. Rename it, delete it, or import with unknown columns ignored.`,
	zh: `第 ${row} 行“${h}”列：“${h}”不是台账的列。可用的列：${FIELDS.map((f) => FIELD_LABEL[f].zh).join('、')}。请改名、删除，或选择忽略未知列后导入。`
});
const twice = (row: number, h: string, first: string, f: Field): Msg => ({
	en: `Row ${row}, column "${h}": it names the ${FIELD_LABEL[f].en} column a second time (first: "${first}"). Keep one.`,
	zh: `第 ${row} 行“${h}”列：与“${first}”重复，都表示${FIELD_LABEL[f].zh}。请只保留一列。`
});
const unitless = (row: number, h: string): Msg => ({
	en: `Row ${row}, column "${h}": the header does not say the area's unit. Rename it "area_m2" (m²) or "area_wan_m2" (万 m²).`,
	zh: `第 ${row} 行“${h}”列：表头未注明面积单位。请改为“面积（平方米）”或“面积（万平方米）”。`
});
