import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The content security policy (issue 8), as strict as the libraries allow. Kit puts it in a
 * <meta http-equiv> of each prerendered page (and 200.html), with the sha256 of its one inline bootstrap
 * script added to script-src: no other inline script can run. A meta policy cannot carry frame-ancestors
 * or report-uri, and does not reach workers: the host sends those as headers (docs/deployment.md;
 * scripts/serve.js does it for the tests).
 */
const csp = {
	'default-src': ['self'],
	// 'unsafe-eval' is for arquero alone: it compiles table expressions with `Function` (the yearly results
	// table and the register summaries, on the main thread). Nothing else needs it — HyperFormula, exceljs
	// and the Monte Carlo formulas run in workers whose own policy (a response header) forbids eval; chart.js
	// and Svelte never eval. Moving arquero into a worker would let this go.
	'script-src': ['self', 'unsafe-eval'],
	'worker-src': ['self'],
	// Component styles are extracted to .css files, so no <style> element is needed or allowed. Style
	// ATTRIBUTES are: Kit's template (<div style="display: contents"> in app.html) and its route announcer
	// (<div id="svelte-announcer" style="position: absolute; …">) are written with them, and a policy without
	// this reports both (checked: test/e2e/csp.spec.ts). 'unsafe-inline' for attributes only: an attribute
	// can neither load a stylesheet nor run anything. (chart.js sizes canvases through el.style: CSSOM,
	// which no policy restricts.)
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'frame-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['none']
};

/** Client-side only: a static SPA that any web server (or none, once cached) can serve. */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// '200.html', not 'index.html': the latter would overwrite the prerendered page.
		adapter: adapter({ fallback: '200.html' }),
		// 'hash': the pages are static files, so a per-request nonce is impossible.
		csp: { mode: 'hash', directives: csp },
		// The workbench registers src/service-worker.ts itself once the first figures are on screen
		// (src/lib/offline/register.ts); the update is announced by UpdateBanner.
		serviceWorker: { register: false }
	}
};
