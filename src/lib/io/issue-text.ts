/**
 * How a refused value is named in an issue: its path as in the file, and the value itself, shortened. One place
 * for the scenario reader and the store's checks of backups and fund-use inputs.
 */

/** `scenarios[2]`, `.doc`, `["街道 A"]`: one step of a path, as JavaScript would write it. */
export function pathKey(key: unknown, first: boolean): string {
	if (typeof key === 'number') return `[${key}]`;
	const s = String(key);
	return /^[A-Za-z_$][\w$]*$/.test(s) ? `${first ? '' : '.'}${s}` : `[${JSON.stringify(s)}]`;
}

/** A value as JSON, at most 60 characters; `nothing` for a missing one. */
export function show(x: unknown): string {
	if (x === undefined) return 'nothing';
	let s: string;
	try {
		s = JSON.stringify(x) ?? String(x);
	} catch {
		return Array.isArray(x) ? 'a deeply nested list' : 'a deeply nested value'; // stack overflow in stringify
	}
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
