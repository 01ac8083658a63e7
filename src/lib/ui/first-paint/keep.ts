/**
 * The first paint of the next open: a still picture of the workbench, kept in localStorage as the planner leaves
 * it, which static/first-paint.js shows before the page's scripts have loaded. It is a picture, not a screen:
 * nothing in it can be focused, clicked or found by role, so an edit typed while it shows waits for the live grid.
 */
import { version } from '$app/environment';
import { OPENED, PICTURE, type Picture } from '../../offline/first-paint';

const read = (key: string) => {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
};
const write = (key: string, value: string) => {
	try {
		localStorage.setItem(key, value);
	} catch {
		// A full or refused localStorage costs the next open its picture, nothing else.
	}
};

/**
 * A copy of `root` that looks the same and does nothing: the values typed in its fields, its charts as images
 * when `charts` (encoding them takes about 0.1 s, so only as the page is left); no id, role, label, link or tab
 * stop (a test or a screen reader must find the live page, never the picture).
 */
export function picture(root: HTMLElement, charts: boolean): string {
	// Copied into a document of its own: nothing in it loads (the charts' images) or runs on this page.
	const doc = document.implementation.createHTMLDocument('');
	const copy = doc.importNode(root, true);
	const from = root.querySelectorAll('input, select, textarea, canvas');
	const to = copy.querySelectorAll('input, select, textarea, canvas');
	from.forEach((el, i) => {
		const c = to[i];
		if (el instanceof HTMLInputElement) {
			if (el.type === 'checkbox' || el.type === 'radio') c.toggleAttribute('checked', el.checked);
			else c.setAttribute('value', el.value);
		} else if (el instanceof HTMLTextAreaElement) c.textContent = el.value;
		else if (el instanceof HTMLSelectElement)
			c.querySelectorAll('option').forEach((o, j) => o.toggleAttribute('selected', j === el.selectedIndex));
		else if (el instanceof HTMLCanvasElement) {
			const img = doc.createElement('img');
			img.className = el.className;
			img.setAttribute('style', el.getAttribute('style') ?? '');
			img.alt = '';
			try {
				if (charts && el.width && el.height) img.src = el.toDataURL('image/webp', 0.7);
			} catch {
				// A tainted canvas: left blank.
			}
			c.replaceWith(img);
		}
	});
	for (const el of [copy, ...copy.querySelectorAll('*')]) {
		for (const a of [...el.attributes]) {
			if (/^(id|role|tabindex|name|for|href|contenteditable|aria-.*|data-testid)$/.test(a.name))
				el.removeAttribute(a.name);
			// data-kpi becomes data-fp-kpi: what looks for the live page's attributes waits for the live page.
			else if (a.name.startsWith('data-')) {
				el.removeAttribute(a.name);
				el.setAttribute(`data-fp-${a.name.slice(5)}`, a.value);
			}
		}
		// Disabled, so that a locator finding it waits for the live one; styled as it was (first-paint.css).
		if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName) && !el.hasAttribute('disabled')) {
			el.setAttribute('disabled', '');
			el.classList.add('fp-off');
		}
	}
	return copy.outerHTML;
}

/**
 * Keeps the picture of `root` up to date while it shows scenario `id()`: a second after it last changed, and with
 * its charts as the page is hidden or left. Only the scenario the library reopens is kept (another tab may have
 * opened another since). Returns the function that stops watching.
 */
export function keepFirstPaint(root: HTMLElement, now: () => { id: string | null; lang: 'zh' | 'en' }): () => void {
	let timer = 0;
	// The picture goes as soon as the workbench changes, and comes back once it has settled: a page killed
	// between an edit and the next picture opens without one, never on figures from before the edit.
	let kept = true;
	let changes = 0;
	const changed = () => {
		changes++;
		if (kept) {
			kept = false;
			try {
				localStorage.removeItem(PICTURE);
			} catch {
				/* nothing kept */
			}
		}
		later();
	};
	const save = (charts: boolean) => {
		clearTimeout(timer);
		const { id, lang } = now();
		if (!id || read(OPENED) !== id || !root.isConnected) return;
		const head = document.querySelector('body header');
		const pic: Picture = {
			v: version,
			id,
			lang,
			top: Math.round(root.getBoundingClientRect().top + scrollY),
			head: Math.round(head?.getBoundingClientRect().height ?? 0),
			html: picture(root, charts)
		};
		write(PICTURE, JSON.stringify(pic));
		kept = true;
	};
	// While the planner works: in idle time, without the charts (a page killed opens without them), and only if
	// nothing changed since the second of quiet (an edit just typed is not in a picture before it is saved).
	const later = () => {
		clearTimeout(timer);
		timer = window.setTimeout(() => {
			const at = changes;
			requestIdleCallback(() => at === changes && save(false));
		}, 1000);
	};
	const left = () => save(true);
	const hidden = () => document.visibilityState === 'hidden' && left();
	const seen = new MutationObserver(changed);
	seen.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
	document.addEventListener('visibilitychange', hidden);
	addEventListener('pagehide', left);
	later();
	return () => {
		seen.disconnect();
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', hidden);
		removeEventListener('pagehide', left);
	};
}
