/**
 * Main-thread side of the register import worker: one worker per import, terminated when it answers or when
 * the planner cancels (a synchronous exceljs load stops only that way). A cancelled import resolves to null.
 */
import type { ImportOptions, ImportPhase, ImportResult } from '../register/types';

export interface RunningImport {
	result: Promise<ImportResult | null>;
	cancel: () => void;
}

export type RegisterImporter = (
	bytes: Uint8Array,
	opts: Omit<ImportOptions, 'onPhase'>,
	onPhase: (phase: ImportPhase) => void
) => RunningImport;

export const workerImporter: RegisterImporter = (bytes, opts, onPhase) => {
	const worker = new Worker(new URL('./register-import.worker.ts', import.meta.url), { type: 'module' });
	let settle: (r: ImportResult | null) => void = () => {};
	const result = new Promise<ImportResult | null>((resolve) => (settle = resolve));
	const end = (r: ImportResult | null) => {
		worker.terminate();
		settle(r);
	};
	worker.onmessage = (e: MessageEvent<{ phase?: ImportPhase; result?: ImportResult }>) => {
		if (e.data.phase) onPhase(e.data.phase);
		if (e.data.result) end(e.data.result);
	};
	worker.onerror = (e) => {
		e.preventDefault();
		end({
			ok: false,
			problems: [
				{
					row: 0,
					column: '',
					message: {
						zh: `读取文件时出错（${e.message}），未做任何更改`,
						en: `reading the file failed (${e.message}); nothing changed`
					}
				}
			]
		});
	};
	// The bytes are a copy the screen keeps for re-imports (exclude rows): not transferred.
	worker.postMessage({ bytes, opts });
	return { result, cancel: () => end(null) };
};

/** In this thread (tests, Node): the same steps, but a cancel can only drop the result, not stop the work. */
export const inProcessImporter: RegisterImporter = (bytes, opts, onPhase) => {
	let cancel: () => void = () => {};
	const stopped = new Promise<null>((resolve) => (cancel = () => resolve(null)));
	const done = import('../register/import').then((m) => m.importRegister(bytes, { ...opts, onPhase }));
	return { result: Promise.race([done, stopped]), cancel };
};
