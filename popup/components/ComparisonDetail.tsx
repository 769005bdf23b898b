import type { Comparison, QuoteMatch } from '../../src/index';
import { t } from '../i18n';
import { AlignedDiff, visibleKinds, type SideText } from './AlignedDiff';
import { KindLegend, VariantChips } from './VariantChips';

interface Props {
  comparison: Comparison;
  a: SideText;
  b: SideText;
  hideStyle: boolean;
}

const STATUS_KEY = { changed: 'quoteStatusChanged', 'only-a': 'quoteStatusOnlyA', 'only-b': 'quoteStatusOnlyB', same: 'quoteStatusSame' } as const;

export function changedQuotes(c: Comparison): QuoteMatch[] {
  return c.quotes.filter((q) => q.status !== 'same');
}

/** What one comparison holds, most telling first: house style, the aligned diff, quotes, the ledgers. */
export function ComparisonDetail({ comparison: c, a, b, hideStyle }: Props) {
  const quotes = changedQuotes(c);
  return (
    <div class="detail">
      {!hideStyle && (
        <section class="block" data-testid="variants" aria-labelledby="h-variants">
          <h3 id="h-variants">
            {t('variantsHeading')} <span class="count">({c.variants.length})</span>
          </h3>
          <VariantChips variants={c.variants} />
        </section>
      )}
      <section class="block" data-testid="wording" aria-labelledby="h-wording">
        <h3 id="h-wording">{t('alignedHeading')}</h3>
        <KindLegend kinds={visibleKinds(c, hideStyle)} />
        <AlignedDiff comparison={c} a={a} b={b} hideStyle={hideStyle} />
      </section>
      <section class="block" data-testid="quotes" aria-labelledby="h-quotes">
        <h3 id="h-quotes">
          {t('quotesHeading')} <span class="count">({quotes.length})</span>
        </h3>
        {quotes.length === 0 ? (
          <p class="quiet">{t('quotesAllMatch')}</p>
        ) : (
          <ul class="quotes">
            {quotes.map((q, i) => (
              <li key={i} data-status={q.status}>
                <span class="kind">{t(STATUS_KEY[q.status])}</span>
                {q.speaker && <span class="speaker"> {q.speaker}:</span>}
                {q.a && <q class="a">{q.a}</q>}
                {q.a && q.b && <span aria-hidden="true"> → </span>}
                {q.b && <q class="b">{q.b}</q>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Ledger testid="only-a" title={t('onlyIn', a.outlet)} sentences={c.onlyInA.map((s) => s.text)} />
      <Ledger testid="only-b" title={t('onlyIn', b.outlet)} sentences={c.onlyInB.map((s) => s.text)} />
      {c.sharedTypos.length > 0 && (
        <p class="quiet" data-testid="shared-typos">
          {t('sharedTypos', c.sharedTypos.join(', '))}
        </p>
      )}
    </div>
  );
}

function Ledger({ testid, title, sentences }: { testid: string; title: string; sentences: string[] }) {
  return (
    <section class="block ledger" data-testid={testid} aria-label={title}>
      <h3>
        {title} <span class="count">({sentences.length})</span>
      </h3>
      {sentences.length === 0 ? (
        <p class="quiet">{t('nothing')}</p>
      ) : (
        <ul>
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
