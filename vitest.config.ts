import { defineConfig } from 'vitest/config';

// Unit and corpus tests. The engine's tests run in plain Node (it must not need a DOM);
// everything else defaults to happy-dom, with jsdom opted in per file as a cross-check.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'engine',
          environment: 'node',
          include: ['test/src/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/extension/**/*.test.{ts,tsx}', 'test/popup/**/*.test.{ts,tsx}', 'test/corpus/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
