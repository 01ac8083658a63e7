/**
 * The Scenario sheet's labels and the stock notes, in the export's language and back. The reader takes a label
 * in either language (a workbook from before 2026-12 has the English ones); a stock note the app itself writes
 * ("plan §七", "illustrative assumption …") is shown in the export's language and read back as the text the
 * scenario stores, so a workbook in either language reopens as the same scenario. A planner's own note is
 * passed through as written.
 */
import { t, type Lang, type MessageKey } from '../../i18n';

/** The envelope fields, in the order the sheet lists them; each is labelled by `xlsx.<field>`. */
export const FIELDS = ['format', 'version', 'name', 'description', 'start', 'years'] as const;
export type Field = (typeof FIELDS)[number];
/** The rows holding JSON: the scenario's correlations, its actuals, and the lineage a merge needs. */
export type JsonRow = 'correlations' | 'actuals' | 'lineage';
/** The header row above the per-parameter rows; the reader finds it by its first cell. */
export const PARAM_HEAD = ['parameter', 'note', 'uncertainty'] as const;

export const label = (lang: Lang, what: Field | JsonRow | (typeof PARAM_HEAD)[number] | 'field' | 'value') =>
	t(lang, `xlsx.${what}`);

/** Which label a cell's text is, in either language; null for any other text. */
export function labelOf<K extends string>(text: string, among: readonly K[]): K | null {
	return among.find((k) => text === label('en', k as never) || text === label('zh', k as never)) ?? null;
}

/**
 * Stock notes by the text the scenario stores, and older wordings of it: a scenario from before 2026-12 may
 * still name MODEL.md; its workbook shows today's words, which read back as today's stored text.
 */
const STOCK: { stored: string; legacy?: string[]; key: MessageKey }[] = [
	{ stored: 'illustrative assumption — replace with local data', key: 'xlsx.noteIllustrative' },
	{
		stored: 'illustrative assumption (see “How the model works”), not from the plan — replace with local data',
		legacy: ['illustrative assumption (MODEL.md), not from the plan — replace with local data'],
		key: 'xlsx.noteIllustrativeDoc'
	}
];
const PLAN_NOTE = /^plan (§.+)$/;

/** A note as the workbook shows it. */
export function noteOut(lang: Lang, note: string): string {
	const stock = STOCK.find((s) => s.stored === note || s.legacy?.includes(note));
	if (stock) return t(lang, stock.key);
	const plan = PLAN_NOTE.exec(note);
	return plan ? t(lang, 'xlsx.notePlan', { clause: plan[1] }) : note;
}

/** A note as the scenario stores it: a stock note in either language goes back to its stored text. */
export function noteIn(text: string): string {
	for (const s of STOCK) if (text === t('zh', s.key) || text === t('en', s.key)) return s.stored;
	const zhPlan = /^规划 (§.+)$/.exec(text);
	return zhPlan ? `plan ${zhPlan[1]}` : text;
}
