// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { accessibleForFree, classifyExtracted, classifyHtml, classifyStatus } from '../../../extension/discovery/classify';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const page = (body: string, head = '<title>Harbour Courier</title>') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const ARTICLE = page(`<article><p>${words(400)}</p></article>`);

describe('classifyStatus', () => {
  it.each([
    [200, null], [404, 'dead-link'], [410, 'dead-link'], [403, 'bot-wall'], [429, 'bot-wall'], [503, 'bot-wall'], [500, 'http-error'], [401, 'http-error'],
  ])('%i → %s', (status, reason) => expect(classifyStatus(status)).toBe(reason));
});

describe('classifyHtml', () => {
  it.each([
    ['a real article', ARTICLE, 'https://www.harbourcourier.example/a', null],
    ['an article with a cookie banner', page(`<div id="onetrust-consent-sdk">Cookies</div><p>${words(400)}</p>`), 'https://www.harbourcourier.example/a', null],
    ['Cloudflare "Just a moment…"', page('<p>Checking your browser</p><script>window._cf_chl_opt={}</script>', '<title>Just a moment...</title>'), 'https://x.example/a', 'bot-wall'],
    ['"Attention Required"', page('<p>Sorry, you have been blocked</p>', '<title>Attention Required! | Cloudflare</title>'), 'https://x.example/a', 'bot-wall'],
    ['DataDome', page('<script src="https://ct.captcha-delivery.com/c.js"></script>'), 'https://x.example/a', 'bot-wall'],
    ['a consent.* host', ARTICLE, 'https://consent.search.example/?continue=x', 'consent-wall'],
    ['a "Before you continue" page', page('<p>We use cookies.</p><button>Accept all</button>', '<title>Before you continue</title>'), 'https://x.example/a', 'consent-wall'],
    ['a CMP-only short page', page('<div id="sp_message_container">Your privacy choices</div>'), 'https://x.example/a', 'consent-wall'],
    ['a JavaScript shell', page('<div id="root"></div><noscript>Please enable JavaScript to read this site.</noscript><script src="/app.js"></script>'), 'https://x.example/a', 'script-only'],
  ])('%s', (_n, html, url, reason) => expect(classifyHtml(html, url)).toBe(reason));
});

describe('classifyExtracted', () => {
  const jsonLd = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
  it.each([
    ['isAccessibleForFree false', page(jsonLd({ '@type': 'NewsArticle', isAccessibleForFree: false })), { paragraphs: [words(400)] }, 'paywall'],
    ['isAccessibleForFree "False" in a @graph', page(jsonLd({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', isAccessibleForFree: 'False' }] })), { paragraphs: [words(400)] }, 'paywall'],
    ['a short stub', ARTICLE, { paragraphs: [words(90)] }, 'paywall'],
    ['nothing extracted', ARTICLE, null, 'script-only'],
    ['almost nothing and a noscript warning', page('<noscript>Enable JavaScript</noscript>'), { paragraphs: [words(10)] }, 'script-only'],
    ['a full free article', page(jsonLd({ isAccessibleForFree: true })), { paragraphs: [words(200), words(200)] }, null],
  ])('%s', (_n, html, article, reason) => expect(classifyExtracted(html, article)).toBe(reason));

  it('ignores broken JSON-LD', () => {
    expect(accessibleForFree(page('<script type="application/ld+json">{broken</script>'))).toBeNull();
  });
});
