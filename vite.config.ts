import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Build 1 of 2 (scripts/build.mjs runs both): the extension pages and the background, as ES modules with
// shared chunks. The background must stay free of dynamic import(): it is forbidden in a service worker.
const r = (p: string) => resolve(import.meta.dirname, p);
// PARALLAX_DIST (scripts/build.mjs): a private output folder instead of dist/.
export const STAGE_DIR = resolve(process.env.PARALLAX_DIST ? resolve(process.env.PARALLAX_DIST) : r('dist'), '.stage');

/**
 * popup.html's first load, shaped at build time:
 * - its stylesheet written into the page: a <link> blocks the first paint until the file is read, and in
 *   a fresh browser that read came last (first paint 100+ ms). CSP allows it: only scripts are 'self'.
 * - a modulepreload link for every chunk its entry imports, statically or through the app's import()
 *   (popup/main.tsx asks for the article first and loads the app meanwhile): all read from the start,
 *   not one level of imports at a time.
 */
function popupFirstLoad(): Plugin {
  return {
    name: 'parallax-popup-first-load',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('popup/popup.html'));
      if (!page || page.type !== 'asset') return;
      let html = String(page.source).replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)">/g, (link, file: string) => {
        const css = bundle[file];
        return css && css.type === 'asset' ? `<style>${String(css.source)}</style>` : link;
      });
      const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      const chunk = entry ? bundle[entry] : undefined;
      if (chunk?.type === 'chunk') {
        const later = new Set<string>();
        const visit = (file: string) => {
          const c = bundle[file];
          if (later.has(file) || c?.type !== 'chunk') return;
          later.add(file);
          c.imports.forEach(visit);
          c.dynamicImports.forEach(visit);
        };
        later.add(entry!);
        chunk.imports.forEach(visit);
        chunk.dynamicImports.forEach(visit);
        later.delete(entry!);
        const links = [...later].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('\n    ');
        html = html.replace('</head>', `  ${links}\n  </head>`);
      }
      page.source = html;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  plugins: [preact(), popupFirstLoad()],
  build: {
    outDir: STAGE_DIR,
    emptyOutDir: true,
    // popup.html gets its modulepreload links from popupFirstLoad() above; Vite's own would wrap the app's
    // import() in a helper that also waits for the shared stylesheet, which the popup already carries.
    modulePreload: false,
    target: 'es2022',
    // Readable stack traces from reader reports matter more than a few kB in a local extension.
    sourcemap: false,
    rolldownOptions: {
      input: {
        popup: r('popup/popup.html'),
        options: r('popup/options.html'),
        compare: r('popup/compare-page/compare.html'),
        offscreen: r('extension/offscreen/offscreen.html'),
        background: r('extension/background/main.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
