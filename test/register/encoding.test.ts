import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/register/decode';
import { importCsv } from '../../src/lib/register/import';
import { fixture, utf8, withBom } from './helpers';

const zhText = new TextDecoder().decode(fixture('register-zh.utf8.csv'));

describe('encodings', () => {
	it.each([
		['UTF-8', utf8(zhText), 'utf-8'],
		['UTF-8 with BOM', withBom(zhText), 'utf-8-bom'],
		['GB18030 (iconv)', fixture('register-zh.gb18030.csv'), 'gb18030'],
		[
			'UTF-16LE with BOM',
			new Uint8Array([0xff, 0xfe, ...Buffer.from(zhText.replace(/,/g, '\t'), 'utf16le')]),
			'utf-16le'
		]
	])('imports a Chinese-headed register saved as %s', (_, bytes, encoding) => {
		const res = importCsv(bytes);
		expect(res.source?.encoding).toBe(encoding);
		if (!res.ok) throw new Error(res.problems.map((p) => p.message.en).join('\n'));
		expect(res.areaUnitDetected).toBe('wan_m2');
		expect(res.register.map((c) => [c.name, c.tier, c.area, c.committee, c.standard, c.enclosure])).toEqual([
			['示例小区 001 (synthetic)', 'market', 12.5, true, true, 'enclosed'],
			['示例小区 002 (synthetic)', 'quasi', 3.25, false, true, 'unenclosed'],
			['示例小区 003 (synthetic)', 'basic', 1.75, true, false, 'single'],
			['示例小区 004 (synthetic)', 'self', 0.5, false, false, 'unenclosed']
		]);
		expect(res.register[2].households).toBeNull();
		expect(res.register[0].street).toBe('示例街道 01 (synthetic)');
	});

	it('decodes GBK bytes to the same text as the UTF-8 original', () => {
		const d = decodeBytes(fixture('register-zh.gb18030.csv'));
		expect(d).toEqual({ ok: true, text: zhText, encoding: 'gb18030' });
	});

	it('reports plain ASCII as UTF-8 and keeps the BOM out of the first header', () => {
		expect(decodeBytes(utf8('name,tier'))).toMatchObject({ ok: true, encoding: 'utf-8' });
		expect(decodeBytes(withBom('name,tier'))).toMatchObject({ ok: true, text: 'name,tier', encoding: 'utf-8-bom' });
	});

	it('refuses bytes that are neither UTF-8 nor GB18030, saying how to save the file', () => {
		const res = importCsv(new Uint8Array([0x61, 0x2c, 0x81, 0x20, 0x0a]));
		expect(res.ok).toBe(false);
		if (!res.ok) expect(res.problems[0].message.en).toMatch(/neither UTF-8 nor GBK\/GB18030/);
	});
});
