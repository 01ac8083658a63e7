/**
 * What counts as English prose on a Chinese screen: after removing what may stay Latin — parameter keys and
 * cell names (basic_collection_y1), formulas (=quasi_subsidy_y1/2), units (m², 万 m²), numbers, file formats,
 * key names, and the bilingual scenario names — any run of two or more Latin words left over.
 */
const ALLOWED: RegExp[] = [
	/=[^\s，。；、]+/g, // a formula as written
	/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\.\w+)*\b/g, // parameter keys, cell names, output names
	/\b(?:Ctrl|Shift|Alt|Cmd)\+\S+/g, // key names
	/\bUTF-(?:8|16)(?: ?(?:BOM|LE|BE))?|\bGBK \/ GB18030\b/g, // encodings as the file says them
	/\b(?:CSV|JSON|XLSX|PDF|A4|WPS|Excel|HyperFormula)\b/g,
	/[^\s“”"]+\.(?:json|xlsx|csv)\b/gi, // file names
	/\b(?:yes\/no|true\/false|Y\/N)\b/g, // values a cell may hold, quoted in a message
	/\b(?:SUM|ROUND|IF|MIN|MAX|AVERAGE)\b/g
];

export function englishRuns(text: string, allowedNames: string[] = []): string[] {
	let s = text;
	for (const name of allowedNames) s = s.split(name).join(' ');
	for (const re of ALLOWED) s = s.replace(re, ' ');
	s = s.replace(/m²/g, ' ').replace(/\S*\d\S*/g, ' '); // units, numbers and tokens with digits (P5, y2, §七)
	const runs: string[] = [];
	// Latin words separated only by spaces or light punctuation, no CJK between them.
	for (const m of s.matchAll(/[A-Za-z][A-Za-z'’]*(?:[\s,.;:!?()“”"'&/–—-]+[A-Za-z][A-Za-z'’]*)+/g)) {
		const words = m[0].match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
		// Single letters are the scenarios' letters A–D and the like, not words.
		if (words.filter((w) => w.length > 1).length >= 2) runs.push(m[0].replace(/\s+/g, ' ').trim());
	}
	return runs;
}
