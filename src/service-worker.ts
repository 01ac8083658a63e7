/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline shell. After the first visit every page, chunk and worker of this version is cached,
 * so the workbench opens with the network off (scenarios live in IndexedDB anyway). A new version installs
 * in the background and then WAITS: the page announces it (UpdateBanner) and the planner chooses when to
 * reload, so nothing is swapped in the middle of an edit. The page registers this file once its first figures
 * show (src/lib/offline/register.ts).
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { CHUNKS, plan, route } from './lib/offline/plan';
import { activate, install } from './lib/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const p = plan({ base, build, files, prerendered, version });
// `vite dev` has no built chunks: caching there would only serve stale modules, so the worker stays idle.
const built = build.length > 0;

// No skipWaiting here: the first install activates at once anyway (nothing to wait for); an update waits.
sw.addEventListener('install', (event) => {
	if (!built) return;
	routeChunksToCache(event);
	event.waitUntil(install(p));
});

/**
 * Hashed chunks straight from their cache, without waking this script for each one (the browser's static
 * routing, where it has it): through the fetch handler below, a reopen's sixty requests queued on this worker's
 * thread and the page waited about half a second for its scripts and styles. A chunk not in the cache still
 * goes to the network. Where the browser lacks it, the fetch handler answers the same way.
 */
function routeChunksToCache(event: ExtendableEvent) {
	const e = event as ExtendableEvent & { addRoutes?: (rules: unknown) => Promise<void> };
	const Pattern = (globalThis as { URLPattern?: new (init: { pathname: string }) => unknown }).URLPattern;
	if (!e.addRoutes || !Pattern) return;
	event.waitUntil(
		e
			.addRoutes([
				{ condition: { urlPattern: new Pattern({ pathname: `${p.immutablePrefix}*` }) }, source: { cacheName: CHUNKS } }
			])
			.catch(() => {}) // an older static-routing API: the fetch handler answers instead
	);
}

// claim(): the first visit is controlled without a reload, so it works offline from then on.
sw.addEventListener(
	'activate',
	(event) => built && event.waitUntil(activate(p, Date.now()).then(() => sw.clients.claim()))
);

// The page's "reload" button: only then does the waiting version take over.
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	if (!built) return;
	const { request } = event;
	const r = route(p, new URL(request.url), sw.location.origin, request.method, request.mode);
	if (r.kind === 'pass') return;
	event.respondWith(answer(request, r));
});

async function answer(request: Request, r: Exclude<ReturnType<typeof route>, { kind: 'pass' }>): Promise<Response> {
	const path = new URL(request.url).pathname;
	switch (r.kind) {
		// Cache first: the cached page and its chunks are one consistent version until the planner reloads.
		case 'page':
			return (
				(await fromCache(p.shell, r.key)) ??
				(await network(request)) ??
				(await fromCache(p.shell, p.fallback)) ??
				offline()
			);
		case 'chunk': {
			const hit = await fromCache(CHUNKS, path);
			if (hit) return hit;
			const res = await network(request);
			if (res?.ok) await (await caches.open(CHUNKS)).put(path, res.clone());
			return res ?? offline();
		}
		case 'shell':
			return (await fromCache(p.shell, path)) ?? (await network(request)) ?? offline();
		case 'network':
			return (await network(request)) ?? (await caches.match(request)) ?? offline();
	}
}

async function fromCache(cache: string, path: string): Promise<Response | undefined> {
	return (await caches.open(cache)).match(path, { ignoreSearch: true });
}

async function network(request: Request): Promise<Response | undefined> {
	try {
		return await fetch(request);
	} catch {
		return undefined;
	}
}

function offline(): Response {
	return new Response('Offline, and this file was not cached. 离线，且此文件未缓存。', {
		status: 503,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
