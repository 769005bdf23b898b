import { defineConfig } from 'vitest/config';

// End-to-end tests drive real headless Chromium (and Firefox ESR) with the built extension loaded.
// One file at a time: two browsers on a 2-core machine make timings and focus flaky.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
