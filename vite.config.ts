import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		environment: 'node'
	}
});
