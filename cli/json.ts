import type { Article } from '../src/article';
import type { Comparison, Sentence } from '../src/comparison';
import type { MatchResult } from '../src/match';

/**
 * The CLI's JSON is a contract other tools read (docs/cli.md): field names here change only with a new
 * `schema` number. Sentence references are given as text as well as indices, so a reader of the JSON
 * does not need the engine's segmentation to make sense of a difference.
 */
export const SCHEMA = 1;

const sentenceText = (list: Sentence[], i: number): string | null => list[i]?.text ?? null;
const describe = (article: Article) => ({ title: article.title, outlet: article.outlet, url: article.url, publishedTime: article.publishedTime });

export function comparisonJson(a: Article, b: Article, c: Comparison) {
  return {
    schema: SCHEMA,
    a: describe(a),
    b: describe(b),
    similarity: round(c.similarity),
    sharedText: { a: round(c.sharedText.a), b: round(c.sharedText.b) },
    differences: c.differences.map((d) => ({
      kind: d.kind,
      cosmetic: d.cosmetic,
      confidence: round(d.confidence),
      a: d.a,
      b: d.b,
      aSentence: sentenceText(c.sentencesA, d.aSentence),
      bSentence: sentenceText(c.sentencesB, d.bSentence),
      aSentenceIndex: d.aSentence,
      bSentenceIndex: d.bSentence,
      aSpan: d.aSpan,
      bSpan: d.bSpan,
      ...(d.speaker !== undefined ? { speaker: d.speaker } : {}),
      ...(d.severity !== undefined ? { severity: d.severity } : {}),
      ...(d.detail !== undefined ? { detail: d.detail } : {}),
      ...(d.rule !== undefined ? { rule: d.rule } : {}),
      ...(d.salience !== undefined ? { salience: d.salience } : {}),
    })),
    variants: c.variants.map((v) => ({ kind: v.kind, a: v.a, b: v.b, count: v.count, ...(v.rule ? { rule: v.rule } : {}) })),
    quotes: c.quotes.map((q) => ({ speaker: q.speaker, a: q.a, b: q.b, status: q.status })),
    onlyInA: c.onlyInA.map((s) => ({ index: s.index, text: s.text })),
    onlyInB: c.onlyInB.map((s) => ({ index: s.index, text: s.text })),
    sharedTypos: c.sharedTypos,
    moved: c.moved.map((g) => {
      const group = c.groups[g];
      return {
        group: g,
        aSentences: group.a,
        bSentences: group.b,
        text: group.a.map((i) => c.sentencesA[i]?.text ?? '').join(' '),
      };
    }),
    boilerplate: c.boilerplate.map((p) => ({ side: p.side, text: p.text, reason: p.reason })),
    partial: c.partial,
  };
}

export function matchJson(source: string, result: MatchResult) {
  return {
    source,
    score: round(result.score),
    verdict: result.verdict,
    evidence: { ...result.evidence, cosine: round(result.evidence.cosine), entityOverlap: round(result.evidence.entityOverlap), quoteOverlap: round(result.evidence.quoteOverlap) },
  };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
