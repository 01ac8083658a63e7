/**
 * The catalogue as the browser's pages load it: the areas the workbench's first screen uses at once, the others
 * (about a fifth of the first script, gzip) in a chunk of their own fetched after the first figures show. The
 * build puts this module in place of table.ts for the page's own code only (vite.config.ts); workers, the CLI
 * and the tests use table.ts, which holds every area. It is the same one catalogue: the same area files, the
 * same keys, the same `MessageKey` type.
 *
 * Every screen that may use a later area waits for `catalogueReady()` first: the tabs' screens (state/app.ts,
 * routes/+page.svelte) and every page but the workbench (routes/+layout.svelte). test/lint/first-catalogue
 * .test.ts fails if a module the first screen reaches uses a key of a later area.
 */
import { actuals } from './messages/actuals';
import { core } from './messages/core';
import { grid } from './messages/grid';
import { guard } from './messages/guard';
import { library } from './messages/library';
import { model } from './messages/model';
import { nextplan } from './messages/nextplan';
import { notes } from './messages/notes';
import { open } from './messages/open';
import { range } from './messages/range';
import { reach } from './messages/reach';
import { reader } from './messages/reader';
import { results } from './messages/results';
import { share } from './messages/share';
import { sheet } from './messages/sheet';
import { storage } from './messages/storage';
import { words } from './messages/words';
import { workbench } from './messages/workbench';
import type { MessageKey } from './table';
import type { Msg } from './types';

export type { MessageKey } from './table';

/** The areas loaded after the first figures: no module of the first screen uses their keys. */
export const LATER = [
	'brief',
	'bridge',
	'cashflow',
	'compare',
	'confirm',
	'datatable',
	'decide',
	'history',
	'lookback',
	'mc',
	'mcin',
	'mcplain',
	'plancheck',
	'register',
	'xlsx'
] as const;

/** Filled in place when the later areas arrive: `t()` reads this one object throughout. */
export const MESSAGES = {
	...core,
	...actuals,
	...grid,
	...guard,
	...library,
	...model,
	...nextplan,
	...notes,
	...open,
	...range,
	...reach,
	...reader,
	...results,
	...share,
	...sheet,
	...storage,
	...words,
	...workbench
} as Record<MessageKey, Msg>;

let later: Promise<void> | null = null;

/** Loads the later areas once (each call after the first returns the same promise). */
export function catalogueReady(): Promise<void> {
	return (later ??= import('./messages/later').then((m) => void Object.assign(MESSAGES, m.LATER_MESSAGES)));
}
