// The demo newsstand's story (invented by us, test/fixtures/site/), extracted and compared for real, so the
// view's tests run on the engine's actual spans rather than hand-written ones. Runs in the dom project.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFromHtml } from '../../extension/content/extract';
import type { PageArticle } from '../../extension/messages';
import { compareArticles, type Comparison } from '../../src/index';

const SITE = resolve(import.meta.dirname, '..', 'fixtures', 'site');
export const DEMO = {
  wire: 'atlas-wire/world/2025/02/26/nato-eu-undersea-cables.html',
  british: 'northgate-chronicle/world/2025/feb/26/nato-eu-cable-defences-geneva.html',
  republished: 'riverbend-post/news/nato-allies-cable-defenses.html',
} as const;

// Stylesheet links dropped: happy-dom does not load CSS and would log one warning per link.
export const demoHtml = (page: keyof typeof DEMO) => readFileSync(resolve(SITE, DEMO[page]), 'utf8').replace(/<link[^>]*>/g, '');

export function demoArticle(page: keyof typeof DEMO): PageArticle {
  const result = extractFromHtml(demoHtml(page), `http://127.0.0.1:8080/${DEMO[page]}`, new DOMParser());
  if (!result.ok) throw new Error(`demo page ${page} did not extract: ${result.message}`);
  return result.article;
}

let cached: { a: PageArticle; b: PageArticle; comparison: Comparison } | null = null;
/** Atlas Wire (the reader's article, side A) against The Northgate Chronicle (side B). */
export function demoComparison() {
  if (!cached) {
    const a = demoArticle('wire');
    const b = demoArticle('british');
    cached = { a, b, comparison: compareArticles(a, b) };
  }
  return cached;
}
