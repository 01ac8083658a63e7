/**
 * Reachability (docs/model.md § Derived figures): for every target and year the scenario misses —
 *  - `value`: the rate the scenario reaches; `funded`: the rate with every tier's funding adequacy at least 1 in
 *    every month (the funded bound: what money alone can reach);
 *  - `reachable`: some of the plan's own levers (levers.ts), within their valid ranges, meet it — one lever alone
 *    (a `changes` entry), or all of them stretched together, each to the end of its range that helps most;
 *  - `binding`: the assumptions that cap the funded bound — those whose cells, moved to the helpful end of their
 *    valid range, raise it by at least 0.1 percentage point;
 *  - `changes`: for each lever cell and each cell of a binding assumption, the single value that alone meets the
 *    target (seek.ts), or nothing when none in range does ("none in range": an empty list).
 * Cells are set on the scenario's evaluated values: a formula elsewhere that reads a changed cell does not follow.
 */
import { toModelInputs, type ModelInputs, type ParamValues } from '../inputs';
import { project } from '../projection';
import { TARGET_KINDS, meets, type TargetKind } from '../targets';
import { locate, read, withEdits, type Edit, type Path } from './inputs-edit';
import { ASSUMPTIONS, LEVERS, cellsUpTo, type Cell } from './levers';
import { seekCell } from './seek';

export interface ReachEntry {
	/** `y3.target.satisfaction` */
	output: string;
	value: number;
	funded: number;
	reachable: boolean;
	/** Assumption parameters (catalogue keys) that cap the funded bound. */
	binding: string[];
	/** Single cell changes that alone meet the target; empty: none in range. */
	changes: { cell: string; value: number }[];
	year: number;
	kind: TargetKind;
	target: number;
}

const RATE = {
	committee: 'committeeRate',
	standard: 'standardRate',
	satisfaction: 'satisfaction',
	coverage: 'coverage'
} as const;

type Placed = Cell & { path: Path };

/** Whole-number cells, and counts of compounds: a change plans whole compounds, never 3.3 of them. */
const whole = (c: Cell) => c.def.integer === true || c.def.unit === 'compounds';

/**
 * `changes: false` skips the goal seeks (a few thousand projections per missed target): the quick form for a
 * screen that shows only the marks and the binding assumptions; `changes` is then empty, `reachable` rests on
 * the stretched levers alone, and `binding` is given only for a target they do not reach. `only` names the
 * one target to work out (`y3.target.satisfaction`).
 */
export function reach(
	values: ParamValues,
	years: number,
	start: string,
	opts: { changes?: boolean; only?: string } = {}
): ReachEntry[] {
	const inp: ModelInputs = toModelInputs(values, years);
	const base = project(inp, start);
	const placed = new Map<string, Placed[]>();
	const cells = (key: string, y: number) => {
		const id = `${key}@${y}`;
		let p = placed.get(id);
		if (!p) {
			p = cellsUpTo(key, y).flatMap((c) => {
				const path = locate(values, years, c);
				return path ? [{ ...c, path }] : [];
			});
			placed.set(id, p);
		}
		return p;
	};
	const out: ReachEntry[] = [];
	for (const r of base.years)
		for (const kind of TARGET_KINDS) {
			if (r.targets[kind] !== false) continue;
			if (opts.only !== undefined && opts.only !== `y${r.year}.target.${kind}`) continue;
			const y = r.year,
				target = r.targetValues[kind] as number;
			const rate = (edits: readonly Edit[], funded = false) =>
				withEdits(inp, edits, () => {
					inp.funded = funded;
					try {
						return project(inp, start).years[y - 1][RATE[kind]];
					} finally {
						delete inp.funded;
					}
				});
			const ok = (edits: readonly Edit[]) => meets(rate(edits), target) === true;
			const funded = rate([], true);
			const levers = LEVERS.flatMap((k) => cells(k, y));
			const quick = opts.changes === false;
			const stretched = quick ? ok(stretch(inp, levers, (e) => rate(e))) : null;
			// The quick form names what binds only where money cannot reach (the workbench's mark).
			const binding =
				stretched === true
					? []
					: ASSUMPTIONS.filter(
							(k) =>
								rate(
									stretch(inp, cells(k, y), (e) => rate(e, true)),
									true
								) >=
								funded + 0.001
						);
			const changes: ReachEntry['changes'] = [];
			const seekable = quick ? [] : [...levers, ...binding.flatMap((k) => cells(k, y))];
			for (const c of seekable) {
				const x = seekCell((x) => ok([{ path: c.path, x }]), read(inp, c.path), c.def.min, c.def.max, whole(c));
				if (x !== null) changes.push({ cell: c.name, value: x });
			}
			const byLever = changes.some((c) => levers.some((l) => l.name === c.cell));
			out.push({
				output: `y${y}.target.${kind}`,
				value: r[RATE[kind]],
				funded,
				reachable: stretched ?? (byLever || ok(stretch(inp, levers, (e) => rate(e)))),
				binding,
				changes,
				year: y,
				kind,
				target
			});
		}
	return out;
}

/** Each cell in turn to the end of its valid range (or its own value) that gives the higher rate. */
function stretch(inp: ModelInputs, cells: Placed[], f: (edits: Edit[]) => number): Edit[] {
	const edits: Edit[] = [];
	let fb = f(edits);
	for (const c of cells) {
		let pick: Edit | null = null;
		for (const x of [c.def.min, c.def.max]) {
			const e = { path: c.path, x };
			const fw = f([...edits, e]);
			if (fw > fb) {
				pick = e;
				fb = fw;
			}
		}
		if (pick) edits.push(pick);
	}
	return edits;
}
