// What the cloud warehouses (BigQuery, Athena, Snowflake, Trino, Databricks) share: one dataset per
// table whose rows are sampled inside the engine by the engine's own sampling clause, whose row
// count, date counts and approximate distinct counts run there as SQL; and, for those called with
// fetch rather than a vendor's client, a JSON-over-HTTP call that never prints a secret.
import { SourceError, type Dataset, type DeclaredField, type ReadContext, type Row, type SourceKind } from '../../model/index.js';
import { rowsFromBatches } from '../text-stream.js';
import { BATCH_ROWS, maskSecret, toRow } from './shared.js';

/** A table as the engine's catalog describes it. */
export interface WarehouseTable {
  schema: string;
  table: string;
  fields: DeclaredField[];
  /** Columns of a date or timestamp type: counted per day inside the engine. */
  dateColumns: Set<string>;
  /** Rows by the catalog's statistics, when it has them (sizes the sampling clause). */
  rowEstimate?: number;
}

/** How one engine writes the statements datamin sends. Every statement names its columns. */
export interface WarehouseDialect {
  kind: SourceKind;
  /** The table as a quoted, fully qualified name. */
  from(table: WarehouseTable): string;
  quote(name: string): string;
  /** The sampling statement: the engine's sampling clause plus a LIMIT of `sample` rows. */
  sampleSql(table: WarehouseTable, sample: number): string;
  /** Rows per day of a date column: `day` (days since 1970-01-01) and `n`. */
  daySql(table: WarehouseTable, column: string): string;
  /** One row of approximate distinct counts, in the order of `columns`; undefined when no column can be counted. */
  distinctSql?(table: WarehouseTable): DistinctStatement | undefined;
}

/** A statement counting distinct values of several columns at once, and the columns its one row holds. */
export interface DistinctStatement {
  sql: string;
  columns: string[];
}

/**
 * Types whose values an approximate distinct count cannot take or that say nothing as a count
 * (arrays, structs, maps, semi-structured and binary values, geometries, ClickHouse aggregate
 * states, DuckDB `T[]` lists): such columns keep the
 * sample's estimate rather than fail the table's whole statement.
 */
export const UNCOUNTED_TYPES = /array|struct|map|record|variant|object|json|super|geo|binary|bytes|blob|bytea|varbyte|hllsketch|tuple|nested|aggregatefunction|^row\b|\[/i;

/**
 * `SELECT approx(c1) AS d0, approx(c2) AS d1 FROM t`: every countable column's distinct count in
 * one pass over the table, by the engine's own approximate function (`count` writes its call).
 */
export function distinctStatement(dialect: WarehouseDialect, table: WarehouseTable, count: (quoted: string) => string): DistinctStatement | undefined {
  const columns = table.fields.filter((f) => !UNCOUNTED_TYPES.test(f.type ?? '')).map((f) => f.name);
  if (columns.length === 0) return undefined;
  const list = columns.map((c, i) => `${count(dialect.quote(c))} AS d${i}`).join(', ');
  return { sql: `SELECT ${list} FROM ${dialect.from(table)}`, columns };
}

/** Runs one statement and returns its rows as arrays aligned with the selected columns. */
export interface WarehouseClient {
  readonly location: string;
  query(sql: string): Promise<unknown[][]>;
}

/** `SELECT count(*)` for every engine: exact, counted inside it. */
export function countSql(dialect: WarehouseDialect, table: WarehouseTable): string {
  return `SELECT count(*) AS n FROM ${dialect.from(table)}`;
}

/** The column list of a sample: never `*`, so a sample reads only the columns it classifies. */
export function columnList(dialect: WarehouseDialect, table: WarehouseTable): string {
  return table.fields.map((f) => dialect.quote(f.name)).join(', ') || 'NULL';
}

/** The percentage of rows a sampling clause asks for to yield about `sample` rows (twice that, capped at 100). */
export function samplePercent(rowEstimate: number | undefined, sample: number): number | undefined {
  if (rowEstimate === undefined || rowEstimate <= 0) return undefined;
  const percent = (200 * sample) / rowEstimate;
  return percent >= 100 ? undefined : Number(percent.toPrecision(4));
}

export function warehouseDataset(client: WarehouseClient, dialect: WarehouseDialect, table: WarehouseTable, name: string, sample: number): Dataset {
  const failure = (doing: string, error: unknown): SourceError =>
    error instanceof SourceError && error.message.startsWith('table ')
      ? error
      : new SourceError(`table ${table.schema}.${table.table}: ${doing} failed: ${error instanceof Error ? error.message : String(error)}`, client.location);
  let rowCount: Promise<number> | undefined;
  async function* batches(ctx: ReadContext): AsyncGenerator<Row[]> {
    let rows: unknown[][];
    try {
      rows = await client.query(dialect.sampleSql(table, sample));
    } catch (error) {
      throw failure('sampling', error);
    }
    for (let i = 0; i < rows.length; i += BATCH_ROWS) {
      if (ctx.signal?.aborted) return;
      const batch = rows.slice(i, i + BATCH_ROWS).map((values) => (table.fields.length > 0 ? toRow(values) : []));
      yield batch;
      ctx.progress?.(0, i + batch.length);
    }
  }
  return {
    kind: dialect.kind,
    name,
    location: client.location,
    fields: table.fields,
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
    aggregate: {
      rowCount: () =>
        (rowCount ??= client.query(countSql(dialect, table)).then(
          (rows) => Number(rows[0]?.[0] ?? 0),
          (error: unknown) => {
            throw failure('counting rows', error);
          },
        )),
      async dayHistogram(field) {
        if (!table.dateColumns.has(field)) return undefined;
        const rows = await client.query(dialect.daySql(table, field)).catch((error: unknown) => {
          throw failure(`counting the dates of column ${field}`, error);
        });
        return new Map(rows.map((r) => [Number(r[0]), Number(r[1])]));
      },
      async distinctCounts() {
        const statement = dialect.distinctSql?.(table);
        if (!statement) return new Map<string, number>();
        const rows = await client.query(statement.sql).catch((error: unknown) => {
          throw failure('counting distinct values', error);
        });
        return new Map(statement.columns.map((c, i) => [c, Number(rows[0]?.[i] ?? 0)]));
      },
    },
  };
}

/** A JSON request; a failure's message is the service's own error text with every secret masked. */
export async function fetchJson(url: string, init: RequestInit & { timeoutMs: number; secrets: readonly string[]; what: string }): Promise<unknown> {
  const mask = (text: string): string => init.secrets.reduce((t, s) => maskSecret(t, s), text);
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${init.timeoutMs / 1000} s` : (cause ?? (error as Error).message);
    throw new Error(`${init.what}: ${mask(reason)}`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const message = errorMessage(body) ?? `HTTP ${response.status}`;
    throw new Error(`${init.what}: ${mask(message)}`);
  }
  if (body === undefined) throw new Error(`${init.what}: the answer is not JSON`);
  return body;
}

/** The error text of the usual JSON error shapes (Google `error.message`, Snowflake `message`, Trino `error.message`). */
function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { error?: { message?: unknown } | string; message?: unknown; error_description?: unknown };
  if (typeof b.error === 'object' && typeof b.error.message === 'string') return b.error.message;
  if (typeof b.message === 'string') return b.message;
  if (typeof b.error_description === 'string') return b.error_description;
  if (typeof b.error === 'string') return b.error;
  return undefined;
}
