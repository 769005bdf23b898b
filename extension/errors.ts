// The closed list of failures a reader can meet. Each has one plain sentence (what happened) and one
// action (what to do next); the UI shows both and never a stack trace. `internal` is the only code whose
// detail is worth logging: every other code is an expected condition of the web, not a bug.
// The sentences live in the message catalogue, so the popup shows them in the browser's language.
import catalogue from '../_locales/en/messages.json';

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

/** Catalogue keys of each code's sentence and action (_locales/en/messages.json: translatable). */
export const ERROR_KEYS: Record<ErrorCode, { sentence: string; action: string }> = {
  'restricted-page': { sentence: 'errorRestrictedPage', action: 'errorRestrictedPageAction' },
  'not-an-article': { sentence: 'errorNotAnArticle', action: 'errorNotAnArticleAction' },
  'permission-needed': { sentence: 'errorPermissionNeeded', action: 'errorPermissionNeededAction' },
  'no-coverage-found': { sentence: 'errorNoCoverageFound', action: 'errorNoCoverageFoundAction' },
  'provider-failed': { sentence: 'errorProviderFailed', action: 'errorProviderFailedAction' },
  'fetch-blocked': { sentence: 'errorFetchBlocked', action: 'errorFetchBlockedAction' },
  timeout: { sentence: 'errorTimeout', action: 'errorTimeoutAction' },
  internal: { sentence: 'errorInternal', action: 'errorInternalAction' },
};

const english = catalogue as Record<string, { message: string }>;

/** The English sentences, for contexts without the browser's i18n (the CLI, logs, tests). */
// Pure: a bundle that never reads ERRORS (the popup's first script) drops it and the catalogue with it.
export const ERRORS: Record<ErrorCode, ErrorInfo> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ ERROR_CODES.map((code) => [code, { sentence: english[ERROR_KEYS[code].sentence].message, action: english[ERROR_KEYS[code].action].message }]),
) as Record<ErrorCode, ErrorInfo>;

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
