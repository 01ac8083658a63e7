/** What the panel derives from the open scenario and its register: inputs, the plan and the notes above it. */
import { fmtNumber } from '../../i18n/format';
import { t, type Lang } from '../../i18n';
import { tierName } from '../../io/cashflow-words';
import { cashflowPlan, type CashflowPlan } from '../../model/cashflow';
import { TIERS } from '../../model/catalogue';
import { toModelInputs } from '../../model/inputs';
import type { ScenarioDoc } from '../../model/scenario';
import type { Compound } from '../../register/types';
import { paramValues } from '../review/param-values';

export function planOf(
	doc: ScenarioDoc,
	values: Record<string, number | null>,
	register: readonly Compound[],
	rewardShares: Readonly<Record<string, number>>
): CashflowPlan {
	const inputs = toModelInputs(paramValues(values, doc.years), doc.years);
	return cashflowPlan(inputs, doc.start, register, { rewardShares });
}

/** Tiers whose register area differs from the scenario's, in words (none when they agree to 0.0001 万 m²). */
export function areaNotes(L: Lang, plan: CashflowPlan): string[] {
	const f = (x: number) => fmtNumber(L, x, 0, 4);
	return TIERS.flatMap((tier, i) => {
		const reg = plan.areas.register[i],
			scn = plan.areas.scenario[i];
		if (Math.abs(reg - scn) < 5e-5) return [];
		return [t(L, 'cashflow.areaItem', { tier: tierName(L, tier), reg: f(reg), scn: f(scn), diff: f(scn - reg) })];
	});
}

/** The notes above a file's table and a printed sheet: scenario, register, rule, date. */
export function fileNotes(
	L: Lang,
	o: { scenario: string; registerFile: string; synthetic: boolean; date: string }
): string[] {
	return [
		t(L, 'cashflow.title'),
		t(L, 'cashflow.note.scenario', { name: o.scenario }),
		t(L, 'cashflow.note.register', { file: o.registerFile }) + (o.synthetic ? t(L, 'cashflow.note.synthetic') : ''),
		t(L, 'cashflow.note.rule'),
		t(L, 'cashflow.source'),
		t(L, 'cashflow.note.date', { date: o.date }),
		t(L, 'cashflow.unit')
	];
}
