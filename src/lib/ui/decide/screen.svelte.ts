/**
 * The Decide screen's state: the explanation of a missed target and the optimisation, each with its settings,
 * progress and result. One per Workbench (built by the composition root), so switching tabs keeps results.
 * A newer call or Cancel makes an older answer stale: it is dropped. Cancel terminates the worker.
 */
import { t, type Lang } from '../../i18n';
import type { ExplainPoints, Explanation } from '../../model/decide/explain';
import { applyCells } from '../../model/decide/apply';
import type { OptimizeReport } from '../../model/decide/plan-optimize';
import type { SpecError } from '../../model/decide/spec';
import type { ScenarioDoc } from '../../model/scenario';
import type { Library } from '../../state/library.svelte';
import type { Workbench } from '../../state/workbench.svelte';
import type { DecideClient } from '../../worker/decide-client';
import { prepare } from '../montecarlo/scenario';
import { savedNote } from './confirm-words';
import { reach, type ReachEntry } from '../../model/reach/reach';
import {
	explainOutput,
	optimizeSpec,
	whereOf,
	type ConstraintRow,
	type DecisionRow,
	type FormProblem,
	type OutputForm
} from './form';

export type Phase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
export type { ConstraintRow, DecisionRow } from './form';

export class DecideScreen {
	// Why a target fails: a target, or an output with a threshold.
	explainForm = $state<OutputForm>({ output: 'y2.target.satisfaction', op: '', threshold: '' });
	runs = $state(10_000);
	seed = $state(1);
	// The cheapest plan.
	rows = $state<DecisionRow[]>([
		{ cell: 'basic_subsidy_y2', min: '0', max: '0.3', step: '0.005' },
		{ cell: 'basic_subsidy_y3', min: '0', max: '0.3', step: '0.005' }
	]);
	minimize = $state('total.outlay');
	constraints = $state<ConstraintRow[]>([
		{ output: 'y3.target.standard', op: '', threshold: '', kind: 'probability', probability: '80 %' }
	]);
	taper = $state(false);
	optRuns = $state(2000);
	optSeed = $state(1);

	phase = $state<Phase>('idle');
	task = $state<'explain' | 'optimize' | null>(null);
	done = $state(0);
	total = $state(0);
	error = $state('');
	/** Why the last call was refused, in the form's words (which part: explain or optimise). */
	problems = $state.raw<{ task: 'explain' | 'optimize'; list: FormProblem[] } | null>(null);
	explanation = $state.raw<{
		e: Explanation;
		points: ExplainPoints | null;
		start: string;
		years: number;
		/** When every run misses a target: what money can reach and what would meet it. */
		reach?: ReachEntry | null;
		key: string;
		doc: ScenarioDoc;
	} | null>(null);
	report = $state.raw<{
		r: OptimizeReport;
		source: ScenarioDoc;
		was: Record<string, number | string>;
		key: string;
		doc: ScenarioDoc;
	} | null>(null);
	saved = $state('');
	/** Bumped when a result is shown: what the tests wait on. */
	seq = $state(0);
	readonly wb: Workbench;
	readonly lib: Library;
	#newClient: () => DecideClient;
	#client: DecideClient | null = null;
	#token = 0;

	constructor(wb: Workbench, lib: Library, newClient: () => DecideClient) {
		this.wb = wb;
		this.lib = lib;
		this.#newClient = newClient;
	}

	get busy() {
		return this.phase === 'running';
	}

