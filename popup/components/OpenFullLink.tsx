import { t } from '../i18n';

/**
 * "Open full comparison": a real link, so the browser opens the tab from the click itself (a popup
 * closes as the tab opens); `handoff` stores the comparison and returns the page's address.
 */
export function OpenFullLink({ handoff }: { handoff: () => string }) {
  return (
    <a
      class="button-link"
      data-testid="open-full"
      href="compare.html"
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        (e.currentTarget as HTMLAnchorElement).href = handoff();
      }}
    >
      {t('openFull')}
    </a>
  );
}
