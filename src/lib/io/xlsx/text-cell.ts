/**
 * Formula injection: text from users (names, descriptions, notes) is written as a string cell, which
 * no spreadsheet evaluates on open. A string that begins like a formula also gets a leading `'` (OWASP's advice),
 * so it stays inert when a colleague re-types the cell or saves the sheet as CSV. The escape is reversible:
 * one `'` is added before any run of `'` followed by a trigger, and import removes exactly one.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function neutralise(text: string): string {
	return TRIGGER.test(text) ? `'${text}` : text;
}

export function restore(text: string): string {
	return ESCAPED.test(text) ? text.slice(1) : text;
}
