/**
 * Registers the service worker that keeps the workbench usable offline — after the planner's figures are on
 * screen, not at the page's `load` as Kit would. Installing it fetches and caches every file of the site on a
 * thread of its own; on a two-core laptop that work, started at `load`, took the CPU the first screen needed.
 * Idempotent: the workbench calls it five seconds after its scenario is open (the planner's first edits are
 * written meanwhile without the install's fetching and caching beside them), every page's layout four seconds
 * after mount.
 */
import { base } from '$app/paths';

let registered = false;

export function registerServiceWorker(): void {
	if (registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	registered = true;
	void navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => {
		registered = false; // refused (a private window, a policy): the next call tries again
	});
}
