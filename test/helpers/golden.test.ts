// The golden-file helper of the CLI cases: a missing golden file fails and is not created; only
// the explicit update (npm run golden:update), never in CI, writes one.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MissingGoldenError, readGolden, updatingGoldens } from './golden.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('golden files', () => {
  it('fail when missing, and are not written by reading them', () => {
    const file = path.join(dir, 'missing', 'expected.json');
    expect(() => readGolden(file, { exitCode: 0 }, false)).toThrow(MissingGoldenError);
    expect(existsSync(file)).toBe(false);
  });

  it('are read as they are, whatever was seen', () => {
    const file = path.join(dir, 'kept.json');
    writeFileSync(file, JSON.stringify({ exitCode: 1 }));
    expect(readGolden(file, { exitCode: 0 }, false)).toEqual({ exitCode: 1 });
  });

  it('are written only by the explicit update, keeping fields the test does not see', () => {
    const file = path.join(dir, 'updated.json');
    writeFileSync(file, JSON.stringify({ exitCode: 1, neverPrinted: ['x'] }));
    expect(readGolden(file, { exitCode: 0 }, true)).toEqual({ exitCode: 0, neverPrinted: ['x'] });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ exitCode: 0, neverPrinted: ['x'] });
  });

  it('are updated only under npm run golden:update, and never in CI', () => {
    expect(updatingGoldens({})).toBe(false);
    expect(updatingGoldens({ UPDATE_SNAPSHOT: '1' })).toBe(false);
    expect(updatingGoldens({ DATAMIN_GOLDEN_UPDATE: '1' })).toBe(true);
    expect(updatingGoldens({ DATAMIN_GOLDEN_UPDATE: '1', CI: 'true' })).toBe(false);
  });
});
