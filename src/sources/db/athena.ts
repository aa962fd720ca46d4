// Amazon Athena databases (`athena://<workgroup>/[<catalog>.]<database>?region=eu-west-1`) through
// AWS's own SDK client, @aws-sdk/client-athena (an optional package, loaded on first use):
// StartQueryExecution, GetQueryExecution until it ends, GetQueryResults page by page. Credentials
// come from the SDK's default chain (the AWS_* variables, a profile or SSO login of ~/.aws, a web
// identity token, the container or instance role); `?endpoint=` points the client elsewhere (a
// VPC endpoint, a local fake). The catalog comes from ListTableMetadata, which runs no query
// and bills nothing. Athena bills by bytes scanned and has no dry run, so --max-bytes is enforced
// twice: before anything runs, against the catalog's table sizes times the statements each table
// needs; while running, against the bytes each statement reports, stopping one that passes it.
import type { Athena, TableMetadata } from '@aws-sdk/client-athena';
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { connectionTarget, countReceived, datasetNames, maskSecret, quoteIdent } from './shared.js';
import { loadVendorDriver } from './vendor-driver.js';
import { warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';
import { trinoDialect } from './trino.js';

/** Bytes a scan may make Athena scan when --max-bytes is not given: 10 GB, as for BigQuery. */
export const DEFAULT_MAX_BYTES = 10_000_000_000;
/** Athena bills at least 10 MB per query. */
const MIN_BILLED_BYTES = 10_000_000;
const DATE_TYPES = /^(date|timestamp)/i;
const PACKAGE = '@aws-sdk/client-athena';
const NO_CREDENTIALS =
  'no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials), or AWS_PROFILE for a profile or SSO login of ~/.aws/config';

/** Athena runs Trino's SQL: Trino's sampling, day and distinct statements, the catalog set by the query context. */
export function athenaDialect(catalog: string): WarehouseDialect {
  return { ...trinoDialect(catalog), kind: 'athena', from: (t) => `${quoteIdent(t.schema)}.${quoteIdent(t.table)}` };
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

/**
 * The client, its credentials resolved up front (so a missing login fails before any request,
 * and the secrets are known for masking). Static keys in `env` are used as given (the env a
 * caller passes may not be the process's); otherwise the SDK's default chain finds them.
 */
async function connect(env: NodeJS.ProcessEnv, region: string | undefined, endpoint: string | undefined, timeoutMs: number, location: string): Promise<{ client: Athena; secrets: string[] }> {
  // On Node 20 the SDK warns on stderr that its releases after January 2027 need Node 22: datamin
  // pins its version, so the warning asks nothing of the user (AWS_SDK_…=false shows it again).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sdk = await loadVendorDriver(PACKAGE, 'reading Athena', location, () => import('@aws-sdk/client-athena'));
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
  const client = new sdk.Athena({
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey && !env.AWS_PROFILE ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } } : {}),
    requestHandler: { connectionTimeout: 10_000, requestTimeout: timeoutMs + 10_000 },
  });
  try {
    await client.config.region();
  } catch {
    throw new SourceError('no AWS region: add ?region=<region> to the URL, set AWS_REGION or give the profile a region', location);
  }
  try {
    const found = await client.config.credentials();
    return { client, secrets: [found.secretAccessKey, found.sessionToken ?? ''].filter((s) => s !== '') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // The chain's last link says only that none of its links had credentials.
    throw new SourceError(/from any providers/.test(reason) ? NO_CREDENTIALS : `AWS credentials: ${[secretAccessKey, sessionToken].reduce<string>((t, s) => (s ? maskSecret(t, s) : t), reason)}`, location);
  }
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
  const endpoint = url.searchParams.get('endpoint')?.replace(/\/$/, '');
  const { client: athena, secrets } = await connect(env, region, endpoint, timeoutMs, location);
  const cap = options.maxBytes ?? DEFAULT_MAX_BYTES;

  /** One call; a failure's message is the service's own text with every secret masked. */
  const send = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
      throw new SourceError(`Athena: ${secrets.reduce((t, s) => maskSecret(t, s), reason)}`, location);
    }
  };

  let spent = 0;
  /** Runs one statement to its end, stopping it at the timeout or when the scan's bytes pass the cap. */
  const run = async (sql: string): Promise<unknown[][]> => {
    if (spent >= cap) throw new SourceError(`the scan made Athena scan ${showBytes(spent)}, the --max-bytes cap of ${showBytes(cap)}; not run`, location);
    const { QueryExecutionId: id } = await send(() =>
      athena.startQueryExecution({ QueryString: sql, WorkGroup: workgroup, QueryExecutionContext: { Catalog: catalog, Database: database } }),
    );
    if (!id) throw new SourceError('Athena started no query', location);
    const started = Date.now();
    for (let wait = 50; ; wait = Math.min(1000, wait * 2)) {
      const { QueryExecution: execution } = await send(() => athena.getQueryExecution({ QueryExecutionId: id }));
      const state = execution?.Status?.State;
      const scanned = execution?.Statistics?.DataScannedInBytes ?? 0;
      if (state === 'SUCCEEDED') {
        spent += Math.max(scanned, MIN_BILLED_BYTES);
        break;
      }
      if (state === 'FAILED' || state === 'CANCELLED') throw new SourceError(`Athena: ${execution?.Status?.StateChangeReason ?? state.toLowerCase()}`, location);
      const over = spent + scanned > cap;
      if (over || Date.now() - started > timeoutMs) {
        await send(() => athena.stopQueryExecution({ QueryExecutionId: id })).catch(() => undefined);
        throw new SourceError(
          over ? `stopped: the scan passed --max-bytes ${showBytes(cap)} while Athena ran a statement` : `Athena: no answer within ${timeoutMs / 1000} s (statement stopped)`,
          location,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const rows: unknown[][] = [];
    for (let token: string | undefined, first = true; ; first = false) {
      const page = await send(() => athena.getQueryResults({ QueryExecutionId: id, MaxResults: 1000, NextToken: token }));
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
    const page = await send(() => athena.listTableMetadata({ CatalogName: catalog, DatabaseName: database, MaxResults: 50, NextToken: token }));
    listed.push(...(page.TableMetadataList ?? []));
    token = page.NextToken;
    if (!token) break;
  }
  const warnings: SourceWarning[] = [];
  const dialect = athenaDialect(catalog);
  const tables: Array<WarehouseTable & { bytes?: number }> = listed
    .filter((t): t is TableMetadata & { Name: string } => t.Name !== undefined && !/VIEW/i.test(t.TableType ?? ''))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0))
    .map((t) => {
      const columns = [...(t.Columns ?? []), ...(t.PartitionKeys ?? [])].map((c) => ({ ...c, Name: c.Name ?? '' }));
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
