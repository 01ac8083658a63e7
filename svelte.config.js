import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Client-side only: a static SPA that any web server (or none, once cached) can serve. */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// '200.html', not 'index.html': the latter would overwrite the prerendered page.
		adapter: adapter({ fallback: '200.html' })
	}
};
