/**
 * The name a planner signs notes with: set once, kept in this browser (localStorage), never sent anywhere.
 * A browser that refuses storage (private mode) just asks again next time.
 */
const KEY = 'donghe.noteAuthor';

export function savedAuthor(): string {
	try {
		return localStorage.getItem(KEY) ?? '';
	} catch {
		return '';
	}
}

export function saveAuthor(name: string): void {
	try {
		localStorage.setItem(KEY, name.trim());
	} catch {
		// Not kept: the editor asks again next time.
	}
}
