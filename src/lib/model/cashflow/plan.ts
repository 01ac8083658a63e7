/**
 * The monthly fund-use plan (分月用款计划): the district's monthly subsidy and waiver compensation
 * split between the towns and streets that pay the firms (§七), from the register's areas and the scenario.
 * Rule and its proof of adding up: docs/model.md § 分月用款计划.
 */
import type { ModelInputs } from '../inputs';
import { project, type MonthSeries } from '../projection';
import { monthLabel } from '../time';
import { originSeries, type OriginSeries } from './origins';
import { streetShares, type PlacedArea, type StreetShares } from './shares';

const NT = 4;

export interface StreetMonths {
	street: string;
	/** 万元 a month, month 0 = `start`. */
	subsidy: Float64Array;
	waiverCompensation: Float64Array;
	/** The reward fund the planner assigned to this street (0 unless `rewardShares` names it). */
	rewardFund: Float64Array;
	/** Fees billed and waived on the street's area (万元), and its basic area in grace (万 m²): the rule's trail. */
	billed: Float64Array;
	waived: Float64Array;
	grace: Float64Array;
}

export interface CashflowPlan {
	start: string;
	months: string[];
	streets: StreetMonths[];
	/** The district's monthly subsidy + waiver compensation, summed over tiers as the model reports it. */
	district: { subsidy: Float64Array; waiverCompensation: Float64Array; rewardFund: Float64Array };
	/** The reward fund no street was given (the default: all of it). */
	unallocatedReward: Float64Array;
	/** Subsidy + waiver compensation of tiers the register has no area in (see StreetShares.unplaced). */
	unplaced: Float64Array;
	shares: StreetShares;
	/** Register area per tier against the scenario's (万 m²): shown when they differ. */
	areas: { register: number[]; scenario: number[] };
}

export interface CashflowOptions {
	/** The planner's split of the reward fund, by street, each 0–1, adding to at most 1 (assumption). */
	rewardShares?: Readonly<Record<string, number>>;
}

export function cashflowPlan(
	inp: ModelInputs,
	start: string,
	rows: readonly PlacedArea[],
	opts: CashflowOptions = {}
): CashflowPlan {
	const M = 12 * inp.years;
	const shares = streetShares(rows, inp.area);
	const origin = originSeries(inp);
	const streets = shares.streets.map((street, k) => streetMonths(street, shares.share[k], origin, M));
	const reward = new Float64Array(M);
	for (let y = 0; y < inp.years; y++) reward[12 * y] = inp.rewardFund[y];
	let given = 0;
	for (const s of streets) {
		const r = opts.rewardShares?.[s.street] ?? 0;
		if (r === 0) continue;
		given += r;
		for (let m = 0; m < M; m++) s.rewardFund[m] = r * reward[m];
	}
	// The share no street was given, times the fund: a split adding to 100 % leaves exactly 0, where subtracting
	// each street's part could leave −7e-15 and show as "-0.000" in the table and the files.
	const left = Math.max(0, 1 - given);
	const unallocatedReward = reward.map((x) => left * x);
	const unplaced = new Float64Array(M);
	for (let o = 0; o < NT; o++) {
		if (shares.registerArea[o] > 0) continue;
		for (let m = 0; m < M; m++) unplaced[m] += origin.subsidy[o][m] + origin.waiverCompensation[o][m];
	}
	return {
		start,
		months: Array.from({ length: M }, (_, m) => monthLabel(start, m)),
		streets,
		district: districtSeries(project(inp, start).months, reward, M),
		unallocatedReward,
		unplaced,
		shares,
		areas: { register: shares.registerArea, scenario: inp.area.slice() }
	};
}

function streetMonths(street: string, p: number[], o: OriginSeries, M: number): StreetMonths {
	const s: StreetMonths = {
		street,
		subsidy: new Float64Array(M),
		waiverCompensation: new Float64Array(M),
		rewardFund: new Float64Array(M),
		billed: new Float64Array(M),
		waived: new Float64Array(M),
		grace: new Float64Array(M)
	};
	for (let t = 0; t < NT; t++) {
		const w = p[t];
		if (w === 0) continue;
		for (let m = 0; m < M; m++) {
			s.subsidy[m] += w * o.subsidy[t][m];
			s.waiverCompensation[m] += w * o.waiverCompensation[t][m];
			s.billed[m] += w * o.billed[t][m];
			s.waived[m] += w * o.waived[t][m];
			s.grace[m] += w * o.grace[t][m];
		}
	}
	return s;
}

/** The district row is project()'s own monthly figures, so the plan's total is the model's, not a re-sum. */
function districtSeries(p: MonthSeries, reward: Float64Array, M: number): CashflowPlan['district'] {
	const subsidy = new Float64Array(M),
		waiverCompensation = new Float64Array(M);
	for (let t = 0; t < NT; t++)
		for (let m = 0; m < M; m++) {
			subsidy[m] += p.subsidy[t][m];
			waiverCompensation[m] += p.waiverCompensation[t][m];
		}
	return { subsidy, waiverCompensation, rewardFund: reward };
}

/** A street's monthly cash need: subsidy + waiver compensation + any reward fund given to it (万元). */
export function streetTotal(s: StreetMonths, m: number): number {
	return s.subsidy[m] + s.waiverCompensation[m] + s.rewardFund[m];
}
