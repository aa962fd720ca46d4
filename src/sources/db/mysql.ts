// MySQL and MariaDB databases (`mysql://`, `mariadb://`): one dataset per table of the URL's
// database, read on one connection inside a read-only transaction, each table sampled and
// counted inside the server.
import mysql from 'mysql2/promise';
import { SourceError, type Dataset, type DeclaredField, type OpenedSource, type ReadContext, type Row, type SourceWarning } from '../../model/index.js';
import {
  CONNECT_TIMEOUT_MS,
  connectionReason,
  connectionTarget,
  datasetNames,
  inBatches,
  maskSecret,
  parseDatabaseUrl,
  quoteMysqlIdent,
  schemaList,
  tableFailure,
  toRow,
} from './shared.js';
import { rowsFromBatches } from '../text-stream.js';

/** Seed for RAND(): the same table gives the same sample on every run. */
const SAMPLE_SEED = 42;
/** Schemas the server keeps for itself. */
const SYSTEM_SCHEMAS = ['information_schema', 'mysql', 'performance_schema', 'sys'];
const DATE_TYPES = new Set(['date', 'datetime', 'timestamp']);

interface MysqlTable {
  schema: string;
  table: string;
  estimate: number;
  fields: DeclaredField[];
  dateColumns: Set<string>;
}

/** One open connection in a read-only transaction. Exported for tests. */
export interface MysqlSession {
  readonly location: string;
  readonly connection: mysql.Connection;
  /** Runs a query and turns a server error into a SourceError without secrets. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A failure on one table, naming it, without the password. */
  tableFailure(table: { schema: string; table: string }, doing: string, error: unknown): SourceError;
  close(): Promise<void>;
}

/**
 * Connects and starts a read-only transaction: `SET SESSION TRANSACTION READ ONLY` then
 * `START TRANSACTION WITH CONSISTENT SNAPSHOT` (writes fail with ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION).
 * Statement time is capped with MariaDB's `max_statement_time` (seconds) or MySQL's
 * `max_execution_time` (milliseconds, SELECT only), whichever the server has.
 */
