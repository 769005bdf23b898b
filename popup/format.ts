// Small display helpers, pure so tests can pin their output.
//
// Dates and counts are written by hand, not through Intl: the first Intl date or number format in a page
// loads the browser's locale data, measured at ~18 ms on the popup's first open (a CPU profile of
// `npm run bench:ui`), on the path to the article appearing. The output is en-GB's, held equal to
// Intl's by test/popup/format.test.ts.

// en-GB's short months (CLDR 42+ writes "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "26 Feb 2025" from an ISO date; null when unknown or unreadable (we never show "Invalid Date"). */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  const year = date.getUTCFullYear();
  // Intl writes years outside 1–9999 its own way; such a date is a typo on the page, not worth a rule.
  if (Number.isNaN(year) || year < 1 || year > 9999) return null;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${year}`;
}

/** An integer with en-GB thousands separators: 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function percent(fraction: number): string {
  return `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
