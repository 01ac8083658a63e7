/**
 * A file's lineage: the library scenario it was exported from and the revision it was exported at, so
 * that a colleague's edited copy can be merged against what it started from. Optional: older files have none.
 */
import * as v from 'valibot';
import { said, type ReadError } from './read-error';

export interface Lineage {
	id: string;
	rev: number;
}

const Schema = v.strictObject({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	rev: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export function readLineage(raw: unknown, errors: ReadError[]): Lineage | undefined {
	const r = v.safeParse(Schema, raw);
	if (r.success) return { id: r.output.id, rev: r.output.rev };
	errors.push({ path: 'lineage', ...said('share.lineage') });
	return undefined;
}
