// `--engine duckdb`: CSV read by DuckDB's reader gives the same fields and rows as the built-in one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Row } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';

async function readRows(dataset: Dataset): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of dataset.batches!({ warn: () => undefined })) rows.push(...batch);
  return rows;
}

describe('CSV through DuckDB', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'datamin-duckdb-csv-'));
  writeFileSync(path.join(dir, 'people.csv'), 'id,email,joined\n1,anna@example.com,2024-01-05\n2,"bob@example.org",2019-03-01\n3,,2025-07-30\n');

  it('opens a CSV with the same fields and values as the built-in reader', async () => {
    const viaDuckdb = await openSource('people.csv', dir, { engine: 'duckdb' });
    const builtin = await openSource('people.csv', dir);
    try {
      expect(viaDuckdb.kind).toBe('csv');
      const [a] = viaDuckdb.datasets;
      const [b] = builtin.datasets;
      expect(a.name).toBe('people');
      expect(a.fields.map((f) => f.name)).toEqual(b.fields.map((f) => f.name));
      const rows = await readRows(a);
      expect(rows.map((r) => r[1] ?? null)).toEqual(['anna@example.com', 'bob@example.org', null]);
      expect(await a.aggregate!.rowCount()).toBe(3);
    } finally {
      await viaDuckdb.close?.();
    }
  });

  it('sniffs a tab-separated file the same way', async () => {
    writeFileSync(path.join(dir, 'tabs.tsv'), 'name\tphone\nAnna\t+49 30 1234567\n');
    const opened = await openSource('tabs.tsv', dir, { engine: 'duckdb' });
    try {
      expect(opened.datasets[0].fields.map((f) => f.name)).toEqual(['name', 'phone']);
      expect(await readRows(opened.datasets[0])).toEqual([['Anna', '+49 30 1234567']]);
    } finally {
      await opened.close?.();
    }
  });
});
