// SQLite databases (`.db`, `.sqlite`, `.sqlite3` files and `sqlite:path` URLs): one dataset per
// table, opened read-only with better-sqlite3, a deterministic spread-out sample per table and
// exact counts computed by SQLite itself.
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_SAMPLE, SourceError, rowLimitFor, type Dataset, type DeclaredField, type OpenedSource, type ReadContext, type Row } from '../../model/index.js';
import type { SourceFile, StreamOptions } from '../text-stream.js';
import { BATCH_ROWS, quoteIdent, toRow } from './shared.js';
import { rowsFromBatches } from '../text-stream.js';

/** Rows sampled per table: StreamOptions.rowLimit, rowLimitFor(DEFAULT_SAMPLE) when absent. */
export type SqliteOptions = StreamOptions;

interface TableInfo {
  name: string;
  fields: DeclaredField[];
  /** An alias of the rowid not shadowed by a column, or undefined for WITHOUT ROWID tables. */
  rowidAlias: string | undefined;
}

/**
 * The sample order is a multiplicative congruential hash of the rowid, `rowid · a mod m` with the
 * Mersenne prime m = 2³¹ − 1 and a = 950706376, a multiplier Fishman & Moore (1986, "An exhaustive
 * analysis of multiplicative congruential random number generators with modulus 2³¹ − 1") rank
 * among the best: consecutive rowids land far apart, so the N smallest hashes are spread over the
 * whole table, and the same file always gives the same sample (stable reports and baselines).
 * `ORDER BY random()` would spread as well but change on every run; SQLite has no TABLESAMPLE.
 * The product stays below 2⁶² so it never leaves SQLite's 64-bit integers.
 */
const HASH_MODULUS = 2_147_483_647;
const HASH_MULTIPLIER = 950_706_376;

/** Declared types SQLite applications use for dates (affinity rules of https://sqlite.org/datatype3.html do not cover dates). */
const DATE_TYPE = /date|time/i;
/** Text that starts with an ISO 8601 calendar date (YYYY-MM-DD). */
const ISO_DAY_GLOB = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*';

/** Opens a SQLite file found by discovery (`.db`, `.sqlite`, `.sqlite3`). */
export async function openSqliteFile(source: SourceFile, options: SqliteOptions = {}): Promise<OpenedSource> {
  return Promise.resolve(openSqlite(source.file, source.location, options.rowLimit ?? rowLimitFor(DEFAULT_SAMPLE), source.sizeBytes));
}

