import { useEffect, useState } from 'preact/hooks';
import type { Comparison, Side } from '../../src/index';
import { KIND_LOOK, tellingFirst } from '../components/kinds';
import { Marked } from '../components/Marked';
import { marksIn, piecesOf } from '../components/pieces';
import { KindLegend } from '../components/VariantChips';
import { formatDate, percent } from '../format';
import { t } from '../i18n';
import type { Handoff, HandoffSide } from './handoff';
import { toMarkdown } from './markdown';

type Filter = 'all' | 'meaningful' | keyof typeof KIND_LOOK;

function selected(c: Comparison, filter: Filter): Set<number> {
  const ids = new Set<number>();
  c.differences.forEach((d, i) => {
    if (filter === 'all' || (filter === 'meaningful' && !d.cosmetic) || d.kind === filter) ids.add(i);
  });
  return ids;
}

function Column({ side, text, c, only, lit, onLight }: { side: Side; text: HandoffSide; c: Comparison; only: Set<number>; lit: number | null; onLight: (id: number | null) => void }) {
  const alone = new Set((side === 'a' ? c.onlyInA : c.onlyInB).map((s) => `${s.paragraph}:${s.start}`));
  const sentences = side === 'a' ? c.sentencesA : c.sentencesB;
  return (
    <article class={`column column-${side}`} data-testid={`column-${side}`} aria-label={text.outlet}>
      <h2 class="column-outlet">{text.outlet}</h2>
      <p class="column-title">{text.title}</p>
      {formatDate(text.publishedTime) && (
        <p class="quiet column-date" data-testid="column-date">
          {formatDate(text.publishedTime)}
        </p>
      )}
      {text.paragraphs.map((paragraph, p) => {
        const marks = marksIn(c, side, p, false, only);
        const inP = sentences.filter((s) => s.paragraph === p);
        // Sentences only one side has get their own background; the rest of the paragraph renders as is.
        const cuts = inP.filter((s) => alone.has(`${s.paragraph}:${s.start}`));
        const parts: preact.ComponentChildren[] = [];
        let at = 0;
        for (const s of cuts) {
          if (s.start > at) parts.push(<Marked key={`t${at}`} pieces={piecesOf(paragraph, at, s.start, marks)} differences={c.differences} lit={lit} onLight={onLight} />);
          parts.push(
            <span key={`o${s.start}`} class="only-sentence" data-testid="only-sentence" title={t('onlyIn', text.outlet)}>
              <Marked pieces={piecesOf(paragraph, s.start, s.end, marks)} differences={c.differences} lit={lit} onLight={onLight} />
            </span>,
          );
          at = s.end;
        }
        if (at < paragraph.length || parts.length === 0) parts.push(<Marked key={`t${at}`} pieces={piecesOf(paragraph, at, paragraph.length, marks)} differences={c.differences} lit={lit} onLight={onLight} />);
        return (
          <p key={p} data-paragraph={p}>
            {parts}
          </p>
        );
      })}
    </article>
  );
}

/** The full comparison in a tab: summary, filter, two columns whose marks light each other. */
export function ComparePage({ handoff, clipboard = globalThis.navigator?.clipboard }: { handoff: Handoff | null; clipboard?: Pick<Clipboard, 'writeText'> }) {
  const [filter, setFilter] = useState<Filter>(handoff?.hideStyle ? 'meaningful' : 'all');
  const [lit, setLit] = useState<number | null>(null);
  const [exported, setExported] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    document.title = t('pageTitle');
  }, []);
  if (!handoff) {
    return (
      <main class="compare-page" data-testid="compare-page" data-state="missing">
        <p class="notice" role="alert">
          {t('pageMissing')}
        </p>
      </main>
    );
  }
  const { a, b, comparison: c } = handoff;
  const only = selected(c, filter);
  const kinds = [...new Set(c.differences.map((d) => d.kind))];
  const quotes = c.quotes.filter((q) => q.status !== 'same');
  const markdown = exported === 'failed' ? toMarkdown(handoff) : '';
  const onExport = async () => {
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(toMarkdown(handoff));
      setExported('copied');
    } catch {
      setExported('failed');
    }
  };
  return (
    <main class="compare-page" data-testid="compare-page" data-state="ready">
      <header class="summary">
        <h1>{a.title}</h1>
        <p class="quiet" data-testid="page-sides">
          {a.outlet} {t('versus')} {b.outlet}
          {formatDate(a.publishedTime) && ` · ${formatDate(a.publishedTime)}`}
        </p>
        <ul class="figures">
          <li data-testid="similarity">{t('similarity', percent(c.similarity))}</li>
          <li>{t('sharedOfOne', percent(c.sharedText.a), a.outlet)}</li>
          <li>{t('sharedOfOne', percent(c.sharedText.b), b.outlet)}</li>
        </ul>
        <div class="tables">
          <table data-testid="variant-table">
            <caption>{t('variantsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tableKind')}</th>
                <th scope="col">{a.outlet}</th>
                <th scope="col">{b.outlet}</th>
                <th scope="col">{t('tableCount')}</th>
              </tr>
            </thead>
            <tbody>
              {tellingFirst(c.variants).map((v, i) => (
                <tr key={i} class={`k-${v.kind}`} data-kind={v.kind} title={v.rule}>
                  <td>
                    <span class="glyph" aria-hidden="true">
                      {KIND_LOOK[v.kind].glyph}
                    </span>{' '}
                    {t(KIND_LOOK[v.kind].label)}
                  </td>
                  <td>{v.a || '∅'}</td>
                  <td>{v.b || '∅'}</td>
                  <td>{v.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table data-testid="quote-table">
            <caption>{t('quotesHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tableSpeaker')}</th>
                <th scope="col">{a.outlet}</th>
                <th scope="col">{b.outlet}</th>
              </tr>
            </thead>
            <tbody>
              {quotes.length === 0 ? (
                <tr>
                  <td colSpan={3}>{t('quotesAllMatch')}</td>
                </tr>
              ) : (
                quotes.map((q, i) => (
                  <tr key={i} data-status={q.status}>
                    <td>{q.speaker ?? t('unknownSpeaker')}</td>
                    <td>{q.a ?? '∅'}</td>
                    <td>{q.b ?? '∅'}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <div class="toolbar">
          <label>
            {t('filterLabel')}{' '}
            <select data-testid="kind-filter" value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as Filter)}>
              <option value="all">{t('filterAll')}</option>
              <option value="meaningful">{t('filterMeaningful')}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_LOOK[k].label)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="primary" data-testid="export" onClick={() => void onExport()}>
            {t('exportMarkdown')}
          </button>
          <span role="status" data-testid="export-status">
            {exported === 'copied' ? t('exportCopied') : exported === 'failed' ? t('exportFailed') : ''}
          </span>
        </div>
        {markdown && <textarea class="markdown" readOnly aria-label={t('exportMarkdown')} value={markdown} ref={(el) => el?.select()} />}
        <KindLegend kinds={kinds.filter((k) => [...only].some((id) => c.differences[id].kind === k))} />
      </header>
      <div class="columns" aria-label={t('columnsLabel')} role="group">
        <Column side="a" text={a} c={c} only={only} lit={lit} onLight={setLit} />
        <Column side="b" text={b} c={c} only={only} lit={lit} onLight={setLit} />
      </div>
    </main>
  );
}
