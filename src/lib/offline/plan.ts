/**
 * What the service worker keeps, and how it answers each request (works with the network off).
 * Pure functions of the build's file lists, so the worker shell stays a few lines of event wiring.
 *
 * Two caches: `chunks` holds content-hashed files (`/_app/immutable/…`): the same URL always means the same
 * bytes, so it is shared by every version and an update downloads only what changed. `shell-<version>` holds
 * what has no hash in its name: the pages, the 200.html fallback, the manifest and icons, and the list of
 * chunks that version needs (to prune the shared cache later).
 */
export const CHUNKS = 'chunks';
export const SHELL_PREFIX = 'shell-';
/** A synthetic entry of each shell cache: the version's chunk list and when it became the active one. */
export const MANIFEST_PATH = '/__offline-manifest.json';

export interface BuildLists {
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
	version: string;
}

export interface Plan {
	shell: string;
	/** Pages and static files, fetched afresh (bypassing the HTTP cache) for each version. */
	shellUrls: string[];
	/** Hashed files Kit knows about; crawling them finds the rest (the workers' own chunks). */
	chunkUrls: string[];
	pages: Map<string, string>;
	fallback: string;
	immutablePrefix: string;
	skip: Set<string>;
}

export function plan({ base, build, files, prerendered, version }: BuildLists): Plan {
	const fallback = `${base}/200.html`;
	// "/" and "/compare" are prerendered; any other path is the SPA fallback, as the static host does it.
	const pages = new Map(prerendered.map((p) => [trimSlash(p, base), p]));
	return {
		shell: `${SHELL_PREFIX}${version}`,
		shellUrls: [...new Set([...prerendered, fallback, ...files])],
		chunkUrls: [...build],
		pages,
		fallback,
		immutablePrefix: `${base}/_app/immutable/`,
		// Asked of the network every time: the worker script (the browser does so anyway) and Kit's version probe.
		skip: new Set([`${base}/service-worker.js`, `${base}/_app/version.json`])
	};
}

export type Route =
	{ kind: 'page'; key: string } | { kind: 'chunk' } | { kind: 'shell' } | { kind: 'network' } | { kind: 'pass' };

/** How one request is answered; `pass` leaves it to the browser (other origins, non-GET, probes). */
export function route(p: Plan, url: URL, origin: string, method: string, mode: string): Route {
	if (method !== 'GET' || url.origin !== origin || p.skip.has(url.pathname)) return { kind: 'pass' };
	if (mode === 'navigate') return { kind: 'page', key: p.pages.get(trimSlash(url.pathname, '')) ?? p.fallback };
	if (url.pathname.startsWith(p.immutablePrefix)) return { kind: 'chunk' };
	if (p.shellUrls.includes(url.pathname)) return { kind: 'shell' };
	return { kind: 'network' };
}

function trimSlash(path: string, base: string): string {
	const p = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
	return p === '' ? `${base}/` : p;
}

/**
 * Relative module paths a built script loads (`from"./x.js"`, ``import(`./chunks/y.js`)``,
 * `new URL("../workers/z.js", import.meta.url)`), resolved against the script's URL and kept inside the
 * immutable folder. Kit's file list omits the chunks a worker imports lazily (exceljs inside the sheet
 * worker): this finds them. A string that only looks like a path is harmless: a failed fetch of a crawled
 * URL is skipped, not fatal.
 */
export function referencedChunks(source: string, scriptUrl: string, immutablePrefix: string): string[] {
	const out = new Set<string>();
	for (const m of source.matchAll(/[`"'](\.\.?\/[\w\-./]+?\.(?:m?js|css|wasm))[`"']/g)) {
		const u = new URL(m[1], scriptUrl);
		if (u.pathname.startsWith(immutablePrefix)) out.add(u.pathname);
	}
	return [...out];
}
