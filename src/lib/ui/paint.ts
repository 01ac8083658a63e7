/** Resolves once the browser has painted: before a long step on the main thread, so what was said shows first. */
export const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
