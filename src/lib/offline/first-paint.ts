/**
 * Where the first paint is kept in this browser (localStorage: read synchronously by static/first-paint.js before
 * any module has loaded). Its names are repeated in that script, which cannot import them.
 */
export const PICTURE = 'firstPaint';
/** The scenario this browser opens next, mirrored from the library: a picture of another one is not shown. */
export const OPENED = 'firstPaint.open';

/** What is kept: the workbench as it last looked, for this build and language, at this height on the page. */
export interface Picture {
	/** The build (Kit's `version`): another build's markup or styles may differ, and its figures too. */
	v: string;
	id: string;
	lang: 'zh' | 'en';
	/** The workbench's distance from the top of the page, and the header's height, in CSS pixels. */
	top: number;
	head: number;
	html: string;
}

/**
 * The library will reopen `id` (it wrote that to IndexedDB): mirrored here, where the first paint can read it.
 * A full or refused localStorage (or none, in tests) costs the next open its picture, nothing else.
 */
export function mirrorOpened(id: string) {
	try {
		localStorage.setItem(OPENED, id);
	} catch {
		/* no picture next time */
	}
}

/** `id` is gone for good (purged): nothing of it is shown at the next open. */
export function forgetOpened(id: string) {
	try {
		if (localStorage.getItem(OPENED) === id) localStorage.removeItem(OPENED);
	} catch {
		/* nothing kept to forget */
	}
}
