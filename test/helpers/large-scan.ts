// The realistic large scan of issue 22 for the report tests: 150 datasets and about 5,000 fields
// from scripts/make-large-scan.mjs, baselined part-way, scanned in-process once per test file
// and kept as the JSON result; reports are rendered from it with `datamin report`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASELINE_FILE, writeBaselineInputs, writeNewInputs } from '../../scripts/make-large-scan.mjs';
import type { ScanResult } from '../../src/model/index.js';
import { runCli } from './run-cli.js';

export { DATASETS, datasetNames, personalDatasetNames } from '../../scripts/make-large-scan.mjs';

export interface LargeScan {
  /** The generated inputs (schema/, exports/, datamin.yaml, the baseline). */
  dir: string;
  /** The scan's JSON result, written by `datamin scan --format json`. */
  resultFile: string;
  result: ScanResult;
}

let made: Promise<LargeScan> | undefined;

async function make(): Promise<LargeScan> {
  const dir = mkdtempSync(path.join(tmpdir(), 'datamin-large-'));
  const config = path.join(dir, 'datamin.yaml');
  writeBaselineInputs(dir);
  const baseline = await runCli(['baseline', 'schema', '-c', config, '-o', BASELINE_FILE, '-q'], { cwd: dir });
  if (baseline.code !== 0) throw new Error(`datamin baseline failed (${baseline.code}): ${baseline.stderr}`);
  writeNewInputs(dir);
  const resultFile = path.join(dir, 'result.json');
  const scan = await runCli(['scan', 'schema', 'exports', '-c', config, '--baseline', BASELINE_FILE, '--format', 'json', '-o', resultFile, '-q'], { cwd: dir });
  if (scan.code !== 1 || scan.stderr !== '') throw new Error(`datamin scan gave ${scan.code}: ${scan.stderr}`);
  return { dir, resultFile, result: JSON.parse(readFileSync(resultFile, 'utf8')) as ScanResult };
}

/** The large scan, made on first use and shared by the tests of one file. */
export function largeScan(): Promise<LargeScan> {
  made ??= make();
  return made;
}

/** Renders the large scan's result to `file` (format from its extension) with `datamin report`. */
export async function renderLargeScan(file: string): Promise<void> {
  const { dir, resultFile } = await largeScan();
  const run = await runCli(['report', resultFile, '--output', file], { cwd: dir });
  if (run.code !== 0) throw new Error(`datamin report failed (${run.code}): ${run.stderr}`);
}
