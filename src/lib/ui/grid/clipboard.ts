/**
 * Tab-separated blocks as Excel and WPS put them on the clipboard: rows end in CRLF (or LF), a trailing line
 * break, cells with tabs, quotes or line breaks quoted with doubled quotes.
 */
export function toTsv(block: string[][]): string {
	return (
		block.map((r) => r.map((c) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n') +
		'\r\n'
	);
}

export function fromTsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === '\t') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			{
				row.push(cell);
				rows.push(row);
				row = [];
				cell = '';
			}
		} else cell += ch;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
