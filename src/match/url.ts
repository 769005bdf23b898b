// A small URL parser: the engine compiles without the DOM library, so the global URL class is not
// available to its typecheck. News links are plain http(s) URLs, which this handles; anything it cannot
// parse is returned trimmed but otherwise untouched, so a caller never loses a link.

const TRACKING = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ocid|cmpid)$/i;
const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^/?#:]*)(?::(\d+))?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/** Strip tracking parameters (utm_*, fbclid, gclid …) and the fragment; lowercase scheme and host. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  const m = URL_SHAPE.exec(trimmed);
  if (!m) return trimmed;
  const scheme = m[1].toLowerCase();
  const host = m[2].toLowerCase().replace(/\.$/, '');
  const port = m[3] && m[3] !== DEFAULT_PORTS[scheme] ? `:${m[3]}` : '';
  const path = m[4] || '/';
  const params = (m[5] ?? '')
    .split('&')
    .filter((p) => p !== '' && !TRACKING.test(decodeSafe(p.split('=')[0])));
  const query = params.length ? `?${params.join('&')}` : '';
  return `${scheme}://${host}${port}${path}${query}`;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function hostOf(url: string): string {
  const m = URL_SHAPE.exec(url.trim());
  return m ? m[2].toLowerCase() : '';
}

// Second-level labels under which registrations happen (bbc.co.uk, abc.net.au). Not the full Public
// Suffix List: that is 200 KB, and news outlets cluster under a few dozen country suffixes.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic']);

/** Registrable domain of a URL or host ("www.bbc.co.uk" → "bbc.co.uk"); "" when there is no host. */
export function registrableDomain(urlOrHost: string): string {
  const host = urlOrHost.includes('/') ? hostOf(urlOrHost) : urlOrHost.toLowerCase();
  if (!host) return '';
  if (/^[\d.]+$/.test(host)) return host;
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1];
  const sld = labels[labels.length - 2];
  const take = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * One comparable key per outlet: the registrable domain's name when a URL is given, else the folded
 * display name ("The Daily Example" → "dailyexample"), so "dailyexample.com" and "Daily Example" meet.
 */
export function outletKey(outlet: string, url?: string): string {
  const domain = url ? registrableDomain(url) : '';
  if (domain) return domain.split('.')[0];
  const o = outlet.trim().toLowerCase();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(o)) return registrableDomain(o).split('.')[0];
  return o.replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
