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
  it('injects the content script when nobody answers, then asks again', async () => {
    const fake = setup();
    const article = await extractFromTab(fake.api, 7);
    expect(article.title).toBe('Westbrook ferry to resume night crossings');
    expect(fake.injections).toEqual([7]);
  });

  it('does not inject twice when the script already answers', async () => {
    const fake = setup();
    fake.injected.add(7);
    await extractFromTab(fake.api, 7);
    expect(fake.injections).toEqual([]);
  });

  // The popup's first open: the tab's address and the first ask go out together, not one after the other.
  it.each([
    ['already injected', true, []],
    ['not injected yet', false, [7]],
  ])('asks the page while the tab lookup is still pending (%s)', async (_, injected, injections) => {
    const fake = setup();
    if (injected) fake.injected.add(7);
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const api = {
      ...fake.api,
      tabs: {
        ...fake.api.tabs,
        get: async (id: number) => (order.push('get'), await held, fake.api.tabs.get(id)),
        sendMessage: (id: number, message: unknown) => (order.push('ask'), fake.api.tabs.sendMessage(id, message)),
      },
    };
    const article = extractFromTab(api, 7);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['get', 'ask']);
    release();
    expect((await article).title).toBe('Westbrook ferry to resume night crossings');
    expect(fake.injections).toEqual(injections);
  });

  it('refuses restricted pages before trying to inject', async () => {
    const fake = setup('chrome://settings/');
    expect(await codeOf(extractFromTab(fake.api, 7))).toBe('restricted-page');
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
    ['nonsense', 'internal'],
  ])('turns the content script answer %j into %s', async (answer, code) => {
    const fake = setup();
    fake.pages.set(7, answer);
    expect(await codeOf(extractFromTab(fake.api, 7))).toBe(code);
  });
});
