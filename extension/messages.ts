// The typed message contract between the popup, the options page, the background, the content script and
// the offscreen document. Only plain JSON crosses: strings, numbers, arrays, plain objects. Never DOM
// nodes, HTML or class instances — page text is data (see design.md, "Fences").
import type { Article, Comparison } from '../src/index';
import type { CoverageComparison, CoverageSession, ProviderId } from './coverage';
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
  /** Each provider can be switched off on its own; Guardian also needs a key. */
  providers: Record<ProviderId, boolean>;
  /** The reader's own Content API key (storage.local, unencrypted: the options page says so). */
  guardianApiKey: string;
  /** Google News also reads its top stories for the reader's edition (one fetch, no query); with google-news on. */
  googleNewsTopStories: boolean;
  /** "Advanced": where each provider lives. Tests point them at a local server. */
  bingBaseUrl: string;
  googleNewsBaseUrl: string;
  gdeltBaseUrl: string;
  guardianBaseUrl: string;
  /** Extracted articles kept in the reader's history (newest kept). */
  historySize: number;
  /** The first-use explanation of who receives what was read and accepted ("Search other outlets"). */
  privacyAcknowledged: boolean;
  /** Added by the reader's view: the colours of the highlights (kinds keep their glyphs and underlines). */
  highlightPalette: HighlightPalette;
}

export const HIGHLIGHT_PALETTES = ['standard', 'contrast', 'muted'] as const;
export type HighlightPalette = (typeof HIGHLIGHT_PALETTES)[number];

export const PROVIDER_IDS: readonly ProviderId[] = ['bing', 'google-news', 'gdelt', 'guardian', 'tabs', 'history'];

export const DEFAULT_SETTINGS: Settings = {
  showCosmetic: true,
  fetchTimeoutSeconds: 15,
  providers: { bing: true, 'google-news': true, gdelt: true, guardian: true, tabs: true, history: true },
  guardianApiKey: '',
  googleNewsTopStories: true,
  bingBaseUrl: 'https://www.bing.com',
  googleNewsBaseUrl: 'https://news.google.com',
  gdeltBaseUrl: 'https://api.gdeltproject.org',
  guardianBaseUrl: 'https://content.guardianapis.com',
  historySize: 500,
  privacyAcknowledged: false,
  highlightPalette: 'standard',
};
export const FETCH_TIMEOUT_RANGE = { min: 3, max: 60 } as const;
export const HISTORY_SIZE_RANGE = { min: 10, max: 5000 } as const;

const BASE_URL_KEYS = ['bingBaseUrl', 'googleNewsBaseUrl', 'gdeltBaseUrl', 'guardianBaseUrl'] as const;

function clampInt(value: unknown, range: { min: number; max: number }, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(range.max, Math.max(range.min, Math.round(n))) : fallback;
}

/** An http(s) origin plus optional path, without a trailing slash; anything else is not a base URL. */
export function normaliseBaseUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().replace(/\/+$/, '');
  return /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/i.test(v) ? v : null;
}

