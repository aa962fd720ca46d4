// PostgreSQL databases (`postgres://`, `postgresql://`): one dataset per table of the chosen
// schemas, read on one connection inside a read-only transaction, each table sampled inside the
// database and counted there.
import pg from 'pg';
import { SourceError, type Dataset, type DeclaredField, type OpenedSource, type ReadContext, type Row, type SourceWarning } from '../../model/index.js';
import {
  BATCH_ROWS,
  CONNECT_TIMEOUT_MS,
  connectionReason,
  connectionTarget,
  datasetNames,
  driverUrl,
  maskSecret,
  parseDatabaseUrl,
  quoteIdent,
  schemaList,
  tableFailure,
  toRow,
} from './shared.js';
import { rowsFromBatches } from '../text-stream.js';

/**
 * Dates and times stay in PostgreSQL's text form (`2024-03-05 10:00:00+00`) instead of becoming
 * JavaScript Dates: the profiler recognises ISO text, and no time zone shift sneaks in.
 * OIDs from pg_type.dat: date 1082, time 1083, timestamp 1114, timestamptz 1184, timetz 1266.
 * Redshift (same wire protocol, same OIDs) uses them too.
 */
const TEXT_KEPT_OIDS = new Set([1082, 1083, 1114, 1184, 1266]);
const keepText = (value: string): string => value;
type ValueParser = (value: string) => unknown;
const defaultParser = (oid: number, format: 'text' | 'binary'): ValueParser => pg.types.getTypeParser(oid, format) as ValueParser;
export const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    TEXT_KEPT_OIDS.has(oid) ? keepText : defaultParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** A fixed seed makes `random()` and `TABLESAMPLE … REPEATABLE` give the same sample for the same table. */
const SAMPLE_SEED = 42;

interface PgTable {
  schema: string;
  table: string;
  estimate: number;
  pages: number;
  fields: DeclaredField[];
  dateColumns: Set<string>;
}

/** One open connection in a read-only transaction; `query` runs inside it. Exported for tests. */
export interface PostgresSession {
  readonly location: string;
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Rows as arrays aligned with the selected columns. */
  queryArrays(sql: string): Promise<unknown[][]>;
  /** Runs `work` behind a savepoint so a failing statement does not abort the whole scan. */
  guarded<T>(work: () => Promise<T>): Promise<T>;
  /** A failure on one table, naming it, without the password. */
  tableFailure(table: { schema: string; table: string }, doing: string, error: unknown): SourceError;
  close(): Promise<void>;
}

/**
 * Connects and opens `BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY` (one snapshot
 * for samples and counts; writes fail with "cannot execute … in a read-only transaction"), with
 * `statement_timeout` (default 30 s, `?statement_timeout=`) and UTC so timestamptz days are stable.
 */
