// Test helper: opens a fixture through the registry and collects its rows, warnings and error.
import { expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Row, SourceWarning } from '../../src/model/index.js';
import { openSource, type StreamOptions } from '../../src/sources/index.js';

export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sources');

export interface ReadOutcome {
  dataset: Dataset;
  rows: Row[];
  warnings: SourceWarning[];
  error?: unknown;
  progressCalls: number;
}

/** Reads a fixture (path relative to test/fixtures/sources) to the end, keeping a thrown error. */
export async function readAll(relativePath: string, options?: StreamOptions): Promise<ReadOutcome> {
  const opened = await openSource(relativePath, fixturesDir, options);
  expect(opened.datasets).toHaveLength(1);
  const dataset = opened.datasets[0];
  const rows: Row[] = [];
  const warnings: SourceWarning[] = [];
  let progressCalls = 0;
  const ctx = { warn: (warning: SourceWarning) => warnings.push(warning), progress: () => void progressCalls++ };
  try {
    for await (const row of dataset.rows!(ctx)) rows.push([...row]);
  } catch (error) {
    return { dataset, rows, warnings, error, progressCalls };
  }
  return { dataset, rows, warnings, progressCalls };
}

export function fieldNames(dataset: Dataset): string[] {
  return dataset.fields.map((field) => field.name);
}
