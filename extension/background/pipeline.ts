// The discovery pipeline of issue 4, one run per reader's article: query → parallel search → merge and
// pre-rank → permission check → fetch (≤ 3, 1 per host) → parse → classify → same-story decision → wire
// grouping → comparison. It streams: every change emits the whole session, so the popup renders as
// results arrive. Scheduling is incremental on purpose: GDELT can take 20 s, so pages found by Bing and
// Google are fetched and compared while it is still searching; a later provider only adds outlets the
// earlier ones missed (best per outlet, top 8, at most MAX_ITEMS in all).
import type { Article, Comparison } from '../../src/index';
import { buildQuery, matchStory, normaliseUrl, outletKey, preRank, wireCopyGroups, type Candidate, type StoryQuery } from '../../src/match';
import type { CoverageItem, CoverageSession, FetchFailureReason, ProviderProgress } from '../coverage';
import { classifyExtracted, FAILURE_SENTENCES } from '../discovery/classify';
import type { WallMemory } from '../discovery/bot-walls';
import { createFetchQueue } from '../discovery/fetch-all';
import { isOwn, ownOutlet, type OwnOutlet } from '../discovery/filter';
import { queryTerms } from '../discovery/render-query';
import { isProviderError } from '../discovery/provider-error';
import type { DiscoveredCandidate, FetchLike, Provider, ProviderId } from '../discovery/types';
import { ParallaxError } from '../errors';
import type { PageArticle } from '../messages';
import { countsOf, editsOf } from './counts';
import type { CompareFn } from './engine';
import type { ParseHtml } from './parse-html';
import { originPattern } from './restricted';
import { wireSourceOf } from './wire-source';

/** Candidates fetched per run: the top 8 of the first answers plus a few a slower provider adds. */
export const TOP_CANDIDATES = 8;
export const MAX_ITEMS = 12;
export const PAGE_TIMEOUT_MS = 10_000;
/** The engine's wall-clock budget per comparison (a diff must never hold up the stream). */
export const DISCOVERY_COMPARE_MS = 1500;
export const WIRE_JACCARD = 0.8;
/** discovery.md §8: the broad query (Q2) goes out only when the precise one (Q1) found fewer than this. */
export const BROAD_BELOW = 5;
const LOCAL_PROVIDERS = new Set<ProviderId>(['tabs', 'history']);

/** Q2 of discovery.md §8: the top two entities alone; null when that is not broader than Q1. */
export function broadQuery(q: StoryQuery): StoryQuery | null {
  const broad: StoryQuery = { ...q, entities: q.entities.slice(0, 2), keywords: [] };
  const terms = queryTerms(broad);
  if (terms.length === 0) return null;
  const precise = queryTerms(q);
  return terms.length < precise.length ? broad : null;
}

export interface PipelineDeps {
  /** Providers that are on, in display order. */
  providers: Provider[];
  /** Providers the reader switched off (shown as "off", never asked). */
  off: { id: ProviderId; label: string }[];
  fetch: FetchLike;
  parseHtml: ParseHtml;
  compare: CompareFn;
  /** Host permission check (permissions.contains), per origin pattern. */
  hasAccess(pattern: string): Promise<boolean>;
  /** The origin pattern a provider's requests go to, to check access before searching. */
  providerOrigin?(id: ProviderId): string | null;
  /** Google News links → publisher URLs (two requests each, so only for candidates actually fetched). */
  resolve?(url: string, signal: AbortSignal): Promise<string>;
  now(): number;
  pageTimeoutMs?: number;
  /** Pages fetched with the reader's cookies (the per-site subscription opt-in); all others without. */
  cookiesFor?(url: string): boolean;
  /** Hosts that showed a bot wall earlier in this browser session (storage.session): skipped, not fetched. */
  walls?: WallMemory;
}

export interface RunOptions {
  articleId: string;
  /** Item ids the reader marked "not the same story" for this article. */
  dismissed?: Set<string>;
  /** The previous extraction of the reader's own URL, when its text changed. */
  revision?: { article: Article; savedAt: number };
  signal: AbortSignal;
  emit(session: CoverageSession): void;
  /** Every text the pipeline obtained, so a card's full comparison can be rebuilt on demand. */
  onArticle?(itemId: string, article: Article): void;
  onComparison?(itemId: string, comparison: Comparison): void;
}

interface Slot {
  item: CoverageItem;
  candidate: DiscoveredCandidate;
  text?: string;
  article?: Article;
}

