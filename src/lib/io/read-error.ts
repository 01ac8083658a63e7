import { msg, t, type Lang, type MessageKey, type Msg, type Vars } from '../i18n';

/**
 * A problem found in a scenario file: where (a JSON path, the parameter, the 1-based plan year) and what — in
 * English (`message`: files, the CLI, logs) and, where the reader has it, in Chinese (`zh`) for the planner's
 * screen (`describe(e, 'zh')`).
 */
export interface ReadError {
	/** e.g. `parameters.basic_fee.values[1]`, or `(file)` for the whole file. */
	path: string;
	param?: string;
	/** 1-based plan year, when the problem is in one year's cell. */
	year?: number;
	message: string;
	zh?: string;
}

/** A reader message in both languages, as a ReadError's `message` and `zh`. */
export function said(key: MessageKey, vars: Vars = {}): { message: string; zh: string } {
	const m = msg(key, vars);
	return { message: m.en, zh: m.zh };
}
/** The same where a placeholder's value is itself in words ("got the text …" / "实为文字 …"). */
export function saidEach(key: MessageKey, vars: (lang: Lang) => Vars): { message: string; zh: string } {
	return { message: t('en', key, vars('en')), zh: t('zh', key, vars('zh')) };
}
/** The same from a message built in both languages elsewhere (range checks, formula issues). */
export const saidMsg = (m: Msg): { message: string; zh: string } => ({ message: m.en, zh: m.zh });

/** `parameters.basic_fee.values[1] (basic_fee, year 2): …` — for files, the CLI and logs. */
export const describe = (e: ReadError): string => describeIn('en')(e);

/** The same in the planner's language: `…（basic_fee，第2年）：…` in Chinese, for `errors.map(describeIn(L))`. */
export function describeIn(lang: Lang): (e: ReadError) => string {
	return (e) => {
		const text = { zh: e.zh ?? e.message, en: e.message }[lang];
		const path = e.path === '(file)' ? t(lang, 'reader.file') : e.path;
		if (e.year === undefined) return t(lang, 'reader.at', { path, text });
		const year = t(lang, 'reader.year', { n: e.year });
		return t(lang, 'reader.atCell', { path, param: e.param ?? '', year, text });
	};
}

/** The closest catalogue key, for "did you mean …?" (plain edit distance; keys are short). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const limit = Math.max(2, Math.floor(word.length / 3));
	const w = word.toLowerCase();
	let best: string | undefined;
	let bestD = Infinity;
	for (const c of candidates) {
		if (Math.abs(w.length - c.length) > limit) continue; // the distance is at least the length difference
		const d = distance(w, c);
		if (d < bestD) [best, bestD] = [c, d];
	}
	return bestD <= limit ? best : undefined;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}
