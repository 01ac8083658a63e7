/** The open scenario's compound register and fund-use inputs, for the exports that carry them. */
import { restore, type Kept } from '../../register/stored';
import type { Library } from '../../state/library.svelte';
import type { FundUseInputs } from '../../store';

/** Null when there is none, or what is kept cannot be read (the export then goes without it). */
export async function carriedRegister(lib: Library): Promise<Kept | null> {
	const id = lib.currentId;
	const r = id ? await lib.store.getRegister(id) : undefined;
	if (!r?.ok) return null;
	const kept = restore(r.value);
	return kept && !('error' in kept) ? kept : null;
}

/** The fund-use plan's inputs (JSON exports): null when there are none or they cannot be read. */
export async function carriedFundUse(lib: Library): Promise<FundUseInputs | null> {
	const id = lib.currentId;
	const r = id ? await lib.store.getFundUse(id) : undefined;
	return r?.ok ? r.value : null;
}
