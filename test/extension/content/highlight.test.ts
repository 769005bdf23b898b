// In-page highlights on the demo article in happy-dom: the <mark> fallback (happy-dom has no Custom
// Highlight API; the API path runs in Chromium, test/e2e/reader-view.e2e.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { applyHighlights, clearHighlights, handleHighlight, highlightStatus } from '../../../extension/content/highlight';
import { buildHighlightPlan, isHighlightRequest, isHighlightStatus, isHighlightStatusRequest, NOTHING_PAINTED } from '../../../extension/content/highlight-plan';
import { collapse, locateParagraphs, readPageText } from '../../../extension/content/highlight-locate';
import { demoComparison, demoHtml } from '../../popup/demo-story';

const labels = { writes: 'The Northgate Chronicle writes:', onlyHere: 'Only this outlet has this sentence' };
const demo = demoComparison();

function loadPage() {
  const doc = new DOMParser().parseFromString(demoHtml('wire'), 'text/html');
  document.head.replaceWith(document.adoptNode(doc.head));
  document.body.replaceWith(document.adoptNode(doc.body));
  return document;
}

afterEach(() => clearHighlights(document));

describe('buildHighlightPlan', () => {
  it('marks shared sentences with the other wording, sentences only here, and changed quotes', () => {
    const c = structuredClone(demo.comparison);
    c.onlyInA = [c.sentencesA[6]];
    c.quotes[0] = { ...c.quotes[0], status: 'changed', b: 'We can no longer treat these cables as anyone’s problem,' };
    const plan = buildHighlightPlan(demo.a.paragraphs, c, labels);
    const byKind = (k: string) => plan.marks.filter((m) => m.kind === k);
    expect(byKind('only')).toHaveLength(1);
    expect(byKind('quote')).toEqual([
      expect.objectContaining({ paragraph: 2, start: 1, end: 63, other: 'We can no longer treat these cables as anyone’s problem,' }),
      // The engine's own finding on the demo: the British outlet repunctuates Whitcombe's second quote.
      expect.objectContaining({ paragraph: 2, other: 'Every country at this table depends on them, every hour, of every day.' }),
    ]);
    // Marks never overlap: a changed quote cuts the sentence mark around it.
    const sorted = [...plan.marks].sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].paragraph === sorted[i - 1].paragraph) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
    }
    const first = byKind('shared').find((m) => m.paragraph === 0)!;
    // The other outlet's lead: its first paragraph now that cleaning drops the label, standfirst and byline.
    expect(first.other).toBe(demo.b.paragraphs.find((p) => p.startsWith('Nato allies')));
    expect(demo.b.paragraphs[0]).toMatch(/^Nato allies/);
    // Every sentence carries a mark; one holding a changed quote is cut around it (or is the quote).
    const marked = new Set(plan.marks.map((m) => c.sentencesA.find((s) => s.paragraph === m.paragraph && s.start <= m.start && m.end <= s.end)?.index));
    expect(marked.size).toBe(c.sentencesA.length);
  });

  it.each([
    [{ type: 'parallax-highlight', plan: null }, true],
    [{ type: 'parallax-highlight', plan: { paragraphs: ['x'], marks: [] } }, true],
    [{ type: 'parallax-highlight', plan: { paragraphs: [1], marks: [] } }, false],
    [{ type: 'parallax-highlight' }, false],
    [{ type: 'parallax-extract' }, false],
    [{ type: 'parallax-highlight', plan: { paragraphs: ['x'], marks: [], key: 'compare', of: 'https://coast.example/a' } }, true],
    [{ type: 'parallax-highlight', plan: { paragraphs: ['x'], marks: [], key: 7 } }, false],
    [{ type: 'parallax-highlight', plan: { paragraphs: ['x'], marks: [], key: 'compare', of: null } }, false],
  ])('isHighlightRequest(%j) = %s', (value, expected) => {
    expect(isHighlightRequest(value)).toBe(expected);
  });

  it.each([
    [{ type: 'parallax-highlight-status' }, true],
    [{ type: 'parallax-highlight', plan: null }, false],
    [null, false],
    ['parallax-highlight-status', false],
  ])('isHighlightStatusRequest(%j) = %s', (value, expected) => {
    expect(isHighlightStatusRequest(value)).toBe(expected);
  });

  it.each([
    [NOTHING_PAINTED, true],
    [{ ok: true, key: 'north.example/a', of: null, mode: 'marks', painted: 4, missed: 1 }, true],
    [{ ok: true, key: 'north.example/a', of: null, mode: 'marks', painted: -1, missed: 0 }, false],
    [{ ok: true, key: 'north.example/a', of: null, mode: 'neon', painted: 4, missed: 0 }, false],
    [{ ok: true, key: 3, of: null, mode: 'marks', painted: 4, missed: 0 }, false],
    [{ ok: true, mode: 'marks', painted: 4, missed: 0 }, false],
    [{ ok: true, mode: 'off', painted: 0, missed: 0 }, false],
    [undefined, false],
  ])('isHighlightStatus(%j) = %s', (value, expected) => {
    expect(isHighlightStatus(value)).toBe(expected);
  });
});

