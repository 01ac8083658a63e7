/**
 * The composition root with its browser dependencies stood in by ones that run in this process: the sheet api
 * and the Monte Carlo api exposed over MessageChannels (as their workers do in the browser), a fresh
 * fake-indexeddb library and a fresh cross-tab channel per test, and no waiting for paint.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import * as Comlink from 'comlink';
import { createDecideApi } from '../../src/lib/model/decide/api';
import { createMcApi } from '../../src/lib/model/montecarlo/api';
import { createTableApi } from '../../src/lib/model/montecarlo/datatable-api';
import type { ScenarioDoc } from '../../src/lib/model/scenario';
import { propagatorFactory } from '../../src/lib/sheet/propagate';
import { createApp, type AppDeps } from '../../src/lib/state/app';
import { openLibraryChannel } from '../../src/lib/store';
import { inProcessImporter } from '../../src/lib/worker/register-import-client';
import { createSheetApi } from '../../src/lib/worker/sheet-engine';

function inProcess(api: object) {
	const { port1, port2 } = new MessageChannel();
	Comlink.expose(api, port1 as unknown as Comlink.Endpoint);
	return Object.assign(port2 as unknown as Comlink.Endpoint, {
		terminate() {
			(api as { cancel?: () => void }).cancel?.();
			port1.close();
			port2.close();
		}
	});
}

/** One browser profile: apps built from the same deps share the library, as tabs of one browser do. */
export function testDeps(): AppDeps {
	const channel = `test-${crypto.randomUUID()}`;
	return {
		sheetWorker: () => inProcess(createSheetApi()),
		mcWorker: () => inProcess(createMcApi(propagatorFactory)),
		mcWorkers: 2,
		decideWorker: () => inProcess(createDecideApi(propagatorFactory)),
		tableWorker: () => inProcess(createTableApi(propagatorFactory)),
		registerImporter: inProcessImporter,
		repository: { name: `test-${crypto.randomUUID()}` },
		channel: () => openLibraryChannel(channel),
		paint: async () => {}
	};
}

export const PLAN = readFileSync('scenarios/plan-2022-2024.json', 'utf8');
export const UNCERTAIN = readFileSync('test/montecarlo/fixtures/plan-uncertain.json', 'utf8');

/** A workbench page started as the route starts it: the library opened, `file` stored if it is empty. */
export async function startedApp(deps: AppDeps, file = PLAN) {
	const app = createApp(deps);
	const r = await app.wb.client.read(file);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	await app.lib.start(r.doc as ScenarioDoc);
	return app;
}

export async function until(cond: () => boolean, what: string, ms = 10_000) {
	const t0 = Date.now();
	while (!cond()) {
		if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 5));
	}
}
