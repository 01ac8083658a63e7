/** Thin worker shell: HyperFormula and the model live here, off the main thread. */
import * as Comlink from 'comlink';
import { createSheetApi } from './sheet-engine';

// `expose(api, self)`, not `expose(api)`: the latter breaks under @vitest/web-worker.
Comlink.expose(createSheetApi(), self as unknown as Comlink.Endpoint);
