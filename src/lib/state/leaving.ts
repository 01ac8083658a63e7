/**
 * Leaving the page: the browser asks first while something would be lost (`beforeunload`), and hiding or
 * leaving the page (`pagehide`, `visibilitychange`) tries refused writes once more. Journal rows are written
 * as edits are accepted, so nothing else needs flushing.
 */
export function watchLeaving(unsafe: () => boolean, flush: () => void) {
	if (typeof window === 'undefined') return;
	window.addEventListener('beforeunload', (e) => {
		if (!unsafe()) return;
		e.preventDefault();
		e.returnValue = '';
	});
	window.addEventListener('pagehide', flush);
	document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
}
