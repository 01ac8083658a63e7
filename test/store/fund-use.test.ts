/**
 * The fund-use plan's inputs kept with a scenario (store/fund-use.ts): stored and read back as typed, refused —
 * naming the street and quarter — when a value is bad, whether on the way in, read back from the library, or in a
 * backup; kept, copied and deleted with the scenario; carried by backups, older backups still readable.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openWorkbenchDb } from '../../src/lib/store/db';
import type { FundUseInputs } from '../../src/lib/store/fund-use-schema';
import { failure, freshName, must, openRepo, plan } from './helpers';
import { ScenarioRepository } from '../../src/lib/store/repository';

afterEach(() => vi.restoreAllMocks());

const EAST = '东河街道';
const WEST = '西脑包街道';

/** What a planner typed: two results and a split of the reward fund (the reference the tests compare with). */
const TYPED: FundUseInputs = {
	assessments: [
		{ street: EAST, quarter: '2022Q1', released: 0.8 },
		{ street: WEST, quarter: '2023Q4', released: 0 }
	],
	rewardShares: { [EAST]: 0.3, [WEST]: 0.7 }
};

/** Puts `value` into the library as found, bypassing the checks (a damaged or hand-edited record). */
async function storeRaw(name: string, id: string, value: unknown) {
	const db = must(await openWorkbenchDb({ name }));
	await db.put('fundUse', value, id);
	db.close();
}

const record = (over: Record<string, unknown>) => ({
	format: 'donghe-fund-use',
	version: 1,
	assessments: [],
	rewardShares: {},
	...over
});

describe('kept with the scenario', () => {
	test('what is stored reads back the same; a scenario without any reads null; emptied, none is kept', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		expect(must(await repo.getFundUse(id))).toBeNull();
		must(await repo.putFundUse(id, TYPED));
		expect(must(await repo.getFundUse(id))).toEqual({
			assessments: [
				{ street: '东河街道', quarter: '2022Q1', released: 0.8 },
				{ street: '西脑包街道', quarter: '2023Q4', released: 0 }
			],
			rewardShares: { 东河街道: 0.3, 西脑包街道: 0.7 }
		});
		must(await repo.putFundUse(id, { assessments: [], rewardShares: {} }));
		expect(must(await repo.getFundUse(id))).toBeNull();
		expect(must(await repo.exportBackup()).scenarios[0]).not.toHaveProperty('fundUse');
		repo.close();
	});

	test('a bad value is refused on the way in, naming its street and quarter; what was kept stays', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		must(await repo.putFundUse(id, TYPED));
		const bad = { ...TYPED, assessments: [...TYPED.assessments, { street: EAST, quarter: '2022Q3', released: 1.5 }] };
		const e = failure(await repo.putFundUse(id, bad));
		expect(e.kind).toBe('invalid');
		expect(e.message).toContain('street "东河街道", quarter 2022Q3');
		expect(e.kind === 'invalid' && e.issues).toEqual([
			{
				path: 'assessments[2].released',
				message: 'street "东河街道", quarter 2022Q3: expected a share from 0 to 1, got 1.5',
				at: { street: '东河街道', quarter: '2022Q3' }
			}
		]);
		expect(must(await repo.getFundUse(id))).toEqual(TYPED);
		repo.close();
	});

	test('a write the browser refuses (storage full) leaves the kept inputs as they were', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		must(await repo.putFundUse(id, TYPED));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const next = { ...TYPED, rewardShares: { [EAST]: 1 } };
		expect(failure(await repo.putFundUse(id, next)).kind).toBe('quota');
		vi.restoreAllMocks();
		expect(must(await repo.getFundUse(id))).toEqual(TYPED);
		repo.close();
	});

	test('a scenario that is not in the library takes none', async () => {
		const repo = await openRepo();
		expect(failure(await repo.putFundUse('gone', TYPED)).kind).toBe('not-found');
		repo.close();
	});

	test('a copy takes them along; purging removes them; the plan’s working copy keeps its own', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		must(await repo.putFundUse(id, TYPED));
		const copy = must(await repo.duplicate(id, 'Copy')).id;
		expect(must(await repo.getFundUse(copy))).toEqual(TYPED);
		// A working copy given the plan's inputs, unless some were typed on it first (they hold the plan's already).
		const other = must(await repo.create(plan('Other'))).id;
		const own = { assessments: [], rewardShares: { [WEST]: 0.5 } };
		must(await repo.putFundUse(other, own));
		expect(must(await repo.copyFundUse(id, other))).toBe(false);
		expect(must(await repo.getFundUse(other))).toEqual(own);
		const third = must(await repo.create(plan('Third'))).id;
		expect(must(await repo.copyFundUse(id, third))).toBe(true);
		expect(must(await repo.getFundUse(third))).toEqual(TYPED);
		must(await repo.purge(id));
		expect(must(await repo.getFundUse(id))).toBeNull();
		expect(must(await repo.getFundUse(copy))).toEqual(TYPED);
		repo.close();
	});
});

