/**
 * The one dictionary: every area file's entries in one table. A new area adds its file under messages/ and one
 * line to AREAS; its keys start with `<area>.` (the core area's keys are bare, as they were before the split).
 * Each entry must have both languages (the area files' `satisfies Record<string, Msg>` fails `npm run check`
 * otherwise), and a key may be defined in one area only (test/i18n-table.test.ts). An area the workbench's first
 * screen does not use is listed in table-first.ts's LATER too, so that the page's first script leaves it out.
 */
import { actuals } from './messages/actuals';
import { brief } from './messages/brief';
import { bridge } from './messages/bridge';
import { cashflow } from './messages/cashflow';
import { compare } from './messages/compare';
import { confirm } from './messages/confirm';
import { core } from './messages/core';
import { datatable } from './messages/datatable';
import { decide } from './messages/decide';
import { guard } from './messages/guard';
import { grid } from './messages/grid';
import { history } from './messages/history';
import { library } from './messages/library';
import { lookback } from './messages/lookback';
import { mc } from './messages/mc';
import { mcin } from './messages/mcin';
import { mcplain } from './messages/mcplain';
import { notes } from './messages/notes';
import { model } from './messages/model';
import { nextplan } from './messages/nextplan';
import { reach } from './messages/reach';
import { open } from './messages/open';
import { plancheck } from './messages/plancheck';
import { workbench } from './messages/workbench';
import { range } from './messages/range';
import { reader } from './messages/reader';
import { register } from './messages/register';
import { results } from './messages/results';
import { share } from './messages/share';
import { sheet } from './messages/sheet';
import { words } from './messages/words';
import { storage } from './messages/storage';
import { xlsx } from './messages/xlsx';
import type { Msg } from './types';

export const AREAS = {
	core,
	compare,
	mc,
	mcin,
	mcplain,
	register,
	model,
	decide,
	results,
	actuals,
	sheet,
	lookback,
	datatable,
	brief,
	bridge,
	xlsx,
	library,
	reader,
	confirm,
	reach,
	cashflow,
	open,
	share,
	words,
	guard,
	range,
	history,
	notes,
	grid,
	storage,
	nextplan,
	plancheck,
	workbench
} as const;

export const MESSAGES = {
	...core,
	...compare,
	...mc,
	...mcin,
	...mcplain,
	...register,
	...model,
	...decide,
	...results,
	...actuals,
	...sheet,
	...lookback,
	...datatable,
	...brief,
	...bridge,
	...xlsx,
	...library,
	...reader,
	...confirm,
	...reach,
	...cashflow,
	...open,
	...share,
	...words,
	...guard,
	...range,
	...history,
	...notes,
	...grid,
	...storage,
	...nextplan,
	...plancheck,
	...workbench
} satisfies Record<string, Msg>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Resolves once every area is in MESSAGES. Here, at once: this table holds them all (workers, Node, the tests).
 * The workbench page's own build swaps in table-first.ts, whose later areas load after the first figures.
 */
export const catalogueReady = (): Promise<void> => Promise.resolve();

/** Keys that more than one area defines (the later area would silently win in MESSAGES). */
export function duplicateKeys(areas: Record<string, Record<string, Msg>>): string[] {
	const seen = new Map<string, string>();
	const dup: string[] = [];
	for (const [area, entries] of Object.entries(areas))
		for (const key of Object.keys(entries)) {
			if (seen.has(key)) dup.push(`${key} (${seen.get(key)}, ${area})`);
			else seen.set(key, area);
		}
	return dup;
}
