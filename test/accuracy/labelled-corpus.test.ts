// Accuracy regression on the hand-labelled corpus (issue 21): each part of the frozen split keeps
// its field-level F1 within 0.01 of the committed figure, and every scanned field has a label.
// The corpus files are other people's work and not in git (corpus/README.md): where they have
// not been materialized (a fresh clone, CI) this suite is skipped and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, scorePart } from '../../scripts/accuracy/labelled.mjs';

interface CommittedFigures {
  labelled?: Record<'dev' | 'test', { sources: number; field: { f1: number } }>;
}
const figures = JSON.parse(readFileSync(new URL('../fixtures/accuracy/figures.json', import.meta.url), 'utf8')) as CommittedFigures;
const materialized = readdirSync(CORPUS).filter((id) => existsSync(join(CORPUS, id, 'files')));
const complete = figures.labelled !== undefined && materialized.length === (figures.labelled.dev.sources + figures.labelled.test.sources);

describe.skipIf(!complete)(`labelled corpus (${complete ? 'materialized' : 'skipped: corpus/*/files not materialized, see corpus/README.md'})`, () => {
  for (const part of ['dev', 'test'] as const) {
    it(`${part}: every field labelled, F1 within 0.01 of the committed figure`, () => {
      const { data, all } = scorePart(part);
      expect(data.missing).toEqual([]);
      expect(data.unlabelled).toEqual([]);
      expect(data.notScanned).toEqual([]);
      expect(all.field.f1!).toBeGreaterThanOrEqual(figures.labelled![part].field.f1 - 0.01);
    }, 600_000);
  }
  it('the committed confidence calibration is the fit of the current classifier (scripts/accuracy/fit-calibration.mjs)', () => {
    const check = spawnSync(process.execPath, ['scripts/accuracy/fit-calibration.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 600_000);
});

describe('corpus/README.md', () => {
  it('lists every source of the corpus with its split and counts (scripts/accuracy/corpus-table.mjs)', () => {
    const check = spawnSync(process.execPath, ['scripts/accuracy/corpus-table.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
