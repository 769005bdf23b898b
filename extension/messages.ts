// The typed message contract between the popup, the options page, the background, the content script and
// the offscreen document. Only plain JSON crosses: strings, numbers, arrays, plain objects. Never DOM
// nodes, HTML or class instances — page text is data (see design.md, "Fences").
import type { Article, Comparison } from '../src/index';
import type { ErrorPayload } from './errors';

/** An article as the content script / offscreen parser returns it (the shape of ExtractedArticle). */
export interface PageArticle extends Article {
  byline: string | null;
  lang: string | null;
  wordCount: number;
  excerpt: string;
  removed: { text: string; reason: string }[];
}

export type ExtractResult =
  | { ok: true; article: PageArticle }
  | { ok: false; code: 'not-an-article' | 'restricted-page'; message: string };

/** Where the second article of a comparison comes from. */
export type CompareTarget = { kind: 'tab'; tabId: number } | { kind: 'url'; url: string };

/** How a fetched page got parsed: offscreen document (Chrome) or the event page's own DOM (Firefox). */
export type ParseVia = 'tab' | 'offscreen' | 'background-dom';

export interface TabChoice {
  tabId: number;
  title: string;
  url: string;
}

export interface Settings {
  /** Show house-style (cosmetic) variants in the comparison list, not only meaningful differences. */
  showCosmetic: boolean;
  /** Give up on fetching a pasted URL after this many seconds. */
  fetchTimeoutSeconds: number;
}

export const DEFAULT_SETTINGS: Settings = { showCosmetic: true, fetchTimeoutSeconds: 15 };
export const FETCH_TIMEOUT_RANGE = { min: 3, max: 60 } as const;

/** Whatever storage holds (older versions, hand edits) → valid settings; unknown keys are dropped. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const seconds = Number(r.fetchTimeoutSeconds);
  return {
    showCosmetic: typeof r.showCosmetic === 'boolean' ? r.showCosmetic : DEFAULT_SETTINGS.showCosmetic,
    fetchTimeoutSeconds: Number.isFinite(seconds)
      ? Math.min(FETCH_TIMEOUT_RANGE.max, Math.max(FETCH_TIMEOUT_RANGE.min, Math.round(seconds)))
      : DEFAULT_SETTINGS.fetchTimeoutSeconds,
  };
}

// ---- popup / options → background -------------------------------------------------------------------

export type BackgroundRequest =
  | { type: 'extract-tab'; tabId: number }
  | { type: 'list-tabs'; excludeTabId: number }
  | { type: 'compare'; article: PageArticle; target: CompareTarget }
  | { type: 'fetch-article'; url: string }
  | { type: 'get-settings' }
  | { type: 'set-settings'; settings: Partial<Settings> };

export interface CompareResult {
  other: PageArticle;
  comparison: Comparison;
  via: ParseVia;
  ms: number;
}

/** The reply each request type gets when it succeeds. */
export interface BackgroundReplies {
  'extract-tab': { article: PageArticle };
  'list-tabs': { tabs: TabChoice[] };
  compare: CompareResult;
  'fetch-article': { article: PageArticle; via: ParseVia };
  'get-settings': { settings: Settings };
  'set-settings': { settings: Settings };
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: ErrorPayload };
export type BackgroundReply<K extends BackgroundRequest['type']> = Reply<BackgroundReplies[K]>;

// ---- background → content script / offscreen document ----------------------------------------------

export interface ContentExtractRequest {
  type: 'parallax-extract';
}

/** `target` lets every other context ignore it: runtime.sendMessage reaches all extension pages. */
export interface OffscreenParseRequest {
  type: 'offscreen-parse';
  target: 'offscreen';
  html: string;
  url: string;
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (!value || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  return (
    type === 'extract-tab' || type === 'list-tabs' || type === 'compare' || type === 'fetch-article' ||
    type === 'get-settings' || type === 'set-settings'
  );
}

export function isOffscreenParseRequest(value: unknown): value is OffscreenParseRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.type === 'offscreen-parse' && v.target === 'offscreen' && typeof v.html === 'string' && typeof v.url === 'string';
}

export function isContentExtractRequest(value: unknown): value is ContentExtractRequest {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'parallax-extract';
}
