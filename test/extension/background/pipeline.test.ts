// The discovery pipeline on the demo story's invented pages, with in-memory providers and a fetch that
// serves test/fixtures/site/ per host: real extraction, the real matcher and
// the real engine (jsdom for the DOM). What the e2e checks in Chromium, here checked case by case and without a browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compareWithEngine } from '../../../extension/background/engine';
import { createHtmlParser } from '../../../extension/background/parse-html';
import { broadQuery, failureFor, resolveFailure, runPipeline, type PipelineDeps } from '../../../extension/background/pipeline';
import { FAILURE_SENTENCES } from '../../../extension/discovery/classify';
import { createWallMemory } from '../../../extension/discovery/bot-walls';
import { createGdeltProvider, GDELT_INTERVAL_MS } from '../../../extension/discovery/gdelt';
import { DEFAULT_SETTINGS, type StoryQuery } from '../../../extension/discovery/types';
import catalogue from '../../../_locales/en/messages.json';
import { fakeClock, memoryStore } from '../discovery/helpers';
import { extractFromHtml } from '../../../extension/content/extract';
import type { CoverageSession, FetchFailureReason } from '../../../extension/coverage';
import { ProviderError, providerError } from '../../../extension/discovery/provider-error';
import type { WallMemory } from '../../../extension/discovery/bot-walls';
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

interface RunOptions {
  granted?: (pattern: string) => boolean;
  dismissed?: string[];
  walls?: WallMemory;
  /** Answers instead of the fixture site for the URLs it knows (null: the site answers). */
  pages?: (url: string) => Response | null;
  resolve?: PipelineDeps['resolve'];
}

