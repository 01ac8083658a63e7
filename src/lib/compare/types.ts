/** One scenario as the comparison sees it: the stored document, its evaluated values and its projection. */
import type { ParamValues } from '../model/inputs';
import type { Projection } from '../model/projection';
import type { ScenarioDoc } from '../model/scenario';

export interface ScenarioRun {
	/** The library id (or a file name in tests): two scenarios may share a name. */
	id: string;
	doc: ScenarioDoc;
	values: ParamValues;
	projection: Projection;
}

export type Bilingual = { zh: string; en: string };
