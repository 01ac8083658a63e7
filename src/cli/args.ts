/**
 * The simulate command's flags, parsed once at the edge. Every flag the command knows is declared here, so that
 * a misspelt or unknown one (`--reforcast`, a flag of a later version) is refused with exit 2 and its name,
 * instead of silently running a plain projection that looks like an answer.
 */
import { parseArgs } from 'node:util';

/** name → whether it takes a value (`--runs 400`) and whether it may be given more than once (`--table`). */
export const SIMULATE_FLAGS = {
	json: { type: 'boolean' },
	help: { type: 'boolean' },
	runs: { type: 'string' },
	seed: { type: 'string' },
	lhs: { type: 'boolean' },
	explain: { type: 'string' },
	optimize: { type: 'string' },
	table: { type: 'string', multiple: true },
	output: { type: 'string' },
	reforecast: { type: 'boolean' },
	reach: { type: 'boolean' },
	'next-plan': { type: 'boolean' },
	years: { type: 'string' },
	bridge: { type: 'string' },
	cashflow: { type: 'boolean' },
	register: { type: 'string' },
	link: { type: 'boolean' },
	'from-link': { type: 'string' }
} as const;

export type SimulateArgs = {
	files: string[];
	flag: (name: keyof typeof SIMULATE_FLAGS) => boolean;
	opt: (name: keyof typeof SIMULATE_FLAGS) => string | undefined;
	all: (name: keyof typeof SIMULATE_FLAGS) => string[];
};

export type Parsed = { ok: true; args: SimulateArgs } | { ok: false; error: string };

export function parseSimulateArgs(argv: string[]): Parsed {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, options: SIMULATE_FLAGS, allowPositionals: true, strict: true });
	} catch (e) {
		return { ok: false, error: flagError(e) };
	}
	const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
	const one = (name: string) => {
		const v = values[name];
		return Array.isArray(v) ? v[v.length - 1] : typeof v === 'string' ? v : undefined;
	};
	return {
		ok: true,
		args: {
			files: parsed.positionals,
			flag: (name) => values[name] === true,
			opt: one,
			all: (name) => {
				const v = values[name];
				return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
			}
		}
	};
}

/** Node's wording names the flag already ("Unknown option '--reach'"); keep it and say what to do. */
function flagError(e: unknown): string {
	const text = e instanceof Error ? e.message : String(e);
	return `${text.replace(/\. To specify a positional argument.*$/s, '')} — see npm run simulate -- --help`;
}
