import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparisonList } from '../../../popup/components/ComparisonList';
import { loadHandoff } from '../../../popup/compare-page/handoff';
import type { Comparison } from '../../../src/index';
import { percent } from '../../../popup/format';
import { demoComparison } from '../demo-story';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const demo = demoComparison();
const result = (comparison: Comparison = demo.comparison, paragraphs = demo.b.paragraphs) => ({ other: { ...demo.b, paragraphs }, comparison, via: 'tab' as const, ms: 12 });
const show = (props: Partial<Parameters<typeof ComparisonList>[0]> = {}) =>
  render(<ComparisonList result={result()} ownOutlet={demo.a.outlet} own={demo.a} showCosmetic onBack={() => {}} {...props} />);

const chips = () => [...screen.getByTestId('variants').querySelectorAll('li')].map((li) => `${li.getAttribute('data-kind')}: ${li.querySelector('.a')?.textContent} → ${li.querySelector('.b')?.textContent}`);

describe('the compared view on the demo story', () => {
  it('shows the seed-style house-style pairs as chips of the right kind, each with its rule', () => {
    show();
    expect(chips()).toEqual(expect.arrayContaining(['case: NATO → Nato', 'abbreviation: U.K. → UK', 'spelling: defenses → defences', 'honorific: Whitcombe → Mr Whitcombe', 'number: Sept. 12 → 12 September']));
    for (const li of screen.getByTestId('variants').querySelectorAll('li')) expect(li.querySelector('.rule')?.textContent?.length).toBeGreaterThan(10);
    expect(screen.getByTestId('variants').querySelector('li[data-kind="case"] .rule')?.textContent).toMatch(/NATO.*Nato/);
  });

  it('every highlight covers exactly the characters the engine reported', () => {
    const { container } = show();
    const marks = [...container.querySelectorAll('mark[data-diff]')];
    expect(marks.length).toBeGreaterThan(15);
    for (const mark of marks) {
      const d = demo.comparison.differences[Number(mark.getAttribute('data-diff'))];
      const side = mark.closest('.side-a') ? 'a' : 'b';
      const span = side === 'a' ? d.aSpan! : d.bSpan!;
      const paragraphs = side === 'a' ? demo.a.paragraphs : demo.b.paragraphs;
      expect(mark.textContent).toBe(paragraphs[span.paragraph].slice(span.start, span.end));
      expect(mark.getAttribute('data-kind')).toBe(d.kind);
      expect(Number(mark.getAttribute('data-start'))).toBe(span.start);
    }
    const nato = marks.find((m) => m.textContent === 'Nato');
    expect(nato?.classList.contains('d-cosmetic')).toBe(true);
    expect(marks.find((m) => m.textContent === '£40m')?.getAttribute('data-kind')).toBe('substantive');
  });

  it('"hide house style" hides the chips and every cosmetic mark, keeping the meaningful ones', () => {
    const { container } = show();
    const before = container.querySelectorAll('mark.d-cosmetic').length;
    expect(before).toBeGreaterThan(5);
    fireEvent.click(screen.getByTestId('hide-style'));
    expect(screen.queryByTestId('variants')).toBeNull();
    expect(container.querySelectorAll('mark.d-cosmetic')).toHaveLength(0);
    expect(container.querySelectorAll('mark[data-kind="substantive"]').length).toBeGreaterThan(0);
    expect(screen.getByTestId('quiet-pairs').textContent).toMatch(/only in house style/);
  });

  it('marks the moved pair once and lists the sentence only the other outlet has', () => {
    show();
    expect(screen.getAllByTestId('moved')).toHaveLength(demo.comparison.moved.length);
    expect(screen.getByTestId('only-b').textContent).toContain('Shipping industry groups warned');
    const { a, b } = demo.comparison.sharedText;
    expect(screen.getByTestId('shared-text').textContent).toBe(`Shared text: ${percent(a)} of Atlas Wire, ${percent(b)} of The Northgate Chronicle`);
    // Cleaning keeps the British page's section label, standfirst and byline line out of the text.
    expect(demo.b.paragraphs.some((p) => /World news|Defence correspondent/.test(p))).toBe(false);
  });

  it('flags a changed quote with its speaker and severity', () => {
    // The demo's British outlet adds commas inside Whitcombe's quote: the engine's lowest quote severity.
    const real = demo.comparison.differences.filter((x) => x.kind === 'quote');
    expect(real.map((x) => [x.speaker, x.severity])).toEqual([['Whitcombe', 'punctuation']]);
    const { unmount } = render(<ComparisonList result={result(demo.comparison)} ownOutlet="Atlas Wire" own={demo.a} showCosmetic onBack={() => {}} />);
    expect(screen.getByTestId('quote-flag').textContent).toContain('Quote by Whitcombe worded differently');
    unmount();
    const c = structuredClone(demo.comparison);
    Object.assign(c.differences.find((x) => x.kind === 'quote')!, { speaker: 'Alan Whitcombe', severity: 'number-or-negation' });
    render(<ComparisonList result={result(c)} ownOutlet="Atlas Wire" own={demo.a} showCosmetic onBack={() => {}} />);
    const flag = screen.getByTestId('quote-flag');
    expect(flag.textContent).toContain('Quote by Alan Whitcombe worded differently');
    expect(flag.textContent).toContain('a number or a “not” changed');
  });

  it('renders markup in the data as text, never as elements', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const c = structuredClone(demo.comparison);
    c.variants[0] = { ...c.variants[0], a: evil, b: '<b>x</b>' };
    c.onlyInB[0] = { ...c.onlyInB[0], text: evil };
    const paragraphs = demo.b.paragraphs.map((p, i) => (i === 3 ? `${evil}${p.slice(evil.length)}` : p));
    const { container } = render(<ComparisonList result={result(c, paragraphs)} ownOutlet="Atlas Wire" own={demo.a} showCosmetic onBack={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain(evil);
  });

  it('hands the comparison to the full page through storage on "Open full comparison"', () => {
    show();
    const link = screen.getByTestId('open-full') as HTMLAnchorElement;
    link.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(link);
    const key = new URL(link.href, 'http://x/').searchParams.get('key');
    const handoff = loadHandoff(localStorage, key);
    expect(handoff?.b.outlet).toBe('The Northgate Chronicle');
    expect(handoff?.a.paragraphs).toEqual(demo.a.paragraphs);
    expect(handoff?.comparison.variants).toEqual(demo.comparison.variants);
  });

  it('offers the in-page highlight switch only with a page to mark', () => {
    const calls: boolean[] = [];
    show({ highlight: { on: false, toggle: (on) => calls.push(on) } });
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    expect(calls).toEqual([true]);
    cleanup();
    show();
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
  });
});
