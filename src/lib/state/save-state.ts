/** What the library bar says about saving, and which red line a refused write shows. */
import type { StoreError } from '../store';
import type { StorageKey } from '../i18n/messages/storage';

export type SaveState = 'saved' | 'saving' | 'memory' | 'failed';

/** The loudest state wins: not stored at all, then refused, then on its way, then saved. */
export function saveStateOf(s: { stored: boolean; refused: boolean; busy: boolean }): SaveState {
	return !s.stored ? 'memory' : s.refused ? 'failed' : s.busy ? 'saving' : 'saved';
}

export function storageKeyOf(e: StoreError): StorageKey {
	if (e.kind === 'quota') return 'storage.quota';
	if (e.kind === 'blocked') return 'storage.newer';
	return 'storage.failed';
}
