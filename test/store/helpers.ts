/** Shared by the store tests: a fresh database per test, a fake clock, and unwrapping of results. */
import { expect } from 'vitest';
import { ScenarioRepository, type RepositoryOptions } from '../../src/lib/store/repository';
import type { StoreError, StoreResult } from '../../src/lib/store/result';
import { planScenario } from '../../src/lib/model/plan-scenario';
import type { ScenarioDoc } from '../../src/lib/model/scenario';

export const freshName = () => `test-${crypto.randomUUID()}`;

/** A clock that moves one second per reading, so list order never depends on two writes sharing a millisecond. */
export function clock(start = Date.UTC(2024, 0, 1)) {
	const state = { t: start };
	return { now: () => (state.t += 1000), state };
}

export function must<T>(r: StoreResult<T>): T {
	if (!r.ok) throw new Error(`expected success, got ${r.error.kind}: ${r.error.message}`);
	return r.value;
}

export function failure<T>(r: StoreResult<T>): StoreError {
	expect(r.ok, 'expected a failure').toBe(false);
	if (r.ok) throw new Error('unreachable');
	return r.error;
}

export async function openRepo(options: RepositoryOptions = {}): Promise<ScenarioRepository> {
	return must(await ScenarioRepository.open({ name: freshName(), now: clock().now, ...options }));
}

export function plan(name: string): ScenarioDoc {
	return { ...planScenario(), name };
}

/** A copy of `doc` with one cell changed. */
export function withCell(doc: ScenarioDoc, key: string, y: number, value: number | string | null): ScenarioDoc {
	const cells = [...doc.params[key].cells];
	cells[y] = value;
	return { ...doc, params: { ...doc.params, [key]: { ...doc.params[key], cells } } };
}
