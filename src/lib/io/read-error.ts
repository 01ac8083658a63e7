/** A problem found in a scenario file: where (a JSON path, the parameter, the 1-based plan year) and what. */
export interface ReadError {
	/** e.g. `parameters.basic_fee.values[1]`, or `(file)` for the whole file. */
	path: string;
	param?: string;
	/** 1-based plan year, when the problem is in one year's cell. */
	year?: number;
	message: string;
}

export function describe(e: ReadError): string {
	return e.year !== undefined ? `${e.path} (${e.param}, year ${e.year}): ${e.message}` : `${e.path}: ${e.message}`;
}

/** The closest catalogue key, for "did you mean …?" (plain edit distance; keys are short). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const limit = Math.max(2, Math.floor(word.length / 3));
	const w = word.toLowerCase();
	let best: string | undefined;
	let bestD = Infinity;
	for (const c of candidates) {
		if (Math.abs(w.length - c.length) > limit) continue; // the distance is at least the length difference
		const d = distance(w, c);
		if (d < bestD) [best, bestD] = [c, d];
	}
	return bestD <= limit ? best : undefined;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}
