/**
 * A download's file name from text the planner typed (a scenario's name), sanitised as cell text is:
 * nothing Windows refuses in a file name (`\ / : * ? " < > |`), no control characters, no bidirectional
 * overrides that would show `…gpj.xlsx` as `…xlsx.jpg`, no trailing dot or space (Windows drops them), no
 * device name (CON, NUL, COM1 …), at most MAX_STEM characters; an empty result falls back to `FALLBACK_STEM`.
 */
export const MAX_STEM = 100;
export const FALLBACK_STEM = 'scenario';

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ILLEGAL = /[\\/:*?"<>|]/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export function safeStem(text: string, fallback = FALLBACK_STEM): string {
	let s = text.replace(CONTROL, '').replace(ILLEGAL, '_').replace(/\s+/g, ' ').trim();
	s = [...s].slice(0, MAX_STEM).join(''); // by code point: a cut never splits a character in two
	s = s.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
	if (!s || /^_+$/.test(s)) return fallback;
	return DEVICE.test(s) ? `_${s}` : s;
}

/** `safeFileName('补贴/退坡?', 'xlsx')` → `补贴_退坡_.xlsx`. */
export function safeFileName(stem: string, ext: string, fallback = FALLBACK_STEM): string {
	return `${safeStem(stem, fallback)}.${ext}`;
}
