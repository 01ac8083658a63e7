/**
 * The browser's workers for the tabs opened later (Monte Carlo, Decide, the data table), apart from their
 * clients: the composition root hands these to its screens at once, while each client's code loads only when
 * its tab first asks. Tests pass in-process stand-ins instead.
 */
import type { WorkerLike } from './mc-client';

export const mcWorker = (): WorkerLike => new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' });

export const decideWorker = (): WorkerLike =>
	new Worker(new URL('./decide.worker.ts', import.meta.url), { type: 'module' });

export const tableWorker = (): WorkerLike =>
	new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
