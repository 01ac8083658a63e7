/** The scenario library's public surface: the UI imports from here, not from the files behind it. */
export { ScenarioRepository, type JournalWriter, type RepositoryOptions } from './repository';
export { openLibraryChannel, CHANNEL_NAME, type LibraryChannel, type LibraryMessage } from './channel';
export { diffDocs } from './diff';
export { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupScenario } from './backup-schema';
export type { ExportOptions, ImportOptions, ImportReport } from './backup';
export type { HistoryEntry, NoteChange } from './history';
export type { Saved, ScenarioSummary } from './scenarios';
export type { CellChange, JournalCell, JournalRecord, MergeRecord, ScenarioRecord } from './schema';
export { cellOf, collapse, withEdits, type Patch, type Patched, type Recovered } from './journal';
export { DB_NAME, DB_VERSION } from './schema';
export type { CellClash, Issue, StoreError, StoreErrorKind, StoreResult } from './result';
export type { OpenOptions } from './db';
export { copyId, type ForkCopy, type ForkEdit } from './fork';
export type { Forked, Journaled } from './journal-writer';
export { uniqueName } from './names';
export type { FundUseInputs, FundUseRecord } from './fund-use-schema';
