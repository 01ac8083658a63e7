/**
 * Fuzzing the library's backup import: mutated backups go into a fake-indexeddb library. A refused
 * backup must leave the library exactly as it was (validated first, one transaction); an accepted one adds
 * all of its scenarios or none. Fewer runs than the readers: each opens and fills a database.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readScenarioObject } from '../../src/lib/io/read-scenario';
import { scenarioToObject } from '../../src/lib/io/write-scenario';
import { planScenario } from '../../src/lib/model/plan-scenario';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { diffDocs } from '../../src/lib/store/diff';
import { ScenarioRepository } from '../../src/lib/store/repository';
import { expectUnpolluted } from '../hostile/helpers';
import { applyJson, applyText, jsonOpArb, Tally, textOpArb } from './mutate';

const RUNS = 300;
type Json = Parameters<typeof applyJson>[0];

async function open(): Promise<ScenarioRepository> {
	const r = await ScenarioRepository.open({ name: `fuzz-${crypto.randomUUID()}` });
	if (!r.ok) throw new Error(r.error.message);
	return r.value;
}

/** Two scenarios, one edited twice (history) and holding a register. */
async function library(): Promise<ScenarioRepository> {
	const repo = await open();
	const a = await repo.create({ ...planScenario(), name: 'Base' });
	const b = await repo.create({ ...planScenario(), name: 'Lean' });
	if (!a.ok || !b.ok) throw new Error('could not fill the library');
	let doc = planScenario();
	for (const v of [120, 150]) {
		const next: ScenarioDoc = {
			...doc,
			name: 'Base',
			params: { ...doc.params, reward_fund: { cells: [v, 100, 100] } }
		};
		await repo.save(a.value.id, next, diffDocs(doc, next, v));
		doc = next;
	}
	await repo.putRegister(a.value.id, { compounds: [{ name: '示例小区 001 (synthetic)', area: 2.5 }] });
	return repo;
}

async function snapshot(repo: ScenarioRepository) {
	const [list, bin, all] = await Promise.all([repo.list(), repo.listDeleted(), repo.exportBackup({ history: true })]);
	if (!list.ok || !bin.ok || !all.ok) throw new Error('the library cannot be read');
	return { ids: list.value.map((s) => s.id), text: JSON.stringify([list.value, bin.value, all.value.scenarios]) };
}

/** The check the page makes before importing: each scenario through the file reader. */
const checkDoc = (doc: ScenarioDoc) => {
	const r = readScenarioObject(scenarioToObject(doc));
	return r.ok ? [] : r.errors.map((e) => ({ path: e.path, message: e.message }));
};

test(`a refused backup leaves the library unchanged; an accepted one adds all its scenarios (${RUNS} mutated backups, seed 8)`, async () => {
	const source = await library();
	const exported = await source.exportBackup({ history: true });
	if (!exported.ok) throw new Error(exported.error.message);
	const original = JSON.parse(JSON.stringify(exported.value)) as Json;
	source.close();

	const tally = new Tally('library backup import');
	let unparseable = 0;
	try {
		await fc.assert(
			fc.asyncProperty(
				// A fifth of the backups untouched or renamed only (these import), the rest damaged.
				fc.oneof(
					{ weight: 4, arbitrary: fc.array(jsonOpArb(), { minLength: 1, maxLength: 3 }) },
					{
						weight: 1,
						arbitrary: fc.array(
							jsonOpArb(fc.string({ maxLength: 20 })).filter((o) => o.op === 'swap'),
							{ maxLength: 2 }
						)
					}
				),
				fc.oneof(
					{ weight: 4, arbitrary: fc.constant(null) },
					{ weight: 1, arbitrary: fc.array(textOpArb, { minLength: 1, maxLength: 2 }) }
				),
				fc.boolean(),
				async (ops, textOps, intoTaken) => {
					let raw: unknown;
					try {
						raw = JSON.parse(applyText(JSON.stringify(applyJson(original, ops)), textOps ?? []));
					} catch {
						unparseable++; // refused at the file edge (JSON.parse), before the library is involved
						tally.refused++;
						return;
					}
					// Half the time into a library that already holds these ids (an import then makes copies).
					const target = intoTaken ? await library() : await open();
					const before = await snapshot(target);
					let r: Awaited<ReturnType<ScenarioRepository['importBackup']>>;
					const t0 = performance.now();
					try {
						r = await target.importBackup(raw, { checkDoc });
						if (performance.now() - t0 > tally.slowest)
							[tally.slowest, tally.slowestCase] = [performance.now() - t0, JSON.stringify(ops).slice(0, 200)];
					} catch (e) {
						tally.crashed.push(`${String(e).slice(0, 120)} ← ${JSON.stringify(ops).slice(0, 300)}`);
						target.close();
						return;
					}
					const after = await snapshot(target);
					target.close();
					if (!r.ok) {
						tally.refused++;
						expect(after.text, r.error.message).toBe(before.text);
						expect(r.error.message.length).toBeGreaterThan(0);
						return;
					}
					tally.accepted++;
					// All or nothing: exactly the backup's scenarios were added, nothing already there changed.
					const added = after.ids.filter((id) => !before.ids.includes(id));
					expect(added.sort()).toEqual(r.value.scenarios.map((s) => s.id).sort());
					expect(before.ids.every((id) => after.ids.includes(id))).toBe(true);
				}
			),
			{ seed: 8, numRuns: RUNS }
		);
	} finally {
		console.log(`${tally.line()} (${unparseable} of the refusals were not JSON)`); // the counts, even when a case failed
	}
	expect(tally.crashed).toEqual([]);
	expectUnpolluted();
}, 120_000);
