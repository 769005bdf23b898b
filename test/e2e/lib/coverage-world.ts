// The hardening suites' world (faults, privacy, history, worker restart): the discovery world of
// discovery-world.ts plus the moves they share — a control page to read and write extension storage
// (the service worker's handle dies when the worker is stopped, and evaluating on a dead worker hangs),
// a reader's tab and popup run to the end, what the popup then shows, and stopping the worker.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_PAGES, startDemoServer } from '../../../scripts/lib/demo-server.mjs';
import { startFakeProviders, type FakeItem, type FakeProvider, type FakeProviders } from '../../fixtures/fake-providers';
import { POPUP_VIEWPORT } from './chromium';
import { extensionWithTestHosts, launchMapped, outletUrl, type MappedRun } from './discovery-world';

const CONTROL_PAGE = 'offscreen.html';

export interface CoverageWorld {
  run: MappedRun;
  extDir: string;
  port: number;
  providers: FakeProviders;
  site: Awaited<ReturnType<typeof startDemoServer>>;
  /**
   * An extension page kept open for storage reads and writes: offscreen.html opened as a tab, because it
   * asks the background nothing on load (the options page asks for the history size, which opens the DB).
   */
  control: Page;
  close(): Promise<void>;
}

export interface PopupView {
  cards: { outlet: string; state: string | null; verdict: string | null; text: string }[];
  /** Provider id → the sentence the popup shows for a provider that failed. */
  failed: Record<string, string>;
}

export interface StoredSession {
  articleId: string;
  items: { url: string; outlet: string; providers: string[]; state: string; wireOf?: string; dismissed?: boolean; id: string }[];
  providers: { id: string; state: string; found: number; message?: string }[];
  done: boolean;
}

/** The reader's article on a host of its own per run, so every run is a new article to the background. */
export function readerUrl(port: number, run: string, path: string = DEMO_PAGES.wire): string {
  return outletUrl(port, path).replace('://', `://${run}-`);
}

/** One same-story result per search provider, each on its own outlet, so each provider's share is visible. */
export function oneResultEach(port: number): Record<'bing' | 'google-news' | 'gdelt', FakeItem[]> {
  const at = (path: string) => outletUrl(port, path);
  return {
    bing: [{ title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at(DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T15:30:00Z', description: 'Nato allies and the EU agreed to pool their defences for undersea data cables.' }],
    'google-news': [{ title: 'Allies strike pact to guard undersea cables', url: at(DEMO_PAGES.wireAgain), outlet: 'The Lakeside Ledger', published: '2025-02-26T19:30:00Z' }],
    gdelt: [{ title: 'NATO allies agree to pool defenses for undersea cables', url: at(DEMO_PAGES.republished), outlet: 'Riverbend Daily Post', published: '2025-02-26T18:00:00Z' }],
  };
}

export async function startCoverageWorld(browserPath: string, options: { extDir: string; userDataDir?: string; reuseExtDir?: boolean }): Promise<CoverageWorld> {
  const site = await startDemoServer();
  const port = Number(new URL(site.origin).port);
  const providers = await startFakeProviders();
  const extDir = options.reuseExtDir ? options.extDir : extensionWithTestHosts(options.extDir);
  const run = await launchMapped(extDir, browserPath, { userDataDir: options.userDataDir });
  const control = await run.context.newPage();
  await control.goto(run.extensionUrl(CONTROL_PAGE));
  const world: CoverageWorld = {
    run,
    extDir,
    port,
    providers,
    site,
    control,
    async close() {
      await world.run.context.close().catch(() => undefined);
      await site.close();
      await providers.close();
    },
  };
  return world;
}

/** Settings as the options page would store them: the fake providers' addresses, privacy text accepted. */
export function discoverySettings(fake: FakeProviders, on: Partial<Record<FakeProvider | 'tabs' | 'history', boolean>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const providers = { bing: false, 'google-news': false, gdelt: false, guardian: false, tabs: false, history: false, ...on };
  return { ...fake.settings, privacyAcknowledged: true, providers, ...extra };
}

export async function configure(world: CoverageWorld, on: Partial<Record<FakeProvider | 'tabs' | 'history', boolean>>, extra: Record<string, unknown> = {}): Promise<void> {
  await world.control.evaluate((s) => chrome.storage.local.set({ settings: s }), discoverySettings(world.providers, on, extra));
}

export async function storageLocal(world: CoverageWorld, key: string): Promise<unknown> {
  return world.control.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

export async function tabIdOf(world: CoverageWorld, url: string): Promise<number> {
  return world.control.evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    if (!tab?.id) throw new Error(`No tab shows ${u}`);
    return tab.id;
  }, url);
}

/** The reader's tab and its popup; discovery starts by itself once the privacy text was accepted. */
export async function openReader(world: CoverageWorld, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await world.run.context.newPage();
  await page.goto(url);
  const popup = await world.run.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(world.run.extensionUrl(`popup.html?tabId=${await tabIdOf(world, url)}`));
  return { page, popup };
}

export async function waitDone(popup: Page, timeout = 45_000): Promise<void> {
  await popup.waitForSelector('[data-discovery="done"]', { timeout });
}

/** What the popup shows, read in the popup page itself: sent to the page as source (Playwright's or
 * puppeteer's evaluate), so it closes over nothing. */
export function popupViewInPage(): PopupView {
  const cards = [...document.querySelectorAll('[data-testid="card"]')].map((el) => ({
    outlet: el.querySelector('[data-testid="card-outlet"]')?.textContent ?? '',
    state: el.getAttribute('data-state'),
    verdict: el.getAttribute('data-verdict'),
    text: el.textContent ?? '',
  }));
  const failed: Record<string, string> = {};
  for (const el of document.querySelectorAll('[data-testid="provider-failed"]')) failed[el.getAttribute('data-provider') ?? '?'] = el.textContent ?? '';
  return { cards, failed };
}

export async function readPopup(popup: Page): Promise<PopupView> {
  return popup.evaluate(popupViewInPage);
}

/** The background's session for the article at this URL, as cached in storage.session (null: none). */
export async function sessionFor(world: CoverageWorld, url: string): Promise<StoredSession | null> {
  return world.control.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const host = new URL(u).host;
    const hit = Object.entries(all).find(([k, v]) => k.startsWith('coverage:') && k !== 'coverage:index' && (v as { session: { articleId: string } }).session.articleId.includes(host));
    return hit ? ((hit[1] as { session: StoredSession }).session as StoredSession) : null;
  }, url);
}

