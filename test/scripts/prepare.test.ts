// scripts/prepare.mjs decides whether `prepare` (run on every npm ci, npm pack and git install)
// has to build: only when the bundle is missing or a build input changed after it.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, distIsFresh } from '../../scripts/prepare.mjs';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A checkout with every build input written at `inputsAt` and, unless null, a bundle at `bundleAt` (seconds). */
function checkout(inputsAt: number, bundleAt: number | null): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-prepare-'));
  dirs.push(dir);
  for (const input of ['src/cli/main.ts', 'schemas/a.schema.json', 'package.json', 'tsconfig.json']) {
    mkdirSync(path.dirname(path.join(dir, input)), { recursive: true });
    writeFileSync(path.join(dir, input), 'x');
    utimesSync(path.join(dir, input), inputsAt, inputsAt);
  }
  for (const folder of ['src/cli', 'src', 'schemas']) utimesSync(path.join(dir, folder), inputsAt, inputsAt);
  if (bundleAt !== null) {
    mkdirSync(path.join(dir, 'dist/bundle'), { recursive: true });
    writeFileSync(path.join(dir, 'dist/bundle/main.js'), 'x');
    utimesSync(path.join(dir, 'dist/bundle/main.js'), bundleAt, bundleAt);
  }
  return dir;
}

describe('prepare: is dist/ fresh?', () => {
  it('no bundle (a fresh clone, a git install): build', () => {
    expect(distIsFresh(checkout(1_000, null))).toBe(false);
  });

  it('a bundle newer than every input: nothing to do', () => {
    expect(distIsFresh(checkout(1_000, 2_000))).toBe(true);
  });

  it('an input changed after the bundle, however deep: build', () => {
    const dir = checkout(1_000, 2_000);
    utimesSync(path.join(dir, 'src/cli/main.ts'), 3_000, 3_000);
    expect(distIsFresh(dir)).toBe(false);
  });

  it('reads what the build reads', () => {
    expect(BUILD_INPUTS).toEqual(expect.arrayContaining(['src', 'schemas', 'package.json', 'tsconfig.build.json', 'scripts/bundle.mjs', 'scripts/build-validators.mjs']));
  });
});
