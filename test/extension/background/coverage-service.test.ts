// The background's discovery service around the pipeline: the session cache (a reopened popup is answered
// without searching again), a stopped worker's successor resuming from storage.session, "not the same
// story" marks and their bound, and a card's comparison rebuilt after a restart. The only provider on is
// "your open tabs", fed the demo story's invented pages (real extraction, matcher and engine), so nothing
// here touches a network; a second service on the same fake storage plays the restarted worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PortLike } from '../../../extension/api';
import { createCoverageService, DISMISSED_KEY, MAX_DISMISSED, SESSION_KEY_PREFIX, SESSION_TTL_MS } from '../../../extension/background/coverage-service';
import { compareWithEngine } from '../../../extension/background/engine';
import { createHtmlParser } from '../../../extension/background/parse-html';
import { extractFromHtml } from '../../../extension/content/extract';
import type { CoverageSession } from '../../../extension/coverage';
import { normaliseSettings, type CoverageUpdate, type PageArticle } from '../../../extension/messages';
import { createFakeBrowser, portPair, type FakeBrowser } from '../fake-api';

const SITE = resolve(import.meta.dirname, '..', '..', 'fixtures', 'site');
const parser = () => new new JSDOM('').window.DOMParser();

function page(path: string): PageArticle {
  const host = `https://${path.split('/')[1]}.example`;
  const html = readFileSync(SITE + path, 'utf8').replaceAll('http://127.0.0.1/', `${host}/`);
  const result = extractFromHtml(html, host + path, parser());
  if (!result.ok) throw new Error(`${path} did not extract`);
  return result.article;
}
const READER = page('/atlas-wire/world/2025/02/26/nato-eu-undersea-cables.html');
const BRITISH = page('/northgate-chronicle/world/2025/feb/26/nato-eu-cable-defences-geneva.html');

const SETTINGS = normaliseSettings({ providers: { bing: false, 'google-news': false, gdelt: false, guardian: false, tabs: true, history: false } });

/** One "worker life": a service on the fake browser's storage, its open tabs answering when `release` says. */
function worker(fake: FakeBrowser, options: { now?: () => number; hold?: Promise<void> } = {}) {
  let tabReads = 0;
  const service = createCoverageService({
    api: fake.api,
    fetch: async () => {
      throw new Error('no network in this test');
    },
    parseHtml: createHtmlParser(fake.api, (html, url) => extractFromHtml(html, url, parser())),
    compare: compareWithEngine,
    loadSettings: async () => SETTINGS,
    history: async () => null,
    openTabs: async () => {
      tabReads++;
      await options.hold;
      return [BRITISH];
    },
    now: options.now,
  });
  return { service, tabReads: () => tabReads };
}

/** A popup: its port, every session it was sent, and a wait for one that matches. */
function popup(service: ReturnType<typeof createCoverageService>) {
  const [mine, theirs] = portPair('parallax-coverage');
  service.connect(theirs);
  const sessions: CoverageSession[] = [];
  const errors: unknown[] = [];
  const waiters: { test: (s: CoverageSession) => boolean; resolve: (s: CoverageSession) => void }[] = [];
  mine.onMessage((m) => {
    const update = m as CoverageUpdate;
    if (update.type === 'error') return void errors.push(update.error);
    sessions.push(update.session);
    for (const w of [...waiters]) if (w.test(update.session)) w.resolve(update.session);
  });
  const until = (test: (s: CoverageSession) => boolean) =>
    new Promise<CoverageSession>((resolveWait, reject) => {
      const hit = sessions.find(test);
      if (hit) return resolveWait(hit);
      const timer = setTimeout(() => reject(new Error(`no such session; last: ${JSON.stringify(sessions.at(-1)?.providers)}`)), 8000);
      waiters.push({ test, resolve: (s) => (clearTimeout(timer), resolveWait(s)) });
    });
  return { port: mine as PortLike, sessions, errors, until, send: (m: unknown) => mine.postMessage(m) };
}

const done = (s: CoverageSession) => s.done;

