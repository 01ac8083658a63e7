/**
 * The composition root: the one place that builds the app's objects and hands each its dependencies (the sheet
 * worker, the Monte Carlo workers, the IndexedDB library, the cross-tab channel). The routes only call these
 * functions; the tests call them with in-process stand-ins (test/state/). No other module constructs a worker
 * client, a repository or a channel for a screen.
 */
import {
	openLibraryChannel,
	ScenarioRepository,
	type JournalWriter,
	type LibraryChannel,
	type RepositoryOptions
} from '../store';
import { CompareState } from '../ui/compare/compare.svelte';
import { DecideScreen } from '../ui/decide/screen.svelte';
import { McScreen } from '../ui/montecarlo/screen.svelte';
import { RegisterScreen, nextPaint } from '../ui/register/screen.svelte';
import { DecideClient, decideWorker } from '../worker/decide-client';
import { workerImporter, type RegisterImporter } from '../worker/register-import-client';
import { journalWorker } from '../worker/journal-client';
import { TableScreen } from '../ui/datatable/screen.svelte';
import { TableClient, tableWorker } from '../worker/table-client';
import { McClient, mcWorker, type WorkerLike } from '../worker/mc-client';
import { SheetClient, sheetWorker, type SheetWorkerLike } from '../worker/sheet-client';
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

/** The workbench page: the open scenario, the library, and the Uncertainty and Register screens' state. */
export function createApp(deps: AppDeps = browserDeps()) {
	const wb = new Workbench(deps.sheetWorker);
	const lib = new Library(wb, {
		repository: deps.repository,
		channel: deps.channel,
		journalWriter: deps.journalWriter
	});
	const newMcClient = (workers = deps.mcWorkers) => new McClient({ workers, createWorker: deps.mcWorker });
	return {
		wb,
		lib,
		uncertainty: new McScreen(wb, newMcClient),
		register: new RegisterScreen(lib, deps.paint, deps.registerImporter),
		decide: new DecideScreen(wb, lib, () => new DecideClient({ createWorker: deps.decideWorker })),
		datatable: new TableScreen(wb, () => new TableClient({ createWorker: deps.tableWorker }))
	};
}
export type App = ReturnType<typeof createApp>;

/** The Compare & brief page: its own reader (a sheet worker) and its own view of the library. */
export function createCompare(deps: AppDeps = browserDeps()) {
	return new CompareState({
		sheetClient: () => new SheetClient(() => {}, deps.sheetWorker),
		channel: deps.channel,
		openRepository: (channel) => ScenarioRepository.open({ ...deps.repository, channel }),
		mcClient: () => new McClient({ workers: deps.mcWorkers, createWorker: deps.mcWorker })
	});
}

/** The page a scenario link opens: the link read here, saved to the library only when the planner asks. */
export function createShared(deps: AppDeps = browserDeps()) {
	return new SharedLink({ ...deps.repository, channel: deps.channel() });
}
