import { describe, expect, it } from 'vitest';
import { isRestrictedInjectionError, originPattern, restrictionOf } from '../../../extension/background/restricted';

// The rules live in content/restricted.ts (one place for both contexts); these check the background's
// URL-only view of them, including the PDF viewer guessed from the path.
describe('restrictionOf', () => {
  it.each([
    ['https://news.example/world/story', null],
    ['http://127.0.0.1:8765/atlas-wire/a.html', null],
    ['chrome://extensions/', /only reads web pages/],
    ['edge://settings', /only reads web pages/],
    ['about:blank', /only reads web pages/],
    ['chrome-extension://abc/popup.html', /only reads web pages/],
    ['view-source:https://news.example/', /only reads web pages/],
    ['file:///home/me/a.html', /only reads web pages/],
    ['https://chromewebstore.google.com/detail/x', /add-on store/],
    ['https://chrome.google.com/webstore/detail/x', /add-on store/],
    ['https://chrome.google.com/search', null],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on store/],
    ['https://reports.example/annual-2024.PDF', /file viewer/],
    ['not a url', /no web address/],
    [undefined, /no address/],
  ])('%s → %s', (url, expected) => {
    if (expected === null) expect(restrictionOf(url)).toBeNull();
    else expect(restrictionOf(url)).toMatch(expected);
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
