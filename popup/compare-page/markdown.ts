// "Export as Markdown" for journalists and teachers: the comparison as a plain document they can paste
// into notes or a lesson. Page text goes into Markdown verbatim except the characters that would change
// its structure (table pipes, line breaks), so a pasted article cannot inject headings or tables.
import { percent } from '../format';
import { t } from '../i18n';
import { KIND_LOOK } from '../components/kinds';
import type { Handoff } from './handoff';

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const line = (s: string) => s.replace(/\s*\n\s*/g, ' ');

export function toMarkdown({ a, b, comparison: c }: Handoff): string {
  const out: string[] = [];
  out.push(`# ${line(a.title)}`, '');
  out.push(`**${line(a.outlet)}** ${t('versus')} **${line(b.outlet)}** (${line(b.title)})`, '');
  if (a.url) out.push(`- ${line(a.outlet)}: <${a.url}>`);
  if (b.url) out.push(`- ${line(b.outlet)}: <${b.url}>`);
  out.push(`- ${t('similarity', percent(c.similarity))}`);
  out.push(`- ${t('sharedTextBoth', percent(c.sharedText.a), line(a.outlet), percent(c.sharedText.b), line(b.outlet))}`, '');

  out.push(`## ${t('variantsHeading')}`, '');
  if (c.variants.length === 0) out.push(t('noVariants'), '');
  else {
    out.push(`| ${t('tableKind')} | ${line(a.outlet)} | ${line(b.outlet)} | ${t('tableCount')} | ${t('tableRule')} |`, '|---|---|---|---:|---|');
    for (const v of c.variants) out.push(`| ${t(KIND_LOOK[v.kind].label)} | ${cell(v.a || '∅')} | ${cell(v.b || '∅')} | ${v.count} | ${cell(v.rule ?? '')} |`);
    out.push('');
  }

  const quotes = c.quotes.filter((q) => q.status !== 'same');
  out.push(`## ${t('quotesHeading')}`, '');
  if (quotes.length === 0) out.push(t('quotesAllMatch'), '');
  else {
    out.push(`| ${t('tableSpeaker')} | ${line(a.outlet)} | ${line(b.outlet)} |`, '|---|---|---|');
    for (const q of quotes) out.push(`| ${cell(q.speaker ?? t('unknownSpeaker'))} | ${cell(q.a ?? '∅')} | ${cell(q.b ?? '∅')} |`);
    out.push('');
  }

  const meaningful = c.differences.filter((d) => !d.cosmetic);
  out.push(`## ${t('kindWording')} / ${t('kindSubstantive')}`, '');
  if (meaningful.length === 0) out.push(t('noWordingDifferences'));
  for (const d of meaningful) out.push(`- ${t(KIND_LOOK[d.kind].label)}: “${line(d.a) || '∅'}” → “${line(d.b) || '∅'}”`);
  out.push('');

  for (const [outlet, sentences] of [
    [a.outlet, c.onlyInA],
    [b.outlet, c.onlyInB],
  ] as const) {
    out.push(`## ${t('onlyIn', line(outlet))}`, '');
    if (sentences.length === 0) out.push(t('nothing'));
    for (const s of sentences) out.push(`> ${line(s.text)}`, '>');
    if (sentences.length > 0) out.pop();
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
