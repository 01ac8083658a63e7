import { expect, test } from 'vitest';
import { describe } from '../../src/lib/io/read-error';
import { importXlsx } from '../../src/lib/io/xlsx/import-xlsx';
import { zeros } from '../hostile/helpers';
import { deflated, exported, loadScenario, zipOf } from './helpers';

const WORKBOOK = deflated('xl/workbook.xml', '<workbook/>');

async function refusal(bytes: Uint8Array): Promise<string> {
	const r = await importXlsx(bytes);
	expect(r.ok).toBe(false);
	return r.ok ? '' : r.errors.map(describe).join('\n');
}

test('a zip bomb (200 MB of zeros in one entry) is refused from its directory, before anything is unpacked', async () => {
	const bomb = zipOf([WORKBOOK, await zeros('xl/worksheets/sheet1.xml', 200)]);
	expect(bomb.length).toBeLessThan(1_000_000);
	const t0 = performance.now();
	expect(await refusal(bomb)).toMatch(
		/^\(file\): the archive would unpack to 210 MB \(at most 50 MB\): refused as a possible zip bomb; nothing was read$/
	);
	expect(performance.now() - t0).toBeLessThan(500); // not inflated: 200 MB would take seconds
});

test('a bomb that lies about its size is caught while streaming, not after', async () => {
	const liar = zipOf([WORKBOOK, await zeros('xl/worksheets/sheet1.xml', 20, 4000)]);
	expect(await refusal(liar)).toContain(
		'xl/worksheets/sheet1.xml: unpacks to more than its declared 4000 bytes: refused as a possible zip bomb'
	);
});

test('an archive that compresses 1000:1 under the size cap is refused for its ratio', async () => {
	expect(await refusal(zipOf([WORKBOOK, await zeros('xl/sharedStrings.xml', 20)]))).toMatch(
		/xl\/sharedStrings\.xml is compressed \d+:1 \(at most 100:1\)/
	);
});

test('an archive of thousands of entries is refused', async () => {
	const many = Array.from({ length: 1500 }, (_, i) => deflated(`xl/media/${i}.xml`, 'x'));
	expect(await refusal(zipOf([WORKBOOK, ...many]))).toContain('the archive holds 1501 files (at most 1000)');
});

test('a text file renamed .xlsx is not an XLSX file', async () => {
	const text = new TextEncoder().encode('name,value\nbasic_fee,0.3\n'.repeat(50));
	expect(await refusal(text)).toBe(
		'(file): not an XLSX file: an XLSX workbook is a zip archive, and this file is not one'
	);
	expect(await refusal(new Uint8Array())).toContain('not an XLSX file');
});

test('a zip that is not a workbook, and a truncated workbook, are refused with a reason', async () => {
	expect(await refusal(zipOf([deflated('word/document.xml', '<w/>')]))).toContain(
		'not an XLSX file: the archive holds no xl/workbook.xml'
	);
	const { doc, values } = loadScenario('plan-2022-2024.json');
	const { bytes } = await exported(doc, values);
	expect(await refusal(bytes.subarray(0, bytes.length - 100))).toContain('not an XLSX file');
	const damaged = bytes.slice();
	damaged.fill(0x55, 200, 260); // inside the first entry's compressed data
	expect(await refusal(damaged)).toMatch(/damaged|shorter than declared|not a readable XLSX/);
});

test('a well-formed XLSX that the workbench did not write is named as such', async () => {
	expect(await refusal(zipOf([deflated('[Content_Types].xml', '<Types/>'), WORKBOOK]))).toMatch(
		/not a readable XLSX file|was not exported by the workbench/
	);
});

test('the archive guard’s refusals are in Chinese on the planner’s screen (a bomb, a liar, not a zip at all)', async () => {
	const zh = async (bytes: Uint8Array) => {
		const r = await importXlsx(bytes);
		expect(r.ok).toBe(false);
		return r.ok ? '' : (r.errors[0].zh ?? '');
	};
	expect(await zh(zipOf([WORKBOOK, await zeros('xl/worksheets/sheet1.xml', 200)]))).toBe(
		'压缩包解压后将达 210 MB（最多 50 MB）：疑似压缩炸弹，已拒绝，未读取任何内容'
	);
	expect(await zh(zipOf([WORKBOOK, await zeros('xl/worksheets/sheet1.xml', 20, 4000)]))).toBe(
		'xl/worksheets/sheet1.xml：解压后超过其声明的 4000 字节：疑似压缩炸弹，已拒绝，未读取任何内容'
	);
	expect(await zh(new TextEncoder().encode('name,value\n'))).toBe(
		'不是 XLSX 文件：XLSX 工作簿是 zip 压缩包，而此文件不是'
	);
});
