/**
 * Reads a scenario file chosen or dropped for import, through the same reader as `simulate`: a file with any
 * error changes nothing and says why; a good one comes back with the report lines the library bar shows.
 */
import { t, type Lang } from '../../i18n';
import { decodeText } from '../../io/decode-text';
import { describeIn } from '../../io/read-error';
import { MAX_FILE_BYTES } from '../../io/limits';
import type { ScenarioDoc } from '../../model/scenario';
import type { Kept } from '../../register/stored';
import type { Lineage } from '../../io/read-lineage';
import type { FundUseInputs } from '../../store';
import type { SheetClient } from '../../worker/sheet-client';

export interface ImportReport {
	title: string;
	lines: string[];
	ok: boolean;
}

export type ReadImport =
	| {
			ok: true;
			doc: ScenarioDoc;
			register?: Kept;
			fundUse?: FundUseInputs;
			lineage?: Lineage;
			report: ImportReport;
	  }
	| { ok: false; report: ImportReport };

const MAX_XLSX_BYTES = 20e6;

export async function readImport(client: SheetClient, file: File, lang: Lang): Promise<ReadImport> {
	const title = t(lang, 'library.importTitle', { file: file.name });
	const xlsx = /\.xlsx$/i.test(file.name);
	if (file.size > (xlsx ? MAX_XLSX_BYTES : MAX_FILE_BYTES)) {
		const vars = { file: file.name, mb: (file.size / 1e6).toFixed(1), max: MAX_FILE_BYTES / 1e6 };
		return { ok: false, report: { title, ok: false, lines: [t(lang, 'library.tooBig', vars)] } };
	}
	const bytes = new Uint8Array(await file.arrayBuffer());
	const r = xlsx ? await client.readXlsx(bytes) : await client.read(decodeText(bytes));
	if (!r.ok) {
		const lines = [t(lang, 'library.refused', { n: r.errors.length }), ...r.errors.map(describeIn(lang))];
		return { ok: false, report: { title, ok: false, lines } };
	}
	const lines = r.filled.length
		? [t(lang, 'library.filled', { n: r.filled.length }), r.filled.join(', ')]
		: [t(lang, 'library.complete')];
	const lineage = r.lineage ? { lineage: r.lineage } : {};
	// The fund-use plan's inputs the file carries, restored with the scenario too.
	const fundUse = r.fundUse ? { fundUse: r.fundUse } : {};
	if (r.fundUse) {
		const counts = { a: r.fundUse.assessments.length, s: Object.keys(r.fundUse.rewardShares).length };
		lines.push(t(lang, 'library.fundUseRestored', counts));
	}
	if (!r.register) return { ok: true, doc: r.doc, ...lineage, ...fundUse, report: { title, ok: true, lines } };
	// The register the file carries, restored with the scenario; a totals row skipped is said once.
	lines.push(t(lang, 'library.registerRestored', { n: r.register.register.length }));
	if (r.registerTotals?.length)
		lines.push(t(lang, 'library.registerTotals', { rows: r.registerTotals.join(t(lang, 'sepList')) }));
	const register = { ...r.register, fileName: r.register.fileName || file.name };
	return { ok: true, doc: r.doc, register, ...lineage, ...fundUse, report: { title, ok: true, lines } };
}
