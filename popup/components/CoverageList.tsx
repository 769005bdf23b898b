import { useState } from 'preact/hooks';
import { t, tn } from '../i18n';
import { CoverageCard, type CardProps } from './CoverageCard';
import type { CoverageSession } from './coverage-types';
import { SearchProgress } from './SearchProgress';
import { StyleSwitch } from './StyleSwitch';
import { byUsefulness } from './usefulness';

interface Props extends Omit<CardProps, 'item' | 'hideStyle'> {
  session: CoverageSession;
  hideStyleDefault: boolean;
}

/** Who else covered this: one card per outlet (wire copies folded in), most useful first. */
export function CoverageList({ session, hideStyleDefault, ...card }: Props) {
  const [hideStyle, setHideStyle] = useState(hideStyleDefault);
  const items = byUsefulness(session.items);
  // Outlets, not cards: a wire story's copies are folded into one card but each is an outlet carrying it
  // (the toolbar badge counts the same way).
  const same = items.filter((i) => i.match?.verdict === 'same-story' && !i.dismissed && !i.revision).reduce((n, i) => n + 1 + (i.wireCopies?.length ?? 0), 0);
  return (
    <section class="coverage" data-testid="coverage" aria-labelledby="coverage-title">
      <header class="coverage-head">
        <h2 id="coverage-title">{t('coverageHeading')}</h2>
        <p class="quiet" data-testid="coverage-summary" aria-live="polite">
          {session.done ? tn(same, 'sameStoryOne', 'sameStoryMany') : t('stillSearching', same)}
        </p>
        <StyleSwitch hidden={hideStyle} onChange={setHideStyle} />
      </header>
      {!session.done && <SearchProgress providers={session.providers} />}
      <ol class="cards">
        {items.map((item) => (
          <CoverageCard key={item.id} item={item} hideStyle={hideStyle} {...card} />
        ))}
      </ol>
    </section>
  );
}
