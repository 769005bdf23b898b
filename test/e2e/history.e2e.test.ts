// Nothing lost, in headless Chromium on a real profile: the reading history (IndexedDB) and the "not the
// same story" marks (storage.local) survive closing and relaunching the browser on the same profile, and
// an extension update (a new version in the same folder, started on the same profile). The history's schema
// is migrated from the store as first shipped (v1, built here by hand with the old shape and data), and
// its size bound holds on real IndexedDB: oldest evicted first, never the article being shown.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/lib/demo-server.mjs';
import { findChromium } from './lib/browsers';
import {
  ask,
  configure,
  oneResultEach,
  openReader,
  readerUrl,
  readPopup,
  relaunch,
  startCoverageWorld,
  storageLocal,
  updateExtension,
  waitDone,
  type CoverageWorld,
} from './lib/coverage-world';
import { outletUrl } from './lib/discovery-world';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const found = findChromium();
const BROWSER = found.ok ? found.browser.path : '';

/** Everything the history holds, read straight from IndexedDB in an extension page. */
async function readHistoryDb(world: CoverageWorld): Promise<{ version: number; records: Record<string, unknown>[] }> {
  return world.control.evaluate(
    () =>
      new Promise<{ version: number; records: Record<string, unknown>[] }>((done, fail) => {
        const open = indexedDB.open('parallax-history');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('articles').objectStore('articles').getAll();
          get.onsuccess = () => {
            db.close();
            done({ version: db.version, records: get.result });
          };
          get.onerror = () => fail(get.error);
        };
      }),
  );
}

async function historySize(world: CoverageWorld): Promise<number> {
  const reply = await ask<{ ok: boolean; entries: number }>(world, { type: 'history-size' });
  expect(reply.ok).toBe(true);
  return reply.entries;
}

