// Pre-ranking of search results before any fetch (discovery.md §8 step 3): only titles, snippets, dates
// and which providers found them are known, so this is cheap and deliberately forgiving; matchStory
// decides later on full text.

import type { Article } from '../article';
import { extractEntities, rankEntities, titleMatches } from './entities';
import { buildIdf, countTerms, dot, tfidfVector } from './tfidf';
import { hoursBetween, timeProximity } from './time';
import { normaliseUrl, outletKey } from './url';
import { contentTerms } from './words';

export interface Candidate {
  url: string;
  title: string;
  outlet: string;
  snippet?: string;
  publishedTime?: string | null;
  providers: string[];
}

export type RankedCandidate = Candidate & { preScore: number };

const WEIGHTS = { text: 0.45, entities: 0.35, time: 0.2, providers: 0.1 };
const LEAD_PARAGRAPHS = 3;
const TOP_ENTITIES = 8;
/**
 * Feedback: the 5 best first-pass matches, at full weight. Chosen on one sample of UCI headlines and
 * checked on a disjoint one (docs/benchmarks.md): recall@8 0.890 → 0.906 and 0.896 → 0.910.
 */
const FEEDBACK_DOCS = 5;
const FEEDBACK_WEIGHT = 1;

/**
 * Score = 0.45·cos(title+snippet, title+lead, the query widened by feedback) + 0.35·entity overlap + 0.20·time Gaussian (σ 3 d)
 * + 0.10·[found by ≥ 2 providers]. A headline has no reliable capitalisation (headline case), so entity
 * overlap is the salience-weighted share of the reader's top entities found in the candidate's words,
 * not a Jaccard of two extracted sets.
 */
export function preRank(reader: Article, candidates: Candidate[], limit = 8): RankedCandidate[] {
  const lead = (reader.paragraphs ?? []).slice(0, LEAD_PARAGRAPHS);
  const readerTerms = countTerms(contentTerms([reader.title ?? '', ...lead].join('\n')));
  const candTerms = candidates.map((c) => countTerms(contentTerms(`${c.title ?? ''}\n${c.snippet ?? ''}`)));
  const idf = buildIdf([readerTerms, ...candTerms]);
  const readerVec = tfidfVector(readerTerms, idf);
  const candVecs = candTerms.map((t) => tfidfVector(t, idf));
  const queryVec = expandQuery(readerVec, candVecs);

  // No body, no entities: a headline's capitals prove nothing, and guessing them from the title alone
  // cost 3 points of recall@8 on the UCI headlines.
  const entities = extractEntities(reader.title ?? '', reader.paragraphs ?? []);
  const own = outletKey(reader.outlet ?? '', reader.url);
  const top = rankEntities(entities)
    .filter((e) => e.key.replace(/\s+/g, '') !== own)
    .slice(0, TOP_ENTITIES);
  const totalSalience = top.reduce((s, e) => s + e.salience, 0);

  const best = new Map<string, { c: RankedCandidate; index: number }>();
  const seenUrls = new Set<string>();
  candidates.forEach((c, index) => {
    const key = outletKey(c.outlet ?? '', c.url);
    if (key === own) return;
    const url = normaliseUrl(c.url ?? '');
    if (seenUrls.has(url)) return;
    seenUrls.add(url);
    const cosine = dot(queryVec, candVecs[index]);
    const found = titleMatches(`${c.title ?? ''} ${c.snippet ?? ''}`, top.map((e) => e.key));
    const ent = totalSalience > 0 ? top.filter((e) => found.has(e.key)).reduce((s, e) => s + e.salience, 0) / totalSalience : 0;
    const time = timeProximity(hoursBetween(reader.publishedTime, c.publishedTime ?? null));
    const multi = new Set(c.providers ?? []).size >= 2 ? 1 : 0;
    const preScore = WEIGHTS.text * cosine + WEIGHTS.entities * ent + WEIGHTS.time * time + WEIGHTS.providers * multi;
    const prev = best.get(key);
    if (!prev || preScore > prev.c.preScore) best.set(key, { c: { ...c, preScore }, index });
  });
  return [...best.values()]
    .sort((a, b) => b.c.preScore - a.c.preScore || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map((x) => x.c);
}

/**
 * Pseudo-relevance feedback (Rocchio): a headline has five content words, and the story's other
 * headlines often share none of them ("Fed official says weak data…" vs "Charles Plosser says…"). The
 * query is widened with the centroid of its best first-pass matches, which name the story's people.
 * O(candidates · words) plus a partial sort.
 */
function expandQuery(query: Map<string, number>, docs: Map<string, number>[]): Map<string, number> {
  if (docs.length === 0) return query;
  const top = docs
    .map((d, i) => ({ i, s: dot(query, d) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, FEEDBACK_DOCS);
  if (top.length === 0) return query;
  const out = new Map(query);
  for (const { i } of top) for (const [t, w] of docs[i]) out.set(t, (out.get(t) ?? 0) + (FEEDBACK_WEIGHT * w) / top.length);
  let norm = 0;
  for (const w of out.values()) norm += w * w;
  norm = Math.sqrt(norm);
  for (const [t, w] of out) out.set(t, w / norm);
  return out;
}
