import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isBackgroundRequest, isContentExtractRequest, isOffscreenParseRequest, normaliseSettings } from '../../extension/messages';

describe('normaliseSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'garbage', DEFAULT_SETTINGS],
    ['valid values', { showCosmetic: false, fetchTimeoutSeconds: 20 }, { ...DEFAULT_SETTINGS, showCosmetic: false, fetchTimeoutSeconds: 20 }],
    ['a provider switched off, the others kept', { providers: { gdelt: false, bing: 'no' } }, { ...DEFAULT_SETTINGS, providers: { ...DEFAULT_SETTINGS.providers, gdelt: false } }],
    ['base URLs: http(s) kept without the trailing slash, anything else reset', { bingBaseUrl: 'http://127.0.0.1:9/bing/', gdeltBaseUrl: 'javascript:alert(1)' }, { ...DEFAULT_SETTINGS, bingBaseUrl: 'http://127.0.0.1:9/bing' }],
    ['history size clamped', { historySize: 3 }, { ...DEFAULT_SETTINGS, historySize: 10 }],
    ['the key trimmed; acknowledgement only when literally true', { guardianApiKey: '  k-1 ', privacyAcknowledged: 'yes' }, { ...DEFAULT_SETTINGS, guardianApiKey: 'k-1' }],
    ['Google News top stories switched off', { googleNewsTopStories: false }, { ...DEFAULT_SETTINGS, googleNewsTopStories: false }],
    ['Google News top stories: only a boolean counts', { googleNewsTopStories: 'off' }, DEFAULT_SETTINGS],
    ['too short a timeout', { fetchTimeoutSeconds: 0 }, { ...DEFAULT_SETTINGS, fetchTimeoutSeconds: 3 }],
    ['too long a timeout', { fetchTimeoutSeconds: 9999 }, { ...DEFAULT_SETTINGS, fetchTimeoutSeconds: 60 }],
    ['fractional timeout', { fetchTimeoutSeconds: 7.6 }, { ...DEFAULT_SETTINGS, fetchTimeoutSeconds: 8 }],
    ['wrong types', { showCosmetic: 'no', fetchTimeoutSeconds: 'soon' }, DEFAULT_SETTINGS],
    ['unknown keys dropped', { showCosmetic: true, fetchTimeoutSeconds: 15, theme: 'dark' }, DEFAULT_SETTINGS],
  ])('%s', (_name, raw, expected) => {
    expect(normaliseSettings(raw)).toEqual(expected);
  });
});

describe('message guards', () => {
  it.each([
    [{ type: 'list-tabs', excludeTabId: 3 }, true],
    [{ type: 'extract-tab', tabId: 3 }, false], // the popup extracts from the tab itself
    [{ type: 'compare' }, true],
    [{ type: 'offscreen-parse', target: 'offscreen', html: '', url: '' }, false],
    [{ type: 'parallax-extract' }, false],
    [null, false],
    ['list-tabs', false],
  ])('isBackgroundRequest(%j) = %s', (value, expected) => {
    expect(isBackgroundRequest(value)).toBe(expected);
  });

  it.each([
    [{ type: 'offscreen-parse', target: 'offscreen', html: '<p>x</p>', url: 'https://a.example/' }, true],
    [{ type: 'offscreen-parse', html: '<p>x</p>', url: 'https://a.example/' }, false],
    [{ type: 'offscreen-parse', target: 'offscreen', html: 5, url: 'https://a.example/' }, false],
  ])('isOffscreenParseRequest(%j) = %s', (value, expected) => {
    expect(isOffscreenParseRequest(value)).toBe(expected);
  });

  it.each([
    [{ type: 'parallax-extract' }, true],
    [{ type: 'extract' }, false],
    [undefined, false],
  ])('isContentExtractRequest(%j) = %s', (value, expected) => {
    expect(isContentExtractRequest(value)).toBe(expected);
  });
});
