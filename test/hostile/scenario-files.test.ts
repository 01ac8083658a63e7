/**
 * Hostile scenario files: each is refused with a message naming the problem, or read within a
 * time budget; nothing throws, nothing hangs, and no built-in prototype is touched.
 */
import { afterEach, expect, test } from 'vitest';
import { describe as say, type ReadError } from '../../src/lib/io/read-error';
import { readScenarioText, type ReadResult } from '../../src/lib/io/read-scenario';
import { CATALOGUE } from '../../src/lib/model/catalogue';
import { contained, deepList, expectReadable, expectUnpolluted, SHORT_BUDGET_MS, text } from './helpers';

afterEach(expectUnpolluted);

const HEAD = '{"format":"property-plan-scenario","version":1';
const scenario = (body: string) => `${HEAD},${body}}`;

function errorsOf(r: ReadResult): ReadError[] {
	if (r.ok) throw new Error('expected the file to be refused, it was accepted');
	for (const e of r.errors) expectReadable(say(e));
	return r.errors;
}
const lines = (r: ReadResult) => errorsOf(r).map(say);

test('scenario-proto-keys.json: every __proto__/constructor/prototype key is an unknown key, nothing is polluted', async () => {
	const out = lines(await contained(() => readScenarioText(text('scenario-proto-keys.json'))));
	for (const k of ['__proto__', 'constructor', 'prototype']) {
		expect(out).toContain(
			`${k}: unknown key "${k}" (allowed: format, version, name, description, start, years, parameters, correlations, actuals, register, fundUse, lineage, notes)`
		);
		expect(out).toContain(`parameters.${k}: unknown parameter "${k}"`);
	}
	expect(out).toContain(
		'parameters.basic_area.__proto__: unknown key "__proto__" (allowed: value or values, note, uncertainty)'
	);
	expect(out).toContain(
		'parameters.basic_area.constructor: unknown key "constructor" (allowed: value or values, note, uncertainty)'
	);
	expect(out.some((l) => l.startsWith('parameters.basic_fee.uncertainty.__proto__'))).toBe(true);
});

test('[scenario-50mb-string.json]: refused by its size before it is parsed', async () => {
	const big = scenario(`"name":"${'x'.repeat(50_000_000)}"`);
	expect(lines(await contained(() => readScenarioText(big)))).toEqual([
		'(file): the file is 50.0 MB; a scenario file is at most 2 MB — is this the right file?'
	]);
});

test('[scenario-100000-deep.json]: 100,000-deep nesting anywhere is refused, never a stack overflow', async () => {
	const deep = deepList(100_000);
	const cases: [string, string, RegExp][] = [
		['the file', deep, /^\(file\): (expected a JSON object|the JSON is nested too deeply)/],
		[
			'a value',
			scenario(`"parameters":{"basic_area":{"value":${deep}}}`),
			/^parameters\.basic_area\.value: expected a number, null or a formula/
		],
		['the name', scenario(`"name":${deep}`), /^name: expected text, got a deeply nested list/],
		['an unknown key', scenario(`"zzz":${deep}`), /^zzz: unknown key "zzz"/],
		[
			'an uncertainty bound',
			scenario(
				`"parameters":{"basic_fee":{"values":[0.3,0.3,0.3],"uncertainty":{"dist":"uniform","low":${deep},"high":0.4}}}`
			),
			/^parameters\.basic_fee\.uncertainty\.low: /
		],
		[
			'an object chain',
			scenario(
				`"parameters":{"basic_fee":{"values":[0.3,0.3,0.3],"uncertainty":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`
			),
			/^parameters\.basic_fee\.uncertainty/
		]
	];
	for (const [where, body, message] of cases)
		expect(lines(await contained(() => readScenarioText(body)))[0], where).toMatch(message);
});

