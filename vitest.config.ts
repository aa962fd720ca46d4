// Two projects: `unit` needs no build (it imports src/ through Vite) and runs in seconds;
// `e2e` runs the built CLI, the bundle, the precompiled validators, databases and scripts,
// so it needs a dist/ built from the current sources (test/helpers/dist-fresh.ts refuses a
// stale one). `npm test` (CI) builds and runs both; `npm run test:unit` runs the first alone.
import { defineConfig } from 'vitest/config';

/** Tests that need dist/ (bin/datamin.js, dist/…), spawn the CLI, or talk to databases. */
export const E2E_TESTS = [
  'test/cli/**/*.test.ts',
  'test/integrations/**/*.test.ts',
  'test/install/**/*.test.ts',
  'test/accuracy/**/*.test.ts',
  'test/scripts/fuzz.test.ts',
  'test/scripts/result-identity.test.ts',
  'test/readme.test.ts',
  'test/config/precompiled-validators.test.ts',
  'test/sources/db/**/*.test.ts',
  'test/sources/warehouses/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E_TESTS } },
      { extends: true, test: { name: 'e2e', include: E2E_TESTS, globalSetup: ['test/helpers/dist-fresh.ts'] } },
    ],
  },
});
