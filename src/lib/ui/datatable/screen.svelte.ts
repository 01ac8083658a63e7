/**
 * The data-table screen's state (模拟运算表): the inputs, the output, how it is computed, the progress and the
 * last table. One per Workbench (built by the composition root), so switching tabs keeps the table. A newer
 * call or Cancel makes an older answer stale: it is dropped. Cancel terminates the worker.
 */
import { msg, t } from '../../i18n';
import { defaultCell } from '../../model/catalogue';
import type { DataTable } from '../../model/montecarlo/datatable';
import { parseOutput, type OutputRef } from '../../model/outputs';
import type { ScenarioDoc } from '../../model/scenario';
import type { Workbench } from '../../state/workbench.svelte';
import type { TableClient } from '../../worker/table-client';
import { prepare } from '../montecarlo/scenario';
import { checkAxis, defaultAxis, type AxisError, type AxisForm } from './axis';
import { defOf } from './labels';

export type Phase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
export type Comparison = '' | '>' | '<' | '>=' | '<=';

/** A finished table with what it needs to be read later, whatever changes on the workbench meanwhile. */
export interface Shown {
	table: DataTable;
	ref: OutputRef;
	start: string;
	years: number;
	scenario: string;
	seed: number;
	/** Per input: whether the scenario's own value is the plan's figure (its clause), else an assumption. */
	sources: { cell: string; clause: string | null }[];
}

export class TableScreen {
	rows = $state<AxisForm>({ cell: '', from: '', to: '', step: '' });
	cols = $state<AxisForm>({ cell: '', from: '', to: '', step: '' });
	twoInputs = $state(true);
	output = $state('total.outlay');
	op = $state<Comparison>('');
	threshold = $state('');
	probability = $state(false);
	runs = $state(500);
	seed = $state(1);

	phase = $state<Phase>('idle');
	done = $state(0);
	total = $state(0);
	error = $state('');
	errors = $state.raw<AxisError[]>([]);
	shown = $state.raw<Shown | null>(null);
	/** Bumped when a table is shown: what the tests wait on. */
	seq = $state(0);
	readonly wb: Workbench;
	#newClient: () => TableClient;
	#client: TableClient | null = null;
	#token = 0;

	constructor(wb: Workbench, newClient: () => TableClient) {
		this.wb = wb;
		this.#newClient = newClient;
	}

	get busy() {
		return this.phase === 'running';
	}

	get hasRanges() {
		return !!this.wb.doc && Object.values(this.wb.doc.params).some((p) => p.uncertainty);
	}

	/** The output's full name: a base name, or a threshold on it (`total.outlay>3600`). */
	get outputName() {
		return this.op ? `${this.output}${this.op}${this.threshold.trim()}` : this.output;
	}

	/** Sets an input to a cell with a first range around its value (the selected cell by default). */
	pick(axis: 'rows' | 'cols', cell: string) {
		this[axis] = defaultAxis(cell, this.wb.values[cell]);
	}

	/** First visit: the selected cell for the rows, and a second cell that is not it for the columns. */
	ensure() {
		if (!this.rows.cell) this.pick('rows', this.wb.selected || 'basic_subsidy_y2');
		if (!this.cols.cell)
			this.pick('cols', this.rows.cell === 'basic_collection_y2' ? 'basic_subsidy_y2' : 'basic_collection_y2');
	}

	#fail(message: string) {
		this.phase = 'failed';
		this.error = message;
	}

	async compute() {
		this.#client?.cancel();
		const token = ++this.#token;
		const L = this.wb.lang;
		const doc = this.wb.doc;
		this.errors = [];
		this.error = '';
		if (!doc) return this.#fail(t(L, 'datatable.noScenario'));
		const errors: AxisError[] = [];
		const rows = checkAxis('rows', this.rows, doc.start, doc.years);
		if (!rows.ok) errors.push(...rows.errors);
		const cols = this.twoInputs ? checkAxis('cols', this.cols, doc.start, doc.years) : null;
		if (cols && !cols.ok) errors.push(...cols.errors);
		if (this.twoInputs && this.rows.cell === this.cols.cell)
			errors.push({
				axis: 'cols',
				field: 'cell',
				message: msg('datatable.sameCell')
			});
		const out = parseOutput(this.outputName, doc.years);
		if (errors.length || !rows.ok || (cols && !cols.ok) || !out.ok) {
			this.errors = errors;
			return this.#fail(!out.ok ? out.message[L] : t(L, 'datatable.fixFields'));
		}
		if (this.probability && !this.hasRanges) return this.#fail(t(L, 'datatable.noRanges'));
		if (this.probability && !(Number.isInteger(this.runs) && this.runs >= 10 && this.runs <= 10_000))
			return this.#fail(t(L, 'datatable.badRuns'));
		if (this.wb.issues.length)
			return this.#fail(
				t(L, 'datatable.fixCells', {
					cells: this.wb.issues
						.map((i) => i.name)
						.filter((n, k, all) => all.indexOf(n) === k)
						.join('、')
				})
			);
		this.phase = 'running';
		this.done = 0;
		this.total = rows.values.length * (cols && cols.ok ? cols.values.length : 1);
		const p = await prepare(this.wb);
		if (token !== this.#token) return;
		if (!p.ok) return this.#fail(p.message);
		this.#client ??= this.#newClient();
		const runs = this.probability ? this.runs : 0;
		const r = await this.#client.table(
			{
				...p.scenario,
				rows: { cell: this.rows.cell, values: rows.values },
				cols: cols && cols.ok ? { cell: this.cols.cell, values: cols.values } : undefined,
				output: this.outputName,
				runs,
				seed: this.seed
			},
			(d, n) => {
				if (token !== this.#token) return;
				this.done = d;
				this.total = n;
			}
		);
		if (token !== this.#token) return;
		if (!r.ok) {
			if (r.cancelled) return void (this.phase = 'cancelled');
			return this.#fail(r.message ? r.message[L] : r.error);
		}
		const cells = [this.rows.cell, ...(cols ? [this.cols.cell] : [])];
		this.shown = {
			table: r.table,
			ref: out.ref,
			start: p.scenario.doc.start,
			years: p.scenario.doc.years,
			scenario: p.source.name,
			seed: this.seed,
			sources: cells.map((cell) => ({ cell, clause: planClause(p.source, cell) }))
		};
		this.phase = 'done';
		this.seq++;
	}

	/** Stops the table now: the worker is terminated; the last table stays on screen. */
	cancel() {
		this.#token++;
		this.#client?.cancel();
		this.phase = 'cancelled';
	}
}

/** The plan clause of the scenario's own value of a cell, when that value is still the plan's figure. */
function planClause(doc: ScenarioDoc, cell: string): string | null {
	const d = defOf(cell);
	if (!d || d.def.origin !== 'plan') return null;
	const y = d.def.shape === 'scalar' ? 0 : d.year - 1;
	return doc.params[d.def.key]?.cells[y] === defaultCell(d.def, y) ? d.def.source : null;
}
