import { describe, expect, it, vi } from 'vitest';
import { COVERAGE_PORT, DEFAULT_SETTINGS, type CoverageRequest } from '../../extension/messages';
import { SETTINGS_KEY } from '../../extension/settings-store';
import type { PortLike } from '../../extension/api';
import { createClient, installBrowserMessages, sitePattern } from '../../popup/client';
import { setMessageGetter, t } from '../../popup/i18n';
import { createFakeBrowser } from '../extension/fake-api';
import { pageArticle } from '../extension/articles';

// Outside an extension the polyfill throws on import; the client under test gets a fake seam instead.
vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('popup client', () => {
  it.each([
    ['?tabId=42', 42],
    ['?tabId=0', 5],
    ['?tabId=abc', 5],
    ['', 5],
  ])('targetTabId with search "%s" → %s', async (search, expected) => {
    const fake = createFakeBrowser();
    fake.tabs.push({ id: 5, url: 'https://a.example/', title: 'A', active: true });
    expect(await createClient(fake.api, search).targetTabId()).toBe(expected);
  });

  it('unwraps a background reply, and passes its error through untouched', async () => {
    const fake = createFakeBrowser();
    const tabs = [{ tabId: 2, title: 'Other', url: 'https://b.example/' }];
    const replies: unknown[] = [{ ok: true, tabs }, { ok: false, error: { code: 'not-an-article' } }];
    fake.api.runtime.onMessage(() => Promise.resolve(replies.shift()));
    const client = createClient(fake.api, '');
    expect(await client.listTabs(1)).toEqual({ ok: true, value: tabs });
    expect(await client.listTabs(1)).toEqual({ ok: false, error: { code: 'not-an-article' } });
  });

  // The article comes from the tab's content script directly: a sleeping background is not in the way.
  it.each([
    ['an article page, script not yet injected', 'https://a.example/story', { ok: true, article: pageArticle() }, false, { ok: true, value: pageArticle() }, [4]],
    ['an article page, script already there', 'https://a.example/story', { ok: true, article: pageArticle() }, true, { ok: true, value: pageArticle() }, [4]],
    ['a page that is no article', 'https://a.example/', { ok: false, code: 'not-an-article', message: 'no article here' }, true, { ok: false, error: { code: 'not-an-article', detail: 'no article here' } }, [4]],
    ['a browser page', 'chrome://settings/', undefined, false, { ok: false, error: { code: 'restricted-page' } }, [4]],
  ])('extracts from %s without the background', async (_, url, page, injected, expected, injections) => {
    const fake = createFakeBrowser(); // no background listener: asking it would fail
    fake.tabs.push({ id: 4, url, title: 'A', active: true });
    if (page) fake.pages.set(4, page);
    if (injected) fake.injected.add(4);
    expect(await createClient(fake.api, '').extract(4)).toMatchObject(expected);
    expect(fake.injections).toEqual(injections);
  });

  // Opening the popup must not wake a sleeping worker before the article is on screen.
  it.each([
    ['nothing stored yet: the defaults', undefined, DEFAULT_SETTINGS],
    ['stored by an older version: normalised', { showCosmetic: false, bogus: 1 }, { ...DEFAULT_SETTINGS, showCosmetic: false }],
  ])('reads the settings from storage without the background: %s', async (_, stored, expected) => {
    const fake = createFakeBrowser(); // no background listener: asking it would fail
    if (stored) fake.storage.set(SETTINGS_KEY, stored);
    expect(await createClient(fake.api, '').getSettings()).toEqual({ ok: true, value: expected });
  });

  it('turns a storage failure into `internal`, not a throw', async () => {
    const fake = createFakeBrowser();
    fake.api.storage.get = () => Promise.reject(new Error('storage is gone'));
    expect(await createClient(fake.api, '').getSettings()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns a silent or dead background into `internal`, not a throw', async () => {
    const fake = createFakeBrowser(); // no listener: sendMessage rejects
    const client = createClient(fake.api, '');
    expect(await client.listTabs(1)).toMatchObject({ ok: false, error: { code: 'internal' } });
    fake.api.runtime.onMessage(() => Promise.resolve(undefined));
    expect(await client.listTabs(1)).toMatchObject({ ok: false, error: { code: 'internal', detail: 'the background did not answer' } });
  });

  it.each([
    ['https://news.example:8443/a?b', 'https://news.example/*'],
    ['http://127.0.0.1:9000/x', 'http://127.0.0.1/*'],
    ['ftp://files.example/', null],
    ['news.example/a', null],
  ])('sitePattern(%s) = %s', (url, expected) => expect(sitePattern(url)).toBe(expected));

  it('reopens a dropped port and asks for the same article again, up to a limit, then says so', async () => {
    const fake = createFakeBrowser();
    const asked: CoverageRequest[] = [];
    const ports: PortLike[] = [];
    fake.api.runtime.onConnect((port) => {
      expect(port.name).toBe(COVERAGE_PORT);
      ports.push(port);
      port.onMessage((m) => {
        asked.push(m as CoverageRequest);
        port.postMessage({ type: 'session', session: { articleId: 'x', items: [], providers: [], done: false } });
      });
    });
    const updates: unknown[] = [];
    const handle = createClient(fake.api, '').discover(pageArticle(), (u) => updates.push(u), { tabId: 3 });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toMatchObject({ type: 'discover', restart: false, tabId: 3 });
    // A stopped service worker drops the port: the client reconnects and rejoins without restarting.
    ports[0].disconnect();
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]).toMatchObject({ type: 'discover', restart: false });
    expect(updates).toHaveLength(2);
    handle.dismiss('item-1', true);
    await vi.waitFor(() => expect(asked[2]).toEqual({ type: 'dismiss', itemId: 'item-1', dismissed: true }));
    for (let i = 0; i < 6; i++) {
      ports[ports.length - 1].disconnect();
      await new Promise((done) => setTimeout(done, 80));
    }
    expect(updates.at(-1)).toEqual({ error: { code: 'internal', detail: 'the background stopped answering' } });
    const before = asked.length;
    handle.close();
    await new Promise((done) => setTimeout(done, 80));
    expect(asked).toHaveLength(before);
  });

  it('sends highlight plans to the tab’s content script, and reports a page without one', async () => {
    const fake = createFakeBrowser();
    const client = createClient(fake.api, '');
    const plan = { paragraphs: ['x'], marks: [] };
    expect(await client.highlight(4, plan)).toMatchObject({ ok: false, error: { code: 'internal' } });
    fake.injected.add(4);
    fake.pages.set(4, { ok: true, mode: 'highlight-api', painted: 0, missed: 0 });
    expect(await client.highlight(4, plan)).toEqual({ ok: true, value: { ok: true, mode: 'highlight-api', painted: 0, missed: 0 } });
  });

  // What an earlier popup painted, asked of the page (not the background) when a popup opens.
  it.each([
    ['a card painted', { ok: true, key: 'north.example/a', of: null, mode: 'highlight-api', painted: 7, missed: 2 }, { ok: true, value: { ok: true, key: 'north.example/a', of: null, mode: 'highlight-api', painted: 7, missed: 2 } }],
    ['nothing painted', { ok: true, key: null, of: null, mode: 'off', painted: 0, missed: 0 }, { ok: true, value: { ok: true, key: null, of: null, mode: 'off', painted: 0, missed: 0 } }],
    ['an answer of the wrong shape', { ok: true, mode: 'marks', painted: 3, missed: 0 }, { ok: false, error: { code: 'internal', detail: 'the page did not answer' } }],
    ['no answer', undefined, { ok: false, error: { code: 'internal', detail: 'the page did not answer' } }],
  ])('asks the tab’s content script what is highlighted: %s', async (_, page, expected) => {
    const fake = createFakeBrowser();
    const sent: unknown[] = [];
    const send = fake.api.tabs.sendMessage;
    fake.api.tabs.sendMessage = (tabId, message) => (sent.push([tabId, message]), send(tabId, message));
    fake.injected.add(4);
    fake.pages.set(4, page);
    expect(await createClient(fake.api, '').highlightStatus(4)).toEqual(expected);
    expect(sent).toEqual([[4, { type: 'parallax-highlight-status' }]]);
  });

  it('reports a page without its content script (reloaded since) as an outcome, not a throw', async () => {
    const fake = createFakeBrowser();
    expect(await createClient(fake.api, '').highlightStatus(4)).toMatchObject({ ok: false, error: { code: 'internal', detail: expect.stringMatching(/Receiving end does not exist/) } });
  });

  it('takes its strings from the browser’s catalogue, English where it has none', () => {
    installBrowserMessages({ i18n: { getMessage: (key) => (key === 'back' ? '← Zurück' : '') } });
    try {
      expect(t('back')).toBe('← Zurück');
      expect(t('versus')).toBe('vs');
    } finally {
      setMessageGetter(null);
    }
  });
});
