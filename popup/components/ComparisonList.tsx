import { HighlightSwitch } from './HighlightSwitch';
import { OpenFullLink } from './OpenFullLink';
import { useState } from 'preact/hooks';
import type { CompareResult, PageArticle } from '../../extension/messages';
import { comparePageUrl, saveHandoff } from '../compare-page/handoff';
import { formatDate, percent } from '../format';
import { t } from '../i18n';
import { ComparisonDetail } from './ComparisonDetail';
import { paragraphsFromSentences } from './rebuild';
import { StyleSwitch } from './StyleSwitch';

interface Props {
  result: CompareResult;
  ownOutlet: string;
  /** The reader's article; without it side A is rebuilt from the comparison's sentences. */
  own?: PageArticle;
  showCosmetic: boolean;
  onBack: () => void;
  /** In-page highlights toggle; absent where there is no page to mark. */
  highlight?: { on: boolean; toggle: (on: boolean) => void };
}

/** One comparison (tab or pasted address): summary, the house-style switch, the detail, the way out. */
export function ComparisonList({ result, ownOutlet, own, showCosmetic, onBack, highlight }: Props) {
  const { comparison: c, other } = result;
  const [hideStyle, setHideStyle] = useState(!showCosmetic);
  const date = formatDate(other.publishedTime);
  const a = { outlet: ownOutlet, paragraphs: own?.paragraphs ?? paragraphsFromSentences(c.sentencesA) };
  const b = { outlet: other.outlet, paragraphs: other.paragraphs };
  const openFull = () => {
    const key = saveHandoff(localStorage, {
      a: { outlet: ownOutlet, title: own?.title ?? ownOutlet, url: own?.url ?? '', publishedTime: own?.publishedTime ?? null, paragraphs: a.paragraphs },
      b: { outlet: other.outlet, title: other.title, url: other.url, publishedTime: other.publishedTime, paragraphs: other.paragraphs },
      comparison: c,
      hideStyle,
    });
    return comparePageUrl(key);
  };
  return (
    <section class="comparison" data-testid="comparison" aria-labelledby="other-title">
      <header class="comparison-head">
        <button type="button" class="link" onClick={onBack}>
          {t('back')}
        </button>
        <h2 id="other-title" data-testid="other-title">
          {t('versus')} <span data-testid="other-outlet">{other.outlet}</span>
        </h2>
        <p class="quiet">
          {other.title}
          {date && ` · ${date}`}
        </p>
        <p class="quiet" data-testid="shared-text">
          {t('sharedTextBoth', percent(c.sharedText.a), ownOutlet, percent(c.sharedText.b), other.outlet)}
          {c.partial && ` ${t('stoppedEarly')}`}
        </p>
        <div class="toolbar">
          <StyleSwitch hidden={hideStyle} onChange={setHideStyle} />
          {highlight && <HighlightSwitch on={highlight.on} onToggle={highlight.toggle} />}
          <OpenFullLink handoff={openFull} />
        </div>
      </header>
      <ComparisonDetail comparison={c} a={a} b={b} hideStyle={hideStyle} />
      <p class="quiet">{t('comparedIn', Math.round(result.ms))}</p>
    </section>
  );
}