async function run(providers: Provider[], options: RunOptions = {}) {
  const fake = createFakeBrowser({ offscreen: false });
  const fetched: string[] = [];
  const emitted: CoverageSession[] = [];
  const deps: PipelineDeps = {
    providers,
    off: [{ id: 'gdelt', label: 'GDELT' }],
    fetch: (url, init) => {
      fetched.push(url);
      return Promise.resolve(options.pages?.(url) ?? siteFetch(url, init));
    },
    walls: options.walls,
    resolve: options.resolve,
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
      // The reader's own outlet is not counted among what a service found.
      expect.objectContaining({ id: 'bing', state: 'done', found: all.length - 1 }),
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

/** A provider that records every query it is asked and answers per pass. */
function recordingProvider(id: Provider['id'], precise: DiscoveredCandidate[] | Error, broad: DiscoveredCandidate[] | Error = []) {
  const asked: { query: StoryQuery; broad: boolean }[] = [];
  const p: Provider = {
    id,
    label: id,
    search: async (query, _signal, options) => {
      asked.push({ query, broad: !!options?.broad });
      const found = options?.broad ? broad : precise;
      if (found instanceof Error) throw found;
      return found;
    },
  };
  return { provider: p, asked };
}

describe('runPipeline: the broad second query (Q2)', () => {
  const british = candidate(PAGES.british, 'The Northgate Chronicle');
  const rest = [candidate(PAGES.republished, 'Riverbend Daily Post'), candidate(PAGES.wireAgain, 'The Lakeside Ledger'), candidate(PAGES.paywalled, 'The Meridian Times')];

  it('asks the services that answered again with the top two names when Q1 found fewer than 5', async () => {
    const bing = recordingProvider('bing', [british, candidate(PAGES.reader, 'Atlas Wire')], rest);
    const gdelt = recordingProvider('gdelt', new Error('down'));
    const tabs = recordingProvider('tabs', []);
    const { session, item } = await run([bing.provider, gdelt.provider, tabs.provider]);
    const q1 = bing.asked[0].query;
    expect(bing.asked.map((a) => a.broad)).toEqual([false, true]);
    expect(bing.asked[1].query).toEqual({ ...q1, entities: q1.entities.slice(0, 2), keywords: [] });
    expect(session.broadQuery).toEqual(bing.asked[1].query);
    // A failed service is not asked again, and the reader's tabs were matched locally on Q1 already.
    expect(gdelt.asked).toHaveLength(1);
    expect(tabs.asked).toHaveLength(1);
    // Q2's finds join the list like any other, counted for the service that found them.
    expect(item('Riverbend Daily Post')).toBeDefined();
    expect(item('The Meridian Times')).toMatchObject({ state: 'failed', failure: { reason: 'paywall' } });
    expect(session.providers.find((p) => p.id === 'bing')).toMatchObject({ state: 'done', found: 4 });
    expect(session.done).toBe(true);
  });

  it('is not sent when Q1 found 5 or more (the reader’s own outlet not counted)', async () => {
    const five = [british, ...rest, candidate('/valley-courier/gone.html', 'Valley Courier')];
    const bing = recordingProvider('bing', five);
    await run([bing.provider]);
    expect(bing.asked).toHaveLength(1);
    const four = recordingProvider('bing', [candidate(PAGES.reader, 'Atlas Wire'), ...five.slice(0, 4)]);
    await run([four.provider]);
    expect(four.asked).toHaveLength(2);
  });

  it('keeps Q1’s results and the service’s state when Q2 fails', async () => {
    const bing = recordingProvider('bing', [british], providerError('bing', 'timeout', 'Bing News', 'providerTimeoutAfter', [5]));
    const { session, item } = await run([bing.provider]);
    expect(bing.asked).toHaveLength(2);
    expect(session.providers[0]).toMatchObject({ state: 'done', found: 1 });
    expect(session.providers[0].message).toBeUndefined();
    expect(item('The Northgate Chronicle')).toMatchObject({ state: 'compared' });
  });

  it.each([
    ['two names and no keyword: nothing broader to send', { entities: ['A B', 'C'], keywords: [] }, null],
    ['no names', { entities: [], keywords: ['cable'] }, null],
    ['three names and a keyword', { entities: ['A B', 'C', 'D'], keywords: ['cable'] }, ['A B', 'C']],
    ['one name and a keyword', { entities: ['A B'], keywords: ['cable'] }, ['A B']],
  ])('broadQuery: %s', (_name, terms, expected) => {
    const q: StoryQuery = { lang: 'en', from: '2025-02-25', to: '2025-03-01', excludeOutlet: 'atlas-wire.example', ...terms };
    const broad = broadQuery(q);
    expect(broad?.entities ?? null).toEqual(expected);
    if (broad) expect(broad).toMatchObject({ keywords: [], lang: 'en', from: q.from, to: q.to, excludeOutlet: q.excludeOutlet });
  });

  it('keeps GDELT’s shared 5 s slot between Q1 and Q2', async () => {
    const clock = fakeClock(Date.parse('2025-02-27T12:00:00Z'));
    const times: number[] = [];
    const gdelt = createGdeltProvider(
      {
        fetch: async () => {
          times.push(clock.now());
          return new Response(JSON.stringify({ articles: [{ url: at(PAGES.british), title: 'Nato and EU agree to pool cable defences', seendate: '20250226T153000Z', domain: 'northgate-chronicle.example' }] }), {
            headers: { 'content-type': 'application/json' },
          });
        },
        store: memoryStore(),
        clock,
      },
      { ...DEFAULT_SETTINGS, gdeltBaseUrl: 'https://gdelt.example' },
    );
    await run([gdelt]);
    expect(times).toHaveLength(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(GDELT_INTERVAL_MS);
  });
});

describe('runPipeline: the reader’s own outlet (Atlas Wire, atlas-wire.example)', () => {
  // Every shape a search result from the reader's own site arrives in: the query sends no `-site:`, so
  // each provider may return them, and the adapters' own filter knows only the query's domain.
  const own: DiscoveredCandidate[] = [
    { ...candidate(PAGES.reader, 'Atlas Wire') },
    { ...candidate('/atlas-wire/live.html', 'Newsdesk'), url: 'https://www.atlas-wire.example/live.html' },
    { ...candidate('/atlas-wire/m.html', 'm.atlas-wire.example'), url: 'https://m.atlas-wire.example/world/cables.html' },
    { ...candidate('/atlas-wire/amp.html', ''), url: 'https://amp.atlas-wire.example/world/cables.html' },
    { ...candidate('/atlas-wire/cache.html', ''), url: 'https://atlas--wire-example.cdn.ampproject.org/c/s/atlas-wire.example/world/cables.html' },
    { ...candidate('/atlas-wire/syndicated.html', 'The Atlas Wire'), url: 'https://syndication.example/atlas/cables.html' },
    { ...candidate('/atlas-wire/source.html', 'Newsdesk'), url: 'https://news.google.com/rss/articles/CBMiOwnSource?oc=5', outletUrl: 'https://www.atlas-wire.example', needsResolve: true },
    { ...candidate('/atlas-wire/named.html', 'Atlas Wire'), url: 'https://news.google.com/rss/articles/CBMiOwnName?oc=5', needsResolve: true },
  ];
  const british = candidate(PAGES.british, 'The Northgate Chronicle');
  const isOwnItem = (i: { url: string; outlet?: string | null }) => /atlas/i.test(`${i.url} ${i.outlet ?? ''}`);

  it.each(['bing', 'google-news', 'gdelt', 'guardian', 'tabs', 'history'] as const)('never becomes a candidate from %s', async (id) => {
    const resolved: string[] = [];
    const { session, fetched, item } = await run([provider(id, [...own, british].map((c) => ({ ...c, providers: [id] })))], {
      resolve: async (url) => {
        resolved.push(url);
        return 'https://atlas-wire.example/never-fetched.html';
      },
    });
    expect(session.items.filter(isOwnItem)).toEqual([]);
    expect(fetched.filter((u) => u.includes('atlas'))).toEqual([]);
    expect(resolved).toEqual([]);
    expect(item('The Northgate Chronicle')).toMatchObject({ state: 'compared', match: { verdict: 'same-story' } });
    // One other outlet is too few: a search service is asked the broad query too, and answers the same.
    const asked = id === 'tabs' || id === 'history' ? 1 : 2;
    expect(session.providers.find((p) => p.id === id)).toMatchObject({ state: 'done', found: asked });
  });

  it('leaves out a Google link that names another outlet but leads to the reader’s site, before fetching it', async () => {
    const disguised: DiscoveredCandidate = {
      ...candidate('/wire-digest/x.html', 'Wire Digest', ['google-news']),
      url: 'https://news.google.com/rss/articles/CBMiDisguised?oc=5',
      needsResolve: true,
    };
    const rest = [british, candidate(PAGES.republished, 'Riverbend Daily Post'), candidate(PAGES.wireAgain, 'The Lakeside Ledger')];
    const emittedOwn: string[] = [];
    const { session, fetched, emitted } = await run([provider('google-news', [disguised, ...rest])], {
      resolve: async (url) => (url === disguised.url ? 'https://www.atlas-wire.example/atlas-wire/world/2025/02/26/nato-eu-undersea-cables.html' : url),
    });
    for (const s of emitted) emittedOwn.push(...s.items.filter((i) => i.url.includes('atlas-wire')).map((i) => i.url));
    expect(emittedOwn).toEqual([]);
    expect(session.items.map((i) => i.outlet)).not.toContain('Wire Digest');
    expect(fetched.filter((u) => u.includes('atlas'))).toEqual([]);
    expect(session.items.filter((i) => i.state === 'compared').map((i) => i.outlet).sort()).toEqual(['Riverbend Daily Post', 'The Lakeside Ledger', 'The Northgate Chronicle']);
  });
});

describe('runPipeline: hosts that showed a bot wall', () => {
  const challenge = () =>
    new Response('<html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/x.js"></script></body></html>', {
      status: 403,
      headers: { 'content-type': 'text/html' },
    });

  it('are skipped on later runs in the same browser session, the card still listed with the reason', async () => {
    const store = memoryStore();
    const found = [candidate(PAGES.british, 'The Northgate Chronicle'), candidate(PAGES.republished, 'Riverbend Daily Post')];
    const first = await run([provider('bing', found)], { walls: createWallMemory(store, { now: () => 1 }), pages: (url) => (url.includes('northgate') ? challenge() : null) });
    expect(first.item('The Northgate Chronicle')).toMatchObject({ state: 'failed', failure: { reason: 'bot-wall' } });

    // The next click (a new run, maybe a new worker) on the same storage.session: no request to the host.
    const second = await run([provider('bing', found)], { walls: createWallMemory(store, { now: () => 2 }) });
    expect(second.item('The Northgate Chronicle')).toMatchObject({
      state: 'failed',
      failure: { reason: 'bot-wall-earlier', message: expect.stringContaining('northgate-chronicle.example blocked an earlier request') },
    });
    expect(second.fetched.some((u) => u.includes('northgate'))).toBe(false);
    expect(second.item('Riverbend Daily Post')).toMatchObject({ state: 'compared' });
  });
});

describe('runPipeline: Google News links that do not resolve', () => {
  const google: DiscoveredCandidate = {
    url: 'https://news.google.com/rss/articles/CBMiDkFVX3lxTEludmVudGVkMQ?oc=5',
    title: 'Nato and EU agree to pool cable defences after Geneva talks',
    outlet: 'The Northgate Chronicle',
    outletUrl: 'https://northgate-chronicle.example',
    publishedTime: '2025-02-26T16:00:00Z',
    providers: ['google-news'],
    needsResolve: true,
  };

  it.each([
    ['a hidden link', providerError('google-news', 'bad-response', 'Google News', 'providerLinkHidden'), 'link-hidden'],
    ['a consent page', providerError('google-news', 'consent-wall', 'Google News', 'providerLinkConsentWall'), 'consent-wall'],
    ['a timeout', providerError('google-news', 'timeout', 'Google News', 'providerTimeoutAfter', [8]), 'timeout'],
    ['no connection', providerError('google-news', 'offline', 'Google News', 'providerOffline'), 'unreachable'],
    ['a refusal', providerError('google-news', 'http-error', 'Google News', 'providerRefusedStatus', [404], { status: 404 }), 'link-hidden'],
    ['a rate limit', providerError('google-news', 'rate-limited', 'Google News', 'providerSlowDown', [30]), 'link-hidden'],
    ['something unexpected', new Error('boom'), 'link-hidden'],
  ])('%s: a failure reason the popup words from the catalogue', async (_name, error, reason) => {
    const { item, fetched } = await run([provider('google-news', [google])], {
      resolve: async () => {
        throw error;
      },
    });
    expect(item('The Northgate Chronicle')).toMatchObject({ state: 'failed', failure: { reason } });
    expect(resolveFailure(error)).toBe(reason);
    expect(fetched).toEqual([]);
    expect(catalogue).toHaveProperty(`failure${reason.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`);
  });
});

describe('failure sentences', () => {
  const reasons = Object.keys(catalogue)
    .filter((k) => k.startsWith('failure'))
    .map((k) => k.slice('failure'.length).replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`) as FetchFailureReason);

  it('cover every reason the fetcher and the pipeline give', () => {
    for (const reason of Object.keys(FAILURE_SENTENCES)) expect(reasons).toContain(reason);
    for (const reason of ['not-an-article', 'permission-denied', 'link-hidden', 'network']) expect(reasons).toContain(reason);
  });

  it.each(reasons)('%s: the English sentence is the catalogue’s', (reason) => {
    const key = `failure${reason.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}` as keyof typeof catalogue;
    const entry = catalogue[key] as { message: string };
    expect(failureFor(reason, 'https://www.daily-example.org/story').message).toBe(entry.message.replace(/\$HOST\$/g, 'daily-example.org'));
  });
});
