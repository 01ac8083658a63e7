/**
 * The reader the page uses before the formula engine has loaded: the same checks and messages as every reader
 * (read-core.ts), for a file without formulas — the plan. A file with formulas is refused here (the caller asks
 * the sheet worker's reader instead), so HyperFormula stays out of the page's first script.
 */
import { readScenarioObject, type ReadResult } from './read-core';

const noEngine = (): never => {
	throw new Error('this file has formulas: it is read by the formula engine');
};

export const readPlainObject = (raw: unknown): ReadResult => readScenarioObject(raw, noEngine);
