import { DEFAULT_SETTINGS } from '../../../extension/messages';
import { describe, expect, it } from 'vitest';
import type { CompareFn } from '../../../extension/background/engine';
import { createHtmlParser } from '../../../extension/background/parse-html';
import { createRouter } from '../../../extension/background/router';
import { SETTINGS_KEY } from '../../../extension/settings-store';
import { ParallaxError } from '../../../extension/errors';
import type { BackgroundRequest } from '../../../extension/messages';
import { pageArticle, sampleComparison } from '../articles';
import { createFakeBrowser } from '../fake-api';

function setup(compare: CompareFn = () => sampleComparison()) {
  const fake = createFakeBrowser({ offscreen: false });
  fake.tabs.push(
    { id: 1, url: 'https://a.example/story', title: 'A story', active: true },
    { id: 2, url: 'https://b.example/story', title: 'B story', active: false },
    { id: 3, url: 'chrome://newtab/', title: 'New tab', active: false },
    { id: 4, title: undefined, url: undefined, active: false },
  );
  fake.pages.set(1, { ok: true, article: pageArticle({ outlet: 'A' }) });
  fake.pages.set(2, { ok: true, article: pageArticle({ outlet: 'B' }) });
  const fetched: string[] = [];
  const compared: [string, string][] = [];
  const route = createRouter({
    api: fake.api,
    fetch: async (url) => {
      fetched.push(url);
      return new Response('<title>Fetched</title>', { headers: { 'content-type': 'text/html' } });
    },
    parseHtml: createHtmlParser(fake.api, (_html, url) => ({ ok: true, article: pageArticle({ outlet: 'Fetched', url }) })),
    compare: (a, b, limits) => {
      compared.push([a.outlet, b.outlet]);
      return compare(a, b, limits);
    },
  });
  return { fake, route, fetched, compared };
}

describe('background router', () => {
  it('stores the "use my subscription" sites normalised, and reads them back', async () => {
    const { fake, route } = setup();
    expect(await route({ type: 'get-subscriptions' })).toEqual({ ok: true, hosts: [] });
    const reply = await route({ type: 'set-subscriptions', hosts: ['https://www.Example-Times.com/news', 'daily-example.org', 'daily-example.org', 'not a host', ''] });
    expect(reply).toEqual({ ok: true, hosts: ['example-times.com', 'daily-example.org'] });
    expect(fake.storage.get('subscriptions')).toEqual(['example-times.com', 'daily-example.org']);
    expect(await route({ type: 'get-subscriptions' })).toEqual({ ok: true, hosts: ['example-times.com', 'daily-example.org'] });
  });

  it('extracts a compared tab once per URL (comparing again is instant)', async () => {
    const { fake, route } = setup();
    const compareWithTab1 = () => route({ type: 'compare', article: pageArticle({ outlet: 'B' }), target: { kind: 'tab', tabId: 1 } });
    const first = await compareWithTab1();
    const second = await compareWithTab1();
    expect(first).toMatchObject({ ok: true, other: { outlet: 'A' } });
    expect(second).toMatchObject({ ok: true, other: { outlet: 'A' } });
    expect(fake.injections).toEqual([1]);
    // Same tab, new page: extracted again (the cache is per URL, not per tab).
    fake.tabs[0].url = 'https://a.example/other-story';
    fake.pages.set(1, { ok: true, article: pageArticle({ outlet: 'A, next story' }) });
    expect(await compareWithTab1()).toMatchObject({ ok: true, other: { outlet: 'A, next story' } });
  });

  it('lists other readable tabs only', async () => {
    const { route } = setup();
    expect(await route({ type: 'list-tabs', excludeTabId: 1 })).toEqual({
      ok: true,
      tabs: [{ tabId: 2, title: 'B story', url: 'https://b.example/story' }],
    });
  });

  it('compares with another tab', async () => {
    const { route, compared } = setup();
    const reply = await route({ type: 'compare', article: pageArticle({ outlet: 'A' }), target: { kind: 'tab', tabId: 2 } });
    expect(reply).toMatchObject({ ok: true, via: 'tab', other: { outlet: 'B' }, comparison: { similarity: 0.82 } });
    expect(compared).toEqual([['A', 'B']]);
  });

  it('compares with a pasted URL once its site is granted, and fetches without asking otherwise', async () => {
    const { fake, route, fetched } = setup();
    const request: BackgroundRequest = { type: 'compare', article: pageArticle(), target: { kind: 'url', url: 'https://c.example/news/1' } };
    expect(await route(request)).toEqual({ ok: false, error: { code: 'permission-needed', detail: 'c.example' } });
    expect(fetched).toEqual([]);
    fake.granted.add('https://c.example/*');
    expect(await route(request)).toMatchObject({ ok: true, via: 'background-dom', other: { outlet: 'Fetched', url: 'https://c.example/news/1' } });
    expect(fetched).toEqual(['https://c.example/news/1']);
  });

  it.each([
    ['a restricted tab', { type: 'compare', article: pageArticle(), target: { kind: 'tab', tabId: 3 } }, 'restricted-page'],
    ['a closed tab', { type: 'compare', article: pageArticle(), target: { kind: 'tab', tabId: 99 } }, 'restricted-page'],
    ['a non-web URL', { type: 'fetch-article', url: 'chrome://settings' }, 'fetch-blocked'],
    ['garbage for a URL', { type: 'fetch-article', url: '::' }, 'fetch-blocked'],
  ] as [string, BackgroundRequest, string][])('answers %s with %s', async (_name, request, code) => {
    const { route } = setup();
    expect(await route(request)).toMatchObject({ ok: false, error: { code } });
  });

  it('turns an engine failure into a plain error, not a crash', async () => {
    const { route } = setup(() => {
      throw new ParallaxError('timeout', 'the comparison took too long');
    });
    expect(await route({ type: 'compare', article: pageArticle(), target: { kind: 'tab', tabId: 2 } })).toEqual({
      ok: false,
      error: { code: 'timeout', detail: 'the comparison took too long' },
    });
  });

  it('keeps settings in storage, normalised', async () => {
    const { fake, route } = setup();
    expect(await route({ type: 'get-settings' })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(await route({ type: 'set-settings', settings: { fetchTimeoutSeconds: 500 } })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, fetchTimeoutSeconds: 60 },
    });
    await route({ type: 'set-settings', settings: { showCosmetic: false } });
    expect(fake.storage.get(SETTINGS_KEY)).toEqual({ ...DEFAULT_SETTINGS, showCosmetic: false, fetchTimeoutSeconds: 60 });
  });
});