describe('read back checked', () => {
	const cases: [string, Record<string, unknown>, { path: string; at?: object; says: string }][] = [
		[
			'a share released above 100 %',
			record({ assessments: [{ street: EAST, quarter: '2022Q2', released: 1.2 }] }),
			{ path: 'assessments[0].released', at: { street: EAST, quarter: '2022Q2' }, says: 'got 1.2' }
		],
		[
			'a negative share released',
			record({ assessments: [{ street: WEST, quarter: '2024Q1', released: -0.1 }] }),
			{ path: 'assessments[0].released', at: { street: WEST, quarter: '2024Q1' }, says: 'got -0.1' }
		],
		[
			'no calendar quarter',
			record({ assessments: [{ street: EAST, quarter: '2022Q5', released: 0.5 }] }),
			{ path: 'assessments[0].quarter', at: { street: EAST, quarter: '2022Q5' }, says: 'such as "2022Q3"' }
		],
		[
			'text for a share',
			record({ assessments: [{ street: EAST, quarter: '2022Q1', released: '80%' }] }),
			{ path: 'assessments[0].released', at: { street: EAST, quarter: '2022Q1' }, says: 'got "80%"' }
		],
		[
			'one street and quarter twice',
			record({
				assessments: [
					{ street: EAST, quarter: '2022Q1', released: 0.5 },
					{ street: EAST, quarter: '2022Q1', released: 0.6 }
				]
			}),
			{ path: 'assessments[1]', at: { street: EAST, quarter: '2022Q1' }, says: 'second result' }
		],
		[
			'a reward share above the whole fund',
			record({ rewardShares: { [WEST]: 1.5 } }),
			{ path: 'rewardShares["西脑包街道"]', at: { street: WEST }, says: 'got 1.5' }
		],
		[
			'shares adding up to more than the fund',
			record({ rewardShares: { [EAST]: 0.6, [WEST]: 0.5 } }),
			{ path: 'rewardShares', says: 'more than the whole fund' }
		],
		['another format', { format: 'something-else', version: 1 }, { path: 'format', says: 'donghe-fund-use' }],
		['a newer version', record({ version: 2 }), { path: 'version', says: 'newer than this workbench reads' }]
	];

	test.each(cases)('%s is refused, named by street and quarter', async (_, raw, want) => {
		const name = freshName();
		const repo = must(await ScenarioRepository.open({ name }));
		const { id } = must(await repo.create(plan('Base')));
		await storeRaw(name, id, raw);
		const e = failure(await repo.getFundUse(id));
		expect(e.kind).toBe('invalid');
		if (e.kind !== 'invalid') return;
		expect(e.issues).toHaveLength(1);
		const [issue] = e.issues;
		expect(issue.path).toBe(want.path);
		expect(issue.at).toEqual(want.at);
		expect(issue.message).toContain(want.says);
		if (want.at && 'quarter' in want.at) expect(issue.message).toContain(`quarter ${want.at.quarter}`);
		if (want.at) expect(issue.message).toContain(`street "${(want.at as { street: string }).street}"`);
		repo.close();
	});
});

describe('in backups', () => {
	test('a backup carries them and restores them; one made before them still imports', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		must(await repo.putFundUse(id, TYPED));
		const file = JSON.parse(JSON.stringify(must(await repo.exportBackup())));
		expect(file.scenarios[0].fundUse).toEqual({
			format: 'donghe-fund-use',
			version: 1,
			assessments: TYPED.assessments,
			rewardShares: TYPED.rewardShares
		});
		const fresh = await openRepo();
		const report = must(await fresh.importBackup(file));
		expect(must(await fresh.getFundUse(report.scenarios[0].id))).toEqual(TYPED);

		// A backup written before the fund-use inputs were kept: no key at all.
		const older = JSON.parse(JSON.stringify(file));
		delete older.scenarios[0].fundUse;
		const again = await openRepo();
		const r = must(await again.importBackup(older));
		expect(must(await again.getFundUse(r.scenarios[0].id))).toBeNull();
		[repo, fresh, again].forEach((x) => x.close());
	});

	test('a bad value in a backup refuses the whole backup, naming scenario, street and quarter', async () => {
		const repo = await openRepo();
		const { id } = must(await repo.create(plan('Base')));
		must(await repo.putFundUse(id, TYPED));
		const file = JSON.parse(JSON.stringify(must(await repo.exportBackup())));
		file.scenarios[0].fundUse.assessments[1].released = 7;
		const fresh = await openRepo();
		const e = failure(await fresh.importBackup(file));
		expect(e.kind).toBe('invalid');
		expect(e.message).toContain(
			'scenarios[0].fundUse.assessments[1].released: street "西脑包街道", quarter 2023Q4: expected a share from 0 to 1, got 7'
		);
		expect(must(await fresh.list())).toEqual([]);
		[repo, fresh].forEach((x) => x.close());
	});
});
