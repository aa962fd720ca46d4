// BigQuery datasets (`bigquery://project/dataset`) through Google's own client,
// @google-cloud/bigquery (an optional package, loaded on first use), which speaks the REST API:
// each statement is a query job (jobs.insert) read with jobs.getQueryResults. Every statement is
// first sent as a dry-run job; the bytes all of them would process are summed against --max-bytes
// before any runs, and each then runs with maximumBytesBilled and a job timeout
// (`configuration.jobTimeoutMs`). Rows come from `TABLESAMPLE SYSTEM`,
// distinct counts from one `APPROX_COUNT_DISTINCT` statement per table;
// columns, types, descriptions and row counts from the metadata API (tables.get), which bills nothing.
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { googleCredentials, maskGoogleSecrets } from './google-auth.js';
import { connectionTarget, datasetNames } from './shared.js';
import { loadVendorDriver } from './vendor-driver.js';
import { columnList, countSql, distinctStatement, samplePercent, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

/** Bytes a scan may make BigQuery process when --max-bytes is not given: 10 GB. */
export const DEFAULT_MAX_BYTES = 10_000_000_000;
const DATE_TYPES = new Set(['DATE', 'DATETIME', 'TIMESTAMP']);

const quote = (name: string): string => `\`${name.replace(/[`\\]/g, (c) => `\\${c}`)}\``;

export function bigqueryDialect(project: string): WarehouseDialect {
  return {
    kind: 'bigquery',
    quote,
    from: (t) => `${quote(project)}.${quote(t.schema)}.${quote(t.table)}`,
    sampleSql(t, sample) {
      const percent = samplePercent(t.rowEstimate, sample);
      const sampling = percent === undefined ? '' : ` TABLESAMPLE SYSTEM (${percent} PERCENT)`;
      return `SELECT ${columnList(this, t)} FROM ${this.from(t)}${sampling} LIMIT ${sample}`;
    },
    daySql(t, column) {
      const c = quote(column);
      return `SELECT DATE_DIFF(DATE(${c}), DATE '1970-01-01', DAY) AS day, COUNT(*) AS n FROM ${this.from(t)} WHERE ${c} IS NOT NULL GROUP BY day`;
    },
    distinctSql(t) {
      return distinctStatement(this, t, (c) => `APPROX_COUNT_DISTINCT(${c})`);
    },
  };
}

interface TableMeta {
  schema?: { fields?: Array<{ name: string; type: string; mode?: string; description?: string }> };
  numRows?: string;
}

/** What a jobs.getQueryResults answer says besides its rows. */
interface QueryPage {
  schema?: { fields?: Array<{ name: string; type: string; mode?: string }> };
}

