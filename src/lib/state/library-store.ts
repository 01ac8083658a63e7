/**
 * The library's stored extras — History, backups, the compound register and the fund-use plan's inputs, a stored
 * record — offered by the library so that screens never hold the repository itself: the composition root decides
 * what the library is (IndexedDB in the app, fake-indexeddb in tests), and a screen only asks it. While the library cannot be
 * opened every call answers `unavailable`, which the screens already show as "not kept in this browser".
 */
import type {
	ExportOptions,
	FundUseInputs,
	ImportOptions,
	ImportReport,
	ScenarioRecord,
	ScenarioRepository
} from '../store';
import type { HistoryEntry, StoreResult } from '../store';
import { parseBackup, type Backup } from '../store/backup-schema';
import type { ScenarioDoc } from '../model/scenario';

const UNAVAILABLE = { kind: 'unavailable', message: 'The library is not open in this browser.' } as const;

export class LibraryStore {
	constructor(private repo: () => ScenarioRepository | null) {}

	/** Whether the library is open (History, backups and registers are kept). */
	get open(): boolean {
		return this.repo() !== null;
	}

	#call<T>(f: (r: ScenarioRepository) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
		const r = this.repo();
		return r ? f(r) : Promise.resolve({ ok: false, error: UNAVAILABLE });
	}

	/** A backup file's shape checked before anything is written (every issue with its path). */
	checkBackup = parseBackup;
	get = (id: string) => this.#call<ScenarioRecord>((r) => r.get(id));
	history = (id: string, limit?: number) => this.#call<HistoryEntry[]>((r) => r.history(id, limit));
	restoreFromHistory = (id: string, entryId: number) =>
		this.#call<ScenarioDoc>((r) => r.restoreFromHistory(id, entryId));
	exportBackup = (options?: ExportOptions) => this.#call<Backup>((r) => r.exportBackup(options));
	importBackup = (raw: unknown, options?: ImportOptions) =>
		this.#call<ImportReport>((r) => r.importBackup(raw, options));
	getRegister = (id: string) => this.#call<unknown>((r) => r.getRegister(id));
	putRegister = (id: string, value: unknown) => this.#call<string>((r) => r.putRegister(id, value));
	/** The fund-use plan's inputs kept with scenario `id`: null when none; kind 'invalid' when they cannot be read. */
	getFundUse = (id: string) => this.#call<FundUseInputs | null>((r) => r.getFundUse(id));
	/** Stores them whole, or changes nothing (a refused or failed write leaves the kept ones as they were). */
	putFundUse = (id: string, inputs: FundUseInputs) => this.#call<FundUseInputs>((r) => r.putFundUse(id, inputs));
}
