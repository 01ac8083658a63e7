// Client-side only: the model, HyperFormula and IndexedDB all live in the browser.
export const ssr = false;
export const prerender = true;
