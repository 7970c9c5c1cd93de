import { defineConfig } from 'vitest/config';

/**
 * Browser tests: a global setup builds the game and serves it with `vite preview`; the tests drive the
 * system Chromium through playwright-core (see scripts/ensure-chromium.mjs).
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
