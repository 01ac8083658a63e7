/**
 * LibreOffice headless as a neutral reader of our workbooks. Each run gets a private profile that tells Calc to
 * recalculate XLSX files on load (OOXMLRecalcMode 0): its default is "never", which would only echo our cached
 * values back.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

export const hasSoffice = spawnSync('soffice', ['--version'], { timeout: 30_000 }).status === 0;

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
/** UTF-8, comma-separated, every sheet (-1), values not as shown. */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export function workDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
	mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
	writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
	return dir;
}

/** Converts files in one soffice start (it takes seconds), into `outdir`. */
export function convert(dir: string, to: string, files: string[], outdir: string): void {
	const r = spawnSync(
		'soffice',
		[
			`-env:UserInstallation=file://${join(dir, 'profile')}`,
			'--headless',
			'--convert-to',
			to,
			...files,
			'--outdir',
			outdir
		],
		{ timeout: 60_000, encoding: 'utf8' }
	);
	if (r.status !== 0) throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr}`);
}

export function readCsv(path: string): string[][] {
	return Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: false }).data;
}

/** A CSV figure as a number: LibreOffice keeps the % of percent-formatted cells. */
export function csvNumber(s: string): number {
	return s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
}
