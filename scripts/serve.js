// Serves the built static site (build/) as a real web server would: no Kit in the loop.
// It also sends the headers docs/deployment.md asks of a real host, so the browser tests run under
// them: the page's content security policy as a header too (with what a <meta> cannot say), a policy for
// the service worker and the module workers (a page's policy does not reach them), and cache rules that keep
// the service worker's update check honest. CSP violation reports are collected at /__csp-report, and
// listed at /__csp-reports for the tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const root = 'build';
const REPORT = '/__csp-report';

/** Workers and the service worker: their own scripts only, no eval (HyperFormula, exceljs and the Monte Carlo formulas need none). */
export const WORKER_CSP = `default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'none'; report-uri ${REPORT}`;

const COMMON = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

/** The policy Kit wrote into the page's <meta> (with the hash of its bootstrap script), plus the header-only parts. */
const pagePolicies = new Map();
function pageCsp(file) {
	const path = join(root, file);
	const mtime = statSync(path).mtimeMs;
	const known = pagePolicies.get(path);
	if (known?.mtime === mtime) return known.csp;
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(path, 'utf8'))?.[1];
	const csp = meta
		? `${meta.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')}; frame-ancestors 'none'; report-uri ${REPORT}`
		: undefined;
	pagePolicies.set(path, { mtime, csp });
	return csp;
}

function setHeaders(res, pathname) {
	for (const [k, v] of Object.entries(COMMON)) res.setHeader(k, v);
	if (pathname.endsWith('.js')) res.setHeader('Content-Security-Policy', WORKER_CSP);
	if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	else res.setHeader('Cache-Control', 'no-cache'); // pages, manifest, service-worker.js: revalidate every time
	const page = pageFile(pathname);
	if (page) {
		const csp = pageCsp(page);
		if (csp) res.setHeader('Content-Security-Policy', csp);
	}
}

/** The HTML file sirv answers a path with (as sirv looks it up), or undefined for any other file. */
function pageFile(pathname) {
	if (/\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith('.html')) return undefined;
	const file = (p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile();
	const candidates = [pathname, `${pathname}.html`, `${pathname.replace(/\/$/, '')}/index.html`];
	return candidates.find(file) ?? '200.html';
}

const serve = sirv(root, { single: '200.html', etag: true, setHeaders });
const reports = [];
/** Test hook: after POST /__test/next-version the service worker's bytes differ, a new version to the browser; DELETE resets. */
let nextVersion = 0;

createServer((req, res) => {
	if (req.url === REPORT && req.method === 'POST') {
		let body = '';
		req.on('data', (c) => (body += c.length + body.length < 65536 ? c : ''));
		req.on('end', () => {
			reports.push(body);
			console.error(`CSP violation: ${body}`);
			res.writeHead(204).end();
		});
		return;
	}
	if (req.url === '/__csp-reports') {
		if (req.method === 'DELETE') reports.length = 0;
		res
			.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
			.end(JSON.stringify(reports));
		return;
	}
	if (req.url === '/__test/next-version') {
		nextVersion = req.method === 'DELETE' ? 0 : nextVersion + 1;
		res.writeHead(204).end();
		return;
	}
	if (nextVersion > 0 && req.url?.split('?')[0] === '/service-worker.js') {
		setHeaders(res, '/service-worker.js');
		res
			.writeHead(200, { 'content-type': 'text/javascript' })
			.end(`${readFileSync(join(root, 'service-worker.js'), 'utf8')}\n// test version ${nextVersion}\n`);
		return;
	}
	serve(req, res);
}).listen(port, '127.0.0.1', () => console.log(`Workbench on http://127.0.0.1:${port}/`));
