import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

/** The domain's tests: pure functions, in Node, without the DOM's set-up (Testing Library, jest-dom). */
const DOMAIN_TESTS = ['tests/unit/{board,contract,present,records,spreadsheet}/**/*.test.ts', 'tests/unit/{months,format,names}.test.ts'];

// Unit and integration tests, in two projects that `vitest run` runs together. The browser (e2e)
// tests have their own config and never run here.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 15_000,
    projects: [
      { extends: true, test: { name: 'domain', include: DOMAIN_TESTS, environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...DOMAIN_TESTS],
          // Node unless a file asks for jsdom (`@vitest-environment jsdom`), with Testing Library's set-up.
          setupFiles: ['tests/setup.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
