/** Small builders for register tests: registers as text, bytes in each encoding. */
import { readFileSync } from 'node:fs';
import { importCsv } from '../../src/lib/register/import';
import type { ImportOptions, Problem } from '../../src/lib/register/types';

export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

export const EN_HEADER = 'name,street,community,tier,area_m2,households,owners_committee,meets_standard,enclosure';
export const ZH_HEADER = '小区名称,镇/街道,社区,物业类型,面积（平方米）,户数,业主委员会,是否达标,封闭情况';

/** A valid English row; override cells by index to make it bad. */
export function enRow(i: number, over: Record<number, string> = {}): string {
	const cells = [
		`Compound ${i} (synthetic)`,
		'Street A (synthetic)',
		'Community 1 (synthetic)',
		'market',
		'25000',
		'300',
		'yes',
		'no',
		'enclosed'
	];
	for (const [k, v] of Object.entries(over)) cells[Number(k)] = v;
	return cells.join(',');
}

export function csv(lines: string[], opts?: ImportOptions) {
	return importCsv(utf8(lines.join('\n')), opts);
}

/** The problems of a failed import (fails the test if the import succeeded). */
export function problemsOf(res: ReturnType<typeof importCsv>): Problem[] {
	if (res.ok) throw new Error('expected problems, the import succeeded');
	return res.problems;
}
