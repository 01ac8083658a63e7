/**
 * The compound register: one row per compound, as the district housing bureau keeps it.
 * Everything here is plain data so it crosses a worker boundary and goes into IndexedDB as is.
 */
import type { Tier } from '../model/catalogue';
import type { WanM2 } from '../model/units';

/** §七 splits old compounds into single free-standing buildings, unenclosed and enclosed compounds. */
export const ENCLOSURES = ['single', 'unenclosed', 'enclosed'] as const;
export type Enclosure = (typeof ENCLOSURES)[number];
export const ENCLOSURE_LABEL: Record<Enclosure, Msg> = {
	single: { en: 'single building', zh: '单体独栋' },
	unenclosed: { en: 'unenclosed', zh: '未封闭' },
	enclosed: { en: 'enclosed', zh: '已封闭' }
};

export interface Compound {
	name: string;
	street: string;
	community: string;
	tier: Tier;
	/** Floor area in 万 m², whatever unit the file used. */
	area: WanM2;
	households: number | null;
	committee: boolean;
	standard: boolean;
	enclosure: Enclosure;
	/** The row of the file it came from (header = row 1 unless a title row sits above it). */
	row: number;
}

/** The unit the file's area header said it used. */
export type AreaUnit = 'm2' | 'wan_m2';

export type Encoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Msg {
	en: string;
	zh: string;
}

/** `row` is the 1-based file row (0 = the file as a whole); `column` is the header as written in the file. */
export interface Problem {
	row: number;
	column: string;
	message: Msg;
}

export interface Source {
	format: 'csv' | 'xlsx';
	/** CSV only: how the bytes were decoded. */
	encoding?: Encoding;
}

export type ImportResult =
	| {
			ok: true;
			register: Compound[];
			areaUnitDetected: AreaUnit;
			source: Source;
			headerRow: number;
			/** Rows left out on purpose (ImportOptions.exclude) that were in the file. */
			excluded: number[];
			/** Totals rows (合计/总计) recognised and skipped, noted once on screen. */
			totals?: number[];
	  }
	| { ok: false; problems: Problem[]; source?: Source };

export interface ImportOptions {
	/** File rows to leave out on purpose: the way past a problem without editing the file. */
	exclude?: readonly number[];
	/** Import even though some columns have headers this reader does not know (they are ignored). */
	ignoreUnknownColumns?: boolean;
	/** Stop listing problems after this many (a summary line says how many more). Default 1000. */
	maxProblems?: number;
	/** Told as each step starts (the workbook step of a 10⁶-row XLSX takes seconds): for a progress line. */
	onPhase?: (phase: ImportPhase) => void;
}

/** The steps of an import, in order: the archive's check (XLSX), reading the cells, checking the rows. */
export type ImportPhase = 'archive' | 'cells' | 'rows';

/** A file read into cells, before any meaning is given to them. `row` is the file row of each line. */
export interface RawTable {
	rows: { row: number; cells: string[] }[];
}

/** Guards against a file that would freeze the tab: far beyond any district's register. */
export const LIMITS = { bytes: 50 * 1024 * 1024, rows: 200_000, columns: 200 } as const;
