// BigQuery datasets (`bigquery://project/dataset`) through the REST API's jobs.query
// (https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/query) with fetch: no client
// library, so nothing but these statements leaves datamin. Every statement is first sent as a dry
// run; the bytes all of them would process are summed against --max-bytes before any runs, and
// each then runs with maximumBytesBilled and a job timeout. Rows come from `TABLESAMPLE SYSTEM`,
// distinct counts from one `APPROX_COUNT_DISTINCT` statement per table;
// columns, types, descriptions and row counts from the metadata API (tables.get), which bills nothing.
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { googleAccessToken } from './google-auth.js';
import { connectionTarget, datasetNames } from './shared.js';
import { columnList, countSql, distinctStatement, fetchJson, samplePercent, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

/** Bytes a scan may make BigQuery process when --max-bytes is not given: 10 GB. */
export const DEFAULT_MAX_BYTES = 10_000_000_000;
const API = 'https://bigquery.googleapis.com';
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

interface TableList {
  tables?: Array<{ tableReference?: { tableId?: string }; type?: string }>;
  nextPageToken?: string;
}

interface TableMeta {
  schema?: { fields?: Array<{ name: string; type: string; mode?: string; description?: string }> };
  numRows?: string;
}

interface QueryAnswer {
  schema?: { fields?: Array<{ name: string; type: string; mode?: string }> };
  rows?: Array<{ f: Array<{ v: unknown }> }>;
  totalBytesProcessed?: string;
  jobComplete?: boolean;
  pageToken?: string;
  jobReference?: { jobId?: string; location?: string };
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
  const endpoint = (url.searchParams.get('endpoint') ?? API).replace(/\/$/, '');
  const region = url.searchParams.get('location') ?? undefined;
  const cap = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const env = options.env ?? process.env;
  const { token, secrets } = await googleAccessToken(env, location, timeoutMs);

  const call = async (path: string, body?: object): Promise<QueryAnswer> => {
    try {
      return (await fetchJson(`${endpoint}/bigquery/v2/projects/${encodeURIComponent(project)}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
        timeoutMs: timeoutMs + 10_000,
        secrets,
        what: 'BigQuery',
      })) as QueryAnswer;
    } catch (error) {
      throw new SourceError((error as Error).message, location);
    }
  };
  const request = (sql: string, dryRun: boolean): object => ({
    query: sql,
    useLegacySql: false,
    dryRun,
    useQueryCache: true,
    maximumBytesBilled: String(cap),
    jobTimeoutMs: String(timeoutMs),
    timeoutMs,
    formatOptions: { useInt64Timestamp: true },
    labels: { tool: 'datamin' },
    ...(region ? { location: region } : {}),
  });
  /** Bytes the statement would process, by a dry run (free, runs nothing). */
  const dryRun = async (sql: string): Promise<number> => Number((await call('/queries', request(sql, true))).totalBytesProcessed ?? 0);

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
    let answer = await call('/queries', request(sql, false));
    const rows: unknown[][] = [];
    const schema = answer.schema?.fields ?? [];
    for (;;) {
      const fields = answer.schema?.fields ?? schema;
      if (answer.jobComplete !== false) for (const row of answer.rows ?? []) rows.push(row.f.map((cell, i) => cellValue(cell.v, fields[i]?.type ?? 'STRING', fields[i]?.mode)));
      if (answer.jobComplete !== false && !answer.pageToken) return rows;
      const job = answer.jobReference;
      if (!job?.jobId) throw new SourceError('BigQuery: the job did not finish and has no id to wait for', location);
      const query = new URLSearchParams({
        timeoutMs: String(timeoutMs),
        'formatOptions.useInt64Timestamp': 'true',
        ...(answer.pageToken ? { pageToken: answer.pageToken } : {}),
        ...(job.location ? { location: job.location } : {}),
      });
      answer = await call(`/queries/${encodeURIComponent(job.jobId)}?${query.toString()}`);
    }
  };
  const client: WarehouseClient = { location, query: run };
  const dialect = bigqueryDialect(project);

  // The catalog comes from the free metadata API (tables.list, tables.get), not from queries, so
  // nothing is billed and nothing runs before the cap is checked.
  const base = `/datasets/${encodeURIComponent(dataset)}/tables`;
  const ids: string[] = [];
  for (let pageToken: string | undefined; ; ) {
    const page = (await call(`${base}?maxResults=1000${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ''}`)) as unknown as TableList;
    for (const t of page.tables ?? []) if (t.type === 'TABLE' && t.tableReference?.tableId) ids.push(t.tableReference.tableId);
    pageToken = page.nextPageToken;
    if (!pageToken) break;
  }
  const tables: WarehouseTable[] = [];
  for (const id of ids.sort()) {
    const meta = (await call(`${base}/${encodeURIComponent(id)}`)) as unknown as TableMeta;
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
