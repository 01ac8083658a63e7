/**
 * Leaving a composite widget by keyboard, as Excel's F6 leaves the sheet: focus goes to the first control after
 * the widget (or, backwards, the last one before it), skipping anything hidden. Tab keeps its spreadsheet
 * meaning inside the grid (commit and move right), so F6 / Shift+F6 are the way out.
 */
const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export function focusBeyond(region: HTMLElement, forward: boolean): boolean {
	const shown = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
		(el) => !region.contains(el) && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]')
	);
	const side = forward ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
	const candidates = shown.filter((el) => region.compareDocumentPosition(el) & side);
	const next = forward ? candidates[0] : candidates[candidates.length - 1];
	next?.focus();
	return !!next;
}
