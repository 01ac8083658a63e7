/** The correlation editor's rules: symmetric pairs, what a cell accepts, and readable heat colours (AA). */
import { expect, test } from 'vitest';
import { heat, parseRho, rhoOf, setPair } from '../../src/lib/ui/montecarlo/correlation-edit';

const lum = (rgb: number[]) => {
	const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
};
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test('a pair is held once whichever way round it is edited; empty or 0 removes it', () => {
	let list = setPair([], 'basic_collection', 'quasi_collection', 0.6);
	list = setPair(list, 'quasi_collection', 'basic_collection', -0.3);
	expect(list).toEqual([{ a: 'basic_collection', b: 'quasi_collection', rho: -0.3 }]);
	expect(rhoOf(list, 'quasi_collection', 'basic_collection')).toBe(-0.3);
	expect(setPair(list, 'quasi_collection', 'basic_collection', null)).toEqual([]);
	expect(setPair(list, 'basic_collection', 'quasi_collection', 0)).toEqual([]);
});

test('a cell takes −1 … 1 as typed by a planner (− sign, full-width digits); anything else is refused', () => {
	expect(parseRho('0.8')).toBe(0.8);
	expect(parseRho('−0.5')).toBe(-0.5);
	expect(parseRho('０．３')).toBe(0.3);
	expect(parseRho(' ')).toBe(null);
	for (const bad of ['1.2', '-1.01', 'abc', '0.5%', '=A1']) expect(parseRho(bad)).toBe('bad');
});

test('every heat colour keeps its text at 4.5:1 or more; negative is blue, positive red', () => {
	for (let r = -1; r <= 1.0001; r += 0.01) {
		const { bg, fg } = heat(r);
		const rgb = bg.match(/\d+/g)!.map(Number);
		const text = fg === '#000' ? 0 : 1;
		expect(contrast(lum(rgb), text)).toBeGreaterThanOrEqual(4.5);
	}
	const [rn, , bn] = heat(-0.7).bg.match(/\d+/g)!.map(Number);
	const [rp, , bp] = heat(0.7).bg.match(/\d+/g)!.map(Number);
	expect(bn).toBeGreaterThan(rn);
	expect(rp).toBeGreaterThan(bp);
	expect(heat(null).bg).toBe('rgb(255,255,255)');
});
