// Hostile pages on 127.0.0.1 (test/fixtures/hostile/ plus a few made on the fly), for the e2e tests that
// paste them into the popup. Every request is logged: a fetched page must be read as text and nothing
// else, so any request beyond the page itself (a beacon, a framed page, an external script, an image)
// means the page's markup was loaded or run somewhere.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';

export const HOSTILE_DIR = resolve(import.meta.dirname, '..', '..', 'fixtures', 'hostile');

/** Sizes of the generated pages; MAX_HTML_BYTES in extension/background/fetch-page.ts is 5 MB. */
export const HUGE_BYTES = 10 * 1024 * 1024;
export const DEEP_BYTES = 500_000;

// Served as raw bytes with a bare `text/html`: the charset is the whole point of these two.
const RAW_PAGES: Record<string, string> = { 'windows-1252.html': 'text/html', 'shift-jis.html': 'text/html' };

// The smallest valid PNG (1×1, transparent) and a PDF header: enough for a content-type to be honest.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * What a page's script or handler would do if it ever ran in an extension context: every channel we can
 * observe from outside (a global, the extension origin's localStorage, a runtime message, extension
 * storage, a postMessage, a request back to this server, a dialog). Attribute-safe: no double quotes,
 * no `<` or `&`, so it can sit inside onerror="…" and srcdoc="…".
 */
export function markerScript(origin: string, id: string): string {
  return [
    `try{window.__parallaxPwned='${id}'}catch(e){}`,
    `try{localStorage.setItem('parallax-pwned','${id}')}catch(e){}`,
    `try{fetch('${origin}/beacon/${id}',{mode:'no-cors'})}catch(e){}`,
    `try{new Image().src='${origin}/beacon/image-${id}'}catch(e){}`,
    `try{var x=window.chrome||window.browser;x.runtime.sendMessage({pwned:'${id}'});x.storage.local.set({pwned:'${id}'})}catch(e){}`,
    `try{parent.postMessage({pwned:'${id}'},'*')}catch(e){}`,
    `alert('pwned ${id}')`,
  ].join(';');
}

function render(template: string, origin: string): string {
  const story = readFileSync(resolve(HOSTILE_DIR, '_story.html'), 'utf8');
  return template
    .replaceAll('{{STORY}}', story)
    .replaceAll('{{ORIGIN}}', origin)
    .replace(/\{\{MARK:([a-z0-9-]+)\}\}/g, (_, id: string) => markerScript(origin, id));
}

// Nested divs, written in chunks so a 10 MB page never sits in memory as one string.
function* nestedDivs(totalBytes: number): Generator<string> {
  const open = '<div>';
  const close = '</div>';
  const prose = '<p>Deeply nested filler text that is not an article at all, repeated to make the page huge.</p>';
  const depth = Math.floor(totalBytes / (open.length + close.length + prose.length));
  yield '<!doctype html><html><head><meta charset="utf-8"><title>Nested</title></head><body>';
  let chunk = '';
  for (let i = 0; i < depth; i++) {
    chunk += open + prose;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  for (let i = 0; i < depth; i++) {
    chunk += close;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</body></html>`;
}

function sendNested(res: ServerResponse, totalBytes: number, declareLength: boolean): void {
  const parts = [...nestedDivs(totalBytes)].map((s) => Buffer.from(s));
  const length = parts.reduce((n, b) => n + b.length, 0);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(declareLength ? { 'content-length': String(length) } : {}) });
  for (const part of parts) res.write(part);
  res.end();
}

export interface HostileServer {
  origin: string;
  url: (path: string) => string;
  /** Every request path (with query) since the last reset, in order. */
  requests: () => string[];
  /** Requests a fetched page could only cause by being loaded or run: beacons, frames, external scripts. */
  leaks: () => string[];
  /** Connections to /endless that the client ended (the extension gave up and aborted). */
  endlessClosed: () => number;
  reset: () => void;
  close: () => Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  let log: string[] = [];
  let endlessClosed = 0;
  let origin = '';
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push(path);
    const pathname = new URL(path, 'http://x').pathname;
    if (pathname.startsWith('/beacon/')) {
      res.writeHead(204).end();
      return;
    }
    if (pathname === '/huge/declared') return sendNested(res, HUGE_BYTES, true);
    if (pathname === '/huge/streamed') return sendNested(res, HUGE_BYTES, false);
    if (pathname === '/deep') return sendNested(res, Number(new URL(path, 'http://x').searchParams.get('bytes')) || DEEP_BYTES, true);
    if (pathname === '/endless') {
      // A server that never finishes: headers and a head at once, then one byte every 100 ms, forever.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><html><head><title>Endless</title></head><body><p>');
      const drip = setInterval(() => res.write('.'), 100);
      res.on('close', () => {
        clearInterval(drip);
        endlessClosed++;
      });
      return;
    }
    if (pathname === '/redirect/pdf' || pathname === '/redirect/image') {
      res.writeHead(302, { location: pathname.endsWith('pdf') ? '/files/report.pdf' : '/files/photo.png' }).end();
      return;
    }
    if (pathname === '/files/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(PDF.length) }).end(PDF);
      return;
    }
    if (pathname === '/files/photo.png') {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(PNG.length) }).end(PNG);
      return;
    }
    const name = /^\/hostile\/([a-z0-9-]+\.(?:html|js))$/.exec(pathname)?.[1];
    if (name) {
      // Script templates are stored as .js.txt: with their placeholders they are not JavaScript to lint.
      const file = resolve(HOSTILE_DIR, name.endsWith('.js') ? `${name}.txt` : name);
      try {
        if (RAW_PAGES[name]) {
          res.writeHead(200, { 'content-type': RAW_PAGES[name], 'cache-control': 'no-store' }).end(readFileSync(file));
        } else {
          const type = name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
          res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(render(readFileSync(file, 'utf8'), origin));
        }
        return;
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title><h1>Page not found</h1>');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const leaky = /^\/(beacon\/|hostile\/(frame-child\.html|external\.js))/;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    requests: () => [...log],
    leaks: () => log.filter((p) => leaky.test(p)),
    endlessClosed: () => endlessClosed,
    reset: () => {
      log = [];
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