describe('locating paragraphs in the page', () => {
  it('collapses whitespace and keeps offsets', () => {
    expect(collapse('a \n  b')).toEqual({ text: 'a b', map: [0, 1, 2, 2, 2, 2, 3] });
  });

  it('finds every extracted paragraph of the demo article', () => {
    const doc = loadPage();
    const locator = locateParagraphs(doc, demo.a.paragraphs, readPageText(doc.body));
    demo.a.paragraphs.forEach((p, i) => expect(locator.range(i, 0, p.length)?.toString(), p).toBe(p));
  });
});

describe('in-page highlights (mark fallback)', () => {
  it('marks exactly the planned characters and removes every trace when off', () => {
    const doc = loadPage();
    const before = doc.documentElement.outerHTML;
    const plan = buildHighlightPlan(demo.a.paragraphs, demo.comparison, labels);
    const reply = applyHighlights(doc, plan, { forceMarks: true });
    expect(reply).toEqual({ ok: true, mode: 'marks', painted: plan.marks.length, missed: 0 });
    const marks = [...doc.querySelectorAll('mark[data-parallax]')];
    const byIndex = new Map<number, string>();
    for (const m of marks) {
      const i = Number(m.getAttribute('data-parallax-index'));
      byIndex.set(i, (byIndex.get(i) ?? '') + m.textContent);
    }
    plan.marks.forEach((m, i) => {
      const want = demo.a.paragraphs[m.paragraph].slice(m.start, m.end);
      expect(byIndex.get(i)?.replace(/\s+/g, ' ')).toBe(want.replace(/\s+/g, ' '));
    });
    expect(doc.body.textContent).toContain('NATO allies and the European Union');

    clearHighlights(doc);
    expect(doc.querySelectorAll('mark[data-parallax], parallax-card')).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('shows the other outlet’s wording in a shadow-rooted card on click, as text', () => {
    const doc = loadPage();
    const plan = buildHighlightPlan(demo.a.paragraphs, demo.comparison, labels);
    plan.marks[0] = { ...plan.marks[0], other: '<img src=x onerror=alert(1)>' };
    applyHighlights(doc, plan, { forceMarks: true });
    const mark = doc.querySelector('mark[data-parallax-index="0"]') as HTMLElement;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
    const host = doc.querySelector('parallax-card')!;
    expect(host.shadowRoot?.textContent).toContain('The Northgate Chronicle writes:');
    expect(host.shadowRoot?.querySelector('img')).toBeNull();
    expect(host.shadowRoot?.textContent).toContain('<img src=x onerror=alert(1)>');
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(doc.querySelector('parallax-card')).toBeNull();
  });

  it('walks the highlights with Alt+Shift+H in reading order, each with its card', () => {
    const doc = loadPage();
    const plan = buildHighlightPlan(demo.a.paragraphs, demo.comparison, labels);
    applyHighlights(doc, plan, { forceMarks: true });
    const key = () => doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }));
    const cardText = () => doc.querySelector('parallax-card')?.shadowRoot?.textContent ?? '';
    key();
    const first = plan.marks.find((m) => m.paragraph === 0)!;
    expect(cardText()).toContain(first.note);
    if (first.other) expect(cardText()).toContain(first.other);
    key();
    expect(doc.querySelectorAll('parallax-card')).toHaveLength(1);
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(doc.querySelector('parallax-card')).toBeNull();
  });

  it.each([
    [{ bg: '#ffcc00', line: 'rgba(0, 0, 0, 0.5)', style: 'wavy' }, 'background-color: #ffcc00'],
    [{ bg: 'red; } body { display: none', line: '#000', style: 'solid' }, 'background-color: rgba(47, 95, 208, 0.14)'],
    [{ bg: 'url(https://evil.test/x)', line: '#000', style: 'solid' }, 'background-color: rgba(47, 95, 208, 0.14)'],
  ])('paints with the reader’s palette, and only with plain colours (%j)', (paint, expected) => {
    const doc = loadPage();
    const plan = buildHighlightPlan(demo.a.paragraphs, demo.comparison, labels);
    plan.colours = { shared: paint as never };
    applyHighlights(doc, plan, { forceMarks: true });
    const mark = doc.querySelector('mark[data-parallax="shared"]')!;
    expect(mark.getAttribute('style')).toContain(expected);
  });

  it('reports paragraphs it cannot find instead of marking the wrong text', () => {
    const doc = loadPage();
    const reply = applyHighlights(doc, { paragraphs: ['A paragraph that is not on this page at all.'], marks: [{ kind: 'only', paragraph: 0, start: 0, end: 11, note: 'x', other: null }] }, { forceMarks: true });
    expect(reply).toMatchObject({ painted: 0, missed: 1 });
    expect(doc.querySelectorAll('mark[data-parallax]')).toHaveLength(0);
  });
});

