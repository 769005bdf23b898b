import { t } from '../i18n';

/** One switch for all house style: chips, dimmed marks and style-only pairs go together. */
export function StyleSwitch({ hidden, onChange }: { hidden: boolean; onChange: (hidden: boolean) => void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" data-testid="hide-style" checked={hidden} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{t('hideHouseStyle')}</span>
    </label>
  );
}
