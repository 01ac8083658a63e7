/**
 * Backup of the whole library, and restoring one. An import is validated completely before its single
 * transaction starts, so a bad file changes nothing; it never overwrites: an id already in the library is
 * imported as a copy with a new id.
 */
import type { ScenarioDoc } from '../model/scenario';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupScenario } from './backup-schema';
import { fundUseRecord, parseFundUse } from './fund-use-schema';
import { fail, ok, type Issue, type StoreResult } from './result';
import type { HistoryRecord } from './schema';
import { uniqueName } from './names';
import { inTx, type Ctx } from './tx';

export interface ExportOptions {
	/** Include each scenario's history (full snapshots: ~4 KB an entry, so large). Default false. */
	history?: boolean;
}

/** Live scenarios only: the bin is not backed up. */
export async function exportBackup(ctx: Ctx, options: ExportOptions = {}): Promise<StoreResult<Backup>> {
	return inTx(ctx.db, ['scenarios', 'history', 'registers', 'fundUse'], 'readonly', async (tx) => {
		const records = (await tx.objectStore('scenarios').index('updatedAt').getAll())
			.reverse()
			.filter((r) => r.deletedAt === null);
		const scenarios: BackupScenario[] = [];
		for (const r of records) {
			const item: BackupScenario = { id: r.id, name: r.doc.name, doc: r.doc, updatedAt: r.updatedAt };
			if (options.history) {
				const entries = await tx.objectStore('history').index('scenarioId').getAll(r.id);
				item.history = entries.map(({ at, rev, changes, doc }) => ({ at, rev, changes, doc }));
			}
			const register = await tx.objectStore('registers').get(r.id);
			if (register !== undefined) item.register = register;
			// Kept inputs that cannot be read back (the fund-use screen says so) stay out: the backup would be refused.
			const fundUse = await tx.objectStore('fundUse').get(r.id);
			const checked = fundUse === undefined ? undefined : parseFundUse(fundUse);
			if (checked?.ok) item.fundUse = fundUseRecord(checked.value);
			scenarios.push(item);
		}
		return ok({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: ctx.now(), scenarios });
	});
}

export interface ImportOptions {
	/** A deeper check per scenario (formulas, ranges: the scenario reader); any issue refuses the whole backup. */
	checkDoc?: (doc: ScenarioDoc) => Issue[];
}

export interface ImportReport {
	/** `from` is the id in the file; it differs from `id` when that id was taken and a copy was made. */
	scenarios: { id: string; from: string; name: string; rev: number }[];
	/** Parameters missing from the file, filled with the plan's value (paths into the file). */
	filled: string[];
}

export async function importBackup(
	ctx: Ctx,
	raw: unknown,
	options: ImportOptions = {}
): Promise<StoreResult<ImportReport>> {
	const parsed = parseBackup(raw);
	const issues = parsed.ok ? deeperIssues(parsed.backup, options) : parsed.issues;
	if (!parsed.ok || issues.length) return fail(invalid(issues));
	const { backup, filled } = parsed;
	return inTx(ctx.db, ['scenarios', 'history', 'registers', 'fundUse'], 'readwrite', async (tx) => {
		const at = ctx.now();
		const report: ImportReport = { scenarios: [], filled };
		// No two scenarios share a name: one the library already has becomes "name (2)" (names.ts).
		const names = (await tx.objectStore('scenarios').getAll())
			.filter((r) => r.deletedAt === null)
			.map((r) => r.doc.name);
		for (const s of backup.scenarios) {
			const taken = (await tx.objectStore('scenarios').getKey(s.id)) !== undefined;
			const id = taken ? ctx.newId() : s.id;
			const name = uniqueName(s.name, names);
			names.push(name);
			const doc = { ...s.doc, name };
			// Continue the numbering of the imported history, so its entries read in order.
			const rev = Math.max(1, ...(s.history ?? []).map((h) => h.rev));
			await tx.objectStore('scenarios').add({ id, doc, rev, createdAt: at, updatedAt: s.updatedAt, deletedAt: null });
			// Without history in the file, one entry still records the imported state, so it can be restored.
			const entries: Omit<HistoryRecord, 'id'>[] = s.history?.length
				? s.history.map((h) => ({ ...h, scenarioId: id }))
				: [{ scenarioId: id, at, rev, changes: [], doc }];
			for (const e of entries) await tx.objectStore('history').add(e);
			if (s.register !== undefined) await tx.objectStore('registers').put(s.register, id);
			if (s.fundUse !== undefined) await tx.objectStore('fundUse').put(s.fundUse, id);
			report.scenarios.push({ id, from: s.id, name, rev });
		}
		return ok(report);
	});
}

function deeperIssues(backup: Backup, options: ImportOptions): Issue[] {
	const out: Issue[] = [];
	const seen = new Set<string>();
	backup.scenarios.forEach((s, i) => {
		if (seen.has(s.id)) out.push({ path: `scenarios[${i}].id`, message: `"${s.id}" appears twice in the backup` });
		seen.add(s.id);
		for (const issue of options.checkDoc?.(s.doc) ?? [])
			out.push({ path: `scenarios[${i}].doc › ${issue.path}`, message: issue.message });
	});
	return out;
}

function invalid(issues: Issue[]) {
	const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
	const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
	return {
		kind: 'invalid' as const,
		message: `The backup was not imported, nothing changed: ${shown.join('; ')}${more}`,
		issues
	};
}
