// Page furniture that is not wire or promo boilerplate (src/text/boilerplate.ts) but still not the story:
// publication timestamps and skip links. Kept out of the shared engine rules because only pages, not
// article texts, carry them.

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = 'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
const ZONE = 'utc|gmt|[ecmp][sd]?t|bst|cet|cest|ist|aest|aedt|jst|z';
const LABEL = /^(?:(?:first |last )?(?:published|updated|posted|modified|created)(?: on| at)?|on|date)\s*:?\s*/i;
// One token of a date or time: a number (with / . : -), a month or weekday name, am/pm, a zone,
// "ago" phrases. A timestamp line is nothing but these.
const DATE_TOKEN = new RegExp(
  String.raw`^(?:\d{1,4}(?:[/.:\-]\d{1,4}){0,2}(?:st|nd|rd|th|h)?|\d{1,2}(?::\d{2})?(?:am|pm)|(?:${MONTH})\.?|(?:${DAY})\.?|[ap]\.?m\.?|(?:${ZONE})|ago|an?|(?:second|minute|hour|day|week|month|year)s?|mins?|hrs?|at|on|and|[|;,•·\-\u2013\u2014/]|(?:published|updated|posted)\s*:?)$`,
  'i',
);
const MAX_TIMESTAMP_TOKENS = 16;

/** "Updated 1:39 am EST, Wednesday, November 20, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Published 1 day ago". */
export function isTimestamp(text: string): boolean {
  const rest = text.replace(LABEL, '');
  const tokens = rest.replace(/([,;|•·])/g, ' $1 ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_TIMESTAMP_TOKENS) return false;
  // A bare number is a table cell or a score, not a time: a timestamp names a month or weekday, gives a
  // clock time or a full numeric date, or says "ago".
  const anchored = new RegExp(String.raw`\b(?:${MONTH}|${DAY})\b|\d:\d\d|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\bago\b`, 'i');
  if (!/\d/.test(rest) || !anchored.test(rest)) return false;
  return tokens.every((t) => DATE_TOKEN.test(t.replace(/[,;]$/, '')) || /^[,;]$/.test(t));
}

const NAVIGATION = /^(?:Skip to (?:main )?(?:content|navigation|article)|Jump to (?:content|navigation)|Back to top|Go to top|Toggle navigation|Menu|Search|Sign In|Log ?in|Log ?out)\s*$/i;

export function furnitureReason(text: string): string | null {
  if (NAVIGATION.test(text)) return 'navigation';
  if (isTimestamp(text)) return 'timestamp';
  return null;
}
