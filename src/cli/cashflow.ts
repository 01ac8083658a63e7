/**
 * `simulate FILE --cashflow [--register REGISTER.csv|xlsx]`: the monthly fund-use plan by street.
 * The register comes from --register, else from the scenario file (files may carry one); a register that does
 * not import is refused with the importer's own problems, each with its file row.
 */
import { readFileSync } from 'node:fs';
import { cashflowPlan, streetTotal, type CashflowPlan } from '../lib/model/cashflow';
import { toModelInputs, type ParamValues } from '../lib/model/inputs';
import type { ScenarioDoc } from '../lib/model/scenario';
import { importRegister } from '../lib/register/import';
import type { Compound } from '../lib/register/types';

type Out = { ok: true; result: ReturnType<typeof cashflowJson> } | { ok: false; errors: string[] };

export async function runCliCashflow(
	doc: ScenarioDoc,
	values: ParamValues,
	registerPath: string | undefined,
	carried: Compound[] | undefined
): Promise<Out> {
	let register = carried;
	if (registerPath !== undefined) {
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(readFileSync(registerPath));
		} catch (e) {
			return {
				ok: false,
				errors: [`${registerPath}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`]
			};
		}
		const r = await importRegister(bytes);
		if (!r.ok)
			return {
				ok: false,
				errors: r.problems.map((p) => {
					const where = p.row > 0 ? `row ${p.row}${p.column ? `, ${p.column}` : ''}: ` : '';
					return `${registerPath}: ${where}${p.message.en} — ${p.message.zh}`;
				})
			};
		register = r.register;
	}
	if (!register)
		return {
			ok: false,
			errors: [
				'--cashflow needs a compound register: --register REGISTER.csv|xlsx, or a scenario file that carries one'
			]
		};
	const plan = cashflowPlan(toModelInputs(values, doc.years), doc.start, register);
	return { ok: true, result: cashflowJson(plan) };
}

/** The issue's shape, 万元 unrounded; `notPlaced` and `areas` only say what the rule could not place and why. */
export function cashflowJson(p: CashflowPlan) {
	const streets = p.streets.map((s) => {
		const months = p.months.map((month, m) => ({
			month,
			subsidy: s.subsidy[m],
			waiverCompensation: s.waiverCompensation[m],
			total: streetTotal(s, m)
		}));
		return { street: s.street, months, total: months.reduce((x, r) => x + r.total, 0) };
	});
	const placed = p.shares.unplaced.length > 0;
	return {
		streets,
		unallocated: p.months.map((month, m) => ({
			month,
			rewardFund: p.unallocatedReward[m],
			...(placed ? { notPlaced: p.unplaced[m] } : {})
		})),
		...(placed ? { notPlacedTiers: p.shares.unplaced } : {}),
		areas: { register: p.areas.register, scenario: p.areas.scenario }
	};
}