/** Provider id → its state in a session (done, failed, off…). */
export function providerStates(session: StoredSession | null): Record<string, string> {
  return Object.fromEntries((session?.providers ?? []).map((p) => [p.id, p.state]));
}

/** Times (ms since the fake server started) a provider's search endpoint was asked, from log entry `from` on. */
export function searchTimes(providers: FakeProviders, provider: FakeProvider, from = 0): number[] {
  const paths: Record<FakeProvider, string> = { bing: '/bing/news/search', 'google-news': '/google/rss/search', gdelt: '/gdelt/api/v2/doc/doc', guardian: '/guardian/search' };
  return providers.log.slice(from).filter((r) => r.provider === provider && r.path === paths[provider]).map((r) => r.at);
}

export function gaps(times: number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]);
}

/**
 * Stops the extension's service worker the way Chrome does when it idles (CDP ServiceWorker.stopWorker),
 * and resolves once it is stopped. The old Worker handle is dead afterwards: never evaluate on it.
 */
export async function stopServiceWorker(world: CoverageWorld): Promise<void> {
  const page = await world.run.context.newPage();
  const cdp: CDPSession = await world.run.context.newCDPSession(page);
  const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        versions.set(v.versionId, v);
        if (v.scriptURL.startsWith(world.run.extensionUrl('')) && v.runningStatus === 'stopped') resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < 20 && ![...versions.values()].some((v) => v.scriptURL.startsWith(world.run.extensionUrl(''))); i++) await page.waitForTimeout(50);
  for (const [versionId, v] of versions) {
    if (v.scriptURL.startsWith(world.run.extensionUrl('')) && v.runningStatus === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
  }
  await stopped;
  await cdp.detach().catch(() => undefined);
  await page.close();
}

/** Sends a background request the way the popup does, from the control page. */
export async function ask<T = Record<string, unknown>>(world: CoverageWorld, request: Record<string, unknown>): Promise<T> {
  return world.control.evaluate((r) => chrome.runtime.sendMessage(r), request) as Promise<T>;
}

/** Closes the browser and starts it again on the same profile and extension folder (servers kept). */
export async function relaunch(world: CoverageWorld, browserPath: string): Promise<void> {
  const userDataDir = world.run.userDataDir;
  await world.run.context.close();
  world.run = await launchMapped(world.extDir, browserPath, { userDataDir });
  world.control = await world.run.context.newPage();
  await world.control.goto(world.run.extensionUrl(CONTROL_PAGE));
}

/**
 * An extension update in place: the same folder (so the same extension id and data) with a new version in
 * its manifest, loaded by a browser started on the same profile, which sees the version change as an
 * update. chrome.runtime.reload() would be closer to a store update, but Chromium does not bring back an
 * extension loaded with --load-extension after it (its pages then answer ERR_BLOCKED_BY_CLIENT).
 */
export async function updateExtension(world: CoverageWorld, browserPath: string, version: string): Promise<void> {
  const path = join(world.extDir, 'manifest.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), version }, null, 2));
  await relaunch(world, browserPath);
}
