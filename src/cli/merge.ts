/**
 * `npm run merge -- BASE MINE THEIRS [--out FILE] [--json]`: a colleague's copy (THEIRS) merged
 * into mine against the copy both started from (BASE), by the app's own three-way rule (state/merge-copy.ts).
 * Prints `{ merged, conflicts: [{ cell, base, mine, theirs }] }`; conflicts keep MINE's value in `merged`.
 * Exit 0 when clean, 3 with conflicts, 2 on a bad file or a bad call.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeText } from '../lib/io/decode-text';
import { describe } from '../lib/io/read-error';
import { readScenarioText } from '../lib/io/read-scenario';
import { scenarioToObject, writeScenario } from '../lib/io/write-scenario';
import type { ScenarioDoc } from '../lib/model/scenario';
import { mergeCopies } from '../lib/state/merge-copy';

const USAGE = 'usage: npm run merge -- BASE MINE THEIRS [--out FILE] [--json]';
export const MERGE_FLAGS = { out: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } } as const;

function read(path: string): ScenarioDoc | undefined {
	let text: string;
	try {
		text = decodeText(readFileSync(path));
	} catch (e) {
		console.error(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
		return undefined;
	}
	const r = readScenarioText(text);
	if (r.ok) return r.doc;
	console.error(`${path}: ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`);
	for (const e of r.errors) console.error(`  ${describe(e)}`);
	return undefined;
}

function main(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, options: MERGE_FLAGS, allowPositionals: true, strict: true });
	} catch (e) {
		console.error(`${e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : e}`);
		console.error(USAGE);
		return 2;
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 3 || values.help) {
		console.error(USAGE);
		return positionals.length === 3 ? 0 : 2;
	}
	const [base, mine, theirs] = positionals.map(read);
	if (!base || !mine || !theirs) return 2;
	const r = mergeCopies(base, mine, theirs);
	if (!r.ok) {
		console.error(
			`${positionals[1]} has ${r.mineYears} plan years and ${positionals[2]} has ${r.theirYears} (or they start in different months): a merge needs one horizon`
		);
		return 2;
	}
	if (values.out !== undefined) writeFileSync(values.out, writeScenario(r.merged));
	const conflicts = r.conflicts.map(({ cell, base, mine, theirs }) => ({ cell, base, mine, theirs }));
	if (values.json) console.log(JSON.stringify({ merged: scenarioToObject(r.merged), conflicts }, null, 2));
	else {
		console.log(`${r.fromTheirs.length} change(s) taken from ${positionals[2]}: ${r.fromTheirs.join(', ') || '—'}`);
		console.log(`${conflicts.length} conflict(s), kept as in ${positionals[1]}:`);
		for (const c of conflicts)
			console.log(
				`  ${c.cell}: base ${JSON.stringify(c.base)}, mine ${JSON.stringify(c.mine)}, theirs ${JSON.stringify(c.theirs)}`
			);
	}
	return conflicts.length ? 3 : 0;
}

process.exit(main(process.argv.slice(2)));
