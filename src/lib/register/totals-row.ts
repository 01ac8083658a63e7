/**
 * A totals row at the foot (or head) of a WPS/Excel register — "合计", "总计", "小计", "Total" in one of its first
 * cells — is not a compound: it is recognised and skipped, and the import notes it once, instead of reporting
 * every empty column of it as a problem.
 */
const WORDS = /^(合\s*计|总\s*计|小\s*计|共\s*计|总\s*数|total|totals|grand total|sum)\s*[:：]?$/i;

export function isTotalsRow(cells: readonly string[]): boolean {
	const first = cells.filter((c) => c.trim() !== '').slice(0, 3);
	return first.some((c) => WORDS.test(c.trim()));
}
