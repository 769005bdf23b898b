// The demo newsstand (test/fixtures/site/) on 127.0.0.1: a plain static server with no CORS headers, as a
// real outlet would be. Extension fetches reach it through the host permission, not through CORS.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const SITE_DIR = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'site');

/** Paths of the demo pages, relative to the server root. */
export const DEMO_PAGES = {
  wire: '/atlas-wire/world/2025/02/26/nato-eu-undersea-cables.html',
  british: '/northgate-chronicle/world/2025/feb/26/nato-eu-cable-defences-geneva.html',
  republished: '/riverbend-post/news/nato-allies-cable-defenses.html',
  sectionFront: '/northgate-chronicle/world/',
  // Discovery's invented results (test/e2e/discovery.e2e.test.ts): a second republication of the wire
  // copy, another story that shares words with this one, a paywalled stub, and a page that never answers.
  wireAgain: '/lakeside-ledger/world/nato-cable-pact.html',
  otherStory: '/harbour-herald/news/freighter-detained-anchor.html',
  paywalled: '/meridian-times/world/2025/02/26/nato-cable-shield.html',
  timesOut: '/slow/coastal-observer/nato-cables.html',
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

async function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(SITE_DIR, rel));
  if (!full.startsWith(SITE_DIR)) return null; // no ../ escapes
  try {
    const info = await stat(full);
    if (info.isDirectory()) return resolveFile(join(rel, 'index.html'));
    return full;
  } catch {
    return null;
  }
}

/**
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ origin: string, url: (path: string) => string, close: () => Promise<void> }>}
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // For the timeout path of the popup's "paste an address": answers after 30 s.
    if (path === '/slow' || path.startsWith('/slow/')) {
      setTimeout(() => res.end('<html><body>late</body></html>'), 30_000).unref();
      return;
    }
    const file = await resolveFile(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Page not found</h1>');
      return;
    }
    let body = await readFile(file);
    // The pages' canonical links name http://127.0.0.1/; served under another host (the discovery e2e maps
    // *.test to 127.0.0.1, one host per outlet) they follow the host asked for, as a real site's would.
    const host = req.headers.host ?? '';
    if (extname(file) === '.html' && host && !host.startsWith('127.0.0.1')) {
      body = Buffer.from(body.toString('utf8').replaceAll('http://127.0.0.1/', `http://${host}/`));
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
