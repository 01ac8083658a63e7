/**
 * Paints a data table's heatmap on a canvas: one rectangle per point (x: the column input, y: the row input,
 * low values at the bottom as on a chart; a one-input table is one band along x), the values written in when
 * a cell is wide enough, tick labels, axis titles, and the scenario's own point outlined.
 */
import { css, textOn } from './colour';

type RGB = [number, number, number];
export interface HeatmapModel {
	/** x: the columns' (or the one input's) values as labels; y: the rows' (empty for one input). */
	x: string[];
	y: string[];
	xTitle: string;
	yTitle: string;
	/** fill(i, j): row i (y), column j (x); one input: i = 0. */
	fill: (i: number, j: number) => RGB;
	text: (i: number, j: number) => string;
	own: { i: number; j: number } | null;
}

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

export function drawHeatmap(ctx: CanvasRenderingContext2D, width: number, height: number, m: HeatmapModel): void {
	const nx = m.x.length;
	const ny = Math.max(1, m.y.length);
	const left = m.y.length ? 78 : 12;
	const top = 8;
	const bottom = 46;
	const right = 10;
	const w = (width - left - right) / nx;
	const h = (height - top - bottom) / ny;
	ctx.clearRect(0, 0, width, height);
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	const fontPx = Math.max(9, Math.min(12, Math.floor(w / 4.6)));
	ctx.font = `${fontPx}px ${FONT}`;
	const writeValues = w >= 34 && h >= 14;
	// Row i = 0 is the lowest row value: drawn at the bottom, as a chart's y axis rises.
	const yOf = (i: number) => top + (ny - 1 - i) * h;
	for (let i = 0; i < ny; i++)
		for (let j = 0; j < nx; j++) {
			const bg = m.fill(i, j);
			ctx.fillStyle = css(bg);
			ctx.fillRect(left + j * w, yOf(i), Math.ceil(w), Math.ceil(h));
			if (writeValues) {
				ctx.fillStyle = textOn(bg);
				ctx.fillText(m.text(i, j), left + (j + 0.5) * w, yOf(i) + h / 2);
			}
		}
	if (m.own) {
		const x = left + m.own.j * w;
		const y = yOf(m.own.i);
		ctx.lineWidth = 3;
		ctx.strokeStyle = '#d6006f';
		ctx.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
		ctx.lineWidth = 1;
		ctx.strokeStyle = '#fff';
		ctx.strokeRect(x + 3.5, y + 3.5, Math.max(0, w - 7), Math.max(0, h - 7));
	}
	// Tick labels: every one when they fit, else every k-th (always the first and the last).
	ctx.fillStyle = '#1f2933';
	ctx.font = `11px ${FONT}`;
	const kx = Math.max(1, Math.ceil(52 / w));
	for (let j = 0; j < nx; j++)
		if (j % kx === 0 || j === nx - 1) ctx.fillText(m.x[j], left + (j + 0.5) * w, height - bottom + 10);
	ctx.textAlign = 'right';
	const ky = Math.max(1, Math.ceil(14 / h));
	for (let i = 0; i < m.y.length; i++)
		if (i % ky === 0 || i === m.y.length - 1) ctx.fillText(m.y[i], left - 5, yOf(i) + h / 2);
	ctx.textAlign = 'center';
	ctx.font = `12px ${FONT}`;
	ctx.fillText(m.xTitle, left + (width - left - right) / 2, height - 12);
	if (m.y.length) {
		ctx.save();
		ctx.translate(12, top + (height - top - bottom) / 2);
		ctx.rotate(-Math.PI / 2);
		ctx.fillText(m.yTitle, 0, 0);
		ctx.restore();
	}
}
