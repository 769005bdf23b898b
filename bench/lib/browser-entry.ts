// Runs inside each benchmark page: our wrapper and plain Readability 0.6.0 on the same live document.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../extension/content/extract';

export interface PageRun {
  ours: string;
  oursCode: string;
  plain: string;
  oursMs: number[];
  plainMs: number[];
}

function timed<T>(fn: () => T, reps: number, into: number[]): T {
  let out = fn();
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    out = fn();
    into.push(performance.now() - t0);
  }
  return out;
}

/** `url` is the page's real address (the benchmark serves it from 127.0.0.1), as document.URL would be. */
export function run(reps: number, url: string): PageRun {
  const oursMs: number[] = [];
  const plainMs: number[] = [];
  const ours = timed(() => extractArticle(document, url), reps, oursMs);
  const plain = timed(() => new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '', reps, plainMs);
  return {
    ours: ours.ok ? ours.article.paragraphs.join('\n\n') : '',
    oursCode: ours.ok ? 'ok' : ours.code,
    plain,
    oursMs,
    plainMs,
  };
}
