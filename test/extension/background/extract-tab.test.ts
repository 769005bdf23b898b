import { describe, expect, it } from 'vitest';
import { extractFromTab } from '../../../extension/background/extract-tab';
import { ParallaxError } from '../../../extension/errors';
import { pageArticle } from '../articles';
import { createFakeBrowser } from '../fake-api';

function setup(url = 'https://news.example/story') {
  const fake = createFakeBrowser();
  fake.tabs.push({ id: 7, url, title: 'Story', active: true });
  fake.pages.set(7, { ok: true, article: pageArticle() });
  return fake;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof ParallaxError ? error.code : `other: ${String(error)}`;
  }
}

describe('extractFromTab', () => {
  it('injects the content script and gets the article back with the injection: one round trip', async () => {
    const fake = setup();
    const asks: number[] = [];
    const api = { ...fake.api, tabs: { ...fake.api.tabs, sendMessage: (id: number, m: unknown) => (asks.push(id), fake.api.tabs.sendMessage(id, m)) } };
    const article = await extractFromTab(api, 7);
    expect(article.title).toBe('Westbrook ferry to resume night crossings');
    expect(fake.injections).toEqual([7]);
    expect(asks).toEqual([]);
  });

  // A later open injects again: the script keeps its first instance and answers from memory (main.test.ts).
  it('injects on every read, the script already there or not', async () => {
    const fake = setup();
    fake.injected.add(7);
    await extractFromTab(fake.api, 7);
    await extractFromTab(fake.api, 7);
    expect(fake.injections).toEqual([7, 7]);
  });

  // The popup's first open: the tab's address and the injection go out together, not one after the other.
  it('injects while the tab lookup is still pending', async () => {
    const fake = setup();
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const api = {
      ...fake.api,
      tabs: { ...fake.api.tabs, get: async (id: number) => (order.push('get'), await held, fake.api.tabs.get(id)) },
      scripting: { executeFiles: (id: number, files: string[]) => (order.push(`inject ${files.join(' + ')}`), fake.api.scripting.executeFiles(id, files)) },
    };
    const article = extractFromTab(api, 7);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['inject content.js + content-answer.js', 'get']);
    release();
    expect((await article).title).toBe('Westbrook ferry to resume night crossings');
  });

  it.each([
    ['a browser page', 'chrome://settings/'],
    ['the web store', 'https://chromewebstore.google.com/detail/x'],
    ['a PDF', 'https://news.example/report.pdf'],
  ])('refuses %s with its sentence, whatever the injection does', async (_, url) => {
    const fake = setup(url);
    expect(await codeOf(extractFromTab(fake.api, 7))).toBe('restricted-page');
  });

  it('injects nothing into a page already known to be restricted (the background knows the URL)', async () => {
    const fake = setup('chrome://settings/');
    expect(await codeOf(extractFromTab(fake.api, 7, 'chrome://settings/'))).toBe('restricted-page');
    expect(fake.injections).toEqual([]);
  });

  it.each([
    ['The extensions gallery cannot be scripted.', 'restricted-page'],
    ['Cannot access a chrome:// URL', 'restricted-page'],
    ['Missing host permission for the tab', 'permission-needed'],
    ['Frame with ID 0 is showing error page', 'restricted-page'],
  ])('maps the injection error "%s" to %s', async (message, code) => {
    const fake = setup();
    fake.injectErrors.set(7, message);
    expect(await codeOf(extractFromTab(fake.api, 7))).toBe(code);
  });

  it.each([
    [{ ok: false, code: 'not-an-article', message: 'This page does not look like an article.' }, 'not-an-article'],
    [{ ok: false, code: 'restricted-page', message: 'PDF' }, 'restricted-page'],
    [undefined, 'internal'],
    [null, 'internal'],
    ['nonsense', 'internal'],
  ])('turns the content script answer %j into %s', async (answer, code) => {
    const fake = setup();
    fake.pages.set(7, answer);
    expect(await codeOf(extractFromTab(fake.api, 7))).toBe(code);
  });
});
