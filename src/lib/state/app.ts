/**
 * The composition root: the one place that builds the app's objects and hands each its dependencies (the sheet
 * worker, the Monte Carlo workers, the IndexedDB library, the cross-tab channel). The routes only call these
 * functions; the tests call them with in-process stand-ins (test/state/). No other module constructs a worker
 * client, a repository or a channel for a screen. The workbench and the library are built at once; the other
 * tabs' screens, and their worker clients, when a tab first asks (their code is not in the page's first script:
 * the imports below are dynamic for that reason).
 */
import {
	openLibraryChannel,
	ScenarioRepository,
	type JournalWriter,
	type LibraryChannel,
	type RepositoryOptions
} from '../store';
import { catalogueReady } from '../i18n';
import { nextPaint } from '../ui/paint';
import { workerImporter, type RegisterImporter } from '../worker/register-import-client';
import { journalWorker } from '../worker/journal-client';
import type { WorkerLike } from '../worker/mc-client';
import { SheetClient, sheetWorker, type SheetWorkerLike } from '../worker/sheet-client';
import { decideWorker, mcWorker, tableWorker } from '../worker/spawn';
import { Library } from './library.svelte';
import { SharedLink } from './shared-link.svelte';
import { Workbench } from './workbench.svelte';

export interface AppDeps {
	/** The sheet worker: HyperFormula and the model off the main thread. */
	sheetWorker: () => SheetWorkerLike;
	/** One Monte Carlo worker; a client starts as many as it is given cores. */
	mcWorker: () => WorkerLike;
	/** The Decide tab's worker (explanations and optimisation). */
	decideWorker: () => WorkerLike;
	/** The data table's worker. */
	tableWorker: () => WorkerLike;
	/** Cores for a Monte Carlo run (default: the browser's hardwareConcurrency). */
	mcWorkers?: number;
	/** The library's database (tests pass a fresh name and a clock); the app keeps the defaults. */
	repository?: RepositoryOptions;
	/** Writes accepted edits to the library from its own thread (absent: the page writes them). */
	journalWriter?: () => JournalWriter | null;
	/** Tells other tabs of the library's writes. */
	channel: () => LibraryChannel;
	/** Resolves once the browser has painted, before a long step on the main thread. */
	paint: () => Promise<void>;
	/** Reads a register file (the app: in a worker, cancellable; tests: in this thread). */
	registerImporter: RegisterImporter;
}

export const browserDeps = (): AppDeps => ({
	sheetWorker,
	mcWorker,
	decideWorker,
	tableWorker,
	journalWriter: journalWorker,
	channel: () => openLibraryChannel(),
	paint: nextPaint,
	registerImporter: workerImporter
});

/**
 * Built on the first call, once: a tab's screen keeps its state when the planner leaves the tab and comes back.
 * Its code is imported only once the catalogue's later areas are in (i18n/table-first.ts): a module may build
 * its words as it loads.
 */
function once<T>(make: () => Promise<T>): () => Promise<T> {
	let made: Promise<T> | null = null;
	return () => (made ??= catalogueReady().then(make));
}

/** The workbench page: the open scenario, the library, and the Uncertainty and Register screens' state. */
export function createApp(deps: AppDeps = browserDeps()) {
	const wb = new Workbench(deps.sheetWorker);
	const lib = new Library(wb, {
		repository: deps.repository,
		channel: deps.channel,
		journalWriter: deps.journalWriter
	});
	return {
		wb,
		lib,
		uncertainty: once(async () => {
			const [{ McScreen }, { McClient }] = await Promise.all([
				import('../ui/montecarlo/screen.svelte'),
				import('../worker/mc-client')
			]);
			return new McScreen(wb, (workers = deps.mcWorkers) => new McClient({ workers, createWorker: deps.mcWorker }));
		}),
		register: once(async () => {
			const { RegisterScreen } = await import('../ui/register/screen.svelte');
			return new RegisterScreen(lib, deps.paint, deps.registerImporter);
		}),
		decide: once(async () => {
			const [{ DecideScreen }, { DecideClient }] = await Promise.all([
				import('../ui/decide/screen.svelte'),
				import('../worker/decide-client')
			]);
			return new DecideScreen(wb, lib, () => new DecideClient({ createWorker: deps.decideWorker }));
		}),
		datatable: once(async () => {
			const [{ TableScreen }, { TableClient }] = await Promise.all([
				import('../ui/datatable/screen.svelte'),
				import('../worker/table-client')
			]);
			return new TableScreen(wb, () => new TableClient({ createWorker: deps.tableWorker }));
		}),
		cashflow: once(async () => {
			const { CashflowScreen } = await import('../ui/cashflow/screen.svelte');
			return new CashflowScreen(lib);
		})
	};
}
export type App = ReturnType<typeof createApp>;

/** The Compare & brief page: its own reader (a sheet worker) and its own view of the library. */
export async function createCompare(deps: AppDeps = browserDeps()) {
	await catalogueReady();
	const [{ CompareState }, { McClient }] = await Promise.all([
		import('../ui/compare/compare.svelte'),
		import('../worker/mc-client')
	]);
	return new CompareState({
		sheetClient: () => new SheetClient(() => {}, deps.sheetWorker),
		channel: deps.channel,
		openRepository: (channel) => ScenarioRepository.open({ ...deps.repository, channel }),
		mcClient: () => new McClient({ workers: deps.mcWorkers, createWorker: deps.mcWorker })
	});
}

/** The page a scenario link opens: the link read here, saved to the library only when the planner asks. */
export function createShared(deps: AppDeps = browserDeps()) {
	return new SharedLink(() => ScenarioRepository.open({ ...deps.repository, channel: deps.channel() }));
}
