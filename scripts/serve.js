// Serves the built static site (build/) as a real web server would: no Kit in the loop (TOOLCHAIN.md).
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const serve = sirv('build', { single: '200.html', etag: true });
createServer((req, res) => serve(req, res)).listen(port, '127.0.0.1', () => console.log(`Workbench on http://127.0.0.1:${port}/`));
