/**
 * A register back out as CSV, with headers and codes the importer reads (so export → import round-trips),
 * for the planner's edits and for the benchmark's 100,000-row file.
 */
import { TIER_LABEL } from '../model/catalogue';
import { writeCsv, type CsvColumn } from './csv';
import { ENCLOSURE_LABEL, type AreaUnit, type Compound, type Msg } from './types';

export interface RegisterCsvOptions {
	lang?: keyof Msg;
	areaUnit?: AreaUnit;
}

/** The register's columns, headed as the importer reads them, in `lang`: the CSV's and the XLSX sheet's. */
export function registerColumns({ lang = 'zh', areaUnit = 'm2' }: RegisterCsvOptions = {}): CsvColumn<Compound>[] {
	const zh = lang === 'zh';
	const yes = (b: boolean) => (zh ? (b ? '是' : '否') : b ? 'yes' : 'no');
	// Rounded to 0.01 m², the precision registers keep, so 1244.045 万 m² does not print as 12440449.999999998.
	const area =
		areaUnit === 'm2'
			? { header: zh ? '面积（平方米）' : 'area_m2', value: (c: Compound) => Math.round(c.area * 1e6) / 100 }
			: { header: zh ? '面积（万平方米）' : 'area_wan_m2', value: (c: Compound) => Math.round(c.area * 1e6) / 1e6 };
	return [
		{ header: zh ? '小区名称' : 'name', value: (c) => c.name },
		{ header: zh ? '镇/街道' : 'street', value: (c) => c.street },
		{ header: zh ? '社区' : 'community', value: (c) => c.community },
		{ header: zh ? '物业类型' : 'tier', value: (c) => TIER_LABEL[c.tier][lang] },
		area,
		{ header: zh ? '户数' : 'households', value: (c) => c.households },
		{ header: zh ? '业主委员会' : 'owners_committee', value: (c) => yes(c.committee) },
		{ header: zh ? '是否达标' : 'meets_standard', value: (c) => yes(c.standard) },
		{ header: zh ? '封闭情况' : 'enclosure', value: (c) => ENCLOSURE_LABEL[c.enclosure][lang] }
	];
}

export function registerCsv(register: readonly Compound[], options: RegisterCsvOptions = {}): string {
	return writeCsv(register, registerColumns(options));
}
