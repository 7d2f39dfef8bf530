import { defineConfig } from 'vitest/config';

// Browser tests: build once (npm run test:e2e does), then drive real headless Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
