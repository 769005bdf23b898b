import { HighlightSwitch } from './HighlightSwitch';
import { OpenFullLink } from './OpenFullLink';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Comparison } from '../../src/comparison';
import { formatDate, percent } from '../format';
import { hasMessage, t, tn, type MessageKey } from '../i18n';
import { ComparisonDetail } from './ComparisonDetail';
import type { CoverageComparison, CoverageItem } from './coverage-types';
import { relativeTo } from './relative-time';
import { VariantChips } from './VariantChips';

export interface CardProps {
  item: CoverageItem;
  reader: { outlet: string; paragraphs: string[]; publishedTime: string | null };
  hideStyle: boolean;
  load: (itemId: string) => Promise<CoverageComparison | null>;
  onDismiss: (itemId: string, dismissed: boolean) => void;
  onOpenFull: (loaded: CoverageComparison) => string;
  /**
   * In-page highlights of one card's comparison at a time; absent where there is no page to mark.
   * `comparison` is null only when switching off a card whose comparison could not be loaded.
   */
  highlight?: { itemId: string | null; toggle: (item: CoverageItem, comparison: Comparison | null, on: boolean) => void };
}

const VERDICT_KEY = { 'same-story': 'verdictSame', related: 'verdictRelated', different: 'verdictDifferent' } as const;

/** "Atlas Wire story, also run by 2 outlets" when the texts name the wire, else "Same wire story, …". */
function wireLine(item: CoverageItem): string {
  const n = item.wireCopies?.length ?? 0;
  return item.wireSource ? tn(n, 'wireAlsoOne', 'wireAlsoMany', item.wireSource) : tn(n, 'wireSameOne', 'wireSameMany');
}

/** One outlet's version: who, when, how close, how much differs; expands to the aligned diff. */
export function CoverageCard({ item, reader, hideStyle, load, onDismiss, onOpenFull, highlight }: CardProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<CoverageComparison | null | 'loading' | 'failed'>(null);
  const expand = useRef<HTMLButtonElement>(null);
  const when = relativeTo(item.publishedTime, reader.publishedTime);
  const counts = item.counts;
  const detailId = `detail-${item.id.replace(/[^a-z0-9]/gi, '')}`;
  const toggle = async () => {
    const next = !open;
    setOpen(next);
    if (next && (loaded === null || loaded === 'failed')) {
      setLoaded('loading');
      setLoaded((await load(item.id).catch(() => null)) ?? 'failed');
    }
  };
  // Escape folds an open card and puts the focus back on its button (the popup's own Escape is next).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    expand.current?.focus();
  };
  const verdict = item.match?.verdict;
  const lit = !!highlight && highlight.itemId === item.id;
  // The page already shows this card's highlights (painted from an earlier popup): the card opens by
  // itself, once it has a comparison, so its switch is on screen to say so and to turn them off. Once only:
  // folding it afterwards is the reader's choice.
  const reopened = useRef(false);
  useEffect(() => {
    if (!lit || !counts || reopened.current) return;
    reopened.current = true;
    if (!open) void toggle();
  }, [lit, !!counts]);
  return (
    <li
      class={`card${item.dismissed ? ' dismissed' : ''}`}
      data-testid="card"
      data-id={item.id}
      data-state={item.state}
      data-verdict={verdict ?? 'pending'}
      onKeyDown={onKeyDown}
    >
      <div class="card-head">
        <span class="card-outlet" data-testid="card-outlet">
          {item.outlet}
        </span>
        {when && <span class="card-when">{when}</span>}
        {verdict && (
          <span class={`verdict v-${verdict}`} data-testid="verdict">
            {t(VERDICT_KEY[verdict])}
            <span class="confidence" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((item.match?.score ?? 0) * 100)} aria-label={t('confidence')}>
              <span style={{ width: percent(item.match?.score ?? 0) }} />
            </span>
          </span>
        )}
      </div>
      {item.revision && (
        <p class="quiet" data-testid="revision">
          {t('revisionCard', formatDate(new Date(item.revision.savedAt).toISOString()) ?? '')}
        </p>
      )}
      <p class="card-title">{item.title}</p>
      {item.wireCopies && item.wireCopies.length > 0 && (
        <p class="quiet wire" data-testid="wire-copies">
          {wireLine(item)}: <span class="wire-outlets">{item.wireCopies.map((w) => w.outlet).join(', ')}</span>
        </p>
      )}
      {item.state === 'failed' && item.failure && <p class="quiet" data-testid="card-failure">{failureSentence(item)}</p>}
      {(item.state === 'pending' || item.state === 'fetching') && <p class="quiet">{t('cardReading')}</p>}
      {counts && (
        <ul class="counts" aria-label={t('countsLabel')}>
          <li data-testid="count-shared">{t('sharedTextShort', percent(counts.sharedText.b))}</li>
          {!hideStyle && <li data-testid="count-variants">{tn(counts.variants, 'countVariantsOne', 'countVariantsMany')}</li>}
          <li data-testid="count-quotes">{tn(counts.quoteChanges, 'countQuotesOne', 'countQuotesMany')}</li>
          <li data-testid="count-only">{tn(counts.onlyHere, 'countOnlyOne', 'countOnlyMany')}</li>
        </ul>
      )}
      {counts?.topVariants && counts.topVariants.length > 0 && !hideStyle && !open && (
        <div class="card-chips" data-testid="card-chips">
          <VariantChips variants={counts.topVariants} total={counts.variants} />
        </div>
      )}
      <div class="card-actions">
        {counts && (
          <button ref={expand} type="button" class="link" aria-expanded={open} aria-controls={detailId} data-testid="expand" onClick={() => void toggle()}>
            {open ? t('hideDifferences') : t('showDifferences')}
          </button>
        )}
        <button type="button" class="link quiet-link" data-testid="dismiss" aria-pressed={!!item.dismissed} onClick={() => onDismiss(item.id, !item.dismissed)}>
          {item.dismissed ? t('undoNotSame') : t('notSameStory')}
        </button>
      </div>
      {open && (
        <div id={detailId} class="card-detail">
          {loaded === 'loading' && <p class="quiet">{t('loadingComparison')}</p>}
          {loaded === 'failed' && <p class="quiet">{t('comparisonUnavailable')}</p>}
          {loaded === 'failed' && highlight && lit && (
            <div class="toolbar">
              <HighlightSwitch on onToggle={(on) => !on && highlight.toggle(item, null, false)} />
            </div>
          )}
          {loaded && typeof loaded === 'object' && (
            <>
              <div class="toolbar">
                {highlight && <HighlightSwitch on={lit} onToggle={(on) => highlight.toggle(item, loaded.comparison, on)} />}
                <OpenFullLink handoff={() => onOpenFull(loaded)} />
              </div>
              <ComparisonDetail comparison={loaded.comparison} a={reader} b={{ outlet: item.outlet, paragraphs: loaded.paragraphs }} hideStyle={hideStyle} />
            </>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * Why a candidate could not be read, in the reader's language: the catalogue has one sentence per failure
 * reason; the background's English sentence is the fallback for a reason the catalogue does not know yet.
 */
function failureSentence(item: CoverageItem): string {
  const failure = item.failure!;
  const key = `failure${failure.reason.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
  if (!hasMessage(key)) return failure.message;
  const host = /^https?:\/\/([^/?#:]+)/i.exec(item.url)?.[1].replace(/^www\./i, '') ?? item.outlet;
  return t(key as MessageKey, host);
}

