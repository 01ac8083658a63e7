/**
 * a scenario file saved as UTF-16 with a BOM (Notepad's "Unicode", Excel's "Unicode text") reads in
 * `npm run simulate` as in the app — one decoder for both — and gives the same output as the UTF-8 file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'simulate-decode-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const simulate = (file: string) =>
	spawnSync(TSX, ['src/cli/simulate.ts', file, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

// A scenario with Chinese in its name and description, so a wrong decoding cannot pass unnoticed.
const text = readFileSync(join(ROOT, 'scenarios/plan-2022-2024.json'), 'utf8').replace(
	/"name":\s*"[^"]*"/,
	'"name": "东河区 · 补贴退坡（UTF-16 测试）"'
);

function utf16be(s: string): Buffer {
	const le = Buffer.from(s, 'utf16le');
	for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
	return le;
}

it('UTF-16LE and UTF-16BE files with a BOM give the UTF-8 file\u2019s output, byte for byte', () => {
	const files = {
		utf8: Buffer.from(text, 'utf8'),
		utf16le: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
		utf16be: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])
	};
	const out: Record<string, string> = {};
	for (const [name, bytes] of Object.entries(files)) {
		const path = join(tmp, `${name}.json`);
		writeFileSync(path, bytes);
		const r = simulate(path);
		expect(r.stderr, name).toBe('');
		expect(r.status, name).toBe(0);
		out[name] = r.stdout;
	}
	expect(JSON.parse(out.utf8).name).toBe('东河区 · 补贴退坡（UTF-16 测试）');
	expect(JSON.parse(out.utf8).years).toHaveLength(3);
	expect(out.utf16le).toBe(out.utf8);
	expect(out.utf16be).toBe(out.utf8);
}, 120_000);