// What a reopened popup is told (extension/content/main.ts routes 'parallax-highlight-status' here).
describe('the page’s highlight status', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));
  const plan = (over: { key?: string; of?: string }) => ({ ...buildHighlightPlan(demo.a.paragraphs, demo.comparison, labels), ...over });

  it('says nothing is painted on a page nothing was asked of', () => {
    loadPage();
    expect(highlightStatus(document)).toEqual(NOTHING_PAINTED);
  });

  it.each([
    ['a coverage card', { key: 'north.example/story' }, { key: 'north.example/story', of: null }],
    ['the manual comparison', { key: 'compare', of: 'https://coast.example/ferry' }, { key: 'compare', of: 'https://coast.example/ferry' }],
    ['a plan without a key', {}, { key: null, of: null }],
  ])('keeps the key the popup gave with %s, and forgets it when switched off', (_, over, expected) => {
    const doc = loadPage();
    const reply = handleHighlight(doc, plan(over));
    expect(highlightStatus(doc)).toEqual({ ok: true, ...expected, mode: reply.mode, painted: reply.painted, missed: 0 });
    expect(reply.painted).toBeGreaterThan(3);
    handleHighlight(doc, null);
    expect(highlightStatus(doc)).toEqual(NOTHING_PAINTED);
  });

  it('reports the marks it could not place, so the popup can say so again', () => {
    const doc = loadPage();
    const p = plan({ key: 'north.example/story' });
    // The first paragraph as the popup read it is not on the page any more: its marks are missed.
    p.paragraphs = ['A paragraph the page no longer has, edited after the reader opened it.', ...p.paragraphs.slice(1)];
    const reply = applyHighlights(doc, p, { forceMarks: true });
    expect(reply.missed).toBeGreaterThan(0);
    expect(highlightStatus(doc)).toMatchObject({ key: 'north.example/story', mode: 'marks', missed: reply.missed, painted: reply.painted });
  });

  it('a new painting replaces the old one’s key', () => {
    const doc = loadPage();
    applyHighlights(doc, plan({ key: 'north.example/story' }), { forceMarks: true });
    applyHighlights(doc, plan({ key: 'south.example/story' }), { forceMarks: true });
    expect(highlightStatus(doc).key).toBe('south.example/story');
    expect(new Set([...doc.querySelectorAll('mark[data-parallax]')].map((m) => m.getAttribute('data-parallax-index'))).size).toBe(highlightStatus(doc).painted);
  });

  it('keeps the painting through an in-page jump (#fragment)', () => {
    const doc = loadPage();
    applyHighlights(doc, plan({ key: 'north.example/story' }), { forceMarks: true });
    history.pushState(null, '', '#section-2');
    expect(highlightStatus(doc).key).toBe('north.example/story');
    expect(doc.querySelectorAll('mark[data-parallax]').length).toBeGreaterThan(0);
  });

  it('after the page moved to a new address (another article), nothing is on and the old marks are gone', () => {
    const doc = loadPage();
    const before = doc.documentElement.outerHTML;
    applyHighlights(doc, plan({ key: 'north.example/story' }), { forceMarks: true });
    history.pushState(null, '', '/another-story');
    expect(highlightStatus(doc)).toEqual(NOTHING_PAINTED);
    expect(doc.querySelectorAll('mark[data-parallax]')).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