(found.ok ? describe : describe.skip)('History and marks survive in headless Chromium', () => {
  describe('browser restart and extension update', () => {
    let world: CoverageWorld;
    beforeAll(async () => {
      world = await startCoverageWorld(BROWSER, { extDir: EXT_DIR });
      world.providers.setItems('bing', oneResultEach(world.port).bing);
      await configure(world, { bing: true, history: true });
    }, 60_000);
    afterAll(async () => {
      await world?.close();
    });

    const dismissedCard = async (url: string) => {
      const { page, popup } = await openReader(world, url);
      await waitDone(popup);
      const card = popup.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' });
      const pressed = await card.locator('[data-testid="dismiss"]').getAttribute('aria-pressed');
      await popup.close();
      await page.close();
      return pressed;
    };

    it('keeps the history and the marks through a restart and an update', async () => {
      const url = readerUrl(world.port, 'kept');
      const { page, popup } = await openReader(world, url);
      await waitDone(popup);
      const card = popup.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' });
      await card.locator('[data-testid="dismiss"]').click();
      await expect.poll(() => storageLocal(world, 'dismissed').then((d) => Object.keys(d ?? {}).length), { timeout: 5000 }).toBe(1);
      await popup.close();
      await page.close();
      const marks = await storageLocal(world, 'dismissed');
      const before = await readHistoryDb(world);
      expect(before.records.map((r) => r.url)).toContain(url);

      await relaunch(world, BROWSER);
      expect(await storageLocal(world, 'dismissed')).toEqual(marks);
      expect(await historySize(world)).toBe(before.records.length);
      expect((await readHistoryDb(world)).records).toEqual(before.records);
      // storage.session died with the browser: the search runs again, and the mark still applies.
      expect(await dismissedCard(url)).toBe('true');

      await updateExtension(world, BROWSER, '0.1.1');
      expect(await world.control.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');
      expect(await storageLocal(world, 'dismissed')).toEqual(marks);
      const after = await readHistoryDb(world);
      expect(after.records.map((r) => r.url).sort()).toEqual(before.records.map((r) => r.url).sort());
      expect(await dismissedCard(url)).toBe('true');
    }, 120_000);
  });

  describe('schema migration and size bound on real IndexedDB', () => {
    let world: CoverageWorld;
    beforeAll(async () => {
      world = await startCoverageWorld(BROWSER, { extDir: EXT_DIR });
      world.providers.setItems('bing', oneResultEach(world.port).bing);
      await configure(world, { bing: true, history: true }, { historySize: 10 });
    }, 60_000);
    afterAll(async () => {
      await world?.close();
    });

    it('migrates the store as first shipped (v1) to the current shape, data intact', async () => {
      const riverbend = outletUrl(world.port, DEMO_PAGES.republished);
      // v1 as idb-history.ts first shipped it: store `articles`, key `url`, index `savedAt`, whole
      // PageArticles (furniture list, excerpt, word count) in the record and its revisions.
      const v1Article = (title: string, paragraphs: string[]) => ({
        title,
        outlet: 'Riverbend Daily Post',
        url: riverbend,
        publishedTime: '2025-02-26T18:00:00Z',
        lang: 'en',
        byline: 'Staff',
        paragraphs,
        excerpt: paragraphs[0],
        wordCount: 40,
        removed: [{ text: 'Subscribe to our newsletter for the morning briefing', reason: 'promo' }],
      });
      const record = {
        url: riverbend,
        article: v1Article('NATO allies agree to pool defenses for undersea cables', ['NATO allies and the European Union agreed on Wednesday to pool their defenses for undersea data cables.']),
        firstSavedAt: 1_740_000_000_000,
        savedAt: 1_740_100_000_000,
        revisions: [{ savedAt: 1_740_000_000_000, article: v1Article('NATO allies agree to pool defenses', ['An earlier text of the wire story.']) }],
      };
      await world.control.evaluate(
        (r) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('parallax-history', 1);
            open.onupgradeneeded = () => {
              const store = open.result.createObjectStore('articles', { keyPath: 'url' });
              store.createIndex('savedAt', 'savedAt');
            };
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction('articles', 'readwrite');
              tx.objectStore('articles').put(r);
              tx.oncomplete = () => {
                db.close();
                done();
              };
              tx.onerror = () => fail(tx.error);
            };
          }),
        record,
      );
      expect((await readHistoryDb(world)).version).toBe(1);

      // The background opens the database with the current code: the upgrade runs.
      expect(await historySize(world)).toBe(1);
      const { version, records } = await readHistoryDb(world);
      expect(version).toBe(2);
      expect(records).toHaveLength(1);
      const strip = ({ removed: _r, excerpt: _e, wordCount: _w, ...article }: ReturnType<typeof v1Article>) => article;
      expect(records[0]).toEqual({ ...record, article: strip(record.article), revisions: [{ savedAt: record.revisions[0].savedAt, article: strip(record.revisions[0].article) }] });
    });

    it('evicts the oldest first when the bound is passed, never the article being shown', async () => {
      // Ten entries (the bound), the oldest of them being the article the reader is about to open.
      const url = readerUrl(world.port, 'bound');
      const entry = (n: number, at: string) => ({
        url: at,
        article: { title: `Entry ${n}`, outlet: 'Filler', url: at, publishedTime: null, paragraphs: [`Filler entry number ${n}.`] },
        firstSavedAt: n,
        savedAt: n,
        revisions: [],
      });
      await ask(world, { type: 'clear-history' });
      const filler = [entry(0, url), ...Array.from({ length: 9 }, (_, i) => entry(i + 1, `http://filler.test/entry/${i + 1}`))];
      await world.control.evaluate(
        (records) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('parallax-history');
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction('articles', 'readwrite');
              for (const r of records) tx.objectStore('articles').put(r);
              tx.oncomplete = () => {
                db.close();
                done();
              };
              tx.onerror = () => fail(tx.error);
            };
            open.onerror = () => fail(open.error);
          }),
        filler,
      );
      expect(await historySize(world)).toBe(10);

      // Opening the article saves it again (now the newest) and a new one on top evicts the oldest others.
      const { page, popup } = await openReader(world, url);
      await waitDone(popup);
      expect((await readPopup(popup)).cards.length).toBeGreaterThan(0);
      await popup.close();
      await page.close();
      const second = readerUrl(world.port, 'bound-next', DEMO_PAGES.british);
      const next = await openReader(world, second);
      await waitDone(next.popup);
      await next.popup.close();
      await next.page.close();

      const urls = (await readHistoryDb(world)).records.map((r) => r.url as string);
      expect(urls).toHaveLength(10);
      expect(urls).toContain(url);
      expect(urls).toContain(second);
      expect(urls).not.toContain('http://filler.test/entry/1');
      expect(urls).toContain('http://filler.test/entry/2');
      expect(urls).toContain('http://filler.test/entry/9');
    }, 90_000);
  });
});
