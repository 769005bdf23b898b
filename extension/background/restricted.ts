// Pages no extension may script. Checking the URL first turns the browser's assorted injection errors
// ("Cannot access a chrome:// URL", "The extensions gallery cannot be scripted", a silent null in the
// PDF viewer) into one reader-facing code before we even try.

const STORE_PAGES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** A short reason when the URL is one browsers refuse to let extensions read, else null. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'no address';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a web address';
  }
  if (parsed.protocol === 'view-source:') return 'a view-source page';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `a ${parsed.protocol.replace(':', '')}: page`;
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((s) => host === s.host && (!s.path || parsed.pathname.startsWith(s.path)))) return 'an extension store page';
  // The built-in PDF viewer replaces the page; there is no document for a content script to read.
  if (/\.pdf$/i.test(parsed.pathname)) return 'a PDF document';
  return null;
}

/** Browser error messages that mean "this page cannot be scripted" rather than a bug of ours. */
export function isRestrictedInjectionError(message: string): boolean {
  return /cannot access|cannot be scripted|extensions gallery|chrome:\/\/|missing host permission|cannot script|no tab with id|frame with id 0 is showing error page/i.test(
    message,
  );
}

/** The optional host permission pattern covering one page's site (any port: Chrome ignores ports here). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