describe('coverage service', () => {
  it('answers a reopened popup from its cache: one search per article, not per popup', async () => {
    const fake = createFakeBrowser();
    const { service, tabReads } = worker(fake);
    const first = popup(service);
    first.send({ type: 'discover', article: READER });
    const finished = await first.until(done);
    expect(finished.items.some((i) => i.outlet === BRITISH.outlet && i.state === 'compared')).toBe(true);
    expect(tabReads()).toBe(1);

    const second = popup(service);
    second.send({ type: 'discover', article: READER });
    expect((await second.until(done)).items).toEqual(finished.items);
    expect(tabReads()).toBe(1);
    // "Search again" is the reader's explicit restart: it does search.
    second.send({ type: 'discover', article: READER, restart: true });
    await new Promise((r) => setTimeout(r, 50));
    await second.until((s) => s.done && s.startedAt > finished.startedAt - 1 && second.sessions.indexOf(s) > 0);
    expect(tabReads()).toBe(2);
  });

  it('a restarted worker resumes an unfinished search from storage.session and finishes it', async () => {
    const fake = createFakeBrowser();
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const before = worker(fake, { hold });
    const p1 = popup(before.service);
    p1.send({ type: 'discover', article: READER });
    await p1.until((s) => s.providers.some((p) => p.state === 'searching'));
    const key = SESSION_KEY_PREFIX + p1.sessions[0].articleId;
    expect((fake.session.get(key) as { session: CoverageSession }).session.done).toBe(false);

    // The old worker is gone (its run never finishes); a new one starts on the same storage.
    const after = worker(fake);
    const p2 = popup(after.service);
    p2.send({ type: 'discover', article: READER });
    const shownFirst = await p2.until(() => true);
    expect(shownFirst.done).toBe(false); // shown as it was, at once
    const finished = await p2.until(done);
    expect(after.tabReads()).toBe(1);
    expect(finished.items.some((i) => i.outlet === BRITISH.outlet && i.state === 'compared')).toBe(true);
    expect((fake.session.get(key) as { session: CoverageSession }).session.done).toBe(true);
    release();

    // A third life finds it finished: answered from storage, nothing read again, the card still opens.
    const third = worker(fake);
    const p3 = popup(third.service);
    p3.send({ type: 'discover', article: READER });
    expect((await p3.until(done)).items).toEqual(finished.items);
    expect(third.tabReads()).toBe(0);
    const item = finished.items.find((i) => i.outlet === BRITISH.outlet)!;
    const loaded = await worker(fake).service.comparison(finished.articleId, item.id);
    expect(loaded.paragraphs).toEqual(BRITISH.paragraphs);
    expect(loaded.comparison.differences.length).toBeGreaterThan(0);
  });

  it('searches again once the cached session is older than its time to live', async () => {
    const fake = createFakeBrowser();
    let now = 1_750_000_000_000;
    const first = worker(fake, { now: () => now });
    const p1 = popup(first.service);
    p1.send({ type: 'discover', article: READER });
    await p1.until(done);
    now += SESSION_TTL_MS + 1;
    const later = worker(fake, { now: () => now });
    const p2 = popup(later.service);
    p2.send({ type: 'discover', article: READER });
    await p2.until((s) => s.done && s.startedAt === now);
    expect(later.tabReads()).toBe(1);
  });

  it('keeps "not the same story" marks in storage.local, applies them to a new search, and undoes them', async () => {
    const fake = createFakeBrowser();
    const { service } = worker(fake);
    const p = popup(service);
    p.send({ type: 'discover', article: READER });
    const session = await p.until(done);
    const item = session.items.find((i) => i.outlet === BRITISH.outlet)!;
    p.send({ type: 'dismiss', itemId: item.id, dismissed: true });
    await p.until((s) => !!s.items.find((i) => i.id === item.id)?.dismissed);
    const key = `${session.articleId} ${item.id}`;
    expect(Object.keys(fake.storage.get(DISMISSED_KEY) as object)).toEqual([key]);

    // A new worker, a fresh search: the mark is applied to the item as it is found again.
    fake.session.clear();
    const again = popup(worker(fake).service);
    again.send({ type: 'discover', article: READER });
    expect((await again.until(done)).items.find((i) => i.id === item.id)?.dismissed).toBe(true);

    again.send({ type: 'dismiss', itemId: item.id, dismissed: false });
    await again.until((s) => s.items.some((i) => i.id === item.id && !i.dismissed));
    expect(fake.storage.get(DISMISSED_KEY)).toEqual({});
  });

  it('bounds the marks: the oldest are dropped past MAX_DISMISSED, the new one kept', async () => {
    const fake = createFakeBrowser();
    fake.storage.set(DISMISSED_KEY, Object.fromEntries(Array.from({ length: MAX_DISMISSED }, (_, i) => [`https://old.example/${i} item`, 1000 + i])));
    const { service } = worker(fake);
    const p = popup(service);
    p.send({ type: 'discover', article: READER });
    const session = await p.until(done);
    const item = session.items[0];
    p.send({ type: 'dismiss', itemId: item.id, dismissed: true });
    await p.until((s) => !!s.items[0]?.dismissed);
    const marks = fake.storage.get(DISMISSED_KEY) as Record<string, number>;
    expect(Object.keys(marks)).toHaveLength(MAX_DISMISSED);
    expect(marks[`${session.articleId} ${item.id}`]).toBeDefined();
    expect(marks['https://old.example/0 item']).toBeUndefined();
    expect(marks['https://old.example/1 item']).toBe(1001);
  });

  it('says plainly when a popup dismisses before any search', async () => {
    const fake = createFakeBrowser();
    const p = popup(worker(fake).service);
    p.send({ type: 'dismiss', itemId: 'x', dismissed: true });
    await new Promise((r) => setTimeout(r, 30));
    expect(p.errors).toEqual([{ code: 'internal', detail: 'no search is running for this popup' }]);
  });
});