	get #start0() {
		return this.wb.doc?.start ?? '2022-01';
	}
	get #years() {
		return this.wb.doc?.years ?? 3;
	}
	/** What the explanation was computed from: when it differs from the settings now, the result is stale. */
	get explainKey() {
		return JSON.stringify([this.explainForm, this.runs, this.seed]);
	}
	get optimizeKey() {
		return JSON.stringify([this.rows, this.minimize, this.constraints, this.taper, this.optRuns, this.optSeed]);
	}
	/** A changed setting or scenario marks the last result stale at once (it stays, marked, until the next run). */
	get explainStale() {
		const x = this.explanation;
		return !!x && (x.key !== this.explainKey || x.doc !== this.wb.doc);
	}
	get optimizeStale() {
		const x = this.report;
		return !!x && (x.key !== this.optimizeKey || x.doc !== this.wb.doc);
	}

	/** The settings as the CLI's spec, or the problems with them in the planner's words. */
	spec() {
		return optimizeSpec(
			{
				rows: this.rows,
				minimize: this.minimize,
				constraints: this.constraints,
				taper: this.taper,
				runs: this.optRuns,
				seed: this.optSeed
			},
			this.#start0,
			this.#years
		);
	}

	#start(task: 'explain' | 'optimize') {
		this.#client?.cancel();
		this.task = task;
		this.phase = 'running';
		this.error = '';
		this.problems = null;
		this.done = 0;
		this.total = 1;
		this.saved = '';
		return ++this.#token;
	}

	#progress = (token: number) => (d: number, n: number) => {
		if (token !== this.#token) return;
		this.done = d;
		this.total = n;
	};

	async explain() {
		const out = explainOutput(this.explainForm, this.#start0, this.#years);
		if (!out.ok) return this.#refuse('explain', [out.problem]);
		const key = this.explainKey;
		const token = this.#start('explain');
		const p = await prepare(this.wb);
		if (token !== this.#token) return;
		if (!p.ok) return this.#fail(p.message);
		this.#client ??= this.#newClient();
		const r = await this.#client.explain(
			{ ...p.scenario, output: out.name, runs: this.runs, seed: this.seed, maxPoints: 3000 },
			this.#progress(token)
		);
		if (token !== this.#token) return;
		if (!r.ok) {
			if (r.cancelled) return void (this.phase = 'cancelled');
			const m = 'message' in r && r.message ? r.message[this.wb.lang] : r.error;
			return this.#fail(m);
		}
		const { doc, values } = p.scenario;
		const e = r.explanation;
		const reachOf =
			e.missRate === 1 && e.kind === 'target' ? reach(values, doc.years, doc.start, { only: e.output }) : [];
		this.explanation = {
			e,
			points: r.points,
			start: doc.start,
			years: doc.years,
			reach: reachOf[0] ?? null,
			key,
			doc: p.source
		};
		this.phase = 'done';
		this.seq++;
	}

	async optimize() {
		const checked = this.spec();
		if (!checked.ok) return this.#refuse('optimize', checked.problems);
		const key = this.optimizeKey;
		const token = this.#start('optimize');
		const p = await prepare(this.wb);
		if (token !== this.#token) return;
		if (!p.ok) return this.#fail(p.message);
		this.#client ??= this.#newClient();
		const r = await this.#client.optimize(p.scenario, checked.spec, this.#progress(token));
		if (token !== this.#token) return;
		if (!r.ok) {
			if (r.cancelled) return void (this.phase = 'cancelled');
			if ('errors' in r && r.errors) return this.#refuse('optimize', this.#named(r.errors));
			return this.#fail(r.error);
		}
		const was = Object.fromEntries(
			Object.keys(r.report.cells).map((name) => {
				const m = /^(.*)_y(\d+)$/.exec(name);
				const entry = p.source.params[m ? m[1] : name];
				const cell = entry?.cells[m ? Number(m[2]) - 1 : 0];
				return [name, cell ?? ''];
			})
		);
		this.report = { r: r.report, source: p.source, was, key, doc: p.source };
		this.phase = 'done';
		this.seq++;
	}

	/** Stops the call now: the worker is terminated; the last results stay on screen. */
	cancel() {
		this.#token++;
		this.#client?.cancel();
		this.phase = 'cancelled';
	}

	/** The optimised plan as a new scenario in the library (a copy), named and noted as optimised. */
	async saveAsScenario(L: Lang) {
		const rep = this.report;
		if (!rep) return;
		const source = $state.snapshot(rep.source) as ScenarioDoc;
		if (!rep.r.feasible) return; // only a confirmed plan is offered for saving
		const date = new Date(Date.now()).toISOString().slice(0, 10); // eslint-disable-line svelte/prefer-svelte-reactivity -- a timestamp, not state
		const name = t(L, 'decide.savedName', { name: source.name });
		const note = savedNote(L, rep.r, source.start, source.years, date);
		const doc = applyCells(source, rep.r.cells, { name, note });
		await this.lib.create(doc);
		this.saved = t(L, 'decide.saved', { name });
	}

	/** The model's spec refusals (keyed by internal paths) named by the form's words. */
	#named(errors: SpecError[]): FormProblem[] {
		return errors.map((e) => ({
			where: whereOf(e.key, this.constraints, this.#start0, this.#years),
			message: e.message,
			code: e.key
		}));
	}

	/** Refused before or by the check: nothing computed; the last result stays, marked stale by the change. */
	#refuse(task: 'explain' | 'optimize', list: FormProblem[]) {
		this.#token++;
		this.#client?.cancel();
		this.problems = { task, list };
		this.phase = 'failed';
		this.error = t(this.wb.lang, 'words.refused');
	}

	#fail(message: string) {
		this.phase = 'failed';
		this.error = message;
	}
}
