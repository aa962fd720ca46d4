// Parquet files, read through DuckDB (the optional package @duckdb/node-api, loaded only when
// needed). Columns from DESCRIBE, every row streamed in
// DuckDB's chunks, counts and day histograms computed by DuckDB.
import { SourceError, type OpenedSource, type ReadContext, type Row } from '../../model/index.js';
import type { SourceFile, StreamOptions } from '../text-stream.js';
import { describeDuckdbError, loadDuckdb, type DuckdbConnection } from './duckdb-module.js';
import { quoteIdent, toCell } from './shared.js';

export const PARQUET_PACKAGE_HINT = 'reading Parquet needs the optional package @duckdb/node-api: npm install @duckdb/node-api';

/** How DuckDB reads one file kind. */
interface DuckdbReader {
  kind: 'parquet';
  /** A DuckDB table function taking the path as $1. */
  tableFunction: string;
  what: string;
  missingHint: string;
}

const PARQUET: DuckdbReader = { kind: 'parquet', tableFunction: 'read_parquet($1)', what: 'Parquet file', missingHint: PARQUET_PACKAGE_HINT };

/** DuckDB types read as dates for retention counting. */
const DATE_TYPE = /^(DATE|TIMESTAMP)/;
/** Binary columns are not text and are skipped like database blobs. */
const BINARY_TYPE = /^(BLOB|BYTEA|BINARY|VARBINARY)$/;

export function openParquet(source: SourceFile, _options: StreamOptions = {}): Promise<OpenedSource> {
  return openWithDuckdb(source, PARQUET);
}

/**
 * Opens a file as one dataset named after the file stem. The file is passed as a bound
 * parameter, never spliced into SQL. `autoinstall_known_extensions` is off: Parquet support is
 * built in, and nothing may be downloaded during a scan.
 */
async function openWithDuckdb(source: SourceFile, reader: DuckdbReader): Promise<OpenedSource> {
  const duckdb = await loadDuckdb();
  if (!duckdb) throw new SourceError(reader.missingHint, source.location);
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    enable_external_access: 'true',
  });
  let connection: DuckdbConnection;
  let described: Array<{ name: string; type: string }>;
  try {
    connection = await instance.connect();
    const describe = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader.tableFunction}`, [source.file]);
    // DESCRIBE's first two columns are column_name and column_type.
    described = describe.getRowsJson().map((r) => ({ name: asText(r[0]), type: asText(r[1]) }));
  } catch (error) {
    instance.closeSync();
    throw new SourceError(`not a readable ${reader.what} (${describeDuckdbError(error)})`, source.location);
  }
  const from = reader.tableFunction;
  const params = [source.file];
  const selectList = described.map((c) => (BINARY_TYPE.test(c.type) ? 'NULL' : quoteIdent(c.name))).join(', ') || 'NULL';
  let rowCount: Promise<number> | undefined;

  async function* batches(ctx: ReadContext): AsyncGenerator<Row[]> {
    let result;
    try {
      result = await connection.stream(`SELECT ${selectList} FROM ${from}`, params);
    } catch (error) {
      throw new SourceError(`cannot read the ${reader.what} (${describeDuckdbError(error)})`, source.location);
    }
    let rows = 0;
    for await (const chunk of result.yieldRowsJson()) {
      if (ctx.signal?.aborted) return;
      const batch = chunk.map((values): Row => values.map((value, i) => (BINARY_TYPE.test(described[i]?.type ?? '') ? undefined : toCell(value))));
      rows += batch.length;
      yield batch;
      ctx.progress?.(0, rows);
    }
  }

  return {
    kind: reader.kind,
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets: [
      {
        kind: reader.kind,
        name: source.name,
        location: source.location,
        sizeBytes: source.sizeBytes,
        fields: described.map((c) => ({ name: c.name, type: c.type })),
        batches,
        async *rows(ctx: ReadContext) {
          for await (const batch of batches(ctx)) yield* batch;
        },
        aggregate: {
          // Parquet footers hold the row count, so there this reads no data pages.
          rowCount: () =>
            (rowCount ??= connection.runAndReadAll(`SELECT count(*) FROM ${from}`, params).then((r) => Number(r.getRowsJson()[0][0]))),
          async dayHistogram(field) {
            const column = described.find((c) => c.name === field);
            if (!column || !DATE_TYPE.test(column.type)) return undefined;
            const reader = await connection.runAndReadAll(
              `SELECT CAST(${quoteIdent(field)} AS DATE) - DATE '1970-01-01' AS day, count(*) AS n FROM ${from}
                WHERE ${quoteIdent(field)} IS NOT NULL AND isfinite(${quoteIdent(field)}) GROUP BY day`,
              params,
            );
            return new Map(reader.getRowsJson().map((r) => [Number(r[0]), Number(r[1])]));
          },
        },
      },
    ],
    close: () => {
      connection.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
