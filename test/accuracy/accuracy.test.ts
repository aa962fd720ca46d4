// Accuracy regression (issue 3): scans the small synthetic benchmark corpus through the CLI and
// fails when field-level F1 drops more than 0.01 below the committed figure, or when any
// look-alike column is reported.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL, generateCorpus, type ColumnLabel } from '../../scripts/accuracy/corpus.mjs';
import { score, type Score } from '../../scripts/accuracy/score.mjs';
import { runCli } from '../helpers/run-cli.js';

interface CommittedFigures {
  small: { rows: number; seed: number; field: { f1: number } };
}

const figures = JSON.parse(readFileSync(new URL('../fixtures/accuracy/figures.json', import.meta.url), 'utf8')) as CommittedFigures;

describe('accuracy benchmark (small synthetic corpus)', () => {
  let dir: string;
  let labels: ColumnLabel[];
  let result: Score;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'datamin-accuracy-'));
    labels = generateCorpus({ dir, rows: SMALL.rows, seed: SMALL.seed });
    const run = await runCli(['scan', dir, '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(run.code);
    result = score(labels, JSON.parse(run.stdout) as Parameters<typeof score>[1]);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scans every labelled column', () => {
    expect(figures.small.rows).toBe(SMALL.rows);
    expect(result.notScanned).toBe(0);
    expect(labels.some((l) => l.lookalike)).toBe(true);
    expect(labels.some((l) => l.obscure)).toBe(true);
  });

  it('keeps field-level F1 within 0.01 of the committed figure', () => {
    expect(result.field.f1).not.toBeNull();
    expect(result.field.f1!).toBeGreaterThanOrEqual(figures.small.field.f1 - 0.01);
  });

  it('reports no look-alike column', () => {
    expect(result.lookalikeHits).toEqual([]);
  });
});
