// Amazon Athena databases (`athena://<workgroup>/[<catalog>.]<database>?region=eu-west-1`) through
// Athena's JSON API (https://docs.aws.amazon.com/athena/latest/APIReference/) with fetch and
// SigV4 signing by hand (aws-sigv4.ts): StartQueryExecution, GetQueryExecution until it ends,
// GetQueryResults page by page. The catalog comes from ListTableMetadata, which runs no query
// and bills nothing. Athena bills by bytes scanned and has no dry run, so --max-bytes is enforced
// twice: before anything runs, against the catalog's table sizes times the statements each table
// needs; while running, against the bytes each statement reports, stopping one that passes it.
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { awsCredentials, signV4 } from './aws-sigv4.js';
import { connectionTarget, countReceived, datasetNames, quoteIdent } from './shared.js';
import { fetchJson, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';
import { trinoDialect } from './trino.js';

/** Bytes a scan may make Athena scan when --max-bytes is not given: 10 GB, as for BigQuery. */
export const DEFAULT_MAX_BYTES = 10_000_000_000;
/** Athena bills at least 10 MB per query. */
const MIN_BILLED_BYTES = 10_000_000;
const DATE_TYPES = /^(date|timestamp)/i;

/** Athena runs Trino's SQL: Trino's sampling, day and distinct statements, the catalog set by the query context. */
export function athenaDialect(catalog: string): WarehouseDialect {
  return { ...trinoDialect(catalog), kind: 'athena', from: (t) => `${quoteIdent(t.schema)}.${quoteIdent(t.table)}` };
}

interface TableMetadata {
  Name: string;
  TableType?: string;
  Columns?: Array<{ Name: string; Type?: string; Comment?: string }>;
  PartitionKeys?: Array<{ Name: string; Type?: string; Comment?: string }>;
  Parameters?: Record<string, string>;
}

interface Execution {
  QueryExecution?: { Status?: { State?: string; StateChangeReason?: string }; Statistics?: { DataScannedInBytes?: number } };
}

interface Results {
  ResultSet?: { Rows?: Array<{ Data?: Array<{ VarCharValue?: string }> }> };
  NextToken?: string;
}

function showBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${bytes} bytes`;
}

/** A catalog parameter as a number (Glue crawlers write recordCount and sizeKey; ANALYZE numRows and totalSize). */
function parameter(table: TableMetadata, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const n = Number(table.Parameters?.[key]);
    if (table.Parameters?.[key] !== undefined && Number.isFinite(n) && n >= 0) return n;
  }
  return undefined;
}

export async function openAthena(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, timeoutMs } = connectionTarget(rawUrl);
  const workgroup = decodeURIComponent(url.host);
  const path = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const dot = path.indexOf('.');
  const catalog = dot < 0 ? 'AwsDataCatalog' : path.slice(0, dot);
  const database = dot < 0 ? path : path.slice(dot + 1);
  if (!workgroup || !database || database.includes('/')) throw new SourceError('expected athena://<workgroup>/[<catalog>.]<database>?region=<region>', location);
  const env = options.env ?? process.env;
  const region = url.searchParams.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) throw new SourceError('no AWS region: add ?region=<region> to the URL or set AWS_REGION', location);
  const endpoint = (url.searchParams.get('endpoint') ?? `https://athena.${region}.amazonaws.com`).replace(/\/$/, '');
  const credentials = awsCredentials(env, location);
  const secrets = [credentials.secretAccessKey, credentials.sessionToken ?? ''].filter((s) => s !== '');
  const cap = options.maxBytes ?? DEFAULT_MAX_BYTES;

  const call = async <T>(action: string, body: object): Promise<T> => {
    const text = JSON.stringify(body);
    const headers = signV4({ method: 'POST', url: `${endpoint}/`, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AmazonAthena.${action}` }, body: text }, credentials, region, 'athena');
    delete headers.host; // fetch sets it, to the same value
    try {
      return (await fetchJson(`${endpoint}/`, { method: 'POST', headers, body: text, timeoutMs: timeoutMs + 10_000, secrets, what: 'Athena' })) as T;
    } catch (error) {
      throw new SourceError((error as Error).message, location);
    }
  };

  let spent = 0;
  /** Runs one statement to its end, stopping it at the timeout or when the scan's bytes pass the cap. */
  const run = async (sql: string): Promise<unknown[][]> => {
    if (spent >= cap) throw new SourceError(`the scan made Athena scan ${showBytes(spent)}, the --max-bytes cap of ${showBytes(cap)}; not run`, location);
    const { QueryExecutionId: id } = await call<{ QueryExecutionId?: string }>('StartQueryExecution', {
      QueryString: sql,
      WorkGroup: workgroup,
      QueryExecutionContext: { Catalog: catalog, Database: database },
    });
    if (!id) throw new SourceError('Athena started no query', location);
    const started = Date.now();
    for (let wait = 50; ; wait = Math.min(1000, wait * 2)) {
      const execution = (await call<Execution>('GetQueryExecution', { QueryExecutionId: id })).QueryExecution;
      const state = execution?.Status?.State;
      const scanned = execution?.Statistics?.DataScannedInBytes ?? 0;
      if (state === 'SUCCEEDED') {
        spent += Math.max(scanned, MIN_BILLED_BYTES);
        break;
      }
      if (state === 'FAILED' || state === 'CANCELLED') throw new SourceError(`Athena: ${execution?.Status?.StateChangeReason ?? state.toLowerCase()}`, location);
      const over = spent + scanned > cap;
      if (over || Date.now() - started > timeoutMs) {
        await call('StopQueryExecution', { QueryExecutionId: id }).catch(() => undefined);
        throw new SourceError(
          over ? `stopped: the scan passed --max-bytes ${showBytes(cap)} while Athena ran a statement` : `Athena: no answer within ${timeoutMs / 1000} s (statement stopped)`,
          location,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const rows: unknown[][] = [];
    for (let token: string | undefined, first = true; ; first = false) {
      const page = await call<Results>('GetQueryResults', { QueryExecutionId: id, MaxResults: 1000, ...(token ? { NextToken: token } : {}) });
      // The first row of a SELECT's first page repeats the column names.
      const data = (page.ResultSet?.Rows ?? []).slice(first ? 1 : 0).map((r) => (r.Data ?? []).map((cell) => cell.VarCharValue ?? null));
      countReceived('athena', data.length);
      rows.push(...data);
      token = page.NextToken;
      if (!token) return rows;
    }
  };

  const listed: TableMetadata[] = [];
  for (let token: string | undefined; ; ) {
    const page = await call<{ TableMetadataList?: TableMetadata[]; NextToken?: string }>('ListTableMetadata', { CatalogName: catalog, DatabaseName: database, MaxResults: 50, ...(token ? { NextToken: token } : {}) });
    listed.push(...(page.TableMetadataList ?? []));
    token = page.NextToken;
    if (!token) break;
  }
  const warnings: SourceWarning[] = [];
  const dialect = athenaDialect(catalog);
  const tables: Array<WarehouseTable & { bytes?: number }> = listed
    .filter((t) => !/VIEW/i.test(t.TableType ?? ''))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0))
    .map((t) => {
      const columns = [...(t.Columns ?? []), ...(t.PartitionKeys ?? [])];
      const estimate = parameter(t, 'recordCount', 'numRows');
      const bytes = parameter(t, 'sizeKey', 'totalSize', 'rawDataSize');
      return {
        schema: database,
        table: t.Name,
        fields: columns.map((c) => ({ name: c.Name, type: c.Type ?? 'string', ...(c.Comment ? { comment: c.Comment } : {}) })),
        dateColumns: new Set(columns.filter((c) => DATE_TYPES.test(c.Type ?? '')).map((c) => c.Name)),
        ...(estimate === undefined ? {} : { rowEstimate: estimate }),
        ...(bytes === undefined ? {} : { bytes }),
      };
    });
  if (tables.length === 0) warnings.push({ message: `no tables in database '${database}'` });
  // Before anything runs: at worst each statement scans its whole table.
  let bound = 0;
  const unsized: string[] = [];
  for (const t of tables) {
    // The sample, the row count, the distinct counts and one day count per date column.
    const statements = 2 + (dialect.distinctSql?.(t) ? 1 : 0) + t.dateColumns.size;
    if (t.bytes === undefined) unsized.push(t.table);
    bound += statements * Math.max(t.bytes ?? 0, MIN_BILLED_BYTES);
  }
  if (bound > cap) {
    throw new SourceError(`the scan could make Athena scan up to ${showBytes(bound)} (table sizes from the catalog), more than --max-bytes ${showBytes(cap)}; nothing was run`, location);
  }
  if (unsized.length > 0) warnings.push({ message: `no size in the catalog for ${unsized.join(', ')}: --max-bytes is checked as their statements run` });
  const client: WarehouseClient = { location, query: run };
  const names = datasetNames(tables);
  return {
    kind: 'athena',
    location,
    datasets: tables.map((t, i) => warehouseDataset(client, dialect, t, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
