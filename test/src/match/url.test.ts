import { describe, expect, it } from 'vitest';
import { normaliseUrl, outletKey, registrableDomain } from '../../../src/match/url';

describe('normaliseUrl', () => {
  it.each([
    ['https://WWW.Example.TEST/News/Story?utm_source=x&utm_medium=y', 'https://www.example.test/News/Story'],
    ['https://example.test/a?id=7&fbclid=abc#comments', 'https://example.test/a?id=7'],
    ['https://example.test/a?gclid=1&page=2&UTM_Campaign=z', 'https://example.test/a?page=2'],
    ['HTTP://Example.test:80', 'http://example.test/'],
    ['https://example.test:8443/x', 'https://example.test:8443/x'],
    ['https://user@example.test/x#top', 'https://example.test/x'],
    ['  https://example.test/x?  ', 'https://example.test/x'],
    ['not a url', 'not a url'],
    ['', ''],
  ])('%s → %s', (input, output) => expect(normaliseUrl(input)).toBe(output));
});

describe('registrableDomain and outletKey', () => {
  it.each([
    ['https://www.bbc.co.uk/news/x', 'bbc.co.uk'],
    ['https://news.example.test/a', 'example.test'],
    ['www.abc.net.au', 'abc.net.au'],
    ['example.test', 'example.test'],
    ['', ''],
  ])('%s → %s', (input, output) => expect(registrableDomain(input)).toBe(output));

  it('lets a display name and a domain of the same outlet meet', () => {
    expect(outletKey('The Daily Lantern')).toBe(outletKey('x', 'https://www.dailylantern.test/a'));
    expect(outletKey('dailylantern.test')).toBe('dailylantern');
  });
});
