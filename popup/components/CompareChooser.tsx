import { useState } from 'preact/hooks';
import type { TabChoice } from '../../extension/messages';
import { hostOf } from '../format';
import { t } from '../i18n';

interface Props {
  tabs: TabChoice[] | null;
  onTab: (tab: TabChoice) => void;
  onUrl: (url: string) => void;
  onAllowTabs: () => void;
}

/** "Compare with…": another open tab, or a pasted address. */
export function CompareChooser({ tabs, onTab, onUrl, onAllowTabs }: Props) {
  const [url, setUrl] = useState('');
  return (
    <section class="chooser" data-testid="chooser">
      <h2>{t('chooserHeading')}</h2>
      {tabs === null ? (
        <p class="quiet">{t('chooserLookingAtTabs')}</p>
      ) : tabs.length === 0 ? (
        <p class="quiet" data-testid="no-tabs">
          {t('chooserNoTabs')}{' '}
          <button type="button" class="link" data-testid="allow-tabs" onClick={onAllowTabs}>
            {t('chooserAllowTabs')}
          </button>
        </p>
      ) : (
        <ul class="tab-list" data-testid="tab-list">
          {tabs.map((tab) => (
            <li key={tab.tabId}>
              <button type="button" class="tab-choice" data-testid="tab-choice" data-tab-id={tab.tabId} onClick={() => onTab(tab)}>
                <span class="tab-title">{tab.title}</span>
                <span class="tab-host">{hostOf(tab.url)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="url-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) onUrl(url.trim());
        }}
      >
        <label class="visually-hidden" for="compare-url">
          {t('chooserUrlLabel')}
        </label>
        <input
          id="compare-url"
          data-testid="url-input"
          type="url"
          placeholder={t('chooserUrlPlaceholder')}
          value={url}
          onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="url-compare">
          {t('chooserCompare')}
        </button>
      </form>
    </section>
  );
}
