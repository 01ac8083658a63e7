/**
 * The open scenario as the Monte Carlo workers take it: written out as a file and read back by the sheet
 * worker, exactly as the CLI reads a file — so the same scenario and seed give the same numbers in both, and
 * what crosses to the workers is plain data (never a Svelte proxy).
 */
import { writeScenario } from '../../io/write-scenario';
import type { Lang } from '../../i18n';
import type { Scenario } from '../../model/montecarlo/api';
import { toModelInputs } from '../../model/inputs';
import { project, type Projection } from '../../model/projection';
import type { ScenarioDoc } from '../../model/scenario';
import type { Workbench } from '../../state/workbench.svelte';
import { t } from './text';

export type Prepared =
	{ ok: true; scenario: Scenario; projection: Projection; source: ScenarioDoc } | { ok: false; message: string };

export async function prepare(wb: Workbench): Promise<Prepared> {
	const source = wb.doc;
	if (!source) return { ok: false, message: t(wb.lang, 'noScenario') };
	const r = await wb.client.read(writeScenario(source));
	if (!r.ok) return { ok: false, message: r.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
	// The deterministic projection of exactly these values: the reference line and column beside the percentiles.
	const projection = project(toModelInputs(r.values, r.doc.years), r.doc.start);
	return { ok: true, scenario: { doc: r.doc, values: r.values }, projection, source };
}

export interface Blocker {
	text: string;
	items: string[];
}

/**
 * Why nothing can run yet, in words that say where to go: cell errors (named) and, for what draws from the
 * ranges (the run, the tornado, the probability seek), range problems (named) or no range at all.
 */
export function blockers(wb: Workbench, L: Lang, needRanges: boolean): Blocker[] {
	const out: Blocker[] = [];
	if (!wb.doc) return [{ text: t(L, 'noScenario'), items: [] }];
	if (wb.issues.length) out.push({ text: t(L, 'fixCells'), items: [...new Set(wb.issues.map((i) => i.name))] });
	if (needRanges && wb.rangeIssues.length)
		out.push({ text: t(L, 'fixRanges'), items: wb.rangeIssues.map((i) => `${i.key}: ${i[L]}`) });
	if (needRanges && !Object.values(wb.doc.params).some((p) => p.uncertainty))
		out.push({ text: t(L, 'noRanges'), items: [] });
	return out;
}
