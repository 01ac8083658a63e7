/**
 * A grid's keyboard home while a cell is selected, not edited: one invisible text field (the sink) laid over the
 * active cell. An input method (Pinyin) only composes into an editable element, so a grid (a div or a table)
 * would drop it; the sink receives the composition, the cell's editor shows it as it grows, and at its end the
 * editor takes over with the composed text (the first characters are never lost, and the IME's Enter does not
 * commit). It stays in the page as the selection moves: focus never jumps between elements on a move. The main
 * grid and the actuals grid share it.
 */

/** What the field needs of its grid's edit state. */
export interface EditState {
	/** A cell is selected (there is somewhere for typed text to go). */
	readonly active: boolean;
	editing: boolean;
	draft: string;
}

export class KeyboardField {
	sink = $state<HTMLInputElement | undefined>();
	composing = $state(false);
	/** The keyboard belongs in the grid: the sink takes focus back after an edit or a click on a cell. */
	keysHere = false;

	constructor(
		private s: EditState,
		private region: () => HTMLElement | undefined
	) {}

	focus() {
		this.keysHere = true;
		this.sink?.focus({ preventScroll: true });
	}

	/** Lays the sink over `cell` (an input method opens its candidates where the sink is). Reads layout. */
	placeOver(cell: HTMLElement) {
		const sink = this.sink;
		if (!sink) return;
		sink.style.top = `${cell.offsetTop}px`;
		sink.style.left = `${cell.offsetLeft}px`;
		sink.style.width = `${cell.offsetWidth}px`;
		sink.style.height = `${cell.offsetHeight}px`;
	}

	/** Focus leaving the grid for another control ends it; moving within the grid (to the editor) does not. */
	onBlur = (e: FocusEvent) => {
		const to = e.relatedTarget as Node | null;
		if (to && !this.region()?.contains(to)) this.keysHere = false;
	};

	/** Keys that belong to an input method's composition (its Enter picks a candidate) are not the grid's. */
	imeKey = (e: KeyboardEvent) => e.isComposing || e.keyCode === 229 || this.composing;

	#start() {
		if (!this.s.active || !this.sink) return false;
		this.s.draft = this.sink.value;
		this.s.editing = true;
		return true;
	}
	onCompositionStart = () => {
		if (this.s.editing) return;
		this.composing = this.#start();
	};
	onInput = () => {
		const sink = this.sink;
		if (!sink) return;
		if (this.composing) this.s.draft = sink.value;
		else if (!this.s.editing && sink.value !== '') {
			// Text that arrives without composition (an IME's direct commit, dictation): it starts the edit.
			this.#start();
			sink.value = '';
		}
	};
	onCompositionEnd = (e: CompositionEvent) => {
		if (!this.composing) return;
		this.composing = false;
		this.s.draft = this.sink?.value || e.data || '';
		if (this.sink) this.sink.value = '';
		if (this.s.draft === '') this.s.editing = false; // the composition was cancelled (Esc): nothing was typed
	};
}
