/**
 * What the decision tools need of an output (a target in a year, a threshold, a total): its value in one
 * iteration of a sample store, and what kind of number it is. Names are parsed by model/outputs.ts; this is
 * only the shape the cores work on, so they can be tested with any function of a run's results.
 */
import type { SampleStore } from '../montecarlo/samples';

export interface RunOutput {
	name: string;
	/**
	 * 'target': 1 met, 0 missed (NaN where the year has no target); 'threshold': 1 when `<name>>X` holds;
	 * 'value': a plain number (万元, a rate).
	 */
	kind: 'target' | 'threshold' | 'value';
	/** The plan year (1-based) the output reads, or null for a horizon total. */
	year: number | null;
	at(s: SampleStore, row: number): number;
}

/** The runs scenario discovery explains: a target missed, or a threshold crossed ("outlay above 3600"). */
export const isEvent = (o: RunOutput, x: number): boolean => (o.kind === 'target' ? x === 0 : x === 1);
