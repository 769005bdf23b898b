// Pages an extension cannot or should not read: browser-internal schemes, the add-on stores (where the
// browsers block content scripts anyway) and built-in viewers for PDFs, images and plain files.

const STORE_HOSTS: { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
];

const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A one-sentence reason when Parallax must not read this page, else null. */
export function restrictedReason(url: string, contentType: string | null | undefined): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This page has no web address Parallax can read.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'Parallax only reads web pages, not browser or local pages like this one.';
  }
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.some((s) => host === s.host && parsed.pathname.startsWith(s.pathPrefix))) {
    return 'Browsers do not let extensions read their add-on store pages.';
  }
  // The PDF viewer and the image/text viewers still report the http(s) URL; only the type gives them away.
  if (contentType && !READABLE_TYPES.has(contentType.toLowerCase())) {
    return 'This is a file viewer, not a web page Parallax can read.';
  }
  return null;
}