/** `1.5e9`-style: bytes for messages. */
function showBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${bytes} bytes`;
}

/** A cell of the REST answer as a plain value: scalars stay text, TIMESTAMP micros become ISO, repeated fields lists, records JSON. */
function cellValue(v: unknown, type: string, mode: string | undefined): unknown {
  if (v === null || v === undefined) return null;
  if (mode === 'REPEATED' && Array.isArray(v)) return v.map((item: { v: unknown }) => cellValue(item.v, type, undefined));
  if (type === 'RECORD' || type === 'STRUCT') return JSON.stringify(v);
  if (type === 'TIMESTAMP' && typeof v === 'string' && /^-?\d+$/.test(v)) return new Date(Number(BigInt(v) / 1000n)).toISOString();
  return v;
}

export async function openBigQuery(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, timeoutMs } = connectionTarget(rawUrl);
  const project = decodeURIComponent(url.hostname);
  const dataset = decodeURIComponent(url.pathname.replace(/^\//, '').replace(/\/$/, ''));
  if (!project || !dataset || dataset.includes('/')) throw new SourceError('expected bigquery://<project>/<dataset>', location);
  const endpoint = url.searchParams.get('endpoint')?.replace(/\/$/, '');
  const region = url.searchParams.get('location') ?? undefined;
  const cap = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const env = options.env ?? process.env;
  const { BigQuery } = await loadVendorDriver('@google-cloud/bigquery', 'reading BigQuery', location, () => import('@google-cloud/bigquery'));
  const { client: authClient, secrets } = await googleCredentials(env, location);
  // `timeout` (per HTTP request) is read by the library's Service base class but not in its type.
  const settings = { projectId: project, authClient, timeout: timeoutMs + 10_000, ...(endpoint ? { apiEndpoint: endpoint } : {}), ...(region ? { location: region } : {}) };
  const bigquery = new BigQuery(settings);

  /** One call; a failure's message is the service's own text with every secret masked. */
  const send = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const reason = (error as { code?: unknown }).code === 'ECONNREFUSED' ? 'ECONNREFUSED' : error instanceof Error ? error.message : String(error);
      throw new SourceError(`BigQuery: ${maskGoogleSecrets(reason, secrets)}`, location);
    }
  };
  /** A query job (jobs.insert) with the cap, the timeout and datamin's label; a dry run runs nothing and bills nothing. */
  const job = (sql: string, dryRun: boolean) =>
    send(async () => (await bigquery.createQueryJob({ query: sql, useLegacySql: false, dryRun, useQueryCache: true, maximumBytesBilled: String(cap), jobTimeoutMs: timeoutMs, labels: { tool: 'datamin' } }))[0]);
  /** Bytes the statement would process, by a dry run (free, runs nothing). */
  const dryRun = async (sql: string): Promise<number> => {
    const { statistics } = (await job(sql, true)).metadata as { statistics?: { totalBytesProcessed?: string; query?: { totalBytesProcessed?: string } } };
    return Number(statistics?.totalBytesProcessed ?? statistics?.query?.totalBytesProcessed ?? 0);
  };

  let spent = 0;
  const checked = new Set<string>();
  /** Dry-runs statements not yet checked and refuses them all when the scan would pass the cap. */
  const admit = async (statements: readonly string[]): Promise<void> => {
    let total = 0;
    const fresh = statements.filter((s) => !checked.has(s));
    for (const sql of fresh) total += await dryRun(sql);
    if (spent + total > cap) {
      throw new SourceError(`the scan would make BigQuery process ${showBytes(spent + total)} (dry run), more than --max-bytes ${showBytes(cap)}; nothing was run`, location);
    }
    spent += total;
    for (const sql of fresh) checked.add(sql);
  };
  const run = async (sql: string): Promise<unknown[][]> => {
    await admit([sql]);
    const started = await job(sql, false);
    const rows: unknown[][] = [];
    let schema: NonNullable<QueryPage['schema']>['fields'] = [];
    // jobs.getQueryResults page by page, raw cells (skipParsing): until the job is complete and no page is left.
    for (let next: object | null = { skipParsing: true, autoPaginate: false }; next; ) {
      const query: object = next;
      const [page, nextQuery, response] = await send(() => started.getQueryResults(query));
      schema = (response as QueryPage | undefined)?.schema?.fields ?? schema;
      const fields = schema ?? [];
      for (const row of page as unknown as Array<{ f: Array<{ v: unknown }> }>) rows.push(row.f.map((cell, i) => cellValue(cell.v, fields[i]?.type ?? 'STRING', fields[i]?.mode)));
      next = nextQuery ? { ...nextQuery, skipParsing: true, autoPaginate: false } : null;
    }
    return rows;
  };
  const client: WarehouseClient = { location, query: run };
  const dialect = bigqueryDialect(project);

  // The catalog comes from the free metadata API (tables.list, tables.get), not from queries, so
  // nothing is billed and nothing runs before the cap is checked.
  const [listed] = await send(() => bigquery.dataset(dataset).getTables({ maxResults: 1000 }));
  const ids = listed.filter((t) => (t.metadata as { type?: string } | undefined)?.type === 'TABLE' && t.id).map((t) => String(t.id));
  const tables: WarehouseTable[] = [];
  for (const id of ids.sort()) {
    const [meta] = (await send(() => bigquery.dataset(dataset).table(id).getMetadata())) as [TableMeta, unknown];
    const fields = meta.schema?.fields ?? [];
    tables.push({
      schema: dataset,
      table: id,
      fields: fields.map((f) => ({ name: f.name, type: f.mode === 'REPEATED' ? `ARRAY<${f.type}>` : f.type, ...(f.description ? { comment: f.description } : {}) })),
      dateColumns: new Set(fields.filter((f) => DATE_TYPES.has(f.type) && f.mode !== 'REPEATED').map((f) => f.name)),
      ...(meta.numRows === undefined ? {} : { rowEstimate: Number(meta.numRows) }),
    });
  }
  const warnings: SourceWarning[] = tables.length === 0 ? [{ message: `no tables in dataset '${dataset}'` }] : [];
  // Every statement the scan will run, dry-run and summed before the first of them runs.
  await admit(
    tables.flatMap((t) => {
      const distinct = dialect.distinctSql?.(t);
      return [dialect.sampleSql(t, options.rowLimit), countSql(dialect, t), ...[...t.dateColumns].map((c) => dialect.daySql(t, c)), ...(distinct ? [distinct.sql] : [])];
    }),
  );
  const names = datasetNames(tables);
  return {
    kind: 'bigquery',
    location,
    datasets: tables.map((t, i) => warehouseDataset(client, dialect, t, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
