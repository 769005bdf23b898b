// Chrome stops an idle service worker, and may do so in the middle of a search. Here it is stopped on
// purpose (CDP ServiceWorker.stopWorker, what Chrome does after 30 s idle) while GDELT is still waiting
// for its slot: the popup's port drops, the popup reconnects, the new worker finds the unfinished session
// in storage.session, shows it as it was and runs it again, and the results arrive. A finished session
// survives a stop as well: answered from storage at once, nothing searched again, cards still expand.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './lib/browsers';
import {
  configure,
  oneResultEach,
  openReader,
  providerStates,
  readerUrl,
  readPopup,
  searchTimes,
  sessionFor,
  startCoverageWorld,
  stopServiceWorker,
  waitDone,
  type CoverageWorld,
} from './lib/coverage-world';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const found = findChromium();

(found.ok ? describe : describe.skip)('Service worker stopped mid-search in headless Chromium', () => {
  let world: CoverageWorld;

  beforeAll(async () => {
    world = await startCoverageWorld(found.ok ? found.browser.path : '', { extDir: EXT_DIR });
    const results = oneResultEach(world.port);
    for (const p of ['bing', 'google-news', 'gdelt'] as const) world.providers.setItems(p, results[p]);
    await configure(world, { bing: true, 'google-news': true, gdelt: true });
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  it('the popup reconnects, the search runs again, and every provider’s results arrive', async () => {
    // GDELT's shared slot is 6 s away: the search is certainly unfinished when the worker stops.
    await world.control.evaluate(() => chrome.storage.session.set({ 'ratelimit:gdelt': Date.now() + 6000 }));
    const url = readerUrl(world.port, 'restart');
    const workersBefore = world.run.context.serviceWorkers().length;
    const { page, popup } = await openReader(world, url);
    await popup.waitForSelector('[data-testid="card"][data-state="compared"]', { timeout: 20_000 });
    expect(await popup.getAttribute('[data-testid="discovery"]', 'data-discovery')).not.toBe('done');
    expect(searchTimes(world.providers, 'gdelt')).toHaveLength(0);
    const partial = await sessionFor(world, url);
    expect(partial?.done).toBe(false);

    await stopServiceWorker(world);
    const stoppedAt = world.providers.log.length;
    // The popup's next `discover` wakes a new worker, which resumes from storage.session.
    await waitDone(popup, 40_000);
    expect(world.run.context.serviceWorkers().length).toBeGreaterThanOrEqual(workersBefore);
    const session = await sessionFor(world, url);
    expect(session?.done).toBe(true);
    expect(providerStates(session)).toMatchObject({ bing: 'done', 'google-news': 'done', gdelt: 'done' });
    expect(session?.items.some((i) => i.providers.includes('gdelt') && i.state === 'compared')).toBe(true);
    const view = await readPopup(popup);
    expect(view.cards.some((c) => c.outlet === 'The Northgate Chronicle' && c.state === 'compared')).toBe(true);
    expect(await popup.locator('[data-testid="popup"] [role="alert"]').count()).toBe(0);
    expect(await popup.textContent('body')).not.toMatch(/stopped answering/);
    // The stopped run never sent its GDELT request; the new run sent its precise query and, three results
    // being fewer than five, the broad one (discovery.md §8 Q2), 5 s apart in GDELT's shared slot.
    const gdelt = searchTimes(world.providers, 'gdelt');
    expect(searchTimes(world.providers, 'gdelt', stoppedAt)).toEqual(gdelt);
    expect(gdelt).toHaveLength(2);
    expect(gdelt[1] - gdelt[0]).toBeGreaterThanOrEqual(5000);

    // A finished session outlives a second stop: the reopened popup gets it from storage, nobody is asked.
    await stopServiceWorker(world);
    const asked = world.providers.log.length;
    await popup.reload();
    await waitDone(popup, 5000);
    expect((await readPopup(popup)).cards.length).toBe(view.cards.length);
    expect(world.providers.log.length).toBe(asked);
    // The full comparison behind a card is rebuilt by the new worker from the stored texts.
    const card = popup.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' });
    await card.locator('[data-testid="expand"]').click();
    await card.locator('.card-detail [data-testid="open-full"]').waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  }, 90_000);
});
