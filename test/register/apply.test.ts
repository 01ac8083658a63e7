import { describe, expect, it } from 'vitest';
import { PARAM } from '../../src/lib/model/catalogue';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { diffStart, START_KEYS, startState } from '../../src/lib/register/apply';
import { registerCsv } from '../../src/lib/register/export';
import { importCsv } from '../../src/lib/register/import';
import { sampleRegister } from '../../src/lib/register/sample';

const planDefaults = () => Object.fromEntries(START_KEYS.map((k) => [k, PARAM.get(k)!.default as number]));

function docWith(values: Record<string, number | string | null>): ScenarioDoc {
	const params = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { cells: [v] }]));
	return { name: 't', description: '', start: '2022-01', years: 3, params };
}

describe('a register that sums to the plan reproduces the plan start state', () => {
	it.each([
		['in memory', () => sampleRegister()],
		['through a Chinese CSV in m²', () => reimport('zh', 'm2')],
		['through an English CSV in 万 m²', () => reimport('en', 'wan_m2')]
	])('%s', (_, make) => {
		const state = startState(make());
		const plan = planDefaults();
		// Plan: market 100 / 1244.045, quasi 37 / 249.31, basic 176 / 860.79, self 3 / 2.0515; 184; 209.
		expect(Object.keys(state).sort()).toEqual(Object.keys(plan).sort());
		for (const k of START_KEYS) expect(Math.abs(state[k] - plan[k]), k).toBeLessThanOrEqual(1e-9);
		expect(plan).toMatchObject({
			market_compounds: 100,
			market_area: 1244.045,
			committees_start: 184,
			standard_start: 209
		});
	});

	it('so applying it to the plan scenario changes nothing', () => {
		expect(diffStart(docWith(planDefaults()), sampleRegister())).toEqual([]);
	});
});

function reimport(lang: 'zh' | 'en', areaUnit: 'm2' | 'wan_m2') {
	const res = importCsv(new TextEncoder().encode(registerCsv(sampleRegister(), { lang, areaUnit })));
	if (!res.ok) throw new Error(res.problems[0].message.en);
	expect(res.source.encoding).toBe('utf-8-bom');
	expect(res.areaUnitDetected).toBe(areaUnit);
	return res.register;
}

describe('diffStart', () => {
	it('lists only the cells that change, with old and new values', () => {
		const register = sampleRegister().filter((c) => !(c.tier === 'self' && c.committee === false));
		const removed = sampleRegister().filter((c) => c.tier === 'self' && !c.committee);
		const doc = docWith({ ...planDefaults(), quasi_area: '=249.31', basic_compounds: null });
		const changes = diffStart(doc, register);
		const selfArea = Math.round((2.0515 - removed.reduce((s, c) => s + c.area, 0)) * 1e6) / 1e6;
		expect(changes).toEqual([
			{ key: 'basic_compounds', old: null, new: 176 },
			{ key: 'self_compounds', old: 3, new: 3 - removed.length },
			{ key: 'quasi_area', old: '=249.31', new: 249.31 },
			{ key: 'self_area', old: 2.0515, new: selfArea },
			...(removed.some((c) => c.standard)
				? [{ key: 'standard_start', old: 209, new: 209 - removed.filter((c) => c.standard).length }]
				: [])
		]);
		expect(removed.length).toBeGreaterThan(0);
	});
});
