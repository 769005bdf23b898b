// The background's side of "pages no extension may read". The rules themselves live in ONE place,
// content/restricted.ts (the content script needs them too); here the URL is all we have, so a `.pdf`
// path stands in for the content type the built-in viewer would report.
import { restrictedReason } from '../content/restricted';

/** A short reason when the URL is one browsers refuse to let extensions read, else null. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'no address';
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // restrictedReason says it plainly below.
  }
  return restrictedReason(url, /\.pdf$/i.test(path) ? 'application/pdf' : null);
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
