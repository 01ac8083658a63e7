import { defineConfig } from '@playwright/test';

// Debian's chromium: Playwright cannot download its own browsers here (TOOLCHAIN.md).
// E2E_PORT lets two checkouts test side by side without one reusing the other's server.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'test/e2e',
	timeout: 60_000,
	workers: 1,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1440, height: 900 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `PORT=${port} node scripts/serve.js`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
