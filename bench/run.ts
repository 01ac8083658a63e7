/**
 * `npm run bench`: prints one JSON object of figures (medians on this machine). Builds the site first if needed,
 * serves it on a local port, and measures in Debian's chromium; Node-side figures come from each module's bench.
 */
import { existsSync } from 'node:fs';
import { execSync, spawn } from 'node:child_process';
import { benchBrowser } from './browser';

async function optional<T>(path: string, fn: string): Promise<T | { error: string }> {
	try {
		const m = await import(path);
		return await m[fn]();
	} catch (e) {
		return { error: `${path}: ${(e as Error).message}` };
	}
}

async function main() {
	if (!existsSync('build/200.html')) execSync('npx vite build', { stdio: 'ignore' });
	const port = Number(process.env.BENCH_PORT ?? 4199); // a session sharing the machine may have its own
	const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	await new Promise((r) => setTimeout(r, 800));
	const out: Record<string, unknown> = {
		machine: { cores: (await import('node:os')).cpus().length, node: process.version }
	};
	try {
		Object.assign(out, await benchBrowser(`http://127.0.0.1:${port}/`));
		// The register target is set in Chromium: import + validate + summarise + table on screen.
		const { benchRegisterBrowser } = await import('./register-browser');
		Object.assign(out, await benchRegisterBrowser(`http://127.0.0.1:${port}/`));
		// Run clicked on the Uncertainty tab → answer, probabilities and fan charts on screen.
		const { benchMcBrowser } = await import('./mc-browser');
		Object.assign(out, await benchMcBrowser(`http://127.0.0.1:${port}/`));
	} finally {
		server.kill();
	}
	Object.assign(out, await optional('./montecarlo', 'benchMonteCarlo'));
	Object.assign(out, await optional('./decide', 'benchDecide'));
	Object.assign(out, await optional('./datatable', 'benchDataTable'));
	Object.assign(out, await optional('./bridge', 'benchBridge'));
	Object.assign(out, await optional('./reader', 'benchReader'));
	Object.assign(out, await optional('./cashflow', 'benchCashflow'));
	const node = (await optional<{ register100k_ms: number }>('./register', 'benchRegister')) as {
		register100k_ms?: number;
	};
	if (node.register100k_ms !== undefined) out.register100k_node_ms = node.register100k_ms;
	console.log(JSON.stringify(out, null, 2));
}

void main();
