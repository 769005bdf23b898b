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

/** Browser flag that sends every invented outlet's host (<outlet>.test) to this server. */
export const OUTLET_HOST_RULES = '--host-resolver-rules=MAP *.test 127.0.0.1';

/** An outlet's page on its own host, http://<outlet>.test:<port>/<path>: one host per outlet, as on the web. */
export function outletUrl(port, path) {
  const parts = path.split('/').filter(Boolean);
  const outlet = parts[0] === 'slow' ? parts[1] : parts[0];
  return `http://${outlet}.test:${port}${path}`;
}

/**
 * The demo's news search: what a Bing News query for the cable story answers (invented items). The
 * reader's own outlet is in it (the pipeline must leave it out), as are a wire republication, another
 * story sharing words and a paywalled stub, so `npm start` shows every kind of card.
 */
export function demoSearchItems(port) {
  const at = (path) => outletUrl(port, path);
  return [
    { title: 'NATO allies agree to pool defenses for undersea cables after Geneva talks', url: at(DEMO_PAGES.wire), outlet: 'Atlas Wire', published: '2025-02-26T14:05:00Z', description: 'NATO allies and the European Union agreed on Wednesday to pool their defenses for undersea data cables.' },
    { title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at(DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T16:30:00Z', description: 'Nato allies and the EU agreed to pool their defences for undersea data cables.' },
    { title: 'NATO allies agree to pool defenses for undersea cables', url: at(DEMO_PAGES.republished), outlet: 'Riverbend Daily Post', published: '2025-02-26T18:00:00Z', description: 'NATO allies and the European Union agreed on Wednesday to pool their defenses.' },
    { title: 'Allies strike pact to guard undersea cables', url: at(DEMO_PAGES.wireAgain), outlet: 'The Lakeside Ledger', published: '2025-02-26T19:30:00Z', description: 'Allies agreed in Geneva to share sonar data.' },
    { title: 'Nato and EU agree undersea cable shield', url: at(DEMO_PAGES.paywalled), outlet: 'The Meridian Times', published: '2025-02-26T16:00:00Z', description: 'Ministers meeting in Geneva agreed to share sonar data.' },
    { title: 'Freighter detained after anchor drags through harbour moorings, damaging cables of fishing fleet', url: at(DEMO_PAGES.otherStory), outlet: 'Harbour Herald', published: '2025-02-27T08:10:00Z', description: 'A freighter was detained after its anchor damaged cables.' },
  ];
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Bing News RSS in its own shape (links wrapped in apiclick.aspx, the publisher in <News:Source>). */
function bingRss(items) {
  const body = items
    .map((it) => {
      const link = `http://www.bing.com/news/apiclick.aspx?ref=FexRss&url=${encodeURIComponent(it.url)}&mkt=en-us`;
      return `<item><title>${xml(it.title)}</title><link>${xml(link)}</link><description>${xml(it.description)}</description><pubDate>${new Date(it.published).toUTCString()}</pubDate><News:Source>${xml(it.outlet)}</News:Source></item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8" ?><rss version="2.0" xmlns:News="https://www.bing.com/news/search?format=rss"><channel><title>BingNews</title><link>https://www.bing.com/news</link><description>Search results</description>${body}</channel></rss>`;
}

/** Where the demo's search lives, for the launched profile's settings (bingBaseUrl). */
export const DEMO_BING_PATH = '/_providers/bing';

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
    if (path === `${DEMO_BING_PATH}/news/search`) {
      const port = Number(new URL(`http://${req.headers.host ?? 'x'}`).port) || server.address().port;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'no-store' });
      res.end(bingRss(demoSearchItems(port)));
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
