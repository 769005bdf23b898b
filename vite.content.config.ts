import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Build 2 of 2: the content script as ONE classic IIFE. An ES module injected with
// scripting.executeScript fails silently (the call resolves, the page logs an import error), and IIFE
// output cannot code-split, hence a build of its own that keeps build 1's output (emptyOutDir: false).
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') }, // lib mode does not replace it
  build: {
    outDir: resolve(process.env.PARALLAX_DIST ? resolve(process.env.PARALLAX_DIST) : resolve(import.meta.dirname, 'dist'), '.stage'),
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'extension/content/main.ts'),
      formats: ['iife'],
      name: 'parallaxContent',
      fileName: () => 'content.js',
    },
  },
});
