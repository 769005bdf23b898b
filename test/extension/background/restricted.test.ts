import { describe, expect, it } from 'vitest';
import { isRestrictedInjectionError, originPattern, restrictionOf } from '../../../extension/background/restricted';

describe('restrictionOf', () => {
  it.each([
    ['https://news.example/world/story', null],
    ['http://127.0.0.1:8765/atlas-wire/a.html', null],
    ['chrome://extensions/', 'a chrome: page'],
    ['edge://settings', 'a edge: page'],
    ['about:blank', 'a about: page'],
    ['chrome-extension://abc/popup.html', 'a chrome-extension: page'],
    ['view-source:https://news.example/', 'a view-source page'],
    ['file:///home/me/a.html', 'a file: page'],
    ['https://chromewebstore.google.com/detail/x', 'an extension store page'],
    ['https://chrome.google.com/webstore/detail/x', 'an extension store page'],
    ['https://chrome.google.com/search', null],
    ['https://addons.mozilla.org/en-US/firefox/', 'an extension store page'],
    ['https://reports.example/annual-2024.PDF', 'a PDF document'],
    ['not a url', 'not a web address'],
    [undefined, 'no address'],
  ])('%s → %s', (url, expected) => {
    expect(restrictionOf(url)).toBe(expected);
  });
});

describe('isRestrictedInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', true],
    ['Frame with ID 0 is showing error page', true],
    ['Could not load file: content.js', false],
  ])('%s → %s', (message, expected) => {
    expect(isRestrictedInjectionError(message)).toBe(expected);
  });
});

describe('originPattern', () => {
  it.each([
    ['https://www.news.example/a/b?c=1', 'https://www.news.example/*'],
    ['http://127.0.0.1:8765/x.html', 'http://127.0.0.1/*'],
  ])('%s → %s', (url, expected) => {
    expect(originPattern(url)).toBe(expected);
  });
});