export async function connectMysql(rawUrl: string): Promise<MysqlSession> {
  const { url, location, password, timeoutMs } = connectionTarget(rawUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({
      host: url.hostname || 'localhost',
      port: url.port ? Number(url.port) : 3306,
      user: decodeURIComponent(url.username),
      password,
      ...(database ? { database } : {}),
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Dates as the server's text, big integers and decimals as exact strings, rows as arrays.
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      rowsAsArray: true,
    });
  } catch (error) {
    throw new SourceError(`cannot connect to MySQL/MariaDB: ${connectionReason(error, password)}`, location);
  }
  connection.on('error', () => undefined);
  const fail = (error: unknown): SourceError => new SourceError(maskSecret(error instanceof Error ? error.message : String(error), password), location);
  const rows = async <T>(sql: string, params?: unknown[]): Promise<T[]> => {
    try {
      const [result] = await connection.query({ sql, values: params ?? [], rowsAsArray: false });
      return result as T[];
    } catch (error) {
      throw fail(error);
    }
  };
  try {
    const [version] = await rows<{ v: string }>('SELECT VERSION() AS v');
    const isMariadb = /mariadb/i.test(version?.v ?? '');
    await rows(isMariadb ? `SET SESSION max_statement_time = ${timeoutMs / 1000}` : `SET SESSION max_execution_time = ${timeoutMs}`);
    // A table locked by another session (LOCK TABLES, a running ALTER) waits on its metadata lock
    // for lock_wait_timeout, a year by default; should a server's statement limit not cover that
    // wait, this still ends it after the statement timeout.
    await rows(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(timeoutMs / 1000))}`);
    await rows(`SET SESSION time_zone = '+00:00'`);
    await rows('SET SESSION TRANSACTION READ ONLY');
    await rows('START TRANSACTION WITH CONSISTENT SNAPSHOT');
  } catch (error) {
    await connection.end().catch(() => undefined);
    throw error;
  }
  return {
    location,
    connection,
    rows,
    tableFailure: (table, doing, error) => tableFailure(table, doing, error, location, password),
    async close() {
      // Nothing was written, so a connection that already dropped needs no clean goodbye.
      await connection.query('ROLLBACK').catch(() => undefined);
      await connection.end().catch(() => undefined);
    },
  };
}

/** The UrlOpener for `mysql://` and `mariadb://`. Tables of the URL's database (or `?schema=a,b`; all user databases when neither is given). */
export async function openMysql(rawUrl: string, options: { rowLimit: number }): Promise<OpenedSource> {
  const url = parseDatabaseUrl(rawUrl);
  const session = await connectMysql(rawUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const schemas = schemaList(url).length > 0 ? schemaList(url) : database ? [database] : [];
  const warnings: SourceWarning[] = [];
  let tables: MysqlTable[];
  try {
    tables = await listTables(session, schemas);
    const denied = await withoutSelectPrivilege(session, tables);
    if (denied.size > 0) {
      warnings.push({ message: `${denied.size} table(s) skipped without SELECT privilege: ${[...denied].map((t) => `${t.schema}.${t.table}`).join(', ')}` });
      tables = tables.filter((t) => !denied.has(t));
    }
  } catch (error) {
    await session.close().catch(() => undefined);
    throw error;
  }
  if (tables.length === 0) warnings.push({ message: 'no readable tables found' });
  const names = datasetNames(tables);
  return {
    kind: 'mysql',
    location: session.location,
    datasets: tables.map((table, i) => tableDataset(session, table, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
    close: () => session.close(),
  };
}

async function listTables(session: MysqlSession, schemas: string[]): Promise<MysqlTable[]> {
  const schemaFilter = schemas.length > 0 ? 'TABLE_SCHEMA IN (?)' : 'TABLE_SCHEMA NOT IN (?)';
  const schemaParam = schemas.length > 0 ? schemas : SYSTEM_SCHEMAS;
  // information_schema lists only the tables the user holds some privilege on (not always SELECT).
  const tables = await session.rows<{ s: string; t: string; n: number | string | null }>(
    `SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, TABLE_ROWS AS n FROM information_schema.TABLES
      WHERE TABLE_TYPE = 'BASE TABLE' AND ${schemaFilter} ORDER BY TABLE_SCHEMA, TABLE_NAME`,
    [schemaParam],
  );
  if (tables.length === 0) return [];
  const columns = await session.rows<{ s: string; t: string; c: string; type: string; dt: string; comment: string }>(
    `SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, COLUMN_NAME AS c, COLUMN_TYPE AS type, DATA_TYPE AS dt, COLUMN_COMMENT AS comment
       FROM information_schema.COLUMNS WHERE ${schemaFilter} ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION`,
    [schemaParam],
  );
  return tables.map((t) => {
    const own = columns.filter((c) => c.s === t.s && c.t === t.t);
    return {
      schema: t.s,
      table: t.t,
      estimate: Number(t.n ?? 0),
      fields: own.map((c): DeclaredField => ({ name: c.c, type: c.type, ...(c.comment ? { comment: c.comment } : {}) })),
      dateColumns: new Set(own.filter((c) => DATE_TYPES.has(c.dt.toLowerCase())).map((c) => c.c)),
    };
  });
}

/** Server errors of a SELECT the user may not run: on the table (1142) or on one of its columns (1143). */
const SELECT_DENIED = new Set([1142, 1143]);

/**
 * The listed tables the user may not SELECT from. information_schema also lists a table the user
 * holds only another privilege on (INSERT, SHOW VIEW…); reading it would fail, so it is skipped by
 * name with a warning, as PostgreSQL's are. Privileges come from global, schema, table, column,
 * role and PUBLIC grants, so the server is asked (`SELECT … LIMIT 0`, which reads no row) rather
 * than the grant tables modelled. The privilege check comes before the table is opened; a table
 * locked by another session waits here at most a second (lock_wait_timeout) and counts as
 * readable: its sampling then reports the lock as before.
 */
async function withoutSelectPrivilege(session: MysqlSession, tables: readonly MysqlTable[]): Promise<Set<MysqlTable>> {
  const denied = new Set<MysqlTable>();
  if (tables.length === 0) return denied;
  const [previous] = await session.rows<{ v: number | string }>('SELECT @@SESSION.lock_wait_timeout AS v');
  await session.rows('SET SESSION lock_wait_timeout = 1');
  try {
    for (const table of tables) {
      const columns = table.fields.map((f) => quoteMysqlIdent(f.name)).join(', ') || 'NULL';
      try {
        await session.connection.query({ sql: `SELECT ${columns} FROM ${quoteMysqlIdent(table.schema)}.${quoteMysqlIdent(table.table)} LIMIT 0`, rowsAsArray: true });
      } catch (error) {
        if (SELECT_DENIED.has((error as { errno?: number }).errno ?? 0)) denied.add(table);
      }
    }
  } finally {
    await session.rows(`SET SESSION lock_wait_timeout = ${Number(previous?.v ?? 1)}`);
  }
  return denied;
}

/**
 * MySQL has no TABLESAMPLE. Large tables (by the TABLE_ROWS estimate) keep each row with
 * probability N/estimate, `WHERE RAND(seed) < p LIMIT N`: one pass and no sort. `ORDER BY RAND()`
 * there would sort the whole table on disk once N rows overflow `sort_buffer_size` (256 KiB by
 * default, https://dev.mysql.com/doc/refman/8.0/en/order-by-optimization.html). p is not
 * inflated, because an inflated p lets LIMIT stop before the table's end; the count comes out
 * near N, less when the estimate runs high. Tables under MIN_TABLE_TO_SAMPLE_RATIO · N rows use
 * `ORDER BY RAND(seed) LIMIT N` for exactly N rows. A seeded RAND gives the same sample for an
 * unchanged table.
 */
const MIN_TABLE_TO_SAMPLE_RATIO = 10;

export function mysqlSampleQuery(from: string, columns: string, estimate: number, sample: number): string {
  if (estimate >= MIN_TABLE_TO_SAMPLE_RATIO * sample) {
    return `SELECT ${columns} FROM ${from} WHERE RAND(${SAMPLE_SEED}) < ${(sample / estimate).toPrecision(6)} LIMIT ${sample}`;
  }
  return `SELECT ${columns} FROM ${from} ORDER BY RAND(${SAMPLE_SEED}) LIMIT ${sample}`;
}

function tableDataset(session: MysqlSession, table: MysqlTable, name: string, sample: number): Dataset {
  const from = `${quoteMysqlIdent(table.schema)}.${quoteMysqlIdent(table.table)}`;
  const columns = table.fields.map((f) => quoteMysqlIdent(f.name)).join(', ');
  let rowCount: Promise<number> | undefined;

  // At most N rows arrive in one result; they are handed on in batches.
  async function* batches(ctx: ReadContext): AsyncGenerator<Row[]> {
    let sampled: unknown[][];
    try {
      const [result] = await session.connection.query({ sql: mysqlSampleQuery(from, columns || 'NULL', table.estimate, sample), rowsAsArray: true });
      sampled = result as unknown[][];
    } catch (error) {
      throw session.tableFailure(table, 'sampling', error);
    }
    let rows = 0;
    for (const batch of inBatches(sampled.map((values) => (columns ? toRow(values) : [])))) {
      if (ctx.signal?.aborted) return;
      rows += batch.length;
      yield batch;
      ctx.progress?.(0, rows);
    }
  }


  return {
    kind: 'mysql',
    name,
    location: session.location,
    fields: table.fields,
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
    aggregate: {
      rowCount: () =>
        (rowCount ??= session
          .rows<{ n: string }>(`SELECT COUNT(*) AS n FROM ${from}`)
          .then((r) => Number(r[0].n))
          .catch((error: unknown) => {
            throw session.tableFailure(table, 'counting rows', error);
          })),
      async dayHistogram(field) {
        if (!table.dateColumns.has(field)) return undefined;
        const column = quoteMysqlIdent(field);
        // Zero dates ('0000-00-00') give a NULL day and are left out.
        const counts = await session
          .rows<{ day: number | string | null; n: string }>(
            `SELECT DATEDIFF(${column}, '1970-01-01') AS day, COUNT(*) AS n FROM ${from} WHERE ${column} IS NOT NULL GROUP BY day HAVING day IS NOT NULL`,
          )
          .catch((error: unknown) => {
            throw session.tableFailure(table, `counting the dates of column ${field}`, error);
          });
        return new Map(counts.map((r) => [Number(r.day), Number(r.n)]));
      },
    },
  };
}
