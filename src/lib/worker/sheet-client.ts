/**
 * Main-thread facade of the sheet worker. Every request carries a sequence number; a reply older than one
 * already applied is dropped, so a superseded edit never overwrites a newer result.
 */
import type { Kept } from '../register/stored';
import type { Lineage } from '../io/read-lineage';
import * as Comlink from 'comlink';
import type { Cell, ScenarioDoc, Uncertainty } from '../model/scenario';
import type { Reply, SheetApi } from './sheet-api';

/** Anything comlink can talk to that can be stopped: a Worker, or a MessagePort stand-in in tests. */
export type SheetWorkerLike = Comlink.Endpoint & { terminate(): void };

export const sheetWorker = (): SheetWorkerLike =>
	new Worker(new URL('./sheet.worker.ts', import.meta.url), { type: 'module' });

export class SheetClient {
	#api: Comlink.Remote<SheetApi>;
	#worker: SheetWorkerLike;
	#seq = 0;
	#applied = -1;

	/** `createWorker` is the seam: the app passes the real worker, tests the api in process (see test/state). */
	constructor(
		private onReply: (r: Reply) => void,
		createWorker: () => SheetWorkerLike
	) {
		this.#worker = createWorker();
		this.#api = Comlink.wrap<SheetApi>(this.#worker);
	}

	async #send(call: (seq: number) => Promise<Reply>): Promise<Reply | null> {
		const r = await call(++this.#seq);
		if (r.seq < this.#applied) return null;
		this.#applied = r.seq;
		this.onReply(r);
		return r;
	}

	/** The sequence number of the request sent last (set synchronously when a request is made). */
	get seq() {
		return this.#seq;
	}

	open = (doc: ScenarioDoc) => this.#send((s) => this.#api.open(s, doc));
	edit = (edits: { name: string; cell: Cell }[]) => this.#send((s) => this.#api.edit(s, edits));
	undo = () => this.#send((s) => this.#api.undo(s));
	redo = () => this.#send((s) => this.#api.redo(s));
	setUncertainty = (key: string, u: Uncertainty | null) => this.#send((s) => this.#api.setUncertainty(s, key, u));
	replace = (doc: ScenarioDoc) => this.#send((s) => this.#api.replace(s, doc));
	setMeta = (meta: { name?: string; description?: string }) => this.#api.setMeta(meta);
	links = (name: string) => this.#api.links(name);
	doc = () => this.#api.doc();
	read = (text: string) => this.#api.read(text);
	readXlsx = (bytes: Uint8Array) => this.#api.readXlsx(Comlink.transfer(bytes, [bytes.buffer]));
	exportXlsx = (lang: 'zh' | 'en', register?: Kept, lineage?: Lineage) => this.#api.exportXlsx(lang, register, lineage);

	terminate() {
		this.#worker.terminate();
	}
}
