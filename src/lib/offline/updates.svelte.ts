/**
 * Watches for a new version of the workbench and applies it only when asked (announced, not
 * forced). The browser checks for a new service worker on each visit; a tab left open all day also asks
 * every hour and whenever it comes back into view. A new version that has installed WAITS, and `state`
 * says so; `apply()` tells it to take over and reloads this tab once it has. If another tab applies it,
 * this tab is not reloaded under the planner's hands: it only learns that a new version is now active.
 */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** `waiting`: installed, not yet in charge. `active`: another tab switched to it; this page is the old one. */
export type UpdateState = 'none' | 'waiting' | 'active' | 'reloading';

export class UpdateWatcher {
	state = $state<UpdateState>('none');
	#reg: ServiceWorkerRegistration | null = null;
	#asked = false;
	#stop: (() => void)[] = [];

	/** Starts watching; returns the function that stops. Does nothing where service workers are unavailable. */
	start(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): () => void {
		if (!container) return () => {};
		// The page may open before the worker has ever installed: `ready` waits for an active one.
		void container.ready.then((reg) => this.#watch(container, reg));
		return () => this.#stop.splice(0).forEach((f) => f());
	}

	#watch(container: ServiceWorkerContainer, reg: ServiceWorkerRegistration) {
		this.#reg = reg;
		let controlled = !!container.controller;
		if (reg.waiting && controlled) this.state = 'waiting';
		if (reg.installing) this.#follow(reg.installing, container);
		this.#on(reg, 'updatefound', () => reg.installing && this.#follow(reg.installing, container));
		this.#on(container, 'controllerchange', () => {
			// The first install claiming this page is not an update; a later change is.
			if (!controlled) return void (controlled = true);
			if (this.#asked) location.reload();
			else this.state = 'active';
		});
		const check = () => void reg.update().catch(() => {}); // offline: try again later
		const timer = setInterval(check, CHECK_EVERY_MS);
		this.#stop.push(() => clearInterval(timer));
		this.#on(document, 'visibilitychange', () => document.visibilityState === 'visible' && check());
	}

	#follow(worker: ServiceWorker, container: ServiceWorkerContainer) {
		const seen = () => {
			// "installed" with a controller present means it waits for us; without one it is the first install.
			if (worker.state === 'installed' && container.controller) this.state = 'waiting';
		};
		seen();
		worker.addEventListener('statechange', seen);
		this.#stop.push(() => worker.removeEventListener('statechange', seen));
	}

	#on(target: EventTarget, type: string, f: () => void) {
		target.addEventListener(type, f);
		this.#stop.push(() => target.removeEventListener(type, f));
	}

	/** Lets the waiting version take over, then reloads (the reload happens on `controllerchange`). */
	apply() {
		const waiting = this.#reg?.waiting;
		this.state = 'reloading';
		this.#asked = true;
		if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
		else location.reload(); // already active (another tab applied it): a plain reload picks it up
	}
}

/**
 * Is the planner in the middle of typing? An open cell editor, or a text field with focus: reloading now
 * would throw away what they typed, so the banner asks them to finish first.
 */
export function editInProgress(doc: Document = document): boolean {
	// The grid's keyboard field (`.sink`, where input methods compose) is always there; only text in it counts.
	if (doc.querySelector('[role="grid"] input:not(.sink), [role="gridcell"] input:not(.sink)')) return true;
	const el = doc.activeElement;
	if (!(el instanceof HTMLElement)) return false;
	if (el instanceof HTMLInputElement && el.classList.contains('sink')) return el.value !== '';
	return (
		el.isContentEditable ||
		el instanceof HTMLTextAreaElement ||
		(el instanceof HTMLInputElement &&
			!['button', 'submit', 'checkbox', 'radio', 'file', 'range', 'color'].includes(el.type))
	);
}
