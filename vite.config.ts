import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Build 1 of 2 (scripts/build.mjs runs both): the extension pages and the background, as ES modules with
// shared chunks. The background must stay free of dynamic import(): it is forbidden in a service worker.
const r = (p: string) => resolve(import.meta.dirname, p);
export const STAGE_DIR = r('dist/.stage');

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir: STAGE_DIR,
    emptyOutDir: true,
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
