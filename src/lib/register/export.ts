/**
 * A register back out as CSV, with headers and codes the importer reads (so export → import round-trips),
 * for the planner's edits and for the benchmark's 100,000-row file.
 */
import { t } from '../i18n';
import { TIER_LABEL } from '../model/catalogue';
import { writeCsv, type CsvColumn } from './csv';
import { ENCLOSURE_LABEL, type AreaUnit, type Compound, type Msg } from './types';

export interface RegisterCsvOptions {
	lang?: keyof Msg;
	areaUnit?: AreaUnit;
}

/** The register's columns, headed as the importer reads them, in `lang`: the CSV's and the XLSX sheet's. */
export function registerColumns({ lang = 'zh', areaUnit = 'm2' }: RegisterCsvOptions = {}): CsvColumn<Compound>[] {
	const yes = (b: boolean) => t(lang, b ? 'register.csv.yes' : 'register.csv.no');
	// Rounded to 0.01 m², the precision registers keep, so 1244.045 万 m² does not print as 12440449.999999998.
	const area =
		areaUnit === 'm2'
			? { header: t(lang, 'register.csv.areaM2'), value: (c: Compound) => Math.round(c.area * 1e6) / 100 }
			: { header: t(lang, 'register.csv.areaWan'), value: (c: Compound) => Math.round(c.area * 1e6) / 1e6 };
	return [
		{ header: t(lang, 'register.csv.name'), value: (c) => c.name },
		{ header: t(lang, 'register.csv.street'), value: (c) => c.street },
		{ header: t(lang, 'register.csv.community'), value: (c) => c.community },
		{ header: t(lang, 'register.csv.tier'), value: (c) => TIER_LABEL[c.tier][lang] },
		area,
		{ header: t(lang, 'register.csv.households'), value: (c) => c.households },
		{ header: t(lang, 'register.csv.committee'), value: (c) => yes(c.committee) },
		{ header: t(lang, 'register.csv.standard'), value: (c) => yes(c.standard) },
		{ header: t(lang, 'register.csv.enclosure'), value: (c) => ENCLOSURE_LABEL[c.enclosure][lang] }
	];
}

export function registerCsv(register: readonly Compound[], options: RegisterCsvOptions = {}): string {
	return writeCsv(register, registerColumns(options));
}
