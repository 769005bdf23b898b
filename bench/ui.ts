// `npm run bench:ui`: the popup on the demo story in headless Chromium (built dist/chrome-e2e, plus the
// *.test hosts of the invented outlets), with discovery on the demo's news search, as `npm start` plays it.
//   first paint  — popup navigation start → first contentful paint
//   ready        — navigation start → the extracted article on screen (data-ready-ms)
//   first card   — navigation start → the first compared card on screen (search, fetch, parse, match,
//                  compare, all in the background, streamed)
//   reopen       — the popup opened again on the same article: first paint, article, and the cards served
//                  from the coverage cache
// Each run is a fresh browser (a cached search would otherwise answer the "first card"); medians of RUNS.
// Targets: first paint ≤ 100 ms, first card ≤ 1.5 s, reopen ≤ 150 ms.
import { resolve } from 'node:path';
import { DEMO_BING_PATH, DEMO_PAGES, outletUrl, startDemoServer } from '../scripts/lib/demo-server.mjs';
import { findBrowser } from '../scripts/lib/find-browser.mjs';
import { extensionWithTestHosts, launchMapped } from '../test/e2e/lib/discovery-world';

const RUNS = Number(process.env.RUNS ?? 5);
const ROOT = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Open {
  fcp: number;
  ready: number;
  card: number;
}

async function main() {
  const server = await startDemoServer();
  const port = Number(new URL(server.origin).port);
  const browser = findBrowser();
  const extDir = extensionWithTestHosts(resolve(ROOT, 'dist', 'chrome-e2e'));
  const first: Open[] = [];
  const again: Open[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await launchMapped(extDir, browser.path);
      try {
        await run.worker.evaluate(
          // eslint-disable-next-line no-restricted-globals -- runs in the service worker, not here
          (settings) => chrome.storage.local.set({ settings }),
          { bingBaseUrl: `${server.origin}${DEMO_BING_PATH}`, privacyAcknowledged: true, providers: { bing: true, 'google-news': false, gdelt: false, guardian: false, tabs: true, history: true } },
        );
        const url = outletUrl(port, DEMO_PAGES.wire);
        const reader = await run.context.newPage();
        await reader.goto(url);
        // eslint-disable-next-line no-restricted-globals -- runs in the service worker, not here
        const tabId = await run.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
        const open = async (): Promise<Open> => {
          const popup = await run.context.newPage();
          await popup.setViewportSize({ width: 420, height: 600 });
          await popup.goto(run.extensionUrl(`popup.html?tabId=${tabId}`));
          await popup.waitForSelector('[data-state="ready"]');
          await popup.waitForSelector('[data-testid="card"][data-state="compared"]', { timeout: 30_000 });
          const card = await popup.evaluate(() => performance.now());
          const fcp = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
          const ready = Number(await popup.getAttribute('[data-testid="popup"]', 'data-ready-ms'));
          await popup.close();
          return { fcp, ready, card };
        };
        first.push(await open());
        again.push(await open());
      } finally {
        await run.context.close();
      }
    }
    const row = (name: string, xs: number[], target: number) => `| ${name} | ${Math.round(median(xs))} ms | ${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms | ${target} ms |`;
    console.log(`bench:ui — popup on the demo story with discovery, headless Chromium, ${RUNS} fresh browsers\n`);
    console.log('| measure | median | range | target |\n|---|---:|---:|---:|');
    console.log(row('first paint (first open)', first.map((o) => o.fcp), 100));
    console.log(row('article on screen (first open)', first.map((o) => o.ready), 100));
    console.log(row('first compared card (fresh search)', first.map((o) => o.card), 1500));
    console.log(row('reopen: first paint', again.map((o) => o.fcp), 150));
    console.log(row('reopen: article on screen', again.map((o) => o.ready), 150));
    console.log(row('reopen: cards on screen (cache)', again.map((o) => o.card), 150));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`bench:ui failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
