// The Guardian Content API (optional, the reader's own free key): with show-fields=bodyText each result
// carries the full plain text, so its candidates arrive Article-ready and are never page-fetched.

import type { Article } from '../../src/article';
import { providerRequest } from './http';
import { keepRelevant } from './filter';
import { ProviderError, providerError } from './provider-error';
import { renderGuardian, withParams } from './render-query';
import type { DiscoveredCandidate, DiscoveryDeps, DiscoverySettings, Provider, StoryQuery } from './types';

export const GUARDIAN_TIMEOUT_MS = 8_000;
const LABEL = 'The Guardian';

interface GuardianResult {
  webUrl?: unknown;
  webTitle?: unknown;
  webPublicationDate?: unknown;
  fields?: Record<string, unknown>;
}

/** bodyText has no markup; paragraphs survive only as line breaks, when the API keeps them. */
export function bodyParagraphs(bodyText: string): string[] {
  return bodyText
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function parseGuardianResponse(body: string, lang = 'en'): DiscoveredCandidate[] {
  let doc: { response?: { status?: unknown; message?: unknown; results?: unknown } ; message?: unknown };
  try {
    doc = JSON.parse(body);
  } catch {
    throw providerError('guardian', 'bad-response', LABEL, 'providerBroken');
  }
  const response = doc?.response;
  if (!response || typeof response !== 'object') {
    throw providerError('guardian', 'bad-response', LABEL, 'providerNotUnderstood');
  }
  if (response.status !== 'ok') {
    const message = str(response.message) || str(doc.message);
    throw message ? providerError('guardian', 'http-error', LABEL, 'providerRefusedSaying', [message]) : providerError('guardian', 'http-error', LABEL, 'providerRefused');
  }
  if (!Array.isArray(response.results)) return [];
  const out: DiscoveredCandidate[] = [];
  for (const r of response.results as GuardianResult[]) {
    const url = str(r?.webUrl);
    const title = str(r?.webTitle).trim();
    if (!/^https?:\/\//.test(url) || !title) continue;
    const fields = r.fields ?? {};
    const published = str(fields.firstPublicationDate) || str(r.webPublicationDate) || null;
    const paragraphs = bodyParagraphs(str(fields.bodyText));
    const snippet = str(fields.trailText).replace(/<[^>]*>/g, '').trim();
    const article: Article | undefined =
      paragraphs.length > 0 ? { title, outlet: LABEL, url, publishedTime: published, lang, byline: null, paragraphs } : undefined;
    out.push({ url, title, outlet: LABEL, snippet: snippet || undefined, publishedTime: published, providers: ['guardian'], article });
  }
  return out;
}

export function createGuardianProvider(deps: DiscoveryDeps, settings: DiscoverySettings): Provider | null {
  const key = settings.guardianApiKey?.trim();
  if (!key) return null;
  return {
    id: 'guardian',
    label: LABEL,
    async search(query: StoryQuery, signal: AbortSignal) {
      const rendered = renderGuardian(query, key);
      if (!rendered) return [];
      let response;
      try {
        response = await providerRequest({
          provider: 'guardian',
          label: LABEL,
          url: withParams(settings.guardianBaseUrl, '/search', rendered.params),
          fetch: deps.fetch,
          clock: deps.clock,
          signal,
          timeoutMs: GUARDIAN_TIMEOUT_MS,
        });
      } catch (e) {
        if (e instanceof ProviderError && (e.status === 401 || e.status === 403)) {
          throw providerError('guardian', 'http-error', LABEL, 'providerKeyRefused', [], { status: e.status });
        }
        throw e;
      }
      return keepRelevant(parseGuardianResponse(response.text, query.lang), query);
    },
  };
}
