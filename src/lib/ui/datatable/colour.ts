/**
 * The heatmap's colour scale (ColorBrewer's sequential YlGnBu: pale for low, deep blue for high, readable in
 * grey and by the colour-blind) and the text colour for a cell: black or white, whichever contrasts more
 * (WCAG's relative luminance), so every value on a cell passes AA.
 */
type RGB = [number, number, number];
const STOPS: RGB[] = [
	[255, 255, 217],
	[199, 233, 180],
	[65, 182, 196],
	[34, 94, 168],
	[8, 29, 88]
];

/** The colour at t in 0…1 (clamped). */
export function colourAt(t: number): RGB {
	const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
	const i = Math.min(STOPS.length - 2, Math.floor(x));
	const f = x - i;
	return STOPS[i].map((c, k) => Math.round(c + (STOPS[i + 1][k] - c) * f)) as RGB;
}

export const css = ([r, g, b]: RGB) => `rgb(${r}, ${g}, ${b})`;

/** The scale as a CSS gradient (the legend). */
export const gradient = () => `linear-gradient(to right, ${STOPS.map((c) => css(c)).join(', ')})`;

function luminance([r, g, b]: RGB): number {
	const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Black or white text on this background: the one with the higher contrast ratio. */
export function textOn(bg: RGB): string {
	const l = luminance(bg);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

/** Where x sits between lo and hi (0.5 when the table is flat). */
export const position = (x: number, lo: number, hi: number) => (hi > lo ? (x - lo) / (hi - lo) : 0.5);

/** The smallest and largest finite value of a table. */
export function extent(values: number[][]): [number, number] {
	let lo = Infinity,
		hi = -Infinity;
	for (const row of values)
		for (const x of row)
			if (Number.isFinite(x)) {
				lo = Math.min(lo, x);
				hi = Math.max(hi, x);
			}
	return lo <= hi ? [lo, hi] : [0, 0];
}
