#!/usr/bin/env node
// `npm run build`: both Vite builds into dist/.stage, then per-browser copies with derived manifests:
//   dist/chrome/      service worker + offscreen document      → dist/parallax-chrome-<version>.zip
//   dist/firefox/     event page (background.scripts), gecko id → dist/parallax-firefox-<version>.zip
//   dist/chrome-e2e/  dist/chrome plus a host permission for 127.0.0.1 (tests only, never zipped;
//                     see scripts/lib/manifest.mjs for why)
//   dist/firefox-e2e/ dist/firefox plus the same host permission (tests only, never zipped)
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { drawIcon, ICON_SIZES } from './lib/icons.mjs';
import { deriveManifest } from './lib/manifest.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// PARALLAX_DIST: a private output folder, so a build (a bench, a test run) never races another one in dist/.
const DIST = process.env.PARALLAX_DIST ? resolve(process.env.PARALLAX_DIST) : join(ROOT, 'dist');
const STAGE = join(DIST, '.stage');
const quiet = process.argv.includes('--quiet');

// The HTML entries keep their source folders in Vite's output; the manifest wants them at the root.
// Their asset URLs are absolute (/assets/…), so moving the files is safe.
const PAGES = { 'popup/popup.html': 'popup.html', 'popup/options.html': 'options.html', 'popup/compare-page/compare.html': 'compare.html', 'extension/offscreen/offscreen.html': 'offscreen.html' };

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

function zipDir(dir, target) {
  const files = {};
  for (const file of listFiles(dir).sort()) files[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime: new Date('2025-01-01T00:00:00Z') }];
  writeFileSync(target, zipSync(files, { level: 9 }));
}

export async function buildAll() {
  const started = performance.now();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const logLevel = quiet ? 'warn' : 'info';

  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel });
  await build({ configFile: join(ROOT, 'vite.content.config.ts'), logLevel });
  // The command line (bin/parallax.js) runs the same engine and extraction from dist/cli/. A private
  // build (PARALLAX_DIST) is for the extension only: dist/cli has a fixed place that bin/ relies on.
  if (!process.env.PARALLAX_DIST) await build({ configFile: join(ROOT, 'vite.cli.config.ts'), logLevel });

  for (const [from, to] of Object.entries(PAGES)) {
    renameSync(join(STAGE, from), join(STAGE, to));
  }
  for (const dir of ['popup', 'extension']) rmSync(join(STAGE, dir), { recursive: true, force: true });
  cpSync(join(ROOT, '_locales'), join(STAGE, '_locales'), { recursive: true });
  // Copied as it is: its value is its last expression (extension/content/answer.js says why).
  cpSync(join(ROOT, 'extension/content/answer.js'), join(STAGE, 'content-answer.js'));
  mkdirSync(join(STAGE, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(STAGE, 'icons', `icon-${size}.png`), drawIcon(size));

  const content = readFileSync(join(STAGE, 'content.js'), 'utf8');
  if (/^\s*(import|export)\s/m.test(content)) throw new Error('content.js is not a classic script: it contains import/export.');

  for (const target of ['chrome', 'firefox', 'chrome-e2e', 'firefox-e2e']) {
    const out = join(DIST, target);
    rmSync(out, { recursive: true, force: true });
    cpSync(STAGE, out, { recursive: true });
    // Firefox never creates an offscreen document; the page would only add lint warnings.
    if (target.startsWith('firefox')) rmSync(join(out, 'offscreen.html'));
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(deriveManifest(source, target, pkg.version), null, 2)}\n`);
  }
  const zips = [];
  for (const target of ['chrome', 'firefox']) {
    const zip = join(DIST, `parallax-${target}-${pkg.version}.zip`);
    zipDir(join(DIST, target), zip);
    zips.push(zip);
  }
  rmSync(STAGE, { recursive: true, force: true });
  const ms = Math.round(performance.now() - started);
  console.log(`parallax: built ${relative(ROOT, DIST) || DIST}/{chrome,firefox,chrome-e2e,firefox-e2e}${process.env.PARALLAX_DIST ? '' : ', dist/cli'} and ${zips.map((z) => relative(ROOT, z)).join(', ')} in ${ms} ms`);
  return { dist: DIST, zips };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/build.mjs')) {
  if (!existsSync(join(ROOT, 'node_modules'))) {
    console.error('parallax: node_modules is missing; run `npm ci` first.');
    process.exit(1);
  }
  buildAll().catch((error) => {
    console.error(`parallax: build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
