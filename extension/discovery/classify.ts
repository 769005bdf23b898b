// Why a fetched page is not an article we can compare (discovery.md §6), decided from what is cheap to
// see: the status, the final host, a few well-known markers and how much visible text there is. Runs
// without a DOM (the Chrome service worker has none), so markup is read with bounded regular
// expressions, never executed. Markers are conservative: a real article with a cookie banner has plenty
// of text, so consent and challenge markers only count on short pages.

import type { Article } from '../../src/article';

export type FetchFailureReason =
  | 'dead-link'
  | 'bot-wall'
  /** Skipped without a request: the host showed a bot wall earlier in this browser session. */
  | 'bot-wall-earlier'
  | 'consent-wall'
  | 'paywall'
  | 'script-only'
  | 'timeout'
  | 'not-html'
  | 'too-large'
  | 'redirect-loop'
  | 'unreachable'
  | 'http-error'
  | 'bad-url';

const SHORT_PAGE_WORDS = 150;
const SCRIPT_ONLY_WORDS = 50;
const PAYWALL_WORDS = 150;

const CHALLENGE = [
  /<title>\s*just a moment(?:\.\.\.|…)?\s*<\/title>/i,
  /<title>[^<]*attention required[^<]*<\/title>/i,
  /cf-browser-verification|cf_chl_opt|challenge-platform|cf-challenge/i,
  /captcha-delivery\.com|datadome/i,
  /<title>[^<]*(?:access denied|are you a robot|verify you are human|pardon our interruption)[^<]*<\/title>/i,
  /perimeterx|px-captcha|_incapsula_resource/i,
];

const CONSENT = [
  /<title>[^<]*(?:before you continue|avant de continuer|bevor sie fortfahren|we value your privacy|cookie consent|privacy settings)[^<]*<\/title>/i,
  /consent\.(?:google|yahoo|youtube)\.com/i,
  /\b(?:onetrust-consent-sdk|qc-cmp2|sp_message_container|cmpbox|didomi-host|truste-consent|fc-consent-root)\b/i,
];

/** The words a reader would see: scripts, styles, templates and comments removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text ? text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
}

export function classifyStatus(status: number): FetchFailureReason | null {
  if (status >= 200 && status < 300) return null;
  if (status === 404 || status === 410) return 'dead-link';
  if (status === 403 || status === 429 || status === 503) return 'bot-wall';
  return 'http-error';
}

export function isConsentHost(url: string): boolean {
  return /^https?:\/\/consent\.[^/]+/i.test(url) || /^https?:\/\/[^/]*\bconsent\.[a-z0-9-]+\.[a-z]{2,}/i.test(url);
}

/** A page that answered 200 but is a wall or a shell rather than an article; null when it looks readable. */
export function classifyHtml(html: string, finalUrl: string): FetchFailureReason | null {
  if (isConsentHost(finalUrl)) return 'consent-wall';
  const words = wordCount(visibleText(html));
  const short = words < SHORT_PAGE_WORDS;
  if (short && CHALLENGE.some((re) => re.test(html))) return 'bot-wall';
  if (short && CONSENT.some((re) => re.test(html))) return 'consent-wall';
  if (words < SCRIPT_ONLY_WORDS) {
    const noscript = /<noscript\b[^>]*>([\s\S]*?)<\/noscript>/i.exec(html)?.[1] ?? '';
    if (/javascript/i.test(noscript) || /<script\b/i.test(html)) return 'script-only';
  }
  return null;
}

/** JSON-LD blocks' isAccessibleForFree, anywhere in the graph; null when no block says. */
export function accessibleForFree(html: string): boolean | null {
  const blocks = html.matchAll(/<script[^>]+type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi);
  let verdict: boolean | null = null;
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block[1]);
    } catch {
      continue;
    }
    const stack = [data];
    let guard = 0;
    while (stack.length && guard++ < 10_000) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const value = (node as Record<string, unknown>).isAccessibleForFree;
        if (value === false || (typeof value === 'string' && value.toLowerCase() === 'false')) return false;
        if (value === true || (typeof value === 'string' && value.toLowerCase() === 'true')) verdict = true;
        stack.push(...Object.values(node as Record<string, unknown>));
      }
    }
  }
  return verdict;
}

/**
 * After extraction: a paywall says so in JSON-LD or leaves a stub; a JavaScript shell leaves nothing.
 * `article` is null when Readability found no article at all.
 */
export function classifyExtracted(html: string, article: Pick<Article, 'paragraphs'> | null): FetchFailureReason | null {
  if (accessibleForFree(html) === false) return 'paywall';
  const words = article ? wordCount((article.paragraphs ?? []).join(' ')) : 0;
  if (words < SCRIPT_ONLY_WORDS && (!article || /<noscript\b[^>]*>[\s\S]*?javascript/i.test(html))) return 'script-only';
  if (words < PAYWALL_WORDS) return 'paywall';
  return null;
}

export const FAILURE_SENTENCES: Record<FetchFailureReason, (host: string) => string> = {
  'dead-link': (h) => `The article on ${h} is gone (the link is dead).`,
  'bot-wall': (h) => `${h} blocked the request as automated traffic.`,
  'bot-wall-earlier': (h) => `${h} blocked an earlier request as automated traffic, so Parallax leaves it alone until the browser restarts.`,
  'consent-wall': (h) => `${h} showed a cookie-consent page instead of the article.`,
  paywall: (h) => `The article on ${h} is behind a paywall.`,
  'script-only': (h) => `${h} only shows its article with JavaScript running, so it could not be read.`,
  timeout: (h) => `${h} took too long to answer.`,
  'not-html': (h) => `${h} sent a file that is not a web page.`,
  'too-large': (h) => `The page on ${h} is too large to compare.`,
  'redirect-loop': (h) => `${h} kept redirecting without reaching a page.`,
  unreachable: (h) => `${h} could not be reached.`,
  'http-error': (h) => `${h} answered with an error.`,
  'bad-url': () => 'That is not a web address Parallax can fetch.',
};
