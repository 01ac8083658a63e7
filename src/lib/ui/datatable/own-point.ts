/** Where the scenario's own value sits on an input's values: its index, or -1 when it is not one of them. */
export function ownIndex(values: number[], own: number | undefined): number {
	if (own === undefined || !Number.isFinite(own)) return -1;
	const tol = 1e-9 * Math.max(1, Math.abs(own));
	return values.findIndex((x) => Math.abs(x - own) <= tol);
}
