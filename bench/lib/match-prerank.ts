// Pre-ranking recall@8 on UCI headline clusters: each sampled headline is a title-only reader article;
// the other headlines of its day are the search results.

import type { Article } from '../../src/article';
import { preRank, type Candidate } from '../../src/match/prerank';
import { outletKey } from '../../src/match/url';
import type { Headline } from './match-corpora';

/** `offset` shifts the sample, so parameters chosen on one sample can be checked on a disjoint one. */
export function preRankRecall(rows: Headline[], sample: number, k = 8, offset = 0) {
  const byDay = new Map<string, Headline[]>();
  const day = (h: Headline) => new Date(h.timestamp).toISOString().slice(0, 10);
  for (const h of rows) {
    if (!byDay.has(day(h))) byDay.set(day(h), []);
    byDay.get(day(h))!.push(h);
  }
  const step = Math.max(1, Math.floor(rows.length / sample));
  let recallSum = 0;
  let precisionSum = 0;
  let queries = 0;
  let candidatesSum = 0;
  const t0 = performance.now();
  for (let i = offset % step; i < rows.length; i += step) {
    const q = rows[i];
    const reader: Article = {
      title: q.title,
      outlet: q.publisher,
      url: q.url,
      publishedTime: new Date(q.timestamp).toISOString(),
      paragraphs: [],
    };
    const pool = byDay.get(day(q))!.filter((h) => h !== q);
    const candidates: Candidate[] = pool.map((h) => ({
      url: h.url,
      title: h.title,
      outlet: h.publisher,
      publishedTime: new Date(h.timestamp).toISOString(),
      providers: ['uci'],
    }));
    const own = outletKey(reader.outlet, reader.url);
    const relevantOutlets = new Set(
      pool.filter((h) => h.story === q.story).map((h) => outletKey(h.publisher, h.url)).filter((o) => o !== own),
    );
    if (relevantOutlets.size === 0) continue;
    const story = new Map(pool.map((h) => [h.url, h.story]));
    const top = preRank(reader, candidates, k);
    const hits = top.filter((c) => story.get(c.url) === q.story).length;
    recallSum += hits / Math.min(k, relevantOutlets.size);
    precisionSum += top.length ? hits / top.length : 0;
    candidatesSum += candidates.length;
    queries++;
  }
  return {
    queries,
    recall: recallSum / queries,
    precision: precisionSum / queries,
    meanCandidates: candidatesSum / queries,
    msPerQuery: (performance.now() - t0) / queries,
  };
}
