// The toolbar badge: how many other outlets carry the same story, on the tab of the reader's article,
// once discovery knows any. Wire copies count (each is an outlet running the story); cards the reader
// marked "not the same story" and earlier versions of the reader's own page do not.
import type { ExtensionApi } from '../api';
import type { CoverageSession } from '../coverage';

const BADGE_COLOUR = '#2f5fd0';

export function sameStoryOutlets(session: CoverageSession): number {
  // A copy goes with its card: "not the same story" on the card dismisses the wire story it carries.
  const dismissed = new Set(session.items.filter((i) => i.dismissed).map((i) => i.id));
  return session.items.filter((i) => i.match?.verdict === 'same-story' && !i.dismissed && !i.revision && !(i.wireOf && dismissed.has(i.wireOf))).length;
}

/** What the badge says: the count, '' while nothing is found (an empty badge, not a misleading 0). */
export function badgeText(session: CoverageSession): string {
  const n = sameStoryOutlets(session);
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

export function createBadge(api: Pick<ExtensionApi, 'action' | 'i18n'>) {
  const shown = new Map<number, string>();
  return {
    /** Idempotent per tab: a stream of 30 updates sets the badge only when its text changes. */
    async show(tabId: number, session: CoverageSession): Promise<void> {
      const text = badgeText(session);
      if (!api.action || shown.get(tabId) === text) return;
      shown.set(tabId, text);
      try {
        await api.action.setBadgeBackgroundColor(tabId, BADGE_COLOUR);
        await api.action.setBadgeText(tabId, text);
        if (text) await api.action.setTitle(tabId, api.i18n?.getMessage('badgeTitle', [text]) || `${text} outlets carry the same story`);
      } catch {
        // The tab closed meanwhile: nothing to label.
        shown.delete(tabId);
      }
    },
  };
}
