/** a download's file name from a scenario's name is one Windows, macOS and Linux all accept. */
import { describe, expect, it } from 'vitest';
import { MAX_STEM, safeFileName } from '../../src/lib/io/file-name';

describe('safeFileName', () => {
	const cases: [string, string][] = [
		['东河区 改名后', '东河区 改名后.xlsx'],
		['补贴/退坡: 2023?', '补贴_退坡_ 2023_.xlsx'],
		['a\\b*c"d<e>f|g', 'a_b_c_d_e_f_g.xlsx'],
		['tab\there\nnewline\u0007bell', 'tabherenewlinebell.xlsx'],
		['  padded name...  ', 'padded name.xlsx'],
		['invoice\u202Excod.exe', 'invoicexcod.exe.xlsx'], // a right-to-left override would show it as …exe.docx
		['CON', '_CON.xlsx'],
		['nul.txt', '_nul.txt.xlsx'],
		['', 'scenario.xlsx'],
		['\u0000\u0001', 'scenario.xlsx'],
		['???', 'scenario.xlsx'],
		['...', 'scenario.xlsx'],
		['=HYPERLINK("http://x","y")', '=HYPERLINK(_http___x_,_y_).xlsx']
	];
	for (const [name, expected] of cases)
		it(`${JSON.stringify(name)} → ${JSON.stringify(expected)}`, () => {
			expect(safeFileName(name, 'xlsx')).toBe(expected);
		});

	it(`caps the name at ${MAX_STEM} characters, never splitting one`, () => {
		const out = safeFileName('东'.repeat(150) + '😀'.repeat(10), 'json');
		expect(out).toBe(`${'东'.repeat(100)}.json`);
		const emoji = safeFileName('😀'.repeat(150), 'json');
		expect([...emoji.replace(/\.json$/, '')]).toHaveLength(100);
		expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no lone high surrogate
	});

	it('uses the given fallback for a name with nothing left', () => {
		expect(safeFileName('///', 'csv', 'register')).toBe('register.csv');
	});
});
