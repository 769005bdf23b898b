#!/usr/bin/env node
// `npm start`: build, serve the demo newsstand and its news search, launch Chromium with Parallax loaded on
// the first article. Each invented outlet has its own host (<outlet>.test, mapped to this machine), and
// the profile's settings point Bing News at the demo's search, so a click finds the story's other versions.
//   npm start -- --headless --screenshot out.png   the same without a window; searches as a reader would
//                                                   and saves the popup's results with a card expanded
//   npm start -- --port 8765                        serve the demo site on a fixed port (default 8765)
import { resolve } from 'node:path';
import { buildAll } from './build.mjs';
import { DEMO_BING_PATH, DEMO_PAGES, OUTLET_HOST_RULES, outletUrl, startDemoServer } from './lib/demo-server.mjs';
import { BrowserNotFound, findBrowser } from './lib/find-browser.mjs';
import { launchWithExtension } from './lib/launch.mjs';

const ROOT = resolve(import.meta.dirname, '..');

function parseArgs(argv) {
  const args = { headless: false, screenshot: null, port: 8765 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') args.headless = true;
    else if (a === '--screenshot') args.screenshot = argv[++i] ?? null;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown option ${a} (try --headless, --screenshot FILE, --port N)`);
  }
  if (args.screenshot === null && argv.includes('--screenshot')) throw new Error('--screenshot needs a file name, e.g. --screenshot out.png');
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error('--port needs a number between 0 and 65535');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('npm start [-- --headless] [--screenshot FILE] [--port N]');
    return;
  }
  if (!args.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display here: run `npm start -- --headless --screenshot out.png` instead.');
  }
  const browser = findBrowser({ install: true });
  await buildAll();
  const server = await startDemoServer({ port: args.port }).catch(() => startDemoServer({ port: 0 }));
  // A real window uses the shipped build: the reader's click grants activeTab. Headless nobody can click,
  // and activeTab cannot be granted in automation, so it loads the e2e variant (127.0.0.1 pre-granted).
  const extDir = resolve(ROOT, 'dist', args.headless ? 'chrome-e2e' : 'chrome');
  const run = await launchWithExtension({ extDir, headless: args.headless, browser, args: [OUTLET_HOST_RULES] });
  const port = Number(new URL(server.origin).port);
  // The demo's search only: the real services would not know the invented outlets.
  await run.worker.evaluate(
    // eslint-disable-next-line no-undef -- runs in the service worker, where `chrome` exists
    (settings) => chrome.storage.local.set({ settings }),
    {
      bingBaseUrl: `${server.origin}${DEMO_BING_PATH}`,
      providers: { bing: true, 'google-news': false, gdelt: false, guardian: false, tabs: true, history: true },
    },
  );
  const readerUrl = outletUrl(port, DEMO_PAGES.wire);
  const [first] = run.context.pages();
  const wire = first ?? (await run.context.newPage());
  await wire.goto(readerUrl);
  const british = await run.context.newPage();
  await british.goto(outletUrl(port, DEMO_PAGES.british));
  await wire.bringToFront();

  const shutdown = async () => {
    await run.context.close().catch(() => {});
    await server.close();
  };

  if (args.headless) {
    const tabId = await run.tabIdOf(readerUrl);
    const popup = await run.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(run.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('[data-state="ready"], [data-state="not-an-article"], [data-state="error"]', { timeout: 15_000 });
    // First use: the privacy text, then the reader's click on "Search other outlets".
    const consent = await popup.waitForSelector('[data-testid="search-start"]', { timeout: 5_000 }).catch(() => null);
    await consent?.click();
    await popup.waitForSelector('[data-discovery="done"], [data-discovery="failed"]', { timeout: 45_000 }).catch(() => {});
    const found = popup.locator('[data-testid="card"][data-verdict="same-story"]');
    if ((await found.count()) > 0) {
      await found.first().locator('[data-testid="expand"]').click();
      await found.first().locator('.card-detail [data-testid="open-full"]').waitFor({ timeout: 10_000 }).catch(() => {});
      // The popup scrolls inside itself (browsers cap it at 600 px): bring the coverage list into view.
      await popup.locator('[data-testid="coverage"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    }
    const state = await popup.getAttribute('[data-testid="popup"]', 'data-state');
    const discovery = await popup.getAttribute('[data-testid="discovery"]', 'data-discovery').catch(() => null);
    const title = await popup.textContent('[data-testid="article-title"]').catch(() => null);
    const outlets = await popup.$$eval('[data-testid="card"] [data-testid="card-outlet"]', (els) => els.map((e) => e.textContent));
    console.log(`parallax: popup state "${state}", search ${discovery ?? 'not started'}${title ? `, article: ${title}` : ''}`);
    console.log(`parallax: versions found: ${outlets.join(', ') || 'none'}`);
    if (args.screenshot) {
      const file = resolve(process.cwd(), args.screenshot);
      await popup.locator('[data-testid="popup"]').screenshot({ path: file });
      console.log(`parallax: saved the popup's screenshot to ${file}`);
    }
    await shutdown();
    return;
  }

  console.log(`
Parallax is running with the demo newsstand at ${server.origin}/
  1. The first tab shows the Atlas Wire article; a second tab holds The Northgate Chronicle's version.
  2. Click the Parallax button in the toolbar (pin it from the puzzle-piece menu if you do not see it).
  3. The first time, read who receives what and click "Search other outlets" (allow the demo search's
     site when asked); then "Allow and continue" lets Parallax read the outlets it found.
  4. Expand a card ("Show differences"), switch "Highlight in the page", open the full comparison.
  5. Or, under "Compare with…", pick the other tab or paste an address.
  6. Try ${outletUrl(port, DEMO_PAGES.sectionFront)} for a page that is not an article.
Close the browser window or press Ctrl+C to stop.`);
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  run.context.once('close', () => void server.close().then(() => process.exit(0)));
}

main().catch((error) => {
  const message = error instanceof BrowserNotFound || error instanceof Error ? error.message : String(error);
  console.error(`parallax: ${message.split('\n')[0]}`);
  process.exit(1);
});
