// The built command line, run as a reader runs it: `node bin/parallax.js …` after `npm run build`.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../shared';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'parallax.js');
const PAGE = join(ROOT, 'test', 'fixtures', 'pages', 'meridian-wire-bridge.html');

function parallax(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: Server;
let base = '';
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'parallax.mjs'))) throw new Error('dist/cli is missing: run `npm run build` before the e2e tests.');
  server = createServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(PAGE));
    } else if (req.url === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4 not really');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describeShared('parallax compare on the seed pair', ['seeds'], () => {
  it('finds the acceptance pair’s house style and substance in the JSON', async () => {
    const r = await parallax('compare', sharedPath('seeds', '000_416ed576ed23afb6.txt'), sharedPath('seeds', '004_73da1f60caab5eee.txt'), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const variants = json.variants.map((v: { kind: string; a: string; b: string }) => `${v.kind}:${v.a}→${v.b}`);
    expect(variants).toEqual(expect.arrayContaining(['case:NATO→Nato', 'spelling:defenses→defences', 'abbreviation:U.K.→UK', 'transliteration:Zelenskyy→Zelensky']));
    expect(json.sharedTypos).toContain('to to');
    expect(json.quotes.some((q: { b: string; status: string }) => q.status === 'only-b' && /strategic ambiguity/.test(q.b))).toBe(true);
    expect(json.partial).toBe(false);
  });
});

describe('parallax on URLs and bad input', () => {
  it('extracts a saved page from disk without --url (its address is the file)', async () => {
    const r = await parallax('extract', PAGE, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.url).toMatch(/^file:\/\/.*meridian-wire-bridge\.html$/);
    expect(x.outlet).toBe('Meridian Wire');
    expect(x.paragraphs.length).toBeGreaterThan(2);
  });

  it('extracts an article from a URL', async () => {
    const r = await parallax('extract', `${base}/article`, '--json');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.paragraphs.length).toBeGreaterThan(2);
    expect(x.url.startsWith(base)).toBe(true);
  });

  it.each([
    ['a PDF URL', () => ['extract', `${base}/report.pdf`], /not a web page/],
    ['a dead link', () => ['extract', `${base}/gone`], /HTTP 404/],
    ['a binary file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'parallax-bin-'));
      const file = join(dir, 'photo.jpg');
      writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
      return ['compare', file, file];
    }, /binary file/],
    ['no command', () => [], /Usage/],
  ])('%s: one line, exit code 2', async (_name, argv, message) => {
    const r = await parallax(...(argv as () => string[])());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
