import type { Article } from './article';
import type { AlignedGroup, Comparison, Difference, Limits, QuoteMatch, Sentence, Span } from './comparison';
import { alignSentences } from './align/align';
import { diffGroup, sharedDoubles, sharedWords } from './diff/group-diff';
import type { KeyLookup } from './diff/hunk-rules';
import { inCanonicalOrder, mirrorComparison } from './diff/mirror';
import { matchQuotes, variantsOf } from './diff/summaries';
import { prepareArticle } from './text/article-text';
import type { PlacedToken, PreparedArticle, PreparedQuote, PreparedSentence } from './text/article-text';
import { Budget } from './text/budget';
import { isEnglish } from './text/language';

const plain = (s: PreparedSentence): Sentence => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text });

function tokensOf(article: PreparedArticle, indices: readonly number[]): PlacedToken[] {
  // Most groups are 1–1: the sentence's own array serves (nothing downstream writes to it).
  if (indices.length === 1) return article.sentences[indices[0]].tokens;
  const out: PlacedToken[] = [];
  for (const i of indices) for (const t of article.sentences[i].tokens) out.push(t);
  return out;
}

/**
 * Every content key of an article, collected on the first question: only a hunk that drops or adds a
 * name asks (hunk-rules' toldElsewhere), and many article pairs have none.
 */
class ArticleKeys implements KeyLookup {
  private set: Set<string> | undefined;
  private readonly article: PreparedArticle;
  constructor(article: PreparedArticle) {
    this.article = article;
  }

  has(key: string): boolean {
    if (this.set === undefined) {
      this.set = new Set<string>();
      for (const s of this.article.sentences) for (const k of s.content) this.set.add(k);
    }
    return this.set.has(key);
  }
}

function anyIze(article: PreparedArticle, indices: readonly number[]): boolean {
  for (const i of indices) if (article.sentences[i].ize) return true;
  return false;
}

function wordsOf(article: PreparedArticle, indices: readonly number[]): number {
  let n = 0;
  for (const i of indices) n += article.sentences[i].words;
  return n;
}

function byParagraph(quotes: readonly PreparedQuote[]): Map<number, PreparedQuote[]> {
  const out = new Map<number, PreparedQuote[]>();
  for (const q of quotes) {
    const list = out.get(q.paragraph);
    if (list) list.push(q);
    else out.set(q.paragraph, [q]);
  }
  return out;
}

