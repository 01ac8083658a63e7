/**
 * The register as kept in IndexedDB beside its scenario: a versioned envelope, checked when read back (the
 * store holds it as opaque JSON, and a later version of this screen must be able to tell what it finds).
 */
import { TIERS } from '../model/catalogue';
import { ENCLOSURES, type AreaUnit, type Compound, type Source } from './types';

export interface Kept {
	register: Compound[];
	source: Source | null;
	areaUnit: AreaUnit | null;
	fileName: string;
	/** The generated sample (or a file whose every name says "(synthetic)"): never shown as real data. */
	synthetic: boolean;
	seed: number | null;
	excluded: number[];
}

export interface Envelope extends Kept {
	format: 'donghe-compound-register';
	version: 1;
	savedAt: string;
}

export function envelope(k: Kept): Envelope {
	return { format: 'donghe-compound-register', version: 1, savedAt: new Date().toISOString(), ...k };
}

const TIER_SET = new Set<string>(TIERS);
const ENCLOSURE_SET = new Set<string>(ENCLOSURES);

function isCompound(c: unknown): c is Compound {
	if (typeof c !== 'object' || c === null) return false;
	const o = c as Record<string, unknown>;
	return (
		typeof o.name === 'string' &&
		typeof o.street === 'string' &&
		typeof o.community === 'string' &&
		TIER_SET.has(o.tier as string) &&
		typeof o.area === 'number' &&
		Number.isFinite(o.area) &&
		o.area > 0 &&
		(o.households === null || typeof o.households === 'number') &&
		typeof o.committee === 'boolean' &&
		typeof o.standard === 'boolean' &&
		ENCLOSURE_SET.has(o.enclosure as string) &&
		typeof o.row === 'number'
	);
}

/** `undefined` for nothing kept; an error string for something kept that this version cannot read. */
export function restore(value: unknown): Kept | undefined | { error: string } {
	if (value === undefined || value === null) return undefined;
	const o = value as Partial<Envelope>;
	if (o.format !== 'donghe-compound-register') return { error: 'the stored register is not in a known format' };
	if (o.version !== 1)
		return { error: `the stored register is version ${String(o.version)}; this page reads version 1` };
	if (!Array.isArray(o.register) || !o.register.every(isCompound)) return { error: 'the stored register is damaged' };
	return {
		register: o.register,
		source: o.source ?? null,
		areaUnit: o.areaUnit ?? null,
		fileName: typeof o.fileName === 'string' ? o.fileName : '',
		synthetic: o.synthetic === true,
		seed: typeof o.seed === 'number' ? o.seed : null,
		excluded: Array.isArray(o.excluded) ? o.excluded.filter((r) => typeof r === 'number') : []
	};
}

/** A file made from the sample (exported, then imported) is still synthetic: its names say so. */
export function looksSynthetic(register: readonly Compound[]): boolean {
	return register.length > 0 && register.every((c) => c.name.includes('(synthetic)'));
}
