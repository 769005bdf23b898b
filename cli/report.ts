import type { Article } from '../src/article';
import { COSMETIC_KINDS, type Comparison, type Difference } from '../src/comparison';
import type { ExtractedArticle } from '../extension/content/extract';
import type { MatchResult } from '../src/match';
import type { Palette } from './colour';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The readable report: what a reader of both articles would want first — style vs substance. */
export function comparisonReport(a: Article, b: Article, c: Comparison, p: Palette): string {
  const out: string[] = [];
  const name = (x: Article) => x.outlet || x.url;
  out.push(p.bold(`A: ${name(a)}${a.title ? ` — ${a.title}` : ''}`));
  out.push(p.bold(`B: ${name(b)}${b.title ? ` — ${b.title}` : ''}`));
  out.push(
    `Similarity ${p.bold(pct(c.similarity))} · shared text: ${pct(c.sharedText.a)} of A, ${pct(c.sharedText.b)} of B` +
      (c.partial ? p.yellow(' · partial: the time or size limit cut the work short') : ''),
  );

  section(out, p, 'House style (cosmetic)', c.variants.length, () =>
    c.variants.map((v) => `  ${p.dim(v.kind.padEnd(15))} ${v.a || '∅'} → ${v.b || '∅'}${v.count > 1 ? p.dim(` ×${v.count}`) : ''}`),
  );

  const changedQuotes = c.quotes.filter((q) => q.status !== 'same');
  section(out, p, 'Quotes', changedQuotes.length, () =>
    changedQuotes.map((q) => {
      const who = q.speaker ? `${q.speaker}: ` : '';
      if (q.status === 'only-a') return `  ${p.cyan('only in A')} ${who}“${clip(q.a ?? '')}”`;
      if (q.status === 'only-b') return `  ${p.magenta('only in B')} ${who}“${clip(q.b ?? '')}”`;
      return `  ${p.red('changed')} ${who}\n    A “${clip(q.a ?? '')}”\n    B “${clip(q.b ?? '')}”`;
    }),
  );

  const meaningful = c.differences.filter((d) => !d.cosmetic && d.kind !== 'quote');
  section(out, p, 'Wording and substance', meaningful.length, () => meaningful.map((d) => differenceLine(d, p)));

  section(out, p, 'Only in A', c.onlyInA.length, () => c.onlyInA.map((s) => `  ${p.cyan('−')} ${clip(s.text, 240)}`));
  section(out, p, 'Only in B', c.onlyInB.length, () => c.onlyInB.map((s) => `  ${p.magenta('+')} ${clip(s.text, 240)}`));
  section(out, p, 'Moved', c.moved.length, () =>
    c.moved.map((g) => `  ${p.dim('↕')} ${clip(c.groups[g].a.map((i) => c.sentencesA[i]?.text ?? '').join(' '))}`),
  );
  if (c.sharedTypos.length > 0) {
    out.push('', p.bold('Shared typos (evidence of common wire text)'), ...c.sharedTypos.map((t) => `  “${t}”`));
  }
  if (c.boilerplate.length > 0) {
    out.push('', p.dim(`Set aside as boilerplate: ${c.boilerplate.length} paragraph(s) (${[...new Set(c.boilerplate.map((x) => x.reason))].join(', ')}).`));
  }
  const cosmeticCount = c.differences.filter((d) => (COSMETIC_KINDS as readonly string[]).includes(d.kind)).length;
  out.push('', p.dim(`${c.differences.length} differences: ${cosmeticCount} house style, ${c.differences.length - cosmeticCount} meaningful.`));
  return out.join('\n');
}

function differenceLine(d: Difference, p: Palette): string {
  const a = d.a ? p.red(`[-${d.a}-]`) : '';
  const b = d.b ? p.green(`{+${d.b}+}`) : '';
  // A named finding (a US/UK word swap) says so on the line: the reader weighs it below other wording.
  const label = d.detail === 'dialect-vocabulary' ? p.dim(' (US/UK word)') : '';
  return `  ${p.yellow(d.kind.padEnd(12))} ${a}${a && b ? ' ' : ''}${b}${label}`;
}

function section(out: string[], p: Palette, title: string, count: number, lines: () => string[]): void {
  out.push('', p.bold(`${title} (${count})`));
  if (count === 0) out.push(p.dim('  none'));
  else out.push(...lines());
}

export function extractReport(x: ExtractedArticle, p: Palette): string {
  const head = [
    p.bold(x.title || '(no title)'),
    [x.outlet, x.byline, x.publishedTime, x.lang].filter(Boolean).join(' · '),
    p.dim(`${x.url} · ${x.wordCount} words · ${x.paragraphs.length} paragraphs`),
    '',
  ];
  return [...head, ...x.paragraphs.map((para) => `${para}\n`)].join('\n').trimEnd();
}

export function matchReport(rows: { source: string; result: MatchResult }[], p: Palette): string {
  return rows
    .map(({ source, result }) => {
      const colour = result.verdict === 'same-story' ? p.green : result.verdict === 'related' ? p.yellow : p.dim;
      const shared = result.evidence.sharedEntities.slice(0, 5).join(', ');
      return `${colour(result.verdict.padEnd(10))} ${result.score.toFixed(2)}  ${source}${shared ? p.dim(`  (shared: ${shared})`) : ''}`;
    })
    .join('\n');
}