/** Quotations in the paragraphs of a group's sentences, in article order (a lookup, not a scan of all quotes). */
function quotesIn(byPara: Map<number, PreparedQuote[]>, article: PreparedArticle, indices: readonly number[]): PreparedQuote[] {
  const out: PreparedQuote[] = [];
  let last = -1;
  for (const i of indices) {
    const p = article.sentences[i].paragraph;
    if (p === last) continue;
    last = p;
    for (const q of byPara.get(p) ?? []) if (!out.includes(q)) out.push(q);
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

const overlaps = (x: Span | null, y: Span | null): boolean => x !== null && y !== null && x.paragraph === y.paragraph && x.start < y.end && y.start < x.end;

/**
 * A quotation whose words match but inside which the engine found a `quote` difference (commas and dashes
 * that change how the words are reported) is `changed`: the ledger and the differences must agree.
 */
function withQuoteDifferences(quotes: QuoteMatch[], differences: readonly Difference[]): QuoteMatch[] {
  const found = differences.filter((d) => d.kind === 'quote');
  if (found.length === 0) return quotes;
  for (const q of quotes) {
    if (q.status === 'same' && found.some((d) => overlaps(d.aSpan, q.aSpan) && overlaps(d.bSpan, q.bSpan))) q.status = 'changed';
  }
  return quotes;
}

/**
 * Compare two outlets' versions of a story: clean, segment, tokenise, align sentences regardless of order,
 * diff and classify inside each aligned group, then summarise (variants, quotes, only-in, shared text and
 * typos, moves, similarity). Never throws on odd input and never runs past `limits.deadlineMs`: work cut
 * short (deadline or token cap) returns what was found with `partial: true`. Symmetric: compare(B, A) is
 * compare(A, B) with the sides exchanged (see diff/mirror.ts for what exactly is exchanged).
 */
export function compareArticles(a: Article, b: Article, limits?: Limits): Comparison {
  return inCanonicalOrder(a, b) ? compareOrdered(a, b, limits) : mirrorComparison(compareOrdered(b, a, limits));
}

function compareOrdered(a: Article, b: Article, limits?: Limits): Comparison {
  const budget = new Budget(limits);
  // English-only rules apply when both sides are English: keys must be built the same way on both.
  const english = isEnglish(a) && isEnglish(b);
  const A = prepareArticle(a ?? ({} as Article), 'a', budget, english);
  const B = prepareArticle(b ?? ({} as Article), 'b', budget, english);
  const alignment = alignSentences(A.sentences, B.sentences, budget);
  const articleKeysA = new ArticleKeys(A);
  const articleKeysB = new ArticleKeys(B);
  const quotesByParagraphA = byParagraph(A.quotes);
  const quotesByParagraphB = byParagraph(B.quotes);

  const groups: AlignedGroup[] = [];
  const differences: Difference[] = [];
  let sharedA = 0;
  let sharedB = 0;
  const typos = new Set<string>();
  let alignedWeight = 0;

  for (let index = 0; index < alignment.groups.length; index++) {
    const g = alignment.groups[index];
    const group: AlignedGroup = { index, a: g.a, b: g.b, score: round(g.score), moved: g.moved, differences: [] };
    if (g.repeat) group.repeat = true;
    groups.push(group);
    if (!g.repeat) alignedWeight += g.score * (wordsOf(A, g.a) + wordsOf(B, g.b));
    if (budget.expired()) continue;
    const ta = tokensOf(A, g.a);
    const tb = tokensOf(B, g.b);
    const result = diffGroup({
      group: index,
      a: ta,
      b: tb,
      paragraphsA: A.paragraphs,
      paragraphsB: B.paragraphs,
      quotesA: quotesIn(quotesByParagraphA, A, g.a),
      quotesB: quotesIn(quotesByParagraphB, B, g.b),
      firstA: g.a[0],
      firstB: g.b[0],
      timeoutMs: budget.remainingMs(),
      articleKeysA,
      articleKeysB,
      english,
      izeWords: anyIze(A, g.a) || anyIze(B, g.b),
    });
    if (!result.complete) budget.partial = true;
    for (const d of result.differences) {
      group.differences.push(differences.length);
      differences.push(d);
    }
    if (!g.repeat) {
      const shared = sharedWords(result.runs, ta);
      sharedA += shared;
      sharedB += shared;
      for (const typo of sharedDoubles(result.runs, ta, tb)) typos.add(typo);
    }
  }

  const totalWords = A.words + B.words;
  return {
    similarity: totalWords > 0 ? round(Math.min(1, alignedWeight / totalWords)) : 0,
    sharedText: { a: A.words > 0 ? round(sharedA / A.words) : 0, b: B.words > 0 ? round(sharedB / B.words) : 0 },
    sentencesA: A.sentences.map(plain),
    sentencesB: B.sentences.map(plain),
    groups,
    differences,
    variants: variantsOf(differences),
    quotes: withQuoteDifferences(matchQuotes(A.quotes, B.quotes), differences),
    onlyInA: alignment.onlyA.map((i) => plain(A.sentences[i])),
    onlyInB: alignment.onlyB.map((i) => plain(B.sentences[i])),
    sharedTypos: [...typos],
    moved: groups.filter((g) => g.moved).map((g) => g.index),
    boilerplate: [...A.boilerplate, ...B.boilerplate],
    partial: budget.partial,
  };
}
