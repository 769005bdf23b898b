// Turns Readability's content element into plain-text paragraphs and sets aside what is not the story.
// Cleaning only ever drops whole paragraphs or whole elements: it never adds or rewrites words, so every
// word we return is a word the page showed, in the page's order.

import { boilerplateReason, datelineLength } from '../../src/text/boilerplate';
import { furnitureReason, isTimestamp } from './furniture';

export interface Removed {
  text: string;
  reason: string;
}

export interface CleanedText {
  paragraphs: string[];
  removed: Removed[];
}

export interface CleanContext {
  title: string;
  byline: string | null;
  /** The page's URL: links to other pages of the same site are what "related stories" are made of. */
  pageUrl: string;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

// Block-level elements start a new paragraph; everything else runs inline, as browsers render unknown
// and custom elements (<hl-trusted-source>, <my-widget>) inline by default.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'LEGEND',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'BODY', 'HTML', 'OPTION', 'LISTING', 'XMP', 'PLAINTEXT',
]);
const isInline = (tag: string): boolean => !BLOCK.has(tag);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE']);
const HEADING = /^H[1-6]$/;

// Class and id words that mark furniture inside an article body. Matched against whole words of the
// class/id (split on spaces, '-' and '_'), so "shared-story" does not match "share" but "share-tools" does.
const CLASS_RULES: { reason: string; words: Set<string> }[] = [
  { reason: 'caption', words: new Set(['caption', 'captions', 'figcaption', 'imagecaption', 'photocaption', 'wp-caption-text']) },
  { reason: 'credit', words: new Set(['credit', 'credits', 'photographer', 'copyright']) },
  { reason: 'related', words: new Set(['related', 'readmore', 'recommended', 'recirc', 'outbrain', 'taboola', 'more-stories', 'morestories']) },
  { reason: 'newsletter', words: new Set(['newsletter', 'newsletters', 'signup', 'subscribe', 'subscription']) },
  { reason: 'share', words: new Set(['share', 'sharing', 'social', 'sharetools', 'share-tools']) },
  { reason: 'advert', words: new Set(['ad', 'ads', 'advert', 'advertisement', 'sponsor', 'sponsored', 'promo', 'dfp']) },
  // The outlet's own summary under the headline: not a sentence of the story, and no other outlet has it,
  // so kept it would always read as "only this outlet says".
  { reason: 'standfirst', words: new Set(['standfirst', 'dek', 'strapline', 'subheadline', 'sub-headline']) },
];
// A class rule never removes more than this share of the article: a wrapper named "story-related" that
// holds the whole text is a naming accident, not a sidebar.
const CLASS_RULE_MAX_SHARE = 0.25;
// A heading reads as text when it has words: subheads ("Linebacker", "Meal 1", "Union welcomes plan") are
// part of the article; section breaks ("* * *", "—") are not.
const HAS_LETTER = /\p{L}/u;
// A paragraph made of one link to another page of the same site, worded like a headline, is a promo for
// another story. Links elsewhere (sources, shops, footnotes) are part of what the article says.
const LINK_LIST_SHARE = 0.9;
const LINK_LIST_MIN_WORDS = 4;
const LINK_LIST_MAX_WORDS = 25;
// Above the first paragraph, a one-to-three-word link to the site is the section label ("World news").
const KICKER_MAX_WORDS = 3;
// A byline line carries the name and little else: a role ("Defence correspondent"), an agency.
const BYLINE_EXTRA_WORDS = 5;
const BYLINE_PARTS = /\s+[·|•]\s+/;

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function collapseWhitespace(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

// Han, Hiragana and Katakana are written without spaces: each character counts as a word, as word
// processors count them, so a Japanese article is not mistaken for a three-word teaser.
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

export function countWords(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

function words(s: string): number {
  return countWords(s);
}

const bareHost = (h: string): string => h.toLowerCase().replace(/^www\./, '');

/** True for a link to another page of the same site (not a footnote or an anchor on this page). The site
 * is the page URL's host and the document's own (a relative link always stays on the site it is on). */
function isSiteLink(a: Element, page: URL | null): boolean {
  const href = a.getAttribute('href');
  if (!href || !page) return false;
  try {
    const target = new URL(href, page);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
    const hosts = [bareHost(page.hostname)];
    const docUrl = a.ownerDocument?.URL;
    if (docUrl && /^https?:/.test(docUrl)) hosts.push(bareHost(new URL(docUrl).hostname));
    if (!hosts.includes(bareHost(target.hostname))) return false;
    return target.pathname !== page.pathname;
  } catch {
    return false;
  }
}

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  const out: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    out.push(token);
    for (const part of token.split(/[-_]+/)) if (part && part !== token) out.push(part);
  }
  return out;
}

function elementReason(el: Element, tag: string): string | null {
  if (tag === 'FIGCAPTION' || tag === 'FIGURE') return 'caption';
  const ws = classWords(el);
  if (ws.length === 0) return null;
  for (const rule of CLASS_RULES) if (ws.some((w) => rule.words.has(w))) return rule.reason;
  return null;
}

