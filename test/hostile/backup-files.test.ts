/**
 * Hostile library backups: refused with the path of each problem, the library exactly as it was
 * (one transaction, validated first), and no prototype touched.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { planScenario } from '../../src/lib/model/plan-scenario';
import { ScenarioRepository } from '../../src/lib/store/repository';
import { contained, deepList, expectUnpolluted } from './helpers';

afterEach(expectUnpolluted);

async function library() {
	const r = await ScenarioRepository.open({ name: `hostile-${crypto.randomUUID()}` });
	if (!r.ok) throw new Error(r.error.message);
	const repo = r.value;
	const made = await repo.create({ ...planScenario(), name: 'Base' });
	if (!made.ok) throw new Error(made.error.message);
	await repo.putRegister(made.value.id, { compounds: 316 });
	return repo;
}
const state = async (repo: ScenarioRepository) =>
	JSON.stringify([
		await repo.list(),
		await repo.listDeleted(),
		await repo.exportBackup({ history: true }).then((b) => b.ok && b.value.scenarios)
	]);

const backup = (item: Record<string, unknown> = {}) => ({
	format: 'property-plan-backup',
	version: 1,
	exportedAt: 0,
	scenarios: [{ id: 'a', name: 'A', updatedAt: 0, doc: planScenario(), ...item }]
});

test('[backup-proto-keys.json]: __proto__ at every level is refused by path, and the library is unchanged', async () => {
	const repo = await library();
	const before = await state(repo);
	const text = JSON.stringify(backup())
		.replace('{"format"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format"')
		.replace('"id":"a"', '"__proto__":{"x":1},"id":"a"')
		.replace('"doc":{', '"doc":{"__proto__":{"name":"x"},')
		.replace('"params":{', '"params":{"__proto__":{"cells":[1]},"constructor":{"cells":[1]},');
	const r = await contained(() => repo.importBackup(JSON.parse(text)));
	expect(r.ok).toBe(false);
	if (r.ok || r.error.kind !== 'invalid') throw new Error('expected an invalid backup');
	const paths = r.error.issues.map((i) => i.path);
	expect(paths).toEqual(
		expect.arrayContaining([
			'__proto__',
			'scenarios[0].__proto__',
			'scenarios[0].doc.__proto__',
			'scenarios[0].doc.params.__proto__',
			'scenarios[0].doc.params.constructor'
		])
	);
	expect(r.error.message).toContain('nothing changed');
	expect(await state(repo)).toBe(before);
	repo.close();
});

test('[backup-100000-deep.json]: 100,000-deep nesting in a field is refused by path, and the library is unchanged', async () => {
	const repo = await library();
	const before = await state(repo);
	const deep = () => JSON.parse(deepList(100_000));
	for (const [where, file] of [
		['exportedAt', { ...backup(), exportedAt: deep() }],
		['a scenario name', backup({ name: deep() })],
		[
			'a cell',
			backup({
				doc: { ...planScenario(), params: { ...planScenario().params, reward_fund: { cells: [deep(), 100, 100] } } }
			})
		]
	] as const) {
		const r = await contained(() => repo.importBackup(file));
		expect(r.ok, where).toBe(false);
		if (!r.ok) expect(r.error.kind, `${where}: ${r.error.message}`).toBe('invalid');
		if (!r.ok) expect(r.error.message.length, where).toBeLessThan(1000);
		expect(await state(repo), where).toBe(before);
	}
	repo.close();
});

test('[backup-deep-register.json]: a register nested 100,000 deep is refused as invalid (not as "storage unavailable"), library unchanged', async () => {
	const repo = await library();
	const before = await state(repo);
	const r = await contained(() => repo.importBackup(backup({ register: JSON.parse(deepList(100_000)) })));
	expect(r.ok).toBe(false);
	expect(await state(repo)).toBe(before); // the transaction was rolled back…
	repo.close();
	if (!r.ok) expect(r.error.kind, r.error.message).toBe('invalid'); // …but the reason given was the wrong one
});