/** Whatever storage holds (older versions, hand edits) → valid settings; unknown keys are dropped. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const toggles = (r.providers && typeof r.providers === 'object' ? r.providers : {}) as Record<string, unknown>;
  const providers = { ...DEFAULT_SETTINGS.providers };
  for (const id of PROVIDER_IDS) if (typeof toggles[id] === 'boolean') providers[id] = toggles[id] as boolean;
  const out: Settings = {
    showCosmetic: typeof r.showCosmetic === 'boolean' ? r.showCosmetic : DEFAULT_SETTINGS.showCosmetic,
    fetchTimeoutSeconds: clampInt(r.fetchTimeoutSeconds, FETCH_TIMEOUT_RANGE, DEFAULT_SETTINGS.fetchTimeoutSeconds),
    providers,
    guardianApiKey: typeof r.guardianApiKey === 'string' ? r.guardianApiKey.trim().slice(0, 200) : '',
    googleNewsTopStories: typeof r.googleNewsTopStories === 'boolean' ? r.googleNewsTopStories : DEFAULT_SETTINGS.googleNewsTopStories,
    bingBaseUrl: DEFAULT_SETTINGS.bingBaseUrl,
    googleNewsBaseUrl: DEFAULT_SETTINGS.googleNewsBaseUrl,
    gdeltBaseUrl: DEFAULT_SETTINGS.gdeltBaseUrl,
    guardianBaseUrl: DEFAULT_SETTINGS.guardianBaseUrl,
    historySize: clampInt(r.historySize, HISTORY_SIZE_RANGE, DEFAULT_SETTINGS.historySize),
    privacyAcknowledged: r.privacyAcknowledged === true,
    highlightPalette: (HIGHLIGHT_PALETTES as readonly unknown[]).includes(r.highlightPalette) ? (r.highlightPalette as HighlightPalette) : DEFAULT_SETTINGS.highlightPalette,
  };
  for (const key of BASE_URL_KEYS) out[key] = normaliseBaseUrl(r[key]) ?? DEFAULT_SETTINGS[key];
  return out;
}

// ---- popup / options → background -------------------------------------------------------------------

export type BackgroundRequest =
  | { type: 'list-tabs'; excludeTabId: number }
  | { type: 'compare'; article: PageArticle; target: CompareTarget }
  | { type: 'fetch-article'; url: string }
  | { type: 'get-settings' }
  | { type: 'set-settings'; settings: Partial<Settings> }
  | { type: 'coverage-comparison'; articleId: string; itemId: string }
  | { type: 'history-size' }
  | { type: 'clear-history' }
  /** The sites the reader fetches with their own cookies ("use my subscription"). */
  | { type: 'get-subscriptions' }
  | { type: 'set-subscriptions'; hosts: string[] };

export interface CompareResult {
  other: PageArticle;
  comparison: Comparison;
  via: ParseVia;
  ms: number;
}

/** The reply each request type gets when it succeeds. */
export interface BackgroundReplies {
  'list-tabs': { tabs: TabChoice[] };
  compare: CompareResult;
  'fetch-article': { article: PageArticle; via: ParseVia };
  'get-settings': { settings: Settings };
  'set-settings': { settings: Settings };
  'coverage-comparison': { loaded: CoverageComparison };
  'history-size': { entries: number };
  'clear-history': { entries: number };
  'get-subscriptions': { hosts: string[] };
  'set-subscriptions': { hosts: string[] };
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: ErrorPayload };
export type BackgroundReply<K extends BackgroundRequest['type']> = Reply<BackgroundReplies[K]>;

// ---- popup ⇄ background over a long-lived port: discovery streams -----------------------------------

export const COVERAGE_PORT = 'parallax-coverage';

/** popup → background. `discover` answers at once from the cache when the session is fresh. */
export type CoverageRequest =
  /** `tabId` (added by the reader's view): the tab whose toolbar badge shows the count of outlets found. */
  | { type: 'discover'; article: PageArticle; restart?: boolean; tabId?: number }
  | { type: 'dismiss'; itemId: string; dismissed: boolean }
  /** Sent after permissions.request granted the session's `needsAccess` origins. */
  | { type: 'allow-sites' };

/** background → popup: the whole session each time (8 items: small), so a late joiner needs nothing else. */
export type CoverageUpdate = { type: 'session'; session: CoverageSession } | { type: 'error'; error: ErrorPayload };

export function isCoverageRequest(value: unknown): value is CoverageRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'discover') return !!v.article && typeof v.article === 'object' && Array.isArray((v.article as { paragraphs?: unknown }).paragraphs);
  if (v.type === 'dismiss') return typeof v.itemId === 'string' && typeof v.dismissed === 'boolean';
  return v.type === 'allow-sites';
}

export function isCoverageUpdate(value: unknown): value is CoverageUpdate {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (v.type === 'session' && !!v.session && typeof v.session === 'object') || (v.type === 'error' && !!v.error);
}

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
    type === 'list-tabs' || type === 'compare' || type === 'fetch-article' ||
    type === 'get-settings' || type === 'set-settings' || type === 'coverage-comparison' || type === 'history-size' ||
    type === 'clear-history' || type === 'get-subscriptions' || type === 'set-subscriptions'
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
