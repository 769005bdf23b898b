// The discovery pipeline on the demo story's invented pages, with in-memory providers and a fetch that
// serves test/fixtures/site/ per host: real extraction, the real matcher and
// the real engine (jsdom for the DOM). What the e2e checks in Chromium, here checked case by case and without a browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compareWithEngine } from '../../../extension/background/engine';
import { createHtmlParser } from '../../../extension/background/parse-html';
import { runPipeline, type PipelineDeps } from '../../../extension/background/pipeline';
import { extractFromHtml } from '../../../extension/content/extract';
import type { CoverageSession } from '../../../extension/coverage';
import { ProviderError, providerError } from '../../../extension/discovery/provider-error';
import type { DiscoveredCandidate, Provider } from '../../../extension/discovery/types';
import type { PageArticle } from '../../../extension/messages';
import { createFakeBrowser } from '../fake-api';

const SITE = resolve(import.meta.dirname, '..', '..', 'fixtures', 'site');
const PAGES = {
  reader: '/atlas-wire/world/2025/02/26/nato-eu-undersea-cables.html',
  british: '/northgate-chronicle/world/2025/feb/26/nato-eu-cable-defences-geneva.html',
  republished: '/riverbend-post/news/nato-allies-cable-defenses.html',
  wireAgain: '/lakeside-ledger/world/nato-cable-pact.html',
  otherStory: '/harbour-herald/news/freighter-detained-anchor.html',
  paywalled: '/meridian-times/world/2025/02/26/nato-cable-shield.html',
};
// jsdom's parser: happy-dom's tries to load every page's stylesheet and logs each refusal.
const parser = () => new new JSDOM('').window.DOMParser();
const at = (path: string) => `https://${path.split('/')[1]}.example${path}`;

function readerArticle(): PageArticle {
  const html = readFileSync(SITE + PAGES.reader, 'utf8').replaceAll('http://127.0.0.1/', 'https://atlas-wire.example/');
  const result = extractFromHtml(html, at(PAGES.reader), parser());
  if (!result.ok) throw new Error('the reader fixture did not extract');
  return result.article;
}

const candidate = (path: string, outlet: string, providers = ['bing']): DiscoveredCandidate => ({
  url: at(path),
  title: outlet,
  outlet,
  publishedTime: '2025-02-26T16:00:00Z',
  providers,
});

function provider(id: Provider['id'], found: DiscoveredCandidate[] | Error): Provider {
  return {
    id,
    label: id,
    search: async () => {
      if (found instanceof Error) throw found;
      return found;
    },
  };
}

/** Serves the fixture site by path; anything else is a 404. */
const siteFetch: PipelineDeps['fetch'] = async (url) => {
  try {
    const body = readFileSync(SITE + new URL(url).pathname, 'utf8');
    return Object.assign(new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } }), {});
  } catch {
    return new Response('<html><body>Not found</body></html>', { status: 404, headers: { 'content-type': 'text/html' } });
  }
};

async function run(providers: Provider[], options: { granted?: (pattern: string) => boolean; dismissed?: string[] } = {}) {
  const fake = createFakeBrowser({ offscreen: false });
  const fetched: string[] = [];
  const emitted: CoverageSession[] = [];
  const deps: PipelineDeps = {
    providers,
    off: [{ id: 'gdelt', label: 'GDELT' }],
    fetch: (url, init) => {
      fetched.push(url);
      return siteFetch(url, init);
    },
    parseHtml: createHtmlParser(fake.api, (html, url) => extractFromHtml(html, url, parser())),
    compare: compareWithEngine,
    hasAccess: async (pattern) => options.granted?.(pattern) ?? true,
    now: () => Date.parse('2025-02-27T12:00:00Z'),
  };
  const session = await runPipeline(readerArticle(), deps, {
    articleId: at(PAGES.reader),
    dismissed: new Set(options.dismissed ?? []),
    signal: new AbortController().signal,
    emit: (s) => emitted.push(s),
  });
  const item = (outlet: string) => session.items.find((i) => i.outlet === outlet);
  return { session, emitted, fetched, item };
}

