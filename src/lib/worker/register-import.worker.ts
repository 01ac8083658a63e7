/**
 * The register import off the main thread: exceljs reads a 10⁶-row workbook in one synchronous
 * stretch of seconds, which froze the page. This worker posts each step as it starts, then the result; the
 * page stops it with terminate(). A thin shell: the import itself is register/import.ts.
 */
import { importRegister } from '../register/import';
import type { ImportOptions } from '../register/types';

self.onmessage = async (e: MessageEvent<{ bytes: Uint8Array; opts: Omit<ImportOptions, 'onPhase'> }>) => {
	const result = await importRegister(e.data.bytes, {
		...e.data.opts,
		onPhase: (phase) => self.postMessage({ phase })
	});
	self.postMessage({ result });
};
