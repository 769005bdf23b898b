// Failing providers end to end in headless Firefox ESR: the same scenario and assertions as the Chromium
// suite (test/e2e/lib/faults-scenario.ts says what is checked and why), on the firefox-e2e build, where the
// background is an event page (no service worker) and fetched pages are parsed in it. The invented
// outlets' *.test hosts reach the demo newsstand through network.dns.localDomains, Firefox's counterpart
// of Chromium's --host-resolver-rules; it takes exact names only, so the scenario lists every host it uses.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { startFakeProviders, type FakeProviders } from '../fixtures/fake-providers';
import { findFirefox } from './lib/browsers';
import { POPUP_VIEWPORT } from './lib/chromium';
import { popupViewInPage, type StoredSession } from './lib/coverage-world';
import { defineFaultsTests, faultsHosts, stageFaultsWorld, type FaultsBrowser, type FaultsWorld } from './lib/faults-scenario';
import { launchFirefox, type FirefoxRun } from './lib/firefox';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.FIREFOX_EXT_DIR ?? resolve(ROOT, 'dist', 'firefox-e2e');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const DONE_MS = 45_000;

const found = findFirefox();
if (!found.ok) console.warn(`faults.firefox.e2e: skipped. ${found.why}`);

type Api = typeof chrome;

/** WebDriver BiDi's own command channel: puppeteer keeps it internal, but it is the one way into the chrome scope. */
interface BidiChannel {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Firefox's own "Work Offline" (Services.io.offline, what File > Work Offline sets), switched in the browser's
 * chrome scope over BiDi (launchFirefox's --remote-allow-system-access allows it): the background's fetches
 * meet a really offline browser, failing before a socket opens, not a server that hangs up (Chromium's
 * suite has no switch its service worker obeys, so there the providers reset the connection instead).
 * network.disable-localhost-when-offline takes 127.0.0.1, where the fake providers listen, offline too; and
 * the idle keep-alive connections to it are pruned, because offline only refuses new connections: without
 * the prune Bing and GDELT were still answered over the sockets the earlier runs left open.
 */
async function workOffline(run: FirefoxRun): Promise<void> {
  const bidi = (run.browser as unknown as { connection: BidiChannel }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string }[] };
  const answer = (await bidi.send('script.evaluate', {
    expression: 'Services.io.manageOfflineStatus = false; Services.io.offline = true; Services.obs.notifyObservers(null, "net:prune-all-connections"); Services.io.offline',
    target: { context: tree.contexts[0].context },
    awaitPromise: false,
  })).result as { type: string; result?: { value?: unknown } };
  if (answer.type !== 'success' || answer.result?.value !== true) throw new Error(`Firefox did not go offline: ${JSON.stringify(answer)}`);
}

function firefoxDriver(run: FirefoxRun, control: Page): FaultsBrowser {
  return {
    async setLocal(items) {
      await control.evaluate((i) => (globalThis as unknown as { browser: Api }).browser.storage.local.set(i), items);
    },
    async openTab(url) {
      const page = await run.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { close: () => page.close() };
    },
    async openPopup(url) {
      const popup = await run.openExtensionPage(`popup.html?tabId=${await run.tabIdOf(url)}`, POPUP_VIEWPORT);
      return {
        waitDone: async (timeout = DONE_MS) => void (await popup.waitForSelector('[data-discovery="done"]', { timeout })),
        view: () => popup.evaluate(popupViewInPage),
        screenshot: async (path) => void (await popup.screenshot({ path, fullPage: true })),
        close: () => popup.close(),
      };
    },
    // The same read as coverage-world's sessionFor, through Firefox's `browser` namespace.
    session: (url) =>
      control.evaluate(async (u) => {
        const all = await (globalThis as unknown as { browser: Api }).browser.storage.session.get(null);
        const host = new URL(u).host;
        const hit = Object.entries(all).find(([k, v]) => k.startsWith('coverage:') && k !== 'coverage:index' && (v as { session: { articleId: string } }).session.articleId.includes(host));
        return hit ? (hit[1] as { session: StoredSession }).session : null;
      }, url),
    goOffline: () => workOffline(run),
  };
}

(found.ok ? describe : describe.skip)('Failing providers in headless Firefox ESR', () => {
  let providers: FakeProviders;
  let site: Awaited<ReturnType<typeof startDemoServer>>;
  let run: FirefoxRun;
  let world: FaultsWorld;
  let browser: FaultsBrowser;

  beforeAll(async () => {
    if (!found.ok) return; // narrows `found`; the suite is skipped then anyway
    mkdirSync(ARTIFACTS, { recursive: true });
    [site, providers] = await Promise.all([startDemoServer(), startFakeProviders()]);
    const port = Number(new URL(site.origin).port);
    run = await launchFirefox({
      extDir: EXT_DIR,
      path: found.browser,
      prefs: { 'network.dns.localDomains': faultsHosts(port).join(','), 'network.disable-localhost-when-offline': true },
    });
    world = { providers, port };
    browser = firefoxDriver(run, await run.openExtensionPage('options.html'));
    await stageFaultsWorld(world, browser);
  }, 60_000);

  afterAll(async () => {
    await run?.close();
    await Promise.all([site?.close(), providers?.close()]);
  });

  defineFaultsTests(() => ({ world, browser }), {
    // Row 1, google-news reset: Firefox restarts a request whose connection was reset at once, up to
    // network.http.request.max-attempts (10) times (10 seen, all within ~20 ms), where Chromium re-sends 2–4.
    requests: { 1: { atMost: 10, withinMs: 250, why: "only Firefox's network stack re-sends a reset request, at once, up to network.http.request.max-attempts (10)" } },
    // The popup with Bing News failed on a timeout, the others' cards beside it.
    screenshot: { row: 0, path: resolve(ARTIFACTS, 'firefox-popup-provider-failed.png') },
  });
});
