// Reads every row of one dataset of an input again, as the counts of stream-counts.ts take
// them. Databases are read whole (no sample); warnings were reported by the scan already.
import type { ReadContext, Row } from '../../model/dataset.js';
import { SourceError } from '../../model/dataset.js';
import { ALL_ROWS } from '../../model/sample.js';
import { openSource, openUrl } from '../../sources/index.js';
import { headerCellsAreValues } from '../header-check.js';
import type { RowBatches } from './stream-counts.js';
import type { CountInput } from './index.js';

const BATCH = 1_000;

export async function* rowBatches(input: CountInput, datasetName: string): RowBatches {
  const ctx: ReadContext = { warn: () => undefined };
  const opened =
    input.url !== undefined
      ? await openUrl(input.url, { cwd: input.cwd, rowLimit: ALL_ROWS })
      : await openSource(input.file!, input.cwd, { rowLimit: ALL_ROWS, headerCellsAreValues });
  try {
    const index = opened.datasets.findIndex((d) => d.name === datasetName);
    if (index < 0 && !opened.interleaved) throw new SourceError(`dataset ${datasetName} not found when reading it again`, opened.location);
    if (opened.interleaved) {
      for await (const { dataset, rows } of opened.interleaved(ctx)) {
        const d = opened.datasets[dataset];
        if (d.name === datasetName) yield { fields: d.fields.map((f) => f.name), rows };
      }
      return;
    }
    const dataset = opened.datasets[index];
    if (dataset.batches) {
      for await (const rows of dataset.batches(ctx)) yield { fields: dataset.fields.map((f) => f.name), rows };
    } else if (dataset.rows) {
      let rows: Row[] = [];
      for await (const row of dataset.rows(ctx)) {
        rows.push(row);
        if (rows.length >= BATCH) {
          yield { fields: dataset.fields.map((f) => f.name), rows };
          rows = [];
        }
      }
      if (rows.length > 0) yield { fields: dataset.fields.map((f) => f.name), rows };
    }
  } finally {
    await opened.close?.().catch(() => undefined);
  }
}