test('[scenario-huge-key.json]: a 500,000-character parameter name is refused quickly, and the message does not echo it', async () => {
	const key = 'k'.repeat(500_000);
	const out = errorsOf(
		await contained(() => readScenarioText(scenario(`"parameters":{"${key}":{"value":1}}`)), SHORT_BUDGET_MS)
	);
	expect(out).toHaveLength(1);
	expect(out[0].message).toMatch(/^unknown parameter "k+…?"/);
});

test('[scenario-20000-unknown-keys.json]: 20,000 unknown parameters are refused within the budget', async () => {
	const params = Array.from({ length: 20_000 }, (_, i) => `"basic_are${i}":{"value":1}`).join(',');
	const out = errorsOf(await contained(() => readScenarioText(scenario(`"parameters":{${params}}`)), SHORT_BUDGET_MS));
	expect(out[0].message).toMatch(/^unknown parameter "basic_are0"/);
});

test('scenario-long-formula.json: a formula over 1,000 characters is refused, naming the cell', async () => {
	expect(lines(await contained(() => readScenarioText(text('scenario-long-formula.json'))))).toEqual([
		'parameters.reward_fund.values[0] (reward_fund, year 1): the formula is 1002 characters long; at most 1000'
	]);
});

test('[scenario-10000-parens.json]: 10,000 nested parentheses are refused by length, before HyperFormula sees them', async () => {
	const f = `=${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
	expect(
		lines(await contained(() => readScenarioText(scenario(`"parameters":{"reward_fund":{"values":["${f}",100,100]}}`))))
	).toEqual([
		'parameters.reward_fund.values[0] (reward_fund, year 1): the formula is 20002 characters long; at most 1000'
	]);
});

test('scenario-deep-formula.json: 200 nested parentheses (403 characters) are refused with a message, not a stack overflow', async () => {
	const out = errorsOf(await contained(() => readScenarioText(text('scenario-deep-formula.json'))));
	expect(out.map((e) => e.path)).toContain('parameters.reward_fund.values[0]');
	expect(out.find((e) => e.path === 'parameters.reward_fund.values[0]')!.message).toMatch(/nest|deep/i);
});

test('[scenario-formula-chain.json]: every cell a formula on the next one is evaluated, or refused cell by cell, in time', async () => {
	// Catalogue order, each cell pointing at the following one; the last holds a plain number.
	const names = CATALOGUE.flatMap((d) =>
		d.shape === 'scalar'
			? [{ key: d.key, name: d.key }]
			: [1, 2, 3].map((y) => ({ key: d.key, name: `${d.key}_y${y}` }))
	);
	const cells = new Map(names.map((n, i) => [n.name, i + 1 < names.length ? `=${names[i + 1].name}` : 1]));
	const parameters = Object.fromEntries(
		CATALOGUE.map((d) => [
			d.key,
			d.shape === 'scalar' ? { value: cells.get(d.key) } : { values: [1, 2, 3].map((y) => cells.get(`${d.key}_y${y}`)) }
		])
	);
	expect(names.length).toBeGreaterThan(100);
	const r = await contained(() =>
		readScenarioText(JSON.stringify({ format: 'property-plan-scenario', version: 1, parameters }))
	);
	// Every cell is 1 then, through the whole chain: a scenario the reader may accept, or refuse cell by cell.
	if (r.ok) expect(new Set(Object.values(r.values).flat())).toEqual(new Set([1]));
	else for (const e of errorsOf(r)) expect(e.param, say(e)).toBeTruthy();
});

test('scenario-cycle.json: a cycle and a self-reference are named as #CYCLE! in each cell', async () => {
	const out = lines(await contained(() => readScenarioText(text('scenario-cycle.json'))));
	for (const y of [0, 1, 2])
		expect(out).toContain(
			`parameters.reward_fund.values[${y}] (reward_fund, year ${y + 1}): #CYCLE! — the formula refers to itself, directly or through other cells (a cycle)`
		);
	expect(out).toContain(
		'parameters.basic_subsidy.values[1] (basic_subsidy, year 2): #CYCLE! — the formula refers to itself, directly or through other cells (a cycle)'
	);
});
