// Amazon Redshift (`redshift://user@<cluster endpoint>:5439/<database>?schema=a,b`) over
// PostgreSQL's wire protocol with `pg`. Redshift speaks the protocol but is not PostgreSQL: it has
// no TABLESAMPLE, no SAVEPOINT, and its leader-node catalog views cannot be joined with the
// compute-node ones. So the catalog is three separate statements (svv_tables + svv_columns,
// svv_table_info for row estimates, pg_description for comments), rows are sampled with
// `WHERE RANDOM() < p … LIMIT n`, and every statement runs in a transaction of its own,
// `BEGIN READ ONLY` … `ROLLBACK`, so a failure ends only that statement.
import pg from 'pg';
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { typeParsers } from './postgres.js';
import { CONNECT_TIMEOUT_MS, connectionReason, connectionTarget, countReceived, datasetNames, driverUrl, maskSecret, quoteIdent, schemaList } from './shared.js';
import { columnList, countSql, distinctStatement, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

/** Redshift's port when the URL names none (PostgreSQL's 5432 is not it). */
const REDSHIFT_PORT = '5439';
const DATE_TYPES = /^(date|timestamp)/i;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * The fraction of rows `WHERE RANDOM() < p` keeps to yield about `sample` rows: twice that, so
 * LIMIT rarely finds too few; undefined (no filter) when that is the whole table or the size is unknown.
 */
export function sampleFraction(rowEstimate: number | undefined, sample: number): number | undefined {
  if (rowEstimate === undefined || rowEstimate <= 0) return undefined;
  const fraction = (2 * sample) / rowEstimate;
  return fraction >= 1 ? undefined : Number(fraction.toPrecision(4));
}

export const redshiftDialect: WarehouseDialect = {
  kind: 'redshift',
  quote: quoteIdent,
  from: (t) => `${quoteIdent(t.schema)}.${quoteIdent(t.table)}`,
  /**
   * Redshift has no TABLESAMPLE. `WHERE RANDOM() < p` is evaluated by every slice as it scans, in
   * parallel, and only the kept rows travel to the leader; `ORDER BY RANDOM()` would send every
   * row of the listed columns to a sort instead. The scan still reads the listed columns in full
   * (Redshift is columnar: only those).
   */
  sampleSql(t, sample) {
    const fraction = sampleFraction(t.rowEstimate, sample);
    const filter = fraction === undefined ? '' : ` WHERE RANDOM() < ${fraction}`;
    return `SELECT ${columnList(this, t)} FROM ${this.from(t)}${filter} LIMIT ${sample}`;
  },
  /** Days since 1970 from the epoch seconds of the UTC timestamp (the session runs in UTC). */
  daySql(t, column) {
    const c = quoteIdent(column);
    return `SELECT FLOOR(EXTRACT(EPOCH FROM CAST(${c} AS timestamp)) / 86400) AS day, count(*) AS n FROM ${this.from(t)} WHERE ${c} IS NOT NULL GROUP BY 1`;
  },
  /** HLL(): Redshift's HyperLogLog cardinality, one pass for every column. */
  distinctSql(t) {
    return distinctStatement(this, t, (c) => `HLL(${c})`);
  },
};

export async function openRedshift(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, password, timeoutMs } = connectionTarget(rawUrl);
  const env = options.env ?? process.env;
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database || database.includes('/')) throw new SourceError('expected redshift://<user>@<host>[:5439]/<database>', location);
  // Credentials as psql reads them: the URL's password, else PGPASSWORD (temporary IAM
  // credentials from `aws redshift get-cluster-credentials` go there too).
  const secret = password || (env.PGPASSWORD ?? '');
  const user = decodeURIComponent(url.username) || env.PGUSER;
  const target = driverUrl(url);
  target.protocol = 'postgres:';
  if (!target.port) target.port = REDSHIFT_PORT;
  target.password = '';
  const client = new pg.Client({
    connectionString: target.href,
    ...(user ? { user } : {}),
    ...(secret ? { password: secret } : {}),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'datamin',
    types: typeParsers,
  });
  // A connection dropped later surfaces on the next query; without a listener it would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(`SET statement_timeout TO ${timeoutMs}`);
    await client.query(`SET timezone TO 'UTC'`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new SourceError(`cannot connect to Redshift: ${connectionReason(error, secret)}`, location);
  }

  // One statement at a time on the one connection: a BEGIN … ROLLBACK pair must not interleave with another.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (sql: string): Promise<unknown[][]> => {
    const next = queue.then(async () => {
      await client.query('BEGIN READ ONLY');
      try {
        const rows = (await client.query<unknown[]>({ text: sql, rowMode: 'array' })).rows;
        countReceived('redshift', rows.length);
        return rows;
      } catch (error) {
        throw new Error(maskSecret(error instanceof Error ? error.message : String(error), secret));
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const close = async (): Promise<void> => {
    await queue;
    await client.end().catch(() => undefined);
  };

  const warnings: SourceWarning[] = [];
  let tables: WarehouseTable[];
  try {
    tables = await listTables(run, schemaList(url), warnings);
    // Without a catalog estimate the sampling filter cannot be sized: the exact count, which
    // a columnar engine answers by reading one column, sizes it instead.
    for (const t of tables) t.rowEstimate ??= Number((await run(countSql(redshiftDialect, t)))[0]?.[0] ?? 0);
  } catch (error) {
    await close();
    throw error instanceof SourceError ? error : new SourceError(`reading the Redshift catalog failed: ${(error as Error).message}`, location);
  }
  const redshift: WarehouseClient = { location, query: run };
  const names = datasetNames(tables);
  return {
    kind: 'redshift',
    location,
    datasets: tables.map((t, i) => warehouseDataset(redshift, redshiftDialect, t, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
    close,
  };
}

/** Local tables of the chosen schemas (all but the system ones by default); external (Spectrum) tables and views are not read. */
async function listTables(run: (sql: string) => Promise<unknown[][]>, schemas: string[], warnings: SourceWarning[]): Promise<WarehouseTable[]> {
  const only = (column: string): string => (schemas.length === 0 ? '' : ` AND ${column} IN (${schemas.map(literal).join(', ')})`);
  const columns = await run(
    `SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM svv_columns c JOIN svv_tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name ` +
      `WHERE t.table_type = 'BASE TABLE' AND c.table_schema <> 'information_schema' AND c.table_schema NOT LIKE 'pg!_%' ESCAPE '!'${only('c.table_schema')} ` +
      `ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
  );
  // svv_table_info is a compute-node view: it cannot join the leader-node ones above. A user
  // who may not read it still gets a scan; the exact counts then size the samples.
  const estimates = await run(`SELECT "schema", "table", coalesce(estimated_visible_rows, tbl_rows) FROM svv_table_info WHERE true${only('"schema"')}`).catch(() => {
    warnings.push({ message: 'svv_table_info is not readable: samples are sized by exact row counts' });
    return [] as unknown[][];
  });
  const comments = await run(
    `SELECT n.nspname, c.relname, a.attname, d.description FROM pg_catalog.pg_description d JOIN pg_catalog.pg_class c ON c.oid = d.objoid ` +
      `JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid WHERE d.objsubid > 0${only('n.nspname')}`,
  );
  const key = (...parts: unknown[]): string => JSON.stringify(parts.map(String));
  const estimateOf = new Map(estimates.map((r) => [key(r[0], r[1]), r[2] === null ? undefined : Number(r[2])]));
  const commentOf = new Map(comments.map((r) => [key(r[0], r[1], r[2]), String(r[3])]));
  const tables = new Map<string, WarehouseTable>();
  for (const [schema, table, column, type] of columns) {
    const id = key(schema, table);
    let t = tables.get(id);
    if (!t) {
      const estimate = estimateOf.get(id);
      t = { schema: String(schema), table: String(table), fields: [], dateColumns: new Set(), ...(estimate === undefined ? {} : { rowEstimate: estimate }) };
      tables.set(id, t);
    }
    const comment = commentOf.get(key(schema, table, column));
    t.fields.push({ name: String(column), type: String(type), ...(comment ? { comment } : {}) });
    if (DATE_TYPES.test(String(type))) t.dateColumns.add(String(column));
  }
  const missing = schemas.filter((s) => ![...tables.values()].some((t) => t.schema === s));
  if (missing.length > 0) warnings.push({ message: `no readable tables in schema ${missing.map((s) => `'${s}'`).join(', ')}` });
  return [...tables.values()];
}
