// The promise of `npm run demo`: every personal field of the bundled examples is found, with
// the right categories, and nothing else is reported as personal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const expected = JSON.parse(readFileSync(path.join(root, 'test/fixtures/examples.expected.json'), 'utf8')) as Record<string, Record<string, string[]>>;

describe('bundled examples', async () => {
  const run = await runCli(['scan', 'examples', '--format', 'json', '--fail-on', 'critical'], { cwd: root });
  const result = JSON.parse(run.stdout) as ScanResult;

  it('scans every example without errors', () => {
    expect(result.errors.filter((e) => e.level === 'error')).toEqual([]);
    expect(result.datasets.map((d) => d.name).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [dataset, fields] of Object.entries(expected)) {
    it(`classifies every field of ${dataset} exactly`, () => {
      const actual = Object.fromEntries(
        result.fields.filter((f) => f.dataset === dataset).map((f) => [f.field, f.categories.map((c) => c.id).sort()]),
      );
      const want = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [...v].sort()]));
      expect(actual).toEqual(want);
    });
  }
});
