// Test helper: opens a .sql file and streams all of its tables, keeping rows per table, warnings and a thrown error.
import type { OpenedSource, Row, SourceWarning } from '../../../src/model/index.js';
import { openSource, type StreamOptions } from '../../../src/sources/index.js';

export interface SqlOutcome {
  opened: OpenedSource;
  rows: Map<string, Row[]>;
  warnings: SourceWarning[];
  error?: unknown;
}

/** Opens a .sql file and streams every table through `interleaved`, keeping a thrown error. */
export async function readSql(file: string, cwd: string, options?: StreamOptions): Promise<SqlOutcome> {
  const opened = await openSource(file, cwd, options);
  const rows = new Map<string, Row[]>();
  const warnings: SourceWarning[] = [...(opened.warnings ?? [])];
  if (!opened.interleaved) return { opened, rows, warnings };
  try {
    for await (const batch of opened.interleaved({ warn: (warning) => warnings.push(warning) })) {
      const name = opened.datasets[batch.dataset].name;
      const list = rows.get(name) ?? [];
      for (const row of batch.rows) list.push(row);
      rows.set(name, list);
    }
  } catch (error) {
    return { opened, rows, warnings, error };
  }
  return { opened, rows, warnings };
}
