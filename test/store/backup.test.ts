import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import type { Backup } from '../../src/lib/store/backup-schema';
import { diffDocs } from '../../src/lib/store/diff';
import type { ScenarioRepository } from '../../src/lib/store/repository';
import { failure, must, openRepo, plan, withCell } from './helpers';

afterEach(() => vi.restoreAllMocks());

/** A library of three scenarios, the first edited once and holding a compound register. */
async function library(): Promise<{ repo: ScenarioRepository; ids: string[] }> {
	const repo = await openRepo();
	const ids: string[] = [];
	for (const name of ['Base', 'Fast upgrade', 'Lean budget']) ids.push(must(await repo.create(plan(name))).id);
	const edited = withCell(plan('Base'), 'quasi_subsidy', 0, '=quasi_fee_y1/3');
	must(await repo.save(ids[0], edited, diffDocs(plan('Base'), edited, 7)));
	must(await repo.putRegister(ids[0], { compounds: 316 }));
	return { repo, ids };
}

/** The backup as it would come back from a file. */
async function backupFile(repo: ScenarioRepository, history = false): Promise<Backup> {
	return JSON.parse(JSON.stringify(must(await repo.exportBackup({ history }))));
}

const snapshot = async (repo: ScenarioRepository) => ({
	list: must(await repo.list()),
	bin: must(await repo.listDeleted())
});

test('export → import into an empty library gives the same scenarios, formulas, history and register', async () => {
	const { repo, ids } = await library();
	const file = await backupFile(repo, true);
	expect(file.format).toBe('property-plan-backup');
	const fresh = await openRepo();
	const report = must(await fresh.importBackup(file));
	expect(report.scenarios.map((s) => s.id)).toEqual(report.scenarios.map((s) => s.from));

	for (const id of ids) expect(must(await fresh.get(id)).doc).toEqual(must(await repo.get(id)).doc);
	expect(must(await fresh.get(ids[0])).doc.params.quasi_subsidy.cells[0]).toBe('=quasi_fee_y1/3');
	expect(must(await fresh.list()).map((r) => r.name)).toEqual(must(await repo.list()).map((r) => r.name));
	const history = must(await fresh.history(ids[0]));
	expect(history[0].changes).toEqual([{ at: 7, cell: 'quasi_subsidy_y1', old: 0.2, new: '=quasi_fee_y1/3' }]);
	expect(must(await fresh.restoreFromHistory(ids[0], history[1].id)).params.quasi_subsidy.cells[0]).toBe(0.2);
	expect(must(await fresh.getRegister(ids[0]))).toEqual({ compounds: 316 });
	[repo, fresh].forEach((r) => r.close());
});

test('importing into the same library never overwrites: a taken id becomes a copy', async () => {
	const { repo, ids } = await library();
	const file = await backupFile(repo);
	file.scenarios[0].doc = withCell(file.scenarios[0].doc, 'quasi_fee', 0, 9);
	const report = must(await repo.importBackup(file));
	expect(report.scenarios.every((s) => s.id !== s.from)).toBe(true);
	expect(must(await repo.get(ids[0])).doc.params.quasi_fee.cells[0]).toBe(0.6);
	expect(must(await repo.get(report.scenarios[0].id)).doc.params.quasi_fee.cells[0]).toBe(9);
	expect(must(await repo.list())).toHaveLength(6);
	repo.close();
});

test('an invalid backup changes nothing, and the message names the path', async () => {
	const { repo } = await library();
	const before = await snapshot(repo);
	const file = await backupFile(repo);
	(file.scenarios[2].doc as { years: number }).years = 0;
	const e = failure(await repo.importBackup(file));
	expect(e.kind).toBe('invalid');
	expect(e.message).toContain('scenarios[2].doc.years: expected an integer 1–10, got 0');
	expect(e.message).toContain('nothing changed');
	expect(await snapshot(repo)).toEqual(before);
	repo.close();
});