function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** The sentence the popup shows for a provider that failed (bench/stress.ts prints the same). */
export function providerMessage(error: unknown, label: string): string {
  if (isProviderError(error)) return error.message;
  return `${label} did not answer.`;
}

export function failureFor(reason: FetchFailureReason, url: string): { reason: FetchFailureReason; message: string } {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1].replace(/^www\./i, '') ?? 'the site';
  if (reason === 'not-an-article') return { reason, message: `The page on ${host} does not look like a news article.` };
  if (reason === 'permission-denied') return { reason, message: `Parallax may not read ${host} yet: allow it to compare this version.` };
  if (reason === 'link-hidden') return { reason, message: 'Google News did not reveal where this article lives, so it could not be read.' };
  if (reason === 'network') return { reason, message: FAILURE_SENTENCES.unreachable(host) };
  return { reason, message: FAILURE_SENTENCES[reason](host) };
}

/**
 * Why a Google News link could not be resolved, as a card's failure reason (the popup words each reason
 * from the catalogue, with the host: news.google.com here). Only the reasons that stay true for a link
 * service keep their own sentence; the rest is "did not reveal where this article lives".
 */
export function resolveFailure(error: unknown): FetchFailureReason {
  if (!isProviderError(error)) return 'link-hidden';
  if (error.code === 'consent-wall') return 'consent-wall';
  if (error.code === 'timeout') return 'timeout';
  if (error.code === 'offline') return 'unreachable';
  return 'link-hidden';
}

/**
 * The reader's own outlet never becomes a candidate, whichever provider returned it. The adapters drop
 * it too, but only knowing the query's domain; here the reader's outlet name is known as well. Returns
 * the candidates that were new or added to.
 */
function mergeInto(merged: Map<string, DiscoveredCandidate>, found: DiscoveredCandidate[], own: OwnOutlet): number {
  let kept = 0;
  for (const c of found) {
    if (isOwn(c, own)) continue;
    kept++;
    const key = normaliseUrl(c.url);
    const prev = merged.get(key);
    if (!prev) {
      merged.set(key, { ...c, providers: [...c.providers] });
      continue;
    }
    prev.providers = [...new Set([...prev.providers, ...c.providers])];
    prev.snippet ??= c.snippet;
    prev.publishedTime ??= c.publishedTime;
    prev.article ??= c.article;
  }
  return kept;
}

export function textOf(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return [article.title ?? '', ...(article.paragraphs ?? [])].join('\n');
}

