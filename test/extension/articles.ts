import type { Comparison } from '../../src/index';
import type { PageArticle } from '../../extension/messages';

/** Invented articles for shell tests (not the demo site's text: these only need a shape). */
export function pageArticle(overrides: Partial<PageArticle> = {}): PageArticle {
  const paragraphs = overrides.paragraphs ?? [
    'The Westbrook ferry will resume its night crossings in April, the harbour board said on Monday.',
    'The board said two new crews had finished their training.',
  ];
  return {
    title: 'Westbrook ferry to resume night crossings',
    outlet: 'Invented Harbour News',
    url: 'https://harbour.example/ferry',
    publishedTime: '2025-03-03T09:00:00Z',
    lang: 'en',
    byline: 'Ada Quill',
    wordCount: paragraphs.join(' ').split(/\s+/).length,
    excerpt: paragraphs[0],
    removed: [],
    ...overrides,
    paragraphs,
  };
}

/** A structurally valid Comparison with one of everything, built by hand for rendering tests. */
export function sampleComparison(overrides: Partial<Comparison> = {}): Comparison {
  const sentenceA = { index: 0, paragraph: 0, start: 0, end: 40, text: 'The ferry resumes its crossings in April.' };
  return {
    similarity: 0.82,
    sharedText: { a: 0.74, b: 0.61 },
    sentencesA: [sentenceA],
    sentencesB: [sentenceA],
    groups: [],
    differences: [
      { kind: 'case', cosmetic: true, confidence: 0.95, a: 'NATO', b: 'Nato', aSpan: null, bSpan: null, group: 0, aSentence: 0, bSentence: 0 },
      { kind: 'wording', cosmetic: false, confidence: 0.7, a: 'told reporters', b: 'said', aSpan: null, bSpan: null, group: 0, aSentence: 0, bSentence: 0 },
    ],
    variants: [
      { kind: 'case', a: 'NATO', b: 'Nato', count: 2, rule: 'ALLCAPS vs Titlecase acronym' },
      { kind: 'spelling', a: 'defenses', b: 'defences', count: 1 },
    ],
    quotes: [
      { speaker: 'Ada Quill', a: 'We sail at dusk', b: 'We sail, at dusk', status: 'changed', aSpan: null, bSpan: null },
      { speaker: null, a: 'same words', b: 'same words', status: 'same', aSpan: null, bSpan: null },
    ],
    onlyInA: [{ index: 3, paragraph: 2, start: 0, end: 30, text: 'Tickets go on sale on Friday.' }],
    onlyInB: [{ index: 4, paragraph: 3, start: 0, end: 34, text: 'Crews are in short supply, it said.' }],
    sharedTypos: ['draged'],
    moved: [],
    boilerplate: [],
    partial: false,
    ...overrides,
  };
}
