/**
 * No two scenarios in the library share a name: a name already taken becomes "name (2)",
 * then "(3)" …; a name that already ends in "(n)" counts on from its stem, so importing "A (2)" next to it
 * gives "A (3)", not "A (2) (2)".
 */
export function uniqueName(name: string, taken: Iterable<string>): string {
	const used = new Set([...taken].map((n) => n.trim()));
	const wanted = name.trim();
	if (!used.has(wanted)) return wanted;
	const stem = wanted.replace(/\s*\(\d+\)$/, '');
	for (let n = 2; ; n++) {
		const candidate = `${stem} (${n})`;
		if (!used.has(candidate)) return candidate;
	}
}
