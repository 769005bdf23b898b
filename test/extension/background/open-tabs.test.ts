// The "your open tabs" source: which tabs it may read and how. It injects the content script only into
// tabs whose address the extension can already see (host access granted) and that are ordinary web
// pages — never browser pages, the add-on stores, local files or file viewers — skips the reader's own
// tab, reads at most MAX_TABS, and gives a hung or failing tab up without holding the search. It has no
// fetch: whatever it reads stays in the browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TABS, readOpenTabs, TAB_TIMEOUT_MS } from '../../../extension/background/open-tabs';
import type { PageArticle } from '../../../extension/messages';
import { createFakeBrowser } from '../fake-api';

const READER = 'https://www.atlas-wire.example/world/cables.html';

function article(url: string): PageArticle {
  return { title: `Story at ${url}`, outlet: 'Outlet', url, publishedTime: null, paragraphs: ['Text.'], byline: null, lang: 'en', wordCount: 1, excerpt: '', removed: [] };
}

afterEach(() => vi.useRealTimers());

describe('readOpenTabs', () => {
  const RESTRICTED = [
    'chrome://settings/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'about:blank',
    'file:///home/reader/notes.html',
    'view-source:https://www.northgate.example/a',
    'https://chromewebstore.google.com/detail/parallax/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/parallax/',
    'https://www.northgate.example/report.pdf',
    'data:text/html,<p>hi</p>',
  ];

  it.each(RESTRICTED)('never injects into %s', async (url) => {
    const fake = createFakeBrowser();
    fake.tabs.push({ id: 7, url, title: 'x', active: false });
    fake.pages.set(7, { ok: true, article: article(url) });
    expect(await readOpenTabs(fake.api, READER)).toEqual([]);
    expect(fake.injections).toEqual([]);
  });

  it('skips tabs it cannot see (no host access), and the reader’s own tab however its address is dressed', async () => {
    const fake = createFakeBrowser();
    fake.tabs.push({ id: 1, title: 'hidden', active: false }); // no url: no host permission for it
    fake.tabs.push({ id: 2, url: `${READER}?utm_source=feed`, title: 'me', active: true });
    fake.tabs.push({ id: 3, url: 'https://www.northgate.example/cables.html', title: 'other', active: false });
    for (const t of fake.tabs) fake.pages.set(t.id, { ok: true, article: article(t.url ?? '') });
    const found = await readOpenTabs(fake.api, READER);
    expect(found.map((a) => a.url)).toEqual(['https://www.northgate.example/cables.html']);
    expect(fake.injections).toEqual([3]);
  });

  it(`reads at most ${MAX_TABS} tabs`, async () => {
    const fake = createFakeBrowser();
    for (let id = 1; id <= MAX_TABS + 4; id++) {
      const url = `https://outlet${id}.example/story`;
      fake.tabs.push({ id, url, title: url, active: false });
      fake.pages.set(id, { ok: true, article: article(url) });
    }
    expect(await readOpenTabs(fake.api, READER)).toHaveLength(MAX_TABS);
    expect(new Set(fake.injections).size).toBe(MAX_TABS);
  });

  it('gives up a hung tab after its time limit and drops a failing one, keeping the rest', async () => {
    vi.useFakeTimers();
    const fake = createFakeBrowser();
    const urls = ['https://hung.example/a', 'https://broken.example/b', 'https://fine.example/c'];
    urls.forEach((url, i) => fake.tabs.push({ id: i + 1, url, title: url, active: false }));
    const extract = vi.fn(async (_api: unknown, tabId: number, url?: string) => {
      if (tabId === 1) return new Promise<PageArticle>(() => undefined);
      if (tabId === 2) throw new Error('not an article');
      return article(url ?? '');
    });
    const pending = readOpenTabs(fake.api, READER, extract);
    await vi.advanceTimersByTimeAsync(TAB_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect((await pending).map((a) => a.url)).toEqual(['https://fine.example/c']);
  });

  it('answers nothing, rather than failing the search, when the tab list is unavailable', async () => {
    const fake = createFakeBrowser();
    fake.api.tabs.all = async () => {
      throw new Error('tabs unavailable');
    };
    expect(await readOpenTabs(fake.api, READER)).toEqual([]);
  });
});
