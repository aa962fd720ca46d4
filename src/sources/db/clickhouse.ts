// ClickHouse databases (`clickhouse://user@host:8123/db`, `clickhouses://` for HTTPS): one
// dataset per table of the URL's database, read through the official @clickhouse/client over the
// HTTP interface with `readonly=1` and `max_execution_time` on every query, each table sampled
// and counted inside ClickHouse. Works with servers as old as Debian's 18.16 (tested), which is
// why results are read as JSONEachRow (JSONCompactEachRow came later) and no query parameters
// are used (they came in 19.x): the only literals spliced in are quoted names from the catalog.
import { randomUUID } from 'node:crypto';
import { createClient, ClickHouseLogLevel, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import { SourceError, type Dataset, type DeclaredField, type OpenedSource, type ReadContext, type Row, type SourceWarning } from '../../model/index.js';
import { rowsFromBatches } from '../text-stream.js';
import { CONNECT_TIMEOUT_MS, connectionReason, connectionTarget, countReceived, datasetNames, maskSecret, toCell } from './shared.js';
import { UNCOUNTED_TYPES } from './warehouse.js';

/**
 * Engines whose rows live in ClickHouse itself (or, for Distributed and Buffer, in other
 * ClickHouse tables). Views hold no rows; engines reading other systems (Kafka consumes its
 * messages on SELECT; MySQL, URL, File, HDFS reach outside) are never read by a scan.
 */
const READ_ENGINES = /^(\w*MergeTree|Log|TinyLog|StripeLog|Memory|Distributed|Buffer|Set|Join)$/;
/** Date columns counted for retention: Date, DateTime, DateTime('tz'), DateTime64, under Nullable/LowCardinality. */
const DATE_TYPE = /^(Nullable\(|LowCardinality\()*Date(32)?\)*$/;
const DATETIME_TYPE = /^(Nullable\(|LowCardinality\()*DateTime(64)?(\(.*\))?\)*$/;

/** Partial aggregation states: binary, never a value. */
const STATE_TYPE = /^AggregateFunction\(/;

interface ClickhouseTable {
  database: string;
  table: string;
  samplingKey: string;
  fields: DeclaredField[];
}

/** Backquoted identifier; ClickHouse escapes inside it with a backslash. */
export function quoteClickhouseIdent(name: string): string {
  return `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
}

/** Single-quoted string literal with backslash escapes (ClickHouse's string syntax). */
export function quoteClickhouseString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The sampling query. A table declared `SAMPLE BY` is sampled by ClickHouse from its sampling
 * key (`SAMPLE n`: reads about n rows, deterministic for the same data); other tables are ordered
 * by a hash of the sampled columns and cut at n (`ORDER BY cityHash64(…) LIMIT n`): a full scan
 * inside the engine with a top-n sort, so only n rows leave it, the same n on every run. A
 * hash of the sorting key alone would be cheaper, but a key such as a date would then give the
 * rows of a few days; `ORDER BY rand()` is cheaper still but changes on every run.
 */
export function clickhouseSampleQuery(from: string, columns: string, hashed: string, samplingKey: string, sample: number): string {
  if (samplingKey !== '') return `SELECT ${columns} FROM ${from} SAMPLE ${sample} LIMIT ${sample}`;
  // No hashable column at all (only aggregate states): any n rows.
  if (hashed === '') return `SELECT ${columns} FROM ${from} LIMIT ${sample}`;
  return `SELECT ${columns} FROM ${from} ORDER BY cityHash64(${hashed}) LIMIT ${sample}`;
}

/** One client with the read-only settings applied to every query it sends. Exported for tests. */
export interface ClickhouseSession {
  readonly location: string;
  /** All rows of a small result (catalog, counts) as JSON objects. */
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Rows of a larger result, streamed in the batches the client decodes them in. */
  stream(sql: string): AsyncGenerator<Array<Record<string, unknown>>>;
  failure(doing: string, error: unknown): SourceError;
  close(): Promise<void>;
}

/**
 * The user comes from the URL or CLICKHOUSE_USER (else `default`), the password from the URL or
 * CLICKHOUSE_PASSWORD; neither is ever shown. Every request carries `readonly=1` (the server
 * refuses writes, SET, SETTINGS clauses and table functions) and `max_execution_time` (seconds,
 * from `?statement_timeout=`, default 30 s), as far as the user's profile lets it (sessionSettings).
 */
export async function connectClickhouse(rawUrl: string, env: NodeJS.ProcessEnv = process.env): Promise<ClickhouseSession> {
  const { url, location, password: urlPassword, timeoutMs } = connectionTarget(rawUrl);
  const secure = url.protocol === 'clickhouses:';
  const password = urlPassword || (env.CLICKHOUSE_PASSWORD ?? '');
  const username = decodeURIComponent(url.username) || (env.CLICKHOUSE_USER ?? '') || 'default';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'default';
  const host = `${secure ? 'https' : 'http'}://${url.hostname.includes(':') ? `[${url.hostname}]` : url.hostname}:${url.port || (secure ? 8443 : 8123)}`;
  const client: ClickHouseClient = createClient({
    url: host,
    username,
    password,
    database,
    application: 'datamin',
    request_timeout: timeoutMs + CONNECT_TIMEOUT_MS,
    // The client's own log prints failed queries and settings to the console; datamin reports errors itself.
    log: { level: ClickHouseLogLevel.OFF },
  });
  const failure = (doing: string, error: unknown): SourceError => new SourceError(`${doing} failed: ${clickhouseReason(error, password)}`, location);
  let settings: ClickHouseSettings;
  try {
    const current = await (
      await client.query({ query: `SELECT name, value FROM system.settings WHERE name IN ('readonly', 'max_execution_time')`, format: 'JSONEachRow' })
    ).json<{ name: string; value: string }>();
    settings = sessionSettings(Number(current.find((s) => s.name === 'readonly')?.value ?? 0), timeoutMs);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new SourceError(`cannot connect to ClickHouse: ${clickhouseReason(error, password)}`, location);
  }
  // A query the client gave up on (its own timeout, a reader that stopped early) may go on in
  // the server: 18.x does not cancel a query when its HTTP client leaves. It is killed by its id
  // (KILL QUERY is allowed under readonly=1); after a normal end the kill matches nothing.
  const kill = (queryId: string): Promise<void> =>
    client.command({ query: `KILL QUERY WHERE query_id = ${quoteClickhouseString(queryId)} ASYNC`, clickhouse_settings: settings }).then(
      () => undefined,
      () => undefined,
    );
  return {
    location,
    async rows<T>(sql: string) {
      const queryId = randomUUID();
      try {
        const rows = await (await client.query({ query: sql, format: 'JSONEachRow', query_id: queryId, clickhouse_settings: settings })).json<T>();
        countReceived('clickhouse', rows.length);
        return rows;
      } catch (error) {
        await kill(queryId);
        throw error;
      }
    },
    async *stream(sql) {
      const queryId = randomUUID();
      let finished = false;
      let result: Awaited<ReturnType<ClickHouseClient['query']>> | undefined;
      try {
        result = await client.query({ query: sql, format: 'JSONEachRow', query_id: queryId, clickhouse_settings: settings });
        for await (const decoded of result.stream<Record<string, unknown>>()) {
          const batch = decoded.map((row) => row.json());
          countReceived('clickhouse', batch.length);
          yield batch;
        }
        finished = true;
      } finally {
        if (!finished) {
          // A reader that stopped early leaves the response half read: drop it, then the query.
          result?.close();
          await kill(queryId);
        }
      }
    },
    failure,
    close: () => client.close(),
  };
}

/**
 * The settings every query carries, given the user's own `readonly`: a user whose profile is
 * `readonly=1` may override no setting (the server refuses the whole query), and is read-only
 * already, with the profile's `max_execution_time`; `readonly=2` is read-only but may set a
 * time limit, and may not set `readonly`; anyone else gets both.
 */
export function sessionSettings(readonly: number, timeoutMs: number): ClickHouseSettings {
  const limit = { max_execution_time: Math.max(1, Math.ceil(timeoutMs / 1000)) };
  if (readonly === 1) return {};
  if (readonly === 2) return limit;
  return { ...limit, readonly: '1' };
}

/** A network error by its code, a server error by its text without ClickHouse's decorations, never the password. */
function clickhouseReason(error: unknown, password: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return connectionReason(error, password);
  const message = error instanceof Error ? error.message : String(error);
  // 18.x: "Code: 60, e.displayText() = DB::Exception: Table x doesn't exist., e.what() = DB::Exception"
  const text = /DB::Exception: (.*?)(, e\.what\(\) = .*)?$/s.exec(message)?.[1] ?? message;
  return maskSecret(text.split('\n')[0].slice(0, 300), password);
}

/** The UrlOpener for `clickhouse://` and `clickhouses://`. */
export async function openClickhouse(rawUrl: string, options: { rowLimit: number }): Promise<OpenedSource> {
  const session = await connectClickhouse(rawUrl);
  const warnings: SourceWarning[] = [];
  let tables: ClickhouseTable[];
  try {
    tables = await listTables(session, warnings);
  } catch (error) {
    await session.close().catch(() => undefined);
    throw error instanceof SourceError ? error : session.failure('reading the catalog', error);
  }
  const names = datasetNames(tables.map((t) => ({ schema: t.database, table: t.table })));
  return {
    kind: 'clickhouse',
    location: session.location,
    datasets: tables.map((table, i) => tableDataset(session, table, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
    close: () => session.close(),
  };
}

async function listTables(session: ClickhouseSession, warnings: SourceWarning[]): Promise<ClickhouseTable[]> {
  const listed = await session.rows<{ name: string; engine: string; sampling_key: string }>(
    `SELECT name, engine, sampling_key FROM system.tables WHERE database = currentDatabase() AND is_temporary = 0 ORDER BY name`,
  );
  // `.inner.` tables hold a materialized view's rows; they are read as tables of their own name.
  const readable = listed.filter((t) => READ_ENGINES.test(t.engine));
  const skipped = listed.filter((t) => !readable.includes(t) && !/View$/.test(t.engine));
  if (skipped.length > 0) {
    warnings.push({ message: `${skipped.length} table(s) skipped whose engine reads outside ClickHouse: ${skipped.map((t) => `${t.name} (${t.engine})`).join(', ')}` });
  }
  // No ORDER BY: 18.16 has no `position` column, and system.columns lists each table's columns
  // in their declared order.
  const columns = await session.rows<{ table: string; name: string; type: string; comment?: string }>(
    `SELECT table, name, type, comment FROM system.columns WHERE database = currentDatabase()`,
  );
  const database = (await session.rows<{ db: string }>('SELECT currentDatabase() AS db'))[0]?.db ?? '';
  return readable.map((t) => ({
    database,
    table: t.name,
    samplingKey: t.sampling_key,
    fields: columns
      .filter((c) => c.table === t.name)
      .map((c): DeclaredField => ({ name: c.name, type: c.type, ...(c.comment ? { comment: c.comment } : {}) })),
  }));
}

function tableDataset(session: ClickhouseSession, table: ClickhouseTable, name: string, sample: number): Dataset {
  const from = `${quoteClickhouseIdent(table.database)}.${quoteClickhouseIdent(table.table)}`;
  const names = table.fields.map((f) => f.name);
  // Aggregate states (AggregatingMergeTree) are binary partial results, not values, and
  // cityHash64 refuses them: they are selected as NULL and left out of the hash.
  const isState = table.fields.map((f) => STATE_TYPE.test(f.type ?? ''));
  const columns = names.map((name, i) => (isState[i] ? `NULL AS ${quoteClickhouseIdent(name)}` : quoteClickhouseIdent(name))).join(', ');
  const hashed = names.filter((_, i) => !isState[i]).map(quoteClickhouseIdent).join(', ');
  const failure = (doing: string, error: unknown): SourceError => session.failure(`table ${table.database}.${table.table}: ${doing}`, error);
  let rowCount: Promise<number> | undefined;

  async function* batches(ctx: ReadContext): AsyncGenerator<Row[]> {
    if (names.length === 0) return;
    let rows = 0;
    try {
      for await (const decoded of session.stream(clickhouseSampleQuery(from, columns, hashed, table.samplingKey, sample))) {
        if (ctx.signal?.aborted) return;
        // By name, not by key order: JavaScript puts integer-like keys ("2021") first.
        const batch = decoded.map((record): Row => names.map((column, i) => (isState[i] ? undefined : toCell(record[column]))));
        rows += batch.length;
        yield batch;
        ctx.progress?.(0, rows);
      }
    } catch (error) {
      throw failure('sampling', error);
    }
  }

  return {
    kind: 'clickhouse',
    name,
    location: session.location,
    fields: table.fields,
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
    aggregate: {
      rowCount: () =>
        (rowCount ??= session.rows<{ n: string }>(`SELECT count() AS n FROM ${from}`).then(
          (r) => Number(r[0]?.n ?? 0),
          (error: unknown) => {
            throw failure('counting rows', error);
          },
        )),
      async dayHistogram(field) {
        const type = table.fields.find((f) => f.name === field)?.type ?? '';
        const isDate = DATE_TYPE.test(type);
        if (!isDate && !DATETIME_TYPE.test(type)) return undefined;
        const column = quoteClickhouseIdent(field);
        // ClickHouse has no NULL-free "no date": a missing Date or DateTime is stored as the zero
        // value (1970-01-01 00:00:00), which would count as a very old row; it is left out.
        // Signed days: Date32 reaches back before 1970; DateTime is unsigned seconds up to 2106.
        const day = isDate ? `toInt32(${column})` : `toInt32(toDate(${column}, 'UTC'))`;
        const zero = isDate ? `toInt32(${column}) != 0` : `toUInt32(${column}) != 0`;
        const rows = await session
          .rows<{ day: number; n: string }>(`SELECT ${day} AS day, count() AS n FROM ${from} WHERE ${zero} GROUP BY day`)
          .catch((error: unknown) => {
            throw failure(`counting the dates of column ${field}`, error);
          });
        return new Map(rows.map((r) => [Number(r.day), Number(r.n)]));
      },
      async distinctCounts() {
        // uniq: ClickHouse's adaptive-sampling estimate (exact up to 65,536 values), one pass for every column.
        const counted = names.filter((_, i) => !isState[i] && !UNCOUNTED_TYPES.test(table.fields[i].type ?? ''));
        if (counted.length === 0) return new Map<string, number>();
        const list = counted.map((c, i) => `uniq(${quoteClickhouseIdent(c)}) AS d${i}`).join(', ');
        const rows = await session.rows<Record<string, string | number>>(`SELECT ${list} FROM ${from}`).catch((error: unknown) => {
          throw failure('counting distinct values', error);
        });
        return new Map(counted.map((c, i) => [c, Number(rows[0]?.[`d${i}`] ?? 0)]));
      },
    },
  };
}
