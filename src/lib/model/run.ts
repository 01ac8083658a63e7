/** From evaluated parameter values to a projection: the one call the CLI, the worker and the tests share. */
import { toModelInputs, type ParamValues } from './inputs';
import { project, type Projection } from './projection';

export function runProjection(values: ParamValues, years: number, start: string): Projection {
	return project(toModelInputs(values, years), start);
}
