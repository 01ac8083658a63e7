/** What the library bar says about saving, and which red line a refused write shows. */
import { msg, type Failure, type MessageKey } from '../i18n';
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

const FAILURE_KEY: Record<StoreError['kind'], MessageKey> = {
	quota: 'storage.quota',
	blocked: 'storage.newer',
	unavailable: 'storage.e.unavailable',
	'not-found': 'storage.e.notFound',
	conflict: 'storage.e.conflict',
	clash: 'storage.e.conflict',
	invalid: 'storage.e.invalid'
};

/**
 * A refused library call in the screen's words: the store's `message` is English (logs, tests), so a screen shows
 * this instead and no English line reaches the Chinese page.
 */
export function storeFailure(e: StoreError): Failure {
	return { code: e.kind, msg: msg(FAILURE_KEY[e.kind], { n: e.kind === 'invalid' ? e.issues.length : 0 }) };
}
