/**
 * Install and activate steps of the service worker, over the Cache API only (no DOM), so they run in the
 * worker. Install fills the caches completely or fails (and the previous version stays in charge);
 * activate keeps this version and the one before it, so a tab still running the old pages can load its
 * lazy chunks offline until it reloads.
 */
import { CHUNKS, MANIFEST_PATH, SHELL_PREFIX, referencedChunks, type Plan } from './plan';

interface ShellManifest {
	chunks: string[];
	/** Set when this version becomes the active one; null while it waits. */
	activatedAt: number | null;
}

export async function install(p: Plan): Promise<void> {
	const chunks = await caches.open(CHUNKS);
	const seen = new Set<string>();
	const stored = new Set<string>();
	const required = new Set(p.chunkUrls);
	let queue = [...p.chunkUrls];
	while (queue.length) {
		const next: string[] = [];
		await Promise.all(
			queue.map(async (url) => {
				if (seen.has(url)) return;
				seen.add(url);
				const res = await cachedOrFetched(chunks, url, required.has(url));
				if (!res) return;
				stored.add(url);
				if (!url.endsWith('.js')) return;
				for (const found of referencedChunks(await res.text(), new URL(url, location.href).href, p.immutablePrefix)) {
					if (!seen.has(found)) next.push(found);
				}
			})
		);
		queue = next;
	}
	const shell = await caches.open(p.shell);
	// `reload`: the pages and manifest have no hash in their names, so the HTTP cache may hold an older copy.
	await shell.addAll(p.shellUrls.map((u) => new Request(u, { cache: 'reload' })));
	await writeManifest(shell, { chunks: [...stored], activatedAt: null });
}

/** A hashed file already cached by an earlier version is reused, not downloaded again. */
async function cachedOrFetched(cache: Cache, url: string, required: boolean): Promise<Response | undefined> {
	const hit = await cache.match(url);
	if (hit) return hit;
	let res: Response;
	try {
		res = await fetch(url);
	} catch (e) {
		if (required) throw e;
		return undefined;
	}
	if (!res.ok) {
		if (required) throw new Error(`${url}: HTTP ${res.status}`);
		return undefined;
	}
	await cache.put(url, res.clone());
	return res;
}

export async function activate(p: Plan, now: number): Promise<void> {
	const shell = await caches.open(p.shell);
	const mine = await readManifest(shell);
	await writeManifest(shell, { chunks: mine?.chunks ?? [], activatedAt: now });

	// Of the other versions, keep the last one that was active (tabs may still run it); drop the rest.
	const others = (await caches.keys()).filter((k) => k.startsWith(SHELL_PREFIX) && k !== p.shell);
	const manifests = await Promise.all(
		others.map(async (k) => ({ key: k, m: await readManifest(await caches.open(k)) }))
	);
	const previous = manifests
		.filter((x) => x.m?.activatedAt != null)
		.sort((a, b) => b.m!.activatedAt! - a.m!.activatedAt!)[0];
	await Promise.all(manifests.filter((x) => x !== previous).map((x) => caches.delete(x.key)));

	// Shared chunks that neither kept version uses go. Without manifests (unexpected), prune nothing.
	if (!mine) return;
	const keep = new Set([...mine.chunks, ...(previous?.m?.chunks ?? [])]);
	const chunks = await caches.open(CHUNKS);
	for (const req of await chunks.keys()) if (!keep.has(new URL(req.url).pathname)) await chunks.delete(req);
}

async function readManifest(cache: Cache): Promise<ShellManifest | undefined> {
	const res = await cache.match(MANIFEST_PATH);
	try {
		return res ? ((await res.json()) as ShellManifest) : undefined;
	} catch {
		return undefined;
	}
}

function writeManifest(cache: Cache, m: ShellManifest): Promise<void> {
	return cache.put(MANIFEST_PATH, new Response(JSON.stringify(m), { headers: { 'content-type': 'application/json' } }));
}