test('every problem is listed with its place: unknown parameter, wrong cell count, bad cell, __proto__', async () => {
	const { repo } = await library();
	const file = await backupFile(repo);
	const text = JSON.stringify(file)
		.replace('"basic_fee":', '"basic_fe":')
		.replace('"grace_months":{"cells":[3]', '"grace_months":{"cells":[3,4]')
		.replace('"reward_fund":{"cells":[100', '"reward_fund":{"cells":["100"')
		.replace('"params":{', '"params":{"__proto__":{"cells":[1]},');
	const e = failure(await repo.importBackup(JSON.parse(text)));
	if (e.kind !== 'invalid') throw new Error(e.message);
	const lines = e.issues.map((i) => `${i.path}: ${i.message}`);
	expect(lines).toContain('scenarios[0].doc.params.basic_fe: unknown parameter "basic_fe" — did you mean "basic_fee"?');
	expect(lines).toContain('scenarios[0].doc.params.__proto__: unknown parameter "__proto__"');
	expect(lines).toContain('scenarios[0].doc.params.grace_months.cells: expected 1 cell (one value), got 2');
	expect(lines).toContain(
		'scenarios[0].doc.params.reward_fund.cells[0]: expected a number, null or a formula starting with "=", got "100"'
	);
	expect(({} as Record<string, unknown>).cells).toBeUndefined();
	expect(must(await repo.list())).toHaveLength(3);
	repo.close();
});

test('not a backup, or one from a newer workbench, is refused with a plain reason', async () => {
	const repo = await openRepo();
	const scenarioFile = { format: 'property-plan-scenario', version: 1, parameters: {} };
	expect(failure(await repo.importBackup(scenarioFile)).message).toContain(
		'format: expected "property-plan-backup", got "property-plan-scenario"'
	);
	const future = { format: 'property-plan-backup', version: 2, exportedAt: 0, scenarios: [] };
	expect(failure(await repo.importBackup(future)).message).toContain('version 2 is newer than this workbench reads');
	expect(failure(await repo.importBackup('[]')).message).toContain('(file): expected a JSON object');
	expect(must(await repo.list())).toEqual([]);
	repo.close();
});

test('a parameter the backup lacks is filled from the plan and reported', async () => {
	const { repo } = await library();
	const file = await backupFile(repo);
	delete (file.scenarios[1].doc.params as Record<string, unknown>).bond_rate;
	const fresh = await openRepo();
	const report = must(await fresh.importBackup(file));
	expect(report.filled).toEqual(['scenarios[1].doc.params.bond_rate']);
	expect(must(await fresh.get(report.scenarios[1].id)).doc.params.bond_rate.cells).toEqual([0.1]);
	[repo, fresh].forEach((r) => r.close());
});

test('a failure half-way through writing an import leaves the library as it was', async () => {
	const { repo } = await library();
	const file = await backupFile(repo);
	const before = await snapshot(repo);
	const realAdd = IDBObjectStore.prototype.add;
	let calls = 0;
	vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
		if (++calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return realAdd.apply(this, args);
	});
	expect(failure(await repo.importBackup(file)).kind).toBe('quota');
	expect(calls).toBe(4);
	vi.restoreAllMocks();
	expect(await snapshot(repo)).toEqual(before);
	repo.close();
});

test('a deeper check (the scenario reader) can refuse a backup, naming the scenario', async () => {
	const { repo } = await library();
	const file = await backupFile(repo);
	const checkDoc = (doc: { name: string }) =>
		doc.name === 'Lean budget' ? [{ path: 'parameters.basic_collection.values[1]', message: '1.5 is above 1' }] : [];
	const e = failure(await repo.importBackup(file, { checkDoc }));
	const at = file.scenarios.findIndex((s) => s.name === 'Lean budget');
	expect(e.message).toContain(`scenarios[${at}].doc › parameters.basic_collection.values[1]: 1.5 is above 1`);
	expect(must(await repo.list())).toHaveLength(3);
	repo.close();
});

test('a scenario with correlated ranges survives a backup and its restore', async () => {
	const repo = await openRepo();
	const doc = plan('Correlated');
	doc.params.quasi_collection.uncertainty = { dist: 'uniform', low: 0.6, high: 0.9 };
	doc.params.basic_collection.uncertainty = { dist: 'uniform', low: 0.5, high: 0.85 };
	doc.correlations = [{ a: 'quasi_collection', b: 'basic_collection', rho: 0.7 }];
	const id = must(await repo.create(doc)).id;
	const fresh = await openRepo();
	must(await fresh.importBackup(await backupFile(repo)));
	expect(must(await fresh.get(id)).doc.correlations).toEqual([
		{ a: 'quasi_collection', b: 'basic_collection', rho: 0.7 }
	]);
});
