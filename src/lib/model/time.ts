/** Plan months from `start` (YYYY-MM): month m falls in plan year floor(m/12), which need not be a calendar year. */
export function monthLabel(start: string, m: number): string {
	const [y, mo] = start.split('-').map(Number);
	const idx = y * 12 + (mo - 1) + m;
	return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function yearSpan(start: string, y: number): { from: string; to: string } {
	return { from: monthLabel(start, 12 * y), to: monthLabel(start, 12 * y + 11) };
}

export const START_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
