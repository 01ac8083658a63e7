/**
 * What the data-table worker does, as a plain async function (table.worker.ts is only a comlink shell around
 * it): the table on a plan built afresh from the scenario. The output arrives as its name and is parsed here,
 * at the edge; nothing throws across the boundary, every outcome is a value.
 */
import { parseOutput, type Words } from '../outputs';
import type { ScenarioDoc } from '../scenario';
import type { Scenario } from './api';
import { dataTable, type DataTable, type TableAxis, type TableProgress } from './datatable';
import { preparePlan } from './plan';
import type { PropagatorFactory } from './propagator';

export interface TableCall extends Scenario {
	rows: TableAxis;
	cols?: TableAxis;
	/** An output name (`total.outlay`, `y3.target.satisfaction`, `total.outlay>3600`). */
	output: string;
	runs?: number;
	seed?: number;
	lhs?: boolean;
}
export type TableReply =
	{ ok: true; table: DataTable } | { ok: false; cancelled: boolean; error: string; message?: Words };

export interface TableApi {
	table(req: TableCall, onProgress?: TableProgress): Promise<TableReply>;
}

const say = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createTableApi(factory?: (doc: ScenarioDoc, base: Float64Array) => PropagatorFactory): TableApi {
	const failed = (error: string, message?: Words): TableReply => ({ ok: false, cancelled: false, error, message });
	return {
		async table(req, onProgress) {
			const out = parseOutput(req.output, req.doc.years);
			if (!out.ok) return failed(out.message.en, out.message);
			let p;
			try {
				p = await preparePlan(req.doc, req.values, factory && ((base) => factory(req.doc, base)));
			} catch (e) {
				return failed(`the scenario could not be prepared: ${say(e)}`);
			}
			if (!p.ok) return failed(p.error);
			try {
				const r = await dataTable(
					p.plan,
					{ rows: req.rows, cols: req.cols, output: out.ref, runs: req.runs, seed: req.seed, lhs: req.lhs },
					{ onProgress }
				);
				return r.ok ? r : failed(r.message.en, r.message);
			} catch (e) {
				return failed(say(e));
			} finally {
				p.plan.propagator.dispose();
			}
		}
	};
}
