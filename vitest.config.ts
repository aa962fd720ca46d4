// Three projects. `unit` needs no build (it imports src/ through Vite) and runs in seconds while
// you work (`npm run test:unit`). `slow` needs no build either but spends seconds per file:
// generated sweeps checked against a reference library, linear-time checks at two sizes, reports
// of a 5,000-field scan, a real Chromium. `e2e` runs the built CLI, the bundle, the precompiled
// validators, databases and scripts, so it needs a dist/ built from the current sources
// (test/helpers/dist-fresh.ts refuses a stale one). `npm test` (CI) builds and runs all three.
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

/** Unit tests that take seconds (each over ~1.5 s in CI): whole files, so no case is skipped anywhere. */
export const SLOW_TESTS = [
  'test/reporters/large-reports.test.ts', // renders every report of a 5,000-field scan
  'test/reporters/audit-labels.test.ts', // the same large scan's HTML and PDF
  'test/reporters/pdf.test.ts', // Chromium and poppler
  'test/reporters/html.test.ts', // Chromium
  'test/reporters/html-pdf-report-command.test.ts', // Chromium
  'test/detectors/phone-international.test.ts', // generated numbers against libphonenumber-js
  'test/detectors/phone-national.test.ts', // generated numbers against libphonenumber-js
  'test/detectors/phone-validity.test.ts', // generated numbers against libphonenumber-js
  'test/sources/csv-linear.test.ts', // linear time at two sizes
  'test/sources/csv-records.test.ts', // the record scanner against papaparse over generated shapes
  'test/sources/orm/hostile.test.ts', // hundreds of seeded mutations, linear time
  'test/scripts/fuzz-budget.test.ts', // real processes spun to their CPU and wall budgets
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // beforeAll hooks that run the CLI several times: 10 s (the default) is not enough on a loaded runner.
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...E2E_TESTS, ...SLOW_TESTS] } },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS } },
      { extends: true, test: { name: 'e2e', include: E2E_TESTS, globalSetup: ['test/helpers/dist-fresh.ts'] } },
    ],
  },
});
