import { t } from '../i18n';

/** The in-page highlight switch, shared by the compared view and the coverage card. */
export function HighlightSwitch({ on, onToggle }: { on: boolean; onToggle: (on: boolean) => void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" data-testid="highlight-toggle" checked={on} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
      <span>{t('highlightInPage')}</span>
    </label>
  );
}
