/**
 * The scenario reader as the CLI, the sheet worker and every import use it: read-core.ts with HyperFormula
 * evaluating the formulas. The page's first screen reads the plan with read-plain.ts instead, without the engine.
 */
import type { ScenarioDoc } from '../model/scenario';
import { createEngine } from '../sheet/engine';
import { evaluateAll } from '../sheet/evaluate';
import { readScenarioObject as readObjectWith, readScenarioText as readTextWith, type ReadResult } from './read-core';

export { MAX_FILE_BYTES, MAX_LISTED_ERRORS, show, type ReadResult } from './read-core';

function evaluateWithEngine(doc: ScenarioDoc) {
	const { hf, sheet } = createEngine(doc);
	try {
		return evaluateAll(hf, sheet, doc.years);
	} finally {
		hf.destroy();
	}
}

export const readScenarioText = (text: string): ReadResult => readTextWith(text, evaluateWithEngine);
export const readScenarioObject = (raw: unknown): ReadResult => readObjectWith(raw, evaluateWithEngine);
