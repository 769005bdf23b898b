import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparePage } from '../../../popup/compare-page/ComparePage';
import { loadHandoff, saveHandoff, type Handoff } from '../../../popup/compare-page/handoff';
import { toMarkdown } from '../../../popup/compare-page/markdown';
import { percent } from '../../../popup/format';
import { demoComparison } from '../demo-story';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const demo = demoComparison();
const side = (a: typeof demo.a) => ({ outlet: a.outlet, title: a.title, url: a.url, publishedTime: a.publishedTime, paragraphs: a.paragraphs });
const handoff = (over: Partial<Handoff> = {}): Handoff => ({ a: side(demo.a), b: side(demo.b), comparison: demo.comparison, hideStyle: false, ...over });

describe('the full comparison page', () => {
  it('lights the twin mark on the other side when one is hovered or focused', () => {
    render(<ComparePage handoff={handoff()} />);
    const a = screen.getByTestId('column-a');
    const b = screen.getByTestId('column-b');
    const nato = [...a.querySelectorAll('mark')].find((m) => m.textContent === 'NATO')!;
    const id = nato.getAttribute('data-diff');
    const twin = b.querySelector(`mark[data-diff="${id}"]`)!;
    expect(twin.textContent).toBe('Nato');
    expect(twin.classList.contains('lit')).toBe(false);
    fireEvent.focus(nato);
    expect(twin.classList.contains('lit')).toBe(true);
    fireEvent.blur(nato);
    expect(twin.classList.contains('lit')).toBe(false);
    fireEvent.mouseEnter(twin);
    expect(b.querySelector(`mark[data-diff="${id}"]`)!.classList.contains('lit')).toBe(true);
    expect(nato.classList.contains('lit')).toBe(true);
  });

  it('keeps both articles whole, in reading order, with every mark on the engine’s characters', () => {
    render(<ComparePage handoff={handoff()} />);
    for (const [col, text] of [['column-a', demo.a], ['column-b', demo.b]] as const) {
      const ps = screen.getByTestId(col).querySelectorAll('p[data-paragraph]');
      expect([...ps].map((p) => p.textContent)).toEqual(text.paragraphs);
    }
    const alone = [...screen.getByTestId('column-b').querySelectorAll('[data-testid="only-sentence"]')].map((s) => s.textContent);
    expect(alone).toEqual(demo.comparison.onlyInB.map((s) => s.text));
    expect(screen.getByTestId('column-a').querySelectorAll('[data-testid="only-sentence"]')).toHaveLength(demo.comparison.onlyInA.length);
  });

  it('filters marks by kind', () => {
    render(<ComparePage handoff={handoff()} />);
    const kinds = () => new Set([...document.querySelectorAll('.columns mark')].map((m) => m.getAttribute('data-kind')));
    expect(kinds().size).toBeGreaterThan(4);
    fireEvent.change(screen.getByTestId('kind-filter'), { target: { value: 'spelling' } });
    expect([...kinds()]).toEqual(['spelling']);
    fireEvent.change(screen.getByTestId('kind-filter'), { target: { value: 'meaningful' } });
    expect([...kinds()].every((k) => ['wording', 'substantive', 'quote'].includes(k!))).toBe(true);
  });

  it('heads each column with its outlet, headline and date, the reader’s headline on top', () => {
    render(<ComparePage handoff={handoff()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(demo.a.title);
    for (const [id, article] of [['column-a', demo.a], ['column-b', demo.b]] as const) {
      const column = screen.getByTestId(id);
      expect(column.querySelector('.column-outlet')?.textContent).toBe(article.outlet);
      expect(column.querySelector('.column-title')?.textContent).toBe(article.title);
      expect(column.querySelector('[data-testid="column-date"]')?.textContent).toMatch(/2025/);
    }
  });

  it('summarises similarity, variants with counts and quotes', () => {
    render(<ComparePage handoff={handoff()} />);
    expect(screen.getByTestId('similarity').textContent).toBe(`Similarity ${percent(demo.comparison.similarity)}`);
    const rows = screen.getByTestId('variant-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(demo.comparison.variants.length);
    expect([...rows].some((r) => r.textContent?.includes('NATO') && r.textContent.includes('Nato'))).toBe(true);
    // Punctuation pairs last: the table opens on the house style a reader recognises.
    const kinds = [...rows].map((r) => r.getAttribute('data-kind'));
    const firstPunctuation = kinds.indexOf('punctuation');
    expect(firstPunctuation).toBeGreaterThan(0);
    expect(kinds.slice(firstPunctuation).every((k) => k === 'punctuation')).toBe(true);
    // Whitcombe's quote, repunctuated by the British outlet, is the one changed quote.
    const quoteTable = screen.getByTestId('quote-table').textContent ?? '';
    expect(demo.comparison.quotes.filter((q) => q.status === 'changed').map((q) => q.speaker)).toEqual(['Whitcombe']);
    expect(quoteTable).toContain('Whitcombe');
    expect(quoteTable).not.toContain('Every quote matches.');
  });

  it('exports Markdown to the clipboard, or shows it to copy by hand when refused', async () => {
    const written: string[] = [];
    render(<ComparePage handoff={handoff()} clipboard={{ writeText: async (s) => void written.push(s) }} />);
    fireEvent.click(screen.getByTestId('export'));
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('Copied to the clipboard.'));
    expect(written[0]).toBe(toMarkdown(handoff()));
    cleanup();
    render(<ComparePage handoff={handoff()} clipboard={{ writeText: async () => Promise.reject(new Error('denied')) }} />);
    fireEvent.click(screen.getByTestId('export'));
    await waitFor(() => expect((document.querySelector('textarea.markdown') as HTMLTextAreaElement).value).toBe(toMarkdown(handoff())));
  });

  it('says so in one sentence when the stored comparison is gone', () => {
    render(<ComparePage handoff={loadHandoff(localStorage, 'nosuchkey')} />);
    expect(screen.getByRole('alert').textContent).toMatch(/no longer stored/);
  });
});

describe('toMarkdown', () => {
  it('writes the summary, variant and quote tables, and both ledgers', () => {
    const md = toMarkdown(handoff());
    expect(md).toMatch(/^# NATO allies agree/);
    expect(md).toContain('| Capitals | NATO | Nato | 1 |');
    expect(md).toContain('## Only in The Northgate Chronicle');
    expect(md).toContain('> Shipping industry groups warned');
  });

  it('cannot be restructured by page text (pipes, newlines)', () => {
    const c = structuredClone(demo.comparison);
    c.variants[0] = { ...c.variants[0], a: 'a | b\n# heading' };
    const md = toMarkdown(handoff({ comparison: c }));
    expect(md).toContain('a \\| b # heading');
    expect(md).not.toMatch(/^# heading/m);
  });
});

describe('handoff', () => {
  it('keeps only the last five and rejects keys that are not ours', () => {
    const keys = Array.from({ length: 7 }, (_, i) => saveHandoff(localStorage, handoff(), 1000 + i));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('parallax.compare.'))).toHaveLength(5);
    expect(loadHandoff(localStorage, keys[0])).toBeNull();
    expect(loadHandoff(localStorage, keys[6])?.b.outlet).toBe('The Northgate Chronicle');
    expect(loadHandoff(localStorage, '../x')).toBeNull();
    localStorage.setItem('parallax.compare.zzz', '{not json');
    expect(loadHandoff(localStorage, 'zzz')).toBeNull();
  });
});