export async function runPipeline(reader: PageArticle, deps: PipelineDeps, options: RunOptions): Promise<CoverageSession> {
  const { signal } = options;
  const query: StoryQuery = buildQuery(reader, new Date(deps.now()));
  const session: CoverageSession = {
    articleId: options.articleId,
    query,
    providers: [
      ...deps.providers.map((p): ProviderProgress => ({ id: p.id, label: p.label, state: 'waiting', found: 0 })),
      ...deps.off.map((p): ProviderProgress => ({ id: p.id, label: p.label, state: 'off', found: 0 })),
    ],
    items: [],
    done: false,
    startedAt: deps.now(),
    updatedAt: deps.now(),
  };
  const emit = () => {
    if (signal.aborted) return;
    session.updatedAt = deps.now();
    options.emit(snapshot(session));
  };
  const progress = (id: ProviderId) => session.providers.find((p) => p.id === id)!;
  const needsAccess = new Set<string>();
  const addNeed = (pattern: string) => {
    needsAccess.add(pattern);
    session.needsAccess = [...needsAccess];
  };

  const own = ownOutlet(reader.url, reader.outlet, query.excludeOutlet);
  const slots: Slot[] = [];
  const scheduledOutlets = new Set<string>([outletKey(reader.outlet ?? '', reader.url)]);
  const merged = new Map<string, DiscoveredCandidate>();
  const queue = createFetchQueue({ fetch: deps.fetch, signal, timeoutMs: deps.pageTimeoutMs ?? PAGE_TIMEOUT_MS, cookiesFor: deps.cookiesFor, walls: deps.walls });
  const work: Promise<void>[] = [];

  if (options.revision) {
    const previous = options.revision.article;
    // Like any other version: A is the article on screen, B the earlier text ("what it said then").
    const comparison = deps.compare(reader, previous, { deadlineMs: DISCOVERY_COMPARE_MS });
    const id = `revision:${options.articleId}`;
    options.onComparison?.(id, comparison);
    options.onArticle?.(id, previous);
    session.items.push({
      id,
      url: reader.url,
      outlet: reader.outlet,
      title: previous.title,
      publishedTime: previous.publishedTime,
      providers: ['history'],
      preScore: 1,
      state: 'compared',
      counts: countsOf(comparison),
      revision: { savedAt: options.revision.savedAt },
    });
  }
  emit();

  // ---- one candidate: resolve, permission, fetch, parse, classify, decide, group, compare ----------
  const settle = (slot: Slot, patch: Partial<CoverageItem>) => {
    Object.assign(slot.item, patch);
    emit();
  };
  const fail = (slot: Slot, reason: FetchFailureReason) => settle(slot, { state: 'failed', failure: failureFor(reason, slot.item.url) });
  const drop = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1);
    session.items.splice(session.items.indexOf(slot.item), 1);
    merged.delete(slot.item.id);
    // Its place goes to the next outlet in line (the loop at the end waits for the work this adds).
    schedule();
  };

  const decide = (slot: Slot, article: Article) => {
    slot.article = article;
    slot.text = textOf(article);
    options.onArticle?.(slot.item.id, article);
    const others = slots.filter((s) => s.article && s !== slot).map((s) => s.article!);
    const match = matchStory(reader, article, { others });
    slot.item.match = { score: match.score, verdict: match.verdict, evidence: match.evidence };
    if (match.verdict === 'different') return settle(slot, { state: 'compared' });
    // Wire copies: a near-duplicate of a text already compared is folded into it and compared once.
    const reps = slots.filter((s) => s !== slot && s.text && s.item.counts && !s.item.wireOf);
    for (const rep of reps) {
      const groups = wireCopyGroups([{ id: rep.item.id, text: rep.text! }, { id: slot.item.id, text: slot.text }], WIRE_JACCARD);
      if (groups.length === 0) continue;
      const edits = editsOf(deps.compare(rep.article!, article, { deadlineMs: DISCOVERY_COMPARE_MS }));
      rep.item.wireCopies = [...(rep.item.wireCopies ?? []), { id: slot.item.id, outlet: slot.item.outlet, url: slot.item.url, ...edits }];
      const copies = [rep, ...slots.filter((s) => s.item.wireOf === rep.item.id), slot].map((s) => s.article!);
      const source = wireSourceOf(copies);
      if (source) rep.item.wireSource = source;
      return settle(slot, { state: 'compared', wireOf: rep.item.id });
    }
    const comparison = deps.compare(reader, article, { deadlineMs: DISCOVERY_COMPARE_MS });
    options.onComparison?.(slot.item.id, comparison);
    settle(slot, { state: 'compared', counts: countsOf(comparison) });
  };

  const process = async (slot: Slot) => {
    const c = slot.candidate;
    if (c.article) return decide(slot, c.article);
    let url = c.url;
    if (c.needsResolve && deps.resolve) {
      try {
        url = await deps.resolve(url, signal);
      } catch (error) {
        if (signal.aborted) throw error;
        return fail(slot, resolveFailure(error));
      }
      slot.item.url = url;
      // Google's link named another outlet, or none, but leads to the reader's own site: not a version.
      if (isOwn({ url, outlet: '' }, own)) return drop(slot);
    }
    let pattern: string;
    try {
      pattern = originPattern(url);
    } catch {
      return fail(slot, 'bad-url');
    }
    if (!(await deps.hasAccess(pattern))) {
      addNeed(pattern);
      return fail(slot, 'permission-denied');
    }
    settle(slot, { state: 'fetching' });
    const page = await queue.add(url);
    if (!page.ok) return settle(slot, { state: 'failed', failure: { reason: page.reason, message: page.message } });
    let parsed: PageArticle;
    try {
      parsed = (await deps.parseHtml(page.html, page.finalUrl)).article;
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof ParallaxError && error.code === 'timeout') return fail(slot, 'timeout');
      if (!(error instanceof ParallaxError) || error.code !== 'not-an-article') throw error;
      // Readability finding no article in a stub that declares itself paid is a paywall, not a non-article.
      return fail(slot, classifyExtracted(page.html, null) === 'paywall' ? 'paywall' : 'not-an-article');
    }
    const wall = classifyExtracted(page.html, parsed);
    if (wall) return fail(slot, wall);
    decide(slot, { ...parsed, outlet: parsed.outlet || c.outlet });
  };

  const schedule = () => {
    if (signal.aborted) return;
    // preRank keys outlets by URL; a Google News link is on news.google.com whatever the outlet, so it
    // ranks under its <source url> instead (unique per item), mapped back to the real candidate below. A
    // top-stories link names its outlet only: it ranks under a host made of that name.
    const byRankUrl = new Map<string, string>();
    const rankable = [...merged.entries()].map(([key, c], i): Candidate => {
      const home = c.outletUrl ? c.outletUrl.replace(/\/+$/, '') : `https://${outletKey(c.outlet) || 'outlet'}.invalid`;
      const url = c.needsResolve ? `${home}/parallax-google-news/${i}` : c.url;
      byRankUrl.set(normaliseUrl(url), key);
      return { ...c, url };
    });
    const ranked = preRank(reader, rankable, TOP_CANDIDATES);
    for (const r of ranked) {
      if (slots.length >= MAX_ITEMS) break;
      const id = byRankUrl.get(normaliseUrl(r.url)) ?? normaliseUrl(r.url);
      const candidate = merged.get(id)!;
      const key = outletKey(r.outlet ?? '', r.url);
      if (scheduledOutlets.has(key)) continue;
      scheduledOutlets.add(key);
      const slot: Slot = {
        candidate,
        item: {
          id,
          url: candidate.url,
          outlet: r.outlet,
          title: r.title,
          publishedTime: r.publishedTime ?? null,
          providers: r.providers as ProviderId[],
          preScore: r.preScore,
          state: 'pending',
          ...(options.dismissed?.has(id) ? { dismissed: true } : {}),
        },
      };
      slots.push(slot);
      session.items.push(slot.item);
      work.push(
        process(slot).catch((error: unknown) => {
          if (signal.aborted) return;
          console.error('[parallax] candidate', slot.item.url, error);
          fail(slot, 'unreachable');
        }),
      );
    }
    // Providers found by several: keep the item's provider list current even after scheduling.
    for (const slot of slots) {
      const m = merged.get(slot.item.id);
      if (m) slot.item.providers = [...m.providers] as ProviderId[];
    }
    emit();
  };

  // ---- fan out ---------------------------------------------------------------------------------------
  const answered: Provider[] = [];
  const searches = deps.providers.map(async (provider) => {
    const p = progress(provider.id);
    const origin = deps.providerOrigin?.(provider.id) ?? null;
    if (origin && !(await deps.hasAccess(origin))) {
      addNeed(origin);
      Object.assign(p, { state: 'failed', message: `Parallax may not ask ${provider.label} yet: allow it to search there.` });
      return emit();
    }
    p.state = 'searching';
    emit();
    try {
      const found = await provider.search(query, signal);
      if (signal.aborted) return;
      Object.assign(p, { state: 'done', found: mergeInto(merged, found, own) });
      if (!LOCAL_PROVIDERS.has(provider.id)) answered.push(provider);
      schedule();
    } catch (error) {
      if (signal.aborted) return;
      Object.assign(p, { state: 'failed', message: providerMessage(error, provider.label) });
      if (isProviderError(error) && error.says) p.says = { key: error.says.key, subs: [...error.says.subs] };
      emit();
    }
  });
  await Promise.all(searches);

  // ---- Q2: the broad query, only when Q1 found too little ---------------------------------------------
  // Decided once every provider has answered Q1 (the count is of their merged results), and sent only to
  // the search services that answered: one that failed Q1 would fail again, and the reader's tabs and
  // history are matched locally on the whole query already. GDELT's second request waits for its shared
  // 5 s slot in the limiter like any other.
  const broad = broadQuery(query);
  if (broad && !signal.aborted && merged.size < BROAD_BELOW && answered.length > 0) {
    session.broadQuery = broad;
    await Promise.all(
      answered.map(async (provider) => {
        const p = progress(provider.id);
        p.state = 'searching';
        emit();
        try {
          const found = await provider.search(broad, signal, { broad: true });
          if (signal.aborted) return;
          p.found += mergeInto(merged, found, own);
        } catch (error) {
          // Q1's answer stands; the broad query is a bonus, and its failure is not the reader's problem.
          if (signal.aborted) return;
          console.warn('[parallax] broad query', provider.id, error);
        }
        p.state = 'done';
        schedule();
      }),
    );
  }
  // Candidates keep arriving while earlier ones are fetched: wait until the list stops growing.
  for (let seen = -1; seen !== work.length; ) {
    seen = work.length;
    await Promise.all(work);
  }
  if (signal.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
  session.done = true;
  if (session.items.length === 0 && session.providers.every((p) => p.state === 'failed' || p.state === 'off') && deps.providers.length > 0) {
    session.error = { code: 'provider-failed' };
  }
  emit();
  return snapshot(session);
}
