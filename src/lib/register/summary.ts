/**
 * Register summaries by tier, street, community and enclosure, computed with arquero and returned as plain
 * objects (ready for a table, a chart, a worker message or writeCsv). Shares are of compounds, not of area,
 * as the plan's §三 targets count compounds.
 */
import { op, table } from 'arquero';
import { TIERS, TIER_LABEL, type Tier } from '../model/catalogue';
import type { CsvColumn } from './csv';
import { ENCLOSURES, ENCLOSURE_LABEL, type Compound, type Enclosure, type Msg } from './types';

export interface Stats {
	compounds: number;
	/** 万 m² */
	area: number;
	committees: number;
	committee_share: number;
	at_standard: number;
	standard_share: number;
}

export interface RegisterSummary {
	total: Stats;
	byTier: (Stats & { tier: Tier })[];
	byStreet: (Stats & { street: string })[];
	byCommunity: (Stats & { street: string; community: string })[];
	byEnclosure: (Stats & { enclosure: Enclosure })[];
}

/** Sums per finest group; every summary below adds these up, and shares are taken last. */
const FINE = {
	compounds: op.count(),
	area: op.sum('area'),
	committees: op.sum('committee'),
	at_standard: op.sum('standard')
};
const ADD = {
	compounds: op.sum('compounds'),
	area: op.sum('area'),
	committees: op.sum('committees'),
	at_standard: op.sum('at_standard')
};
const SHARES = {
	committee_share: 'd => d.committees / d.compounds',
	standard_share: 'd => d.at_standard / d.compounds'
};

export function summarise(register: readonly Compound[]): RegisterSummary {
	// Columns, not objects: arquero builds a 100,000-row table from arrays without copying per row.
	const n = register.length;
	const cols = {
		tier: new Array<string>(n),
		street: new Array<string>(n),
		community: new Array<string>(n),
		enclosure: new Array<string>(n),
		area: new Float64Array(n),
		committee: new Uint8Array(n),
		standard: new Uint8Array(n)
	};
	register.forEach((c, i) => {
		cols.tier[i] = c.tier;
		cols.street[i] = c.street;
		cols.community[i] = c.community;
		cols.enclosure[i] = c.enclosure;
		cols.area[i] = c.area;
		cols.committee[i] = c.committee ? 1 : 0;
		cols.standard[i] = c.standard ? 1 : 0;
	});
	if (n === 0) {
		const byTier = TIERS.map((tier) => ({ ...empty(), tier }));
		const byEnclosure = ENCLOSURES.map((enclosure) => ({ ...empty(), enclosure }));
		return { total: empty(), byTier, byStreet: [], byCommunity: [], byEnclosure };
	}
	// One pass over the register (a few hundred groups at most), then every summary from that small table:
	// five groupings of 100,000 rows cost about twice as much.
	const fine = table(cols).groupby('street', 'community', 'tier', 'enclosure').rollup(FINE);
	const by = <K extends string>(...keys: K[]) =>
		fine
			.groupby(...keys)
			.rollup(ADD)
			.derive(SHARES)
			.orderby(...keys)
			.objects() as unknown as (Stats & Record<K, string>)[];
	const total = fine.rollup(ADD).derive(SHARES).objects()[0] as unknown as Stats;
	// Tiers and enclosures in the plan's order; every tier listed, even one the register lacks.
	const tiers = by('tier');
	const byTier = TIERS.map((tier) => ({ ...(tiers.find((r) => r.tier === tier) ?? empty()), tier }));
	const enc = by('enclosure');
	const byEnclosure = ENCLOSURES.map((e) => ({ ...(enc.find((r) => r.enclosure === e) ?? empty()), enclosure: e }));
	return { total, byTier, byStreet: by('street'), byCommunity: by('street', 'community'), byEnclosure };
}

function empty(): Stats {
	return { compounds: 0, area: 0, committees: 0, committee_share: 0, at_standard: 0, standard_share: 0 };
}

const STAT_LABEL: Record<keyof Stats, Msg> = {
	compounds: { en: 'compounds', zh: '小区数' },
	area: { en: 'area (万 m²)', zh: '面积（万 m²）' },
	committees: { en: 'with owners committee', zh: '已成立业委会' },
	committee_share: { en: 'committee share', zh: '业委会组建率' },
	at_standard: { en: 'meeting standard', zh: '达标小区数' },
	standard_share: { en: 'standard share', zh: '达标率' }
};
const GROUP_LABEL: Record<'tier' | 'street' | 'community' | 'enclosure', Msg> = {
	tier: { en: 'tier', zh: '物业类型' },
	street: { en: 'street', zh: '镇/街道' },
	community: { en: 'community', zh: '社区' },
	enclosure: { en: 'enclosure', zh: '封闭情况' }
};

/** CSV columns for one summary table, e.g. writeCsv(s.byTier, summaryColumns(['tier'], 'zh')). */
export function summaryColumns<R extends Stats>(
	groups: ('tier' | 'street' | 'community' | 'enclosure')[],
	lang: keyof Msg
): CsvColumn<R>[] {
	const label = (g: string, v: string) =>
		g === 'tier' ? TIER_LABEL[v as Tier][lang] : g === 'enclosure' ? ENCLOSURE_LABEL[v as Enclosure][lang] : v;
	return [
		...groups.map((g) => ({
			header: GROUP_LABEL[g][lang],
			value: (r: R) => label(g, String((r as Record<string, unknown>)[g]))
		})),
		...(Object.keys(STAT_LABEL) as (keyof Stats)[]).map((k) => ({ header: STAT_LABEL[k][lang], value: (r: R) => r[k] }))
	];
}
