/** Starts the journal worker (see journal.worker.ts); null where the browser cannot, and the page writes. */
import * as Comlink from 'comlink';
import type { JournalApi } from '../store/journal-writer';
import type { JournalWriter } from '../store/repository';

export function journalWorker(): JournalWriter | null {
	if (typeof Worker === 'undefined') return null;
	try {
		const w = new Worker(new URL('./journal.worker.ts', import.meta.url), { type: 'module' });
		return Comlink.wrap<JournalApi>(w) as unknown as JournalWriter;
	} catch {
		return null;
	}
}
