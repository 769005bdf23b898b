import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare';
import type { Article, Comparison } from '../../src/index';

const STORIES = resolve(import.meta.dirname, '..', 'fixtures', 'stories');

/** Our fixture format: first line the title, paragraphs separated by blank lines. */
function story(name: string): Article {
  const [title, ...paragraphs] = readFileSync(resolve(STORIES, `${name}.txt`), 'utf8').trim().split(/\n\s*\n/);
  return { title, outlet: name, url: '', publishedTime: null, paragraphs };
}

const article = (paragraphs: string[]): Article => ({ title: '', outlet: 'x', url: '', publishedTime: null, paragraphs });

describe('compareArticles on the ferry story (US wire vs British paper)', () => {
  const us = story('ferry-us-wire');
  const uk = story('ferry-uk-paper');
  const c = compareArticles(us, uk);
  const find = (kind: string, a: string, b: string) => c.differences.find((d) => d.kind === kind && d.a === a && d.b === b);

  it.each([
    ['case', 'NATO', 'Nato', 'acronym'],
    ['spelling', 'harbor', 'harbour', undefined],
    ['transliteration', 'Kharkiv', 'Kharkov', 'curated'],
    ['abbreviation', 'U.S.', 'US', 'initialism'],
    ['honorific', 'Varga', 'Ms Varga', 'added'],
    ['possessive', 'Caldera Mayor', 'Caldera’s Mayor', 'apostrophe-s'],
    ['number', 'Feb. 26', '26 February', 'date'],
    ['number', '68 percent', '68%', 'percent'],
    ['number', 'ten', '10', 'number'],
    ['punctuation', ',', '', 'comma'],
    ['punctuation', '-', '', 'hyphenation'],
    ['substantive', 'could', 'would', 'modality'],
    ['wording', '', 'had', 'insertion'],
  ])('finds %s %j → %j', (kind, a, b, detail) => {
    const d = find(kind, a, b);
    expect(d, `${kind} ${a} → ${b}`).toBeDefined();
    if (detail !== undefined) expect(d?.detail).toBe(detail);
    expect(d?.cosmetic).toBe(!['quote', 'wording', 'substantive'].includes(kind));
  });

  it('reports the reworded Varga quote with its speaker and severity', () => {
    const q = c.differences.find((d) => d.kind === 'quote');
    expect(q).toMatchObject({ speaker: 'Varga', severity: 'insertion', cosmetic: false });
    expect(q?.b).toContain('deeply');
    expect(c.quotes).toHaveLength(1);
    expect(c.quotes[0].status).toBe('changed');
  });

  it('aligns the split (1–2), the merge (2–1), the move and the repeated breaking-news sentence', () => {
    const text = (side: 'a' | 'b', i: number) => (side === 'a' ? c.sentencesA : c.sentencesB)[i].text;
    const split = c.groups.find((g) => g.a.length === 1 && g.b.length === 2);
    expect(split && text('a', split.a[0])).toMatch(/^The ferry, which was built in 1998/);
    const merge = c.groups.find((g) => g.a.length === 2 && g.b.length === 1);
    expect(merge && text('b', merge.b[0])).toMatch(/^Investigators from Kharkov, who were visiting/);
    expect(c.moved.map((i) => text('a', c.groups[i].a[0]))).toEqual([expect.stringMatching(/^NATO officials offered help/)]);
    const repeat = c.groups.filter((g) => g.repeat);
    expect(repeat).toHaveLength(1);
    expect(text('a', repeat[0].a[0])).toBe(text('a', 0).replace(/^PORT CALDERA — /, ''));
  });

  it('keeps the paragraph only the British paper has in onlyInB, and nothing in onlyInA', () => {
    expect(c.onlyInB.map((s) => s.text)).toEqual(['The Harbour Post understands that the operator had been warned about faulty wiring on the vessel last year.']);
    expect(c.onlyInA).toEqual([]);
  });

  it('sets aside the dateline, the breaking-news marker and the contributor line', () => {
    expect(c.boilerplate.map((b) => b.reason).sort()).toEqual(['breaking-news', 'contributor', 'dateline']);
    expect(c.sentencesA[0].text.startsWith('A fire aboard')).toBe(true);
  });

  it('counts each house-style pair once in variants, most frequent first', () => {
    const harbour = c.variants.find((v) => v.kind === 'spelling' && v.a === 'harbor');
    expect(harbour?.count).toBe(3);
    expect(c.variants[0].count).toBeGreaterThanOrEqual(c.variants[c.variants.length - 1].count);
    expect(harbour?.rule).toBeTruthy();
  });

  it('gives every difference offsets that select its text in the caller’s paragraph', () => {
    for (const d of c.differences) {
      if (d.aSpan) expect(us.paragraphs[d.aSpan.paragraph].slice(d.aSpan.start, d.aSpan.end)).toBe(d.a);
      if (d.bSpan) expect(uk.paragraphs[d.bSpan.paragraph].slice(d.bSpan.start, d.bSpan.end)).toBe(d.b);
    }
    for (const s of c.sentencesA) expect(us.paragraphs[s.paragraph].slice(s.start, s.end)).toBe(s.text);
  });

  it('scores the story pair as far more similar than an unrelated pair', () => {
    const unrelated = compareArticles(us, article(['Stocks rose on Friday as investors weighed new inflation data from the central bank.']));
    expect(c.similarity).toBeGreaterThan(0.7);
    expect(unrelated.similarity).toBeLessThan(0.2);
    expect(c.similarity).toBeGreaterThan(unrelated.similarity);
  });
});

