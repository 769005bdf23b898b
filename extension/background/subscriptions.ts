// The reader's "use my subscription" opt-in, per outlet: pages of an opted-in site are fetched with the
// reader's cookies (credentials 'include'), so a subscriber sees the full text instead of the paywall.
// Every other request stays anonymous (credentials 'omit'): search providers never get cookies, opt-in or
// not. Stored in storage.local under its own key as a list of host names; the options page edits it.
// A site's subdomains share its login, so "meridian.example" also covers "www.meridian.example".
import type { ExtensionApi } from '../api';

export const SUBSCRIPTIONS_KEY = 'subscriptions';
const MAX_SUBSCRIPTIONS = 200;

/** Whatever storage holds → lower-case host names without "www.", duplicates and junk dropped. */
export function subscriptionHosts(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<string>();
  for (const value of raw) {
    if (typeof value !== 'string') continue;
    let host = value.trim().toLowerCase();
    try {
      if (/^https?:\/\//.test(host)) host = new URL(host).hostname;
    } catch {
      continue;
    }
    host = host.replace(/^www\./, '').replace(/\.$/, '');
    if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) out.add(host);
  }
  return [...out].slice(0, MAX_SUBSCRIPTIONS);
}

/** True when the page's host is an opted-in site or one of its subdomains. */
export function cookiesAllowedFor(hosts: readonly string[]): (url: string) => boolean {
  if (hosts.length === 0) return () => false;
  return (url) => {
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
      host = u.hostname.toLowerCase();
    } catch {
      return false;
    }
    return hosts.some((h) => host === h || host.endsWith(`.${h}`));
  };
}

export async function loadCookiePolicy(api: Pick<ExtensionApi, 'storage'>): Promise<(url: string) => boolean> {
  const raw = await api.storage.get(SUBSCRIPTIONS_KEY).catch(() => null);
  return cookiesAllowedFor(subscriptionHosts(raw));
}
