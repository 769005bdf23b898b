// The size budget, checked on every `npm test`: popup JS ≤ 40 KB gzipped, content script ≤ 35 KB gzipped,
// each zipped package ≤ 600 KB. "Popup JS" is every script popup.html loads (its entry and the chunks it
// imports), since that is what the reader waits for when clicking the button.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
// PARALLAX_DIST: a private build (scripts/build.mjs), as the e2e suites take EXT_DIR.
const DIST_ROOT = process.env.PARALLAX_DIST ? resolve(process.env.PARALLAX_DIST) : resolve(ROOT, 'dist');
const DIST = resolve(DIST_ROOT, 'chrome');
const KB = 1024;
const BUDGET = { popup: 40 * KB, content: 35 * KB, zip: 600 * KB };

beforeAll(() => {
  if (!existsSync(resolve(DIST, 'popup.html')) || !existsSync(resolve(DIST, 'compare.html'))) {
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'pipe' });
  }
}, 180_000);

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The entry script of an HTML page and, transitively, every chunk it imports (statically or with import()). */
function pageScripts(page: string): string[] {
  const html = readFileSync(resolve(DIST, page), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const js = readFileSync(resolve(DIST, file), 'utf8');
    // Static imports and import() alike: the popup asks for the article from a small first chunk and
    // loads the app with import(), and the reader waits for both.
    for (const m of js.matchAll(/(?:import|from)\s*\(?\s*["'`]\.?\/?([^"'`]+\.js)["'`]/g)) queue.push(m[1].startsWith('assets/') ? m[1] : `assets/${m[1]}`);
  }
  return [...seen];
}

describe('bundle budget', () => {
  it('popup JS, content script and packages fit', () => {
    const popupFiles = pageScripts('popup.html');
    const popup = popupFiles.reduce((n, f) => n + gz(resolve(DIST, f)), 0);
    const content = gz(resolve(DIST, 'content.js'));
    const zips = ['chrome', 'firefox'].map((b) => resolve(DIST_ROOT, `parallax-${b}-${JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version}.zip`));
    const zipSizes = zips.map((z) => statSync(z).size);
    console.log(
      `bundle: popup JS ${(popup / KB).toFixed(1)} KB gz (${popupFiles.length} files), content.js ${(content / KB).toFixed(1)} KB gz, ` +
        `zips ${zipSizes.map((s) => `${(s / KB).toFixed(0)} KB`).join(' / ')} (chrome / firefox)`,
    );
    expect(popupFiles.length).toBeGreaterThan(0);
    expect(popup).toBeLessThanOrEqual(BUDGET.popup);
    expect(content).toBeLessThanOrEqual(BUDGET.content);
    for (const size of zipSizes) expect(size).toBeLessThanOrEqual(BUDGET.zip);
  });
});
