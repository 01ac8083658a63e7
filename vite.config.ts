import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The browser page's code gets the message catalogue in two parts (src/lib/i18n/table-first.ts): what the
 * workbench's first screen uses, and the rest after the first figures. Only the page's own bundle: the build
 * applies `plugins` to neither the workers (they have `worker.plugins`) nor the server side, and the tests and
 * the CLI do not build, so all of those read the whole table (table.ts) as before.
 */
function firstCatalogue(): Plugin {
	const first = fileURLToPath(new URL('./src/lib/i18n/table-first.ts', import.meta.url));
	return {
		name: 'first-catalogue',
		apply: 'build',
		enforce: 'pre',
		resolveId(source, importer) {
			if (this.environment.name !== 'client' || source !== './table') return null;
			return importer?.endsWith('/src/lib/i18n/index.ts') ? first : null;
		}
	};
}

export default defineConfig({
	plugins: [firstCatalogue(), sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		environment: 'node'
	}
});