describe('compareArticles limits and bad input', () => {
  it('returns partial when the token cap is reached', () => {
    const c = compareArticles(story('ferry-us-wire'), story('ferry-uk-paper'), { maxTokens: 30 });
    expect(c.partial).toBe(true);
    expect(c.sentencesA.length).toBeLessThan(5);
  });

  it('still compares what fits under the token cap, on both sides', () => {
    const full = compareArticles(story('ferry-us-wire'), story('ferry-uk-paper'));
    const c = compareArticles(story('ferry-us-wire'), story('ferry-uk-paper'), { maxTokens: 120 });
    expect(c.partial).toBe(true);
    // Each side keeps its own share of the cap (the first side's cut does not empty the second),
    // and the kept sentences are aligned and diffed, not dropped as if the clock had run out.
    expect(c.sentencesA.length).toBeGreaterThan(1);
    expect(c.sentencesB.length).toBeGreaterThan(1);
    expect(c.sentencesA.length).toBeLessThan(full.sentencesA.length);
    expect(c.groups.length).toBeGreaterThan(0);
  });

  it('returns within its deadline on a pair far over the token cap', () => {
    const paragraph = story('ferry-us-wire').paragraphs.join(' ');
    const huge = article(Array.from({ length: 400 }, () => paragraph));
    const started = Date.now();
    const c = compareArticles(huge, huge, { deadlineMs: 1500 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(c.partial).toBe(true);
    expect(c.groups.length).toBeGreaterThan(0);
  });

  it('returns partial, without hanging, when the clock passes the deadline', () => {
    let t = 0;
    const c = compareArticles(story('ferry-us-wire'), story('ferry-uk-paper'), { deadlineMs: 5, now: () => (t += 1) });
    expect(c.partial).toBe(true);
  });

  it.each([
    ['empty articles', article([]), article([])],
    ['blank paragraphs', article(['', '  ']), article(['\n'])],
    ['one side empty', article(['A short sentence.']), article([])],
  ])('handles %s with an empty, complete comparison', (_name, a, b) => {
    const c: Comparison = compareArticles(a, b);
    expect(c.partial).toBe(false);
    expect(c.differences).toEqual([]);
    expect(c.similarity).toBe(0);
  });
});

describe('compareArticles properties', () => {
  const sentence = fc
    .array(fc.constantFrom('Mr.', 'Macron', 'said', 'the', 'U.S.', 'NATO', 'Nato', 'defenses', '68%', 'Feb.', '26', '“quote”', 'not', 'Kyiv', 'Kiev', "Ukraine's", 'full-scale', 'twenty', '20', 'will', ','), { minLength: 1, maxLength: 14 })
    .map((ws) => ws.join(' ') + '.');
  const paragraphs = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 6 });

  it('comparing an article with itself gives no difference and no only-in sentence', () => {
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const c = compareArticles(article(ps), article(ps));
        expect(c.differences).toEqual([]);
        expect(c.onlyInA).toEqual([]);
        expect(c.onlyInB).toEqual([]);
        expect(c.moved).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every offset inside the paragraph it names', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (pa, pb) => {
        const c = compareArticles(article(pa), article(pb));
        for (const d of c.differences) {
          for (const [span, ps, text] of [[d.aSpan, pa, d.a], [d.bSpan, pb, d.b]] as const) {
            if (!span) continue;
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(ps[span.paragraph].length);
            expect(ps[span.paragraph].slice(span.start, span.end)).toBe(text);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('non-English articles', () => {
  // Invented pairs. B's words "colour"/"centre" would be US/UK variants of A's in English text; in German
  // and Spanish they are not house style, and the engine must not call them so — but it still aligns,
  // diffs and finds moves.
  const make = (lang: string | null, paragraphs: string[]): Article => ({ title: '', outlet: lang ?? 'x', url: 'u', publishedTime: null, lang, paragraphs });
  const cases: [string, string | null, string[], string[]][] = [
    [
      'German',
      'de',
      ['Der Stadtrat hat am Dienstag die neue Ufermauer beschlossen, sagte die Bürgermeisterin.', 'Das Center am Hafen wird im Mai eröffnet und kostet zwölf Millionen Euro.', 'Die Arbeiten sollen im Herbst beginnen.'],
      ['Die Arbeiten sollen im Herbst beginnen.', 'Der Stadtrat hat am Dienstag die neue Ufermauer beschlossen, sagte die Bürgermeisterin.', 'Das Centre am Hafen wird im Juni eröffnet und kostet zwölf Millionen Euro.'],
    ],
    [
      'Spanish (language from the text)',
      null,
      ['El ayuntamiento aprobó el martes el nuevo muro costero, dijo la alcaldesa.', 'El color del muro será gris y el coste será de doce millones de euros.', 'Las obras empezarán en otoño.'],
      ['Las obras empezarán en otoño.', 'El ayuntamiento aprobó el martes el nuevo muro costero, dijo la alcaldesa.', 'El colour del muro será gris y el coste será de trece millones de euros.'],
    ],
  ];
  it.each(cases)('%s: no US/UK spelling claimed, still aligned and diffed', (_name, lang, a, b) => {
    const c = compareArticles(make(lang, a), make(lang, b));
    expect(c.differences.filter((d) => d.kind === 'spelling')).toEqual([]);
    expect(c.variants.filter((v) => v.kind === 'spelling')).toEqual([]);
    expect(c.groups.filter((g) => !g.repeat)).toHaveLength(3);
    expect(c.onlyInA).toEqual([]);
    expect(c.onlyInB).toEqual([]);
    expect(c.moved.length).toBeGreaterThan(0);
    expect(c.differences.some((d) => !d.cosmetic)).toBe(true);
  });

  it('the same pair declared English does get the spelling variant (the gate is what changes it)', () => {
    const [, , a, b] = cases[0];
    const c = compareArticles(make('en', a), make('en', b));
    expect(c.differences.some((d) => d.kind === 'spelling' && d.a === 'Center' && d.b === 'Centre')).toBe(true);
  });
});

describe('punctuation inside quotations', () => {
  // Invented sentences. The quoted words are the same on both sides; only what surrounds them differs.
  const pair = (a: string, b: string) => compareArticles(article([a]), article([b]));

  it('commas added inside a quote are a quote difference of the lowest severity, with the speaker', () => {
    const c = pair(
      '“Every country here depends on them every hour of every day,” Mayor Dana Whitlock said on Tuesday.',
      '“Every country here depends on them, every hour, of every day,” Mayor Dana Whitlock said on Tuesday.',
    );
    const quotes = c.differences.filter((d) => d.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cosmetic: false, severity: 'punctuation', speaker: 'Whitlock' });
    expect(c.differences.filter((d) => d.kind === 'punctuation')).toEqual([]);
    expect(c.quotes.map((q) => q.status)).toEqual(['changed']);
  });

  it.each([
    [['He added that “we will do everything needed so the town keeps its harbour.”'], ['He added that “we will do everything needed so the town keeps its harbour”.']],
    // Two sentences merged into one: the diff's other tie-break moves the quote mark, not the stop.
    [
      ['The mayor spoke after a council meeting in Hartfield brought together over 20 town leaders. She added that “we will do everything needed so the storm cannot take the harbour.”'],
      ['The mayor said at the council meeting of 20 town leaders in Hartfield that “we will do everything needed so the storm cannot take the harbour”.'],
    ],
  ])('a full stop moved across a closing quote mark is one placement finding (%#)', (a, b) => {
    const c = compareArticles(article(a), article(b));
    const placements = c.differences.filter((d) => d.kind === 'punctuation' && (d.a.includes('”') || d.b.includes('”')));
    expect(placements.map((d) => [d.a, d.b])).toEqual([['.”', '”.']]);
  });

  it.each([
    ['quote-mark placement', '“We will rebuild the wall before winter.” the mayor said on Tuesday.', '“We will rebuild the wall before winter”. the mayor said on Tuesday.'],
    ['straight and curly quotes', '“We will rebuild the wall before winter,” the mayor said on Tuesday.', '"We will rebuild the wall before winter," the mayor said on Tuesday.'],
    ['a comma outside the quote', 'The mayor said on Tuesday “we will rebuild the wall before winter.”', 'The mayor said on Tuesday, “we will rebuild the wall before winter.”'],
  ])('%s stays typography, and the quote is the same', (_name, a, b) => {
    const c = pair(a, b);
    expect(c.differences.filter((d) => d.kind === 'quote')).toEqual([]);
    expect(c.differences.every((d) => d.kind === 'punctuation')).toBe(true);
    expect(c.quotes.every((q) => q.status === 'same')).toBe(true);
  });
});