// A paragraph that is a dateline and nothing else ends with the dateline's dash or colon (the text is
// trimmed, and the dateline patterns end with the dash or colon and then only whitespace). Asking the
// patterns only then spares every other paragraph their Unicode classes, which cost ~5 ms to compile on
// a page's first extraction (a CPU profile of the first open).
const DATELINE_END = /[\u2014\u2013\u2012\u2015:-]$/;

/** True when the whole of `text` (collapsed and trimmed) is a dateline such as "SALTMERE, England —". */
export function isDatelineOnly(text: string): boolean {
  return DATELINE_END.test(text) && datelineLength(text) >= text.length;
}

function normalisedKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The text of a removed element, one entry per block, so a promo box does not read as one run-on line. */
function blockTexts(el: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = collapseWhitespace(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      buf += (node as CharacterData).data;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = !isInline(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(el);
  flush();
  return out;
}

/**
 * "Harriet Quayle, Defence correspondent · Wed 26 Feb 2025 16.30 GMT", "From Atlas Wire · February 26,
 * 2025": parts joined by a middle dot or bar, one naming the byline (plus a few words of role), the rest
 * timestamps. A sentence that happens to start with the reporter's name has no such parts.
 */
function isBylineLine(text: string, bylineKey: string): boolean {
  const parts = text.split(BYLINE_PARTS);
  if (parts.length < 2) return false;
  const limit = countWords(bylineKey) + BYLINE_EXTRA_WORDS;
  let named = false;
  for (const part of parts) {
    if (isTimestamp(part)) continue;
    const key = normalisedKey(part).replace(/^(?:by|from) /, '');
    if (!key.startsWith(bylineKey) || countWords(key) > limit) return false;
    named = true;
  }
  return named;
}

/** Splits `root` into paragraphs, removing furniture; never returns markup. */
export function cleanContent(root: Element, ctx: CleanContext): CleanedText {
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  const totalChars = Math.max(1, collapseWhitespace(root.textContent ?? '').length);
  const titleKey = normalisedKey(ctx.title);
  const bylineKey = ctx.byline ? normalisedKey(ctx.byline) : '';
  let page: URL | null = null;
  try {
    page = new URL(ctx.pageUrl);
  } catch {
    page = null;
  }

  let buf = '';
  let linkChars = 0;
  let siteLinkDepth = 0;

  const keep = (raw: string, linked: number, heading: boolean): void => {
    const text = collapseWhitespace(raw);
    if (!text) return;
    const reason = classify(text, linked, heading);
    if (reason) removed.push({ text, reason });
    else paragraphs.push(text);
  };

  const classify = (text: string, linked: number, heading: boolean): string | null => {
    const boiler = boilerplateReason(text);
    if (boiler) return boiler;
    const furniture = furnitureReason(text);
    if (furniture) return furniture;
    if (isDatelineOnly(text)) return 'dateline';
    const key = normalisedKey(text);
    if (titleKey && key === titleKey) return 'title';
    if (bylineKey && (key === bylineKey || key === `by ${bylineKey}`)) return 'byline';
    if (bylineKey && isBylineLine(text, bylineKey)) return 'byline';
    if (heading && !HAS_LETTER.test(text)) return 'heading';
    const n = words(text);
    const allLinked = linked > 0 && linked >= LINK_LIST_SHARE * text.replace(/\s/g, '').length;
    if (allLinked && n >= LINK_LIST_MIN_WORDS && n <= LINK_LIST_MAX_WORDS) return 'related';
    if (allLinked && n <= KICKER_MAX_WORDS && paragraphs.length === 0) return 'kicker';
    return null;
  };

  const flush = (): void => {
    keep(buf, linkChars, false);
    buf = '';
    linkChars = 0;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const data = (node as CharacterData).data;
      buf += data;
      if (siteLinkDepth > 0) linkChars += data.replace(/\s/g, '').length;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR' || tag === 'HR') {
      flush();
      return;
    }
    if (el !== root) {
      const reason = elementReason(el, tag);
      if (reason) {
        const text = collapseWhitespace(el.textContent ?? '');
        if (text.length <= CLASS_RULE_MAX_SHARE * totalChars || tag === 'FIGCAPTION') {
          if (!isInline(tag)) flush();
          for (const part of blockTexts(el)) removed.push({ text: part, reason });
          return;
        }
      }
    }
    if (HEADING.test(tag)) {
      flush();
      keep(el.textContent ?? '', 0, true);
      return;
    }
    if (isInline(tag)) {
      const siteLink = tag === 'A' && isSiteLink(el, page);
      if (siteLink) siteLinkDepth++;
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
      if (siteLink) siteLinkDepth--;
      return;
    }
    flush();
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    flush();
  };

  visit(root);
  flush();
  return { paragraphs, removed };
}
