import { describe, expect, it, vi } from 'vitest';
import { createClient, sitePattern } from '../../popup/client';
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
    const replies: unknown[] = [{ ok: true, article: pageArticle() }, { ok: false, error: { code: 'not-an-article' } }];
    fake.api.runtime.onMessage(() => Promise.resolve(replies.shift()));
    const client = createClient(fake.api, '');
    expect(await client.extract(1)).toEqual({ ok: true, value: pageArticle() });
    expect(await client.extract(1)).toEqual({ ok: false, error: { code: 'not-an-article' } });
  });

  it('turns a silent or dead background into `internal`, not a throw', async () => {
    const fake = createFakeBrowser(); // no listener: sendMessage rejects
    const client = createClient(fake.api, '');
    expect(await client.getSettings()).toMatchObject({ ok: false, error: { code: 'internal' } });
    fake.api.runtime.onMessage(() => Promise.resolve(undefined));
    expect(await client.listTabs(1)).toMatchObject({ ok: false, error: { code: 'internal', detail: 'the background did not answer' } });
  });

  it.each([
    ['https://news.example:8443/a?b', 'https://news.example/*'],
    ['http://127.0.0.1:9000/x', 'http://127.0.0.1/*'],
    ['ftp://files.example/', null],
    ['news.example/a', null],
  ])('sitePattern(%s) = %s', (url, expected) => expect(sitePattern(url)).toBe(expected));
});