export async function connectPostgres(rawUrl: string): Promise<PostgresSession> {
  const { url, location, password, timeoutMs } = connectionTarget(rawUrl);
  const client = new pg.Client({
    connectionString: driverUrl(url).href,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'datamin',
    types: typeParsers,
  });
  // A connection dropped later surfaces on the next query; without a listener it would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${timeoutMs}`);
    await client.query(`SET LOCAL TimeZone = 'UTC'`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new SourceError(`cannot connect to PostgreSQL: ${connectionReason(error, password)}`, location);
  }
  let savepoints = 0;
  const fail = (error: unknown): SourceError =>
    error instanceof SourceError ? error : new SourceError(maskSecret(error instanceof Error ? error.message : String(error), password), location);
  return {
    location,
    async query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]) {
      return client.query<R>(sql, params);
    },
    async queryArrays(sql: string) {
      return (await client.query<unknown[]>({ text: sql, rowMode: 'array' })).rows;
    },
    async guarded<T>(work: () => Promise<T>): Promise<T> {
      const name = `datamin_${++savepoints}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await work();
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
        throw fail(error);
      }
    },
    tableFailure: (table, doing, error) => tableFailure(table, doing, error, location, password),
    async close() {
      // Nothing was written, so a connection that already dropped needs no clean goodbye.
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/** The UrlOpener for `postgres://` and `postgresql://`. */
export async function openPostgres(rawUrl: string, options: { rowLimit: number }): Promise<OpenedSource> {
  const session = await connectPostgres(rawUrl);
  const schemas = schemaList(parseDatabaseUrl(rawUrl));
  const warnings: SourceWarning[] = [];
  let tables: PgTable[];
  try {
    tables = await session.guarded(() => listTables(session, schemas, warnings));
  } catch (error) {
    await session.close().catch(() => undefined);
    throw error;
  }
  const names = datasetNames(tables);
  return {
    kind: 'postgres',
    location: session.location,
    datasets: tables.map((table, i) => tableDataset(session, table, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
    close: () => session.close(),
  };
}

async function listTables(session: PostgresSession, schemas: string[], warnings: SourceWarning[]): Promise<PgTable[]> {
  // Ordinary and partitioned tables; partitions are read through their parent. A partitioned
  // parent has no reltuples of its own, so its estimate is the sum of its partitions'.
  const listed = await session.query<{ oid: string; schema: string; table: string; estimate: number; pages: number; readable: boolean }>(
    `SELECT c.oid::int8::text AS oid, n.nspname AS schema, c.relname AS table, has_table_privilege(c.oid, 'SELECT') AS readable,
            CASE WHEN c.relkind = 'p'
              THEN (SELECT coalesce(sum(greatest(ch.reltuples, 0)), 0) FROM pg_catalog.pg_inherits i
                    JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid WHERE i.inhparent = c.oid)
              ELSE c.reltuples END::float8 AS estimate,
            CASE WHEN c.relkind = 'p'
              THEN (SELECT coalesce(sum(ch.relpages), 0) FROM pg_catalog.pg_inherits i
                    JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid WHERE i.inhparent = c.oid)
              ELSE c.relpages END::float8 AS pages
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
        AND (cardinality($1::text[]) = 0 OR n.nspname = ANY($1::text[]))
      ORDER BY n.nspname, c.relname`,
    [schemas],
  );
  const missing = schemas.filter((s) => !listed.rows.some((r) => r.schema === s));
  if (missing.length > 0) warnings.push({ message: `no readable tables in schema ${missing.map((s) => `'${s}'`).join(', ')}` });
  const unreadable = listed.rows.filter((r) => !r.readable);
  if (unreadable.length > 0) {
    warnings.push({ message: `${unreadable.length} table(s) skipped without SELECT privilege: ${unreadable.map((r) => `${r.schema}.${r.table}`).join(', ')}` });
  }
  const readable = listed.rows.filter((r) => r.readable);
  const columns = await session.query<{ oid: string; name: string; type: string; comment: string | null; is_date: boolean }>(
    `SELECT a.attrelid::int8::text AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            col_description(a.attrelid, a.attnum) AS comment,
            coalesce(nullif(t.typbasetype, 0), a.atttypid) IN ('date'::regtype, 'timestamp'::regtype, 'timestamptz'::regtype) AS is_date
       FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = ANY($1::int8[]::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
    [readable.map((r) => r.oid)],
  );
  return readable.map((r) => {
    const own = columns.rows.filter((c) => c.oid === r.oid);
    return {
      schema: r.schema,
      table: r.table,
      estimate: r.estimate,
      pages: r.pages,
      fields: own.map((c): DeclaredField => ({ name: c.name, type: c.type, ...(c.comment ? { comment: c.comment } : {}) })),
      dateColumns: new Set(own.filter((c) => c.is_date).map((c) => c.name)),
    };
  });
}

/**
 * The sampling query. Large tables use `TABLESAMPLE SYSTEM (p) REPEATABLE (seed)`, which reads
 * only the chosen pages (RECIPES.md: 14 ms on a million rows against 411 ms for `ORDER BY
 * random()`), with p sized from `pg_class.reltuples` to give about N rows. p is not inflated,
 * because `LIMIT` would then cut off the table's last pages. SYSTEM picks whole pages, so it is
 * only used when the sample spans enough pages (MIN_SAMPLED_PAGES) for the row count to come
 * out near N; smaller tables, and tables never analysed (reltuples 0 or −1), use
 * `ORDER BY random()` after `setseed`, exact and cheap at that size.
 */
const MIN_SAMPLED_PAGES = 20;
/** Below this many rows per sampled row, sorting the whole table by random() costs little. */
const MIN_TABLE_TO_SAMPLE_RATIO = 10;

export function sampleQuery(from: string, columns: string, estimate: number, pages: number, sample: number): { sql: string; seeded: boolean } {
  const fraction = estimate > 0 ? sample / estimate : 1;
  if (estimate >= MIN_TABLE_TO_SAMPLE_RATIO * sample && pages * fraction >= MIN_SAMPLED_PAGES) {
    return { sql: `SELECT ${columns} FROM ${from} TABLESAMPLE SYSTEM (${(100 * fraction).toPrecision(6)}) REPEATABLE (${SAMPLE_SEED}) LIMIT ${sample}`, seeded: false };
  }
  return { sql: `SELECT ${columns} FROM ${from} ORDER BY random() LIMIT ${sample}`, seeded: true };
}

let cursorCount = 0;

function tableDataset(session: PostgresSession, table: PgTable, name: string, sample: number): Dataset {
  const from = `${quoteIdent(table.schema)}.${quoteIdent(table.table)}`;
  const columns = table.fields.map((f) => quoteIdent(f.name)).join(', ');
  let rowCount: Promise<number> | undefined;

  async function* batches(ctx: ReadContext): AsyncGenerator<Row[]> {
    const { sql, seeded } = sampleQuery(from, columns || 'NULL', table.estimate, table.pages, sample);
    const cursor = `datamin_sample_${++cursorCount}`;
    const savepoint = `${cursor}_start`;
    await session.query(`SAVEPOINT ${savepoint}`);
    let ok = false;
    try {
      if (seeded) await session.query(`SELECT setseed(${SAMPLE_SEED / 100})`);
      await session.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`);
      let rows = 0;
      for (;;) {
        if (ctx.signal?.aborted) break;
        const fetched = await session.queryArrays(`FETCH FORWARD ${BATCH_ROWS} FROM ${cursor}`);
        const batch = fetched.map((values) => (columns ? toRow(values) : []));
        if (batch.length === 0) break;
        rows += batch.length;
        yield batch;
        ctx.progress?.(0, rows);
      }
      await session.query(`CLOSE ${cursor}`);
      ok = true;
    } catch (error) {
      throw session.tableFailure(table, 'sampling', error);
    } finally {
      // Also runs when the reader stops early: the savepoint closes the cursor with it.
      await session.query(ok ? `RELEASE SAVEPOINT ${savepoint}` : `ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
    }
  }


  return {
    kind: 'postgres',
    name,
    location: session.location,
    fields: table.fields,
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
    aggregate: {
      rowCount: () =>
        (rowCount ??= session
          .guarded(async () => Number((await session.query<{ n: string }>(`SELECT count(*) AS n FROM ${from}`)).rows[0].n))
          .catch((error: unknown) => {
            throw session.tableFailure(table, 'counting rows', error);
          })),
      async dayHistogram(field) {
        if (!table.dateColumns.has(field)) return undefined;
        const column = quoteIdent(field);
        const result = await session
          .guarded(() =>
            session.query<{ day: number; n: string }>(
              `SELECT (${column}::date - DATE '1970-01-01') AS day, count(*) AS n FROM ${from}
                WHERE ${column} IS NOT NULL AND isfinite(${column}) GROUP BY 1`,
            ),
          )
          .catch((error: unknown) => {
            throw session.tableFailure(table, `counting the dates of column ${field}`, error);
          });
        return new Map(result.rows.map((r) => [Number(r.day), Number(r.n)]));
      },
      distinctCounts: () => plannerDistinctCounts(session, table),
    },
  };
}

/**
 * Distinct counts from the planner's statistics (`pg_stats.n_distinct`, kept by ANALYZE and
 * autovacuum): PostgreSQL has no approximate distinct aggregate built in, and an exact
 * `count(DISTINCT …)` sorts every value of every column, so the catalog's estimate is read
 * instead, with no row of the table. A negative n_distinct is a share of the rows (−1: every row
 * differs), scaled by the row estimate. Columns never analysed keep the sample's estimate. The
 * inherited statistics (over child tables and partitions) win for a parent, as its sample reads them too.
 */
async function plannerDistinctCounts(session: PostgresSession, table: PgTable): Promise<Map<string, number>> {
  const result = await session
    .guarded(() =>
      session.query<{ name: string; n_distinct: number }>(
        `SELECT DISTINCT ON (attname) attname AS name, n_distinct::float8 AS n_distinct FROM pg_catalog.pg_stats
          WHERE schemaname = $1 AND tablename = $2 ORDER BY attname, inherited DESC`,
        [table.schema, table.table],
      ),
    )
    .catch((error: unknown) => {
      throw session.tableFailure(table, 'reading distinct counts', error);
    });
  const counts = new Map<string, number>();
  for (const r of result.rows) {
    // 0 means "not known" (pg_statistic.stadistinct).
    const n = r.n_distinct > 0 ? r.n_distinct : r.n_distinct < 0 && table.estimate > 0 ? -r.n_distinct * table.estimate : undefined;
    if (n !== undefined) counts.set(r.name, Math.round(n));
  }
  return counts;
}
