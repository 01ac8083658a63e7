/** Plan months from `start` (YYYY-MM): month m falls in plan year floor(m/12), which need not be a calendar year. */
export function monthLabel(start: string, m: number): string {
	const [y, mo] = start.split('-').map(Number);
	const idx = y * 12 + (mo - 1) + m;
	return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function yearSpan(start: string, y: number): { from: string; to: string } {
	return { from: monthLabel(start, 12 * y), to: monthLabel(start, 12 * y + 11) };
}

/** A real month from 2000-01 to 2100-12: plans of this century (a typo such as "0000-01" is refused). */
export const START_PATTERN = /^(20\d\d|2100)-(0[1-9]|1[0-2])$/;
export const START_EXPECTED =
	'应为 2000-01 至 2100-12 之间的月份（YYYY-MM，如 "2022-01"） — expected a month "YYYY-MM" from 2000-01 to 2100-12, e.g. "2022-01"';
