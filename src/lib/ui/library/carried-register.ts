/** The open scenario's compound register, for the JSON and XLSX exports that carry it. */
import { restore, type Kept } from '../../register/stored';
import type { Library } from '../../state/library.svelte';

/** Null when there is none, or what is kept cannot be read (the export then goes without it). */
export async function carriedRegister(lib: Library): Promise<Kept | null> {
	const id = lib.currentId;
	const r = id ? await lib.store.getRegister(id) : undefined;
	if (!r?.ok) return null;
	const kept = restore(r.value);
	return kept && !('error' in kept) ? kept : null;
}