/** Opens `sqlite:path`, `sqlite://relative/path` or `sqlite:///absolute/path`, relative to cwd. */
export async function openSqliteUrl(url: string, options: { cwd: string; rowLimit: number }): Promise<OpenedSource> {
  let rest = url.replace(/^sqlite:/i, '');
  if (rest.startsWith('//')) rest = rest.slice(2);
  rest = rest.replace(/\?.*$/, '');
  if (rest === '') throw new SourceError('the sqlite: URL names no file (sqlite:path/to/file.db)', url);
  const file = path.resolve(options.cwd, decodeURIComponentSafe(rest));
  const location = path.relative(options.cwd, file).split(path.sep).join('/');
  return Promise.resolve(openSqlite(file, location, options.rowLimit));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function openSqlite(file: string, location: string, sample: number, sizeBytes?: number): OpenedSource {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new SourceError(describeOpenError(error), location);
  }
  const warnings: { message: string }[] = [];
  let tables: TableInfo[];
  try {
    tables = listTables(db, warnings);
  } catch (error) {
    db.close();
    throw new SourceError(describeOpenError(error), location);
  }
  return {
    kind: 'sqlite',
    location,
    ...(sizeBytes === undefined ? {} : { sizeBytes }),
    datasets: tables.map((table) => tableDataset(db, table, location, sample)),
    ...(warnings.length > 0 ? { warnings } : {}),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/** SQLite's messages name no data, only the condition; the common ones get plain wording. */
function describeOpenError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') return 'not a SQLite database (file is not a database)';
  if (code === 'SQLITE_CANTOPEN') return 'cannot open the SQLite database (file not found or not readable)';
  if (code === 'SQLITE_CORRUPT') return 'the SQLite database is corrupt';
  return `cannot read the SQLite database (${error instanceof Error ? error.message : String(error)})`;
}

function listTables(db: Database.Database, warnings: { message: string }[]): TableInfo[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as Array<{ name: string; sql: string | null }>;
  const withoutRowid = new Set(
    (db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1").all() as Array<{ name: string }>).map((r) => r.name),
  );
  const tables: TableInfo[] = [];
  for (const row of rows) {
    // Virtual tables (FTS, R*Tree) may need modules this build lacks; their shadow tables hold the data.
    if (row.sql && /^\s*create\s+virtual\s+table/i.test(row.sql)) {
      warnings.push({ message: `virtual table '${row.name}' skipped (its content is read from its shadow tables)` });
      continue;
    }
    const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?) ORDER BY cid`).all(row.name) as Array<{ name: string; type: string }>;
    const fields = columns.map((c): DeclaredField => (c.type ? { name: c.name, type: c.type } : { name: c.name }));
    const names = new Set(columns.map((c) => c.name.toLowerCase()));
    const rowidAlias = withoutRowid.has(row.name) ? undefined : ['rowid', '_rowid_', 'oid'].find((alias) => !names.has(alias));
    tables.push({ name: row.name, fields, rowidAlias });
  }
  return tables;
}

function tableDataset(db: Database.Database, table: TableInfo, location: string, sample: number): Dataset {
  const from = quoteIdent(table.name);
  const columns = table.fields.map((f) => quoteIdent(f.name)).join(', ');
  let rowCount: number | undefined;
  const countRows = (): number => (rowCount ??= Number(db.prepare(`SELECT count(*) FROM ${from}`).pluck().get()));

  async function* batches(ctx: ReadContext): AsyncGenerator<Row[]> {
    await Promise.resolve();
    const total = countRows();
    let sql: string;
    if (total <= sample) {
      sql = `SELECT ${columns} FROM ${from}`;
    } else if (table.rowidAlias) {
      const id = table.rowidAlias;
      sql =
        `SELECT ${columns} FROM ${from} WHERE ${id} IN (SELECT ${id} FROM ${from} ` +
        `ORDER BY ((${id} % ${HASH_MODULUS}) * ${HASH_MULTIPLIER}) % ${HASH_MODULUS} LIMIT ${sample}) ORDER BY ${id}`;
    } else {
      ctx.warn({ message: `table '${table.name}' has no rowid (WITHOUT ROWID): the first ${sample} of ${total} rows in key order were sampled` });
      sql = `SELECT ${columns} FROM ${from} LIMIT ${sample}`;
    }
    const statement = db.prepare(sql).raw(true);
    let batch: Row[] = [];
    let rows = 0;
    for (const values of statement.iterate() as IterableIterator<unknown[]>) {
      if (ctx.signal?.aborted) return;
      batch.push(toRow(values));
      if (batch.length === BATCH_ROWS) {
        rows += batch.length;
        yield batch;
        ctx.progress?.(0, rows);
        batch = [];
      }
    }
    if (batch.length > 0) {
      rows += batch.length;
      yield batch;
      ctx.progress?.(0, rows);
    }
  }


  return {
    kind: 'sqlite',
    name: table.name,
    location,
    fields: table.fields,
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
    aggregate: {
      rowCount: () => Promise.resolve(countRows()),
      dayHistogram: (field) => Promise.resolve(dayHistogram(db, table, field)),
    },
  };
}

/**
 * Rows per day of a column holding ISO 8601 text dates (how SQLite stores DATE/DATETIME values,
 * https://sqlite.org/lang_datefunc.html). Only text is read: date() would also take numbers as
 * Julian day numbers, which an integer column is not, and the GLOB keeps out words date() also
 * takes (`now`). Undefined for a column that is neither
 * declared as a date nor holds any ISO date.
 */
function dayHistogram(db: Database.Database, table: TableInfo, field: string): Map<number, number> | undefined {
  const declared = table.fields.find((f) => f.name === field);
  if (!declared) return undefined;
  const column = quoteIdent(field);
  const counts = db
    .prepare(
      `SELECT CAST(julianday(d) - 2440587.5 AS INTEGER) AS day, count(*) AS n FROM ` +
        `(SELECT date(${column}) AS d FROM ${quoteIdent(table.name)} WHERE typeof(${column}) = 'text' AND ${column} GLOB '${ISO_DAY_GLOB}') WHERE d IS NOT NULL GROUP BY d`,
    )
    .raw(true)
    .all() as Array<[number, number]>;
  if (counts.length === 0 && !DATE_TYPE.test(declared.type ?? '')) return undefined;
  return new Map(counts);
}
