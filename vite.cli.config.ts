import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Build 3: the command line as one Node ES module. Dependencies stay external (they are in
// node_modules after `npm ci`), so the bundle is small and linkedom is not re-bundled.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: resolve(import.meta.dirname, 'cli/main.ts'),
    rolldownOptions: { output: { entryFileNames: 'parallax.mjs', format: 'es' } },
  },
});
