// The closed list of failures a reader can meet. Each has one plain sentence (what happened) and one
// action (what to do next); the UI shows both and never a stack trace. `internal` is the only code whose
// detail is worth logging: every other code is an expected condition of the web, not a bug.

export const ERROR_CODES = [
  'restricted-page',
  'not-an-article',
  'permission-needed',
  'no-coverage-found',
  'provider-failed',
  'fetch-blocked',
  'timeout',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  sentence: string;
  action: string;
}

export const ERRORS: Record<ErrorCode, ErrorInfo> = {
  'restricted-page': {
    sentence: 'Browsers do not let extensions read this kind of page.',
    action: 'Open a news article on a website and click Parallax again.',
  },
  'not-an-article': {
    sentence: 'This page does not look like a news article.',
    action: 'Open a single article (not a section front or a video page) and click Parallax again.',
  },
  'permission-needed': {
    sentence: 'Parallax needs your permission to read that site.',
    action: 'Click "Compare" again and allow access when the browser asks.',
  },
  'no-coverage-found': {
    sentence: 'No other outlet’s version of this story was found.',
    action: 'Open another outlet’s article in a tab, or paste its address.',
  },
  'provider-failed': {
    sentence: 'The news search service did not answer.',
    action: 'Try again in a minute, or paste an article address instead.',
  },
  'fetch-blocked': {
    sentence: 'That page could not be read: it may be paywalled, behind a consent wall, or gone.',
    action: 'Open it in a tab yourself and compare with the tab instead.',
  },
  timeout: {
    sentence: 'That took too long, so Parallax stopped waiting.',
    action: 'Try again; if it keeps happening, raise the time limit in the options.',
  },
  internal: {
    sentence: 'Something went wrong inside Parallax.',
    action: 'Reload the page and try again.',
  },
};

/** A failure as it crosses contexts: plain data, the code decides the sentence the reader sees. */
export interface ErrorPayload {
  code: ErrorCode;
  /** Extra plain-text context for this occurrence (e.g. the host that blocked us); never a stack. */
  detail?: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** A thrown error that already knows which reader-facing code it is. */
export class ParallaxError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ParallaxError';
    this.code = code;
    this.detail = detail;
  }
}

/** Anything thrown → a payload; unknown throws become `internal` so nothing unexplained reaches the UI. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof ParallaxError) return error.detail ? { code: error.code, detail: error.detail } : { code: error.code };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', detail: message.split('\n')[0].slice(0, 200) };
}