describe('runPipeline', () => {
  const all = [
    candidate(PAGES.reader, 'Atlas Wire'),
    candidate(PAGES.british, 'The Northgate Chronicle'),
    candidate(PAGES.republished, 'Riverbend Daily Post'),
    candidate(PAGES.wireAgain, 'The Lakeside Ledger'),
    candidate(PAGES.otherStory, 'Harbour Herald'),
    candidate(PAGES.paywalled, 'The Meridian Times'),
    candidate('/valley-courier/gone.html', 'Valley Courier'),
  ];

  it('decides, groups and compares every candidate, the reader’s own outlet left out', async () => {
    const { session, item, fetched } = await run([provider('bing', all), provider('google-news', new ProviderError('google-news', 'timeout', 'Google News did not answer within 8 seconds.'))]);
    expect(session.done).toBe(true);
    expect(item('Atlas Wire')).toBeUndefined();
    expect(fetched.some((u) => u.includes('atlas-wire'))).toBe(false);
    expect(item('The Northgate Chronicle')).toMatchObject({ state: 'compared', match: { verdict: 'same-story' } });
    expect(item('The Northgate Chronicle')!.counts!.variants).toBeGreaterThan(0);
    // The wire copy republished twice: one compared, the other folded into it with its edits.
    const copies = [item('Riverbend Daily Post')!, item('The Lakeside Ledger')!];
    const rep = copies.find((c) => !c.wireOf)!;
    const copy = copies.find((c) => c.wireOf)!;
    expect(copy.wireOf).toBe(rep.id);
    expect(copy.counts).toBeUndefined();
    expect(rep.wireCopies).toEqual([expect.objectContaining({ id: copy.id, outlet: copy.outlet })]);
    expect(item('Harbour Herald')).toMatchObject({ state: 'compared', match: { verdict: 'different' } });
    expect(item('Harbour Herald')!.counts).toBeUndefined();
    expect(item('The Meridian Times')).toMatchObject({ state: 'failed', failure: { reason: 'paywall' } });
    expect(item('Valley Courier')).toMatchObject({ state: 'failed', failure: { reason: 'dead-link' } });
    expect(session.providers).toEqual([
      expect.objectContaining({ id: 'bing', state: 'done', found: all.length }),
      expect.objectContaining({ id: 'google-news', state: 'failed', message: 'Google News did not answer within 8 seconds.' }),
      expect.objectContaining({ id: 'gdelt', state: 'off' }),
    ]);
  });

  it('streams: the first update has nothing found yet, each later one adds, the last is done', async () => {
    const { emitted } = await run([provider('bing', all.slice(0, 3))]);
    expect(emitted[0]).toMatchObject({ done: false, items: [] });
    expect(emitted.at(-1)!.done).toBe(true);
    expect(emitted.filter((s) => s.done)).toHaveLength(1);
    const states = emitted.map((s) => s.items.find((i) => i.outlet === 'The Northgate Chronicle')?.state ?? 'none');
    expect(states.indexOf('fetching')).toBeLessThan(states.indexOf('compared'));
  });

  it('merges one URL found by two providers and keeps both names', async () => {
    const { item } = await run([provider('bing', [all[1]]), provider('google-news', [{ ...all[1], providers: ['google-news'] }])]);
    expect(item('The Northgate Chronicle')!.providers.sort()).toEqual(['bing', 'google-news']);
  });

  it('fetches nothing from a site without permission, and lists it for the reader’s click', async () => {
    const { item, session, fetched } = await run([provider('bing', all.slice(1, 3))], { granted: (p) => !p.includes('northgate') });
    expect(item('The Northgate Chronicle')).toMatchObject({ state: 'failed', failure: { reason: 'permission-denied' } });
    expect(fetched.some((u) => u.includes('northgate'))).toBe(false);
    expect(session.needsAccess).toEqual(['https://northgate-chronicle.example/*']);
    expect(item('Riverbend Daily Post')).toMatchObject({ state: 'compared' });
  });

  it('remembers "not the same story" marks', async () => {
    const { item } = await run([provider('bing', all.slice(1, 2))], { dismissed: [at(PAGES.british)] });
    expect(item('The Northgate Chronicle')!.dismissed).toBe(true);
  });

  it('ends with provider-failed when every provider failed and nothing was found', async () => {
    const { session } = await run([provider('bing', new Error('boom'))]);
    expect(session).toMatchObject({ done: true, items: [], error: { code: 'provider-failed' } });
    expect(session.providers[0]).toMatchObject({ state: 'failed', message: 'bing did not answer.' });
    expect(session.providers[0].says).toBeUndefined();
  });

  it('passes a provider failure on as a catalogue key, so the popup words it in the reader’s language', async () => {
    const { session } = await run([provider('bing', all.slice(1, 2)), provider('gdelt', providerError('gdelt', 'timeout', 'GDELT', 'providerTimeoutAfter', [20]))]);
    expect(session.providers.find((p) => p.id === 'gdelt')).toMatchObject({
      state: 'failed',
      message: 'GDELT did not answer within 20 seconds.',
      says: { key: 'providerTimeoutAfter', subs: ['20'] },
    });
  });
});
