/**
 * The single change of one cell that meets a target: the value nearest the cell's own, within its valid range,
 * at which the (pass/fail) target is met. Method: a grid over the range (every whole number for a whole-number
 * cell of at most 400 steps, else 33 points), the passing point nearest the current value, then bisection
 * between it and the failing point on the current value's side. The value is rounded to 6 significant digits
 * when that still passes. A pass/fail region narrower than a grid step can be missed; the model's rates are
 * monotone in each single cell in practice.
 */
export function seekCell(
	meetsAt: (x: number) => boolean,
	x0: number,
	lo: number,
	hi: number,
	integer: boolean
): number | null {
	const grid =
		integer && hi - lo <= 400
			? Array.from({ length: hi - lo + 1 }, (_, k) => lo + k)
			: Array.from({ length: 33 }, (_, k) => (k === 32 ? hi : lo + ((hi - lo) * k) / 32)).map((x) =>
					integer ? Math.round(x) : x
				);
	let best: number | null = null;
	for (const g of grid) if (meetsAt(g) && (best === null || Math.abs(g - x0) < Math.abs(best - x0))) best = g;
	if (best === null) return null;
	// The failing end: the grid point next to `best` towards x0, or x0 itself when it lies closer.
	const up = x0 > best;
	const towards = grid.filter((g) => (up ? g > best! : g < best!));
	let fail = towards.length ? (up ? towards[0] : towards[towards.length - 1]) : x0;
	if (up ? x0 < fail : x0 > fail) fail = x0;
	let pass = best;
	for (let k = 0; k < 30; k++) {
		if (integer && Math.abs(pass - fail) <= 1) break;
		const mid = integer ? Math.round((pass + fail) / 2) : (pass + fail) / 2;
		if (mid === pass || mid === fail) break;
		if (meetsAt(mid)) pass = mid;
		else fail = mid;
	}
	if (integer) return pass;
	// Rounded away from the failing side, so the printed value still meets the target.
	const r = roundAway(pass, fail);
	return meetsAt(r) && r >= lo && r <= hi ? r : pass;
}

function roundAway(pass: number, fail: number): number {
	if (pass === 0) return 0;
	const e = Math.pow(10, Math.floor(Math.log10(Math.abs(pass))) - 5);
	const r = pass > fail ? Math.ceil(pass / e - 1e-9) * e : Math.floor(pass / e + 1e-9) * e;
	return Number(r.toPrecision(12));
}
