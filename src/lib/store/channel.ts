/**
 * Tells other tabs of the workbench that the library changed, so an open scenario is reloaded or its clash
 * shown (the rev check in `save` is what actually prevents an overwrite). Where BroadcastChannel is missing
 * the notifier does nothing: tabs then only learn of each other through conflicts.
 */
export const CHANNEL_NAME = 'donghe-workbench';

export type LibraryMessage = { type: 'saved'; id: string; rev: number } | { type: 'removed'; id: string };

export interface LibraryChannel {
	post(message: LibraryMessage): void;
	/** Returns the unsubscribe function. Never called for this channel's own posts. */
	subscribe(listener: (message: LibraryMessage) => void): () => void;
	close(): void;
}

export function openLibraryChannel(name = CHANNEL_NAME): LibraryChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, subscribe: () => () => {}, close() {} };
	const channel = new BroadcastChannel(name);
	const listeners = new Set<(message: LibraryMessage) => void>();
	channel.onmessage = (event: MessageEvent<unknown>) => {
		// Another tab may run an older or newer release: act only on messages this one understands.
		const message = asMessage(event.data);
		if (message) for (const listener of listeners) listener(message);
	};
	return {
		post(message) {
			try {
				channel.postMessage(message);
			} catch {
				// Closed: the tab is going away, and the stored rev still guards against overwrites.
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			listeners.clear();
			channel.close();
		}
	};
}

function asMessage(data: unknown): LibraryMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (typeof m.id !== 'string') return null;
	if (m.type === 'saved' && typeof m.rev === 'number') return { type: 'saved', id: m.id, rev: m.rev };
	if (m.type === 'removed') return { type: 'removed', id: m.id };
	return null;
}
