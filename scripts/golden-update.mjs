#!/usr/bin/env node
// `npm run golden:update`: the one way to (re)write the golden files of the CLI cases
// (test/fixtures/cli/*/expected.json). The tests themselves never write one: a missing or
// different golden file fails them, so a new case cannot pass the first time it runs in CI.
// Review the diff this leaves before committing it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.env.CI) {
  console.error('golden-update: refusing to rewrite golden files in CI; run `npm run golden:update` locally and commit the reviewed diff');
  process.exit(2);
}
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'e2e', 'test/cli/cli.test.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATAMIN_GOLDEN_UPDATE: '1' },
});
if (run.status === 0) console.log('golden-update: done; review `git diff test/fixtures/cli` before committing');
process.exit(run.status ?? 2);
