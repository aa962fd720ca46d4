// Snowflake schemas (`snowflake://[user@]account/database/schema?warehouse=…&role=…`) through
// Snowflake's own Node driver, snowflake-sdk (an optional package, loaded on first use): it logs
// in (`/session/v1/login-request`) with a key pair, an OAuth token or a programmatic access token,
// and runs each statement through `/queries/v1/query-request`; `?endpoint=` is its `accessUrl`
// (a proxy, or the local fake the tests use). Rows come from `SAMPLE (n ROWS)`, counts run in
// Snowflake, every statement carries a timeout and a query tag. Snowflake has no read-only
// session: scan with a role granted only USAGE and SELECT.
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { connectionTarget, datasetNames, maskSecret, quoteIdent } from './shared.js';
import { columnList, distinctStatement, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

type SnowflakeSdk = typeof import('snowflake-sdk');
type SnowflakeOptions = Parameters<SnowflakeSdk['createConnection']>[0] & object;
type Connection = ReturnType<SnowflakeSdk['createConnection']>;

export const SNOWFLAKE_PACKAGE_HINT = 'reading Snowflake needs the optional package snowflake-sdk: npm install snowflake-sdk';
const DATE_TYPES = /^(DATE|TIMESTAMP)/i;

let loaded: Promise<SnowflakeSdk | undefined> | undefined;

/** The driver, or undefined when it is not installed. Its log goes nowhere: it is not datamin's output. */
async function loadSnowflake(): Promise<SnowflakeSdk | undefined> {
  // The AWS SDK inside the driver warns on stderr that its releases after January 2027 need Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  loaded ??= import('snowflake-sdk').then(
    (module) => {
      const sdk = (module as { default?: SnowflakeSdk }).default ?? module;
      sdk.configure({ logLevel: 'OFF' });
      return sdk;
    },
    () => undefined,
  );
  return loaded;
}

export function snowflakeDialect(database: string): WarehouseDialect {
  return {
    kind: 'snowflake',
    quote: quoteIdent,
    from: (t) => `${quoteIdent(database)}.${quoteIdent(t.schema)}.${quoteIdent(t.table)}`,
    sampleSql(t, sample) {
      return `SELECT ${columnList(this, t)} FROM ${this.from(t)} SAMPLE (${sample} ROWS)`;
    },
    daySql(t, column) {
      const c = quoteIdent(column);
      return `SELECT DATEDIFF(day, DATE '1970-01-01', TO_DATE(${c})) AS day, COUNT(*) AS n FROM ${this.from(t)} WHERE ${c} IS NOT NULL GROUP BY 1`;
    },
    distinctSql(t) {
      return distinctStatement(this, t, (c) => `APPROX_COUNT_DISTINCT(${c})`);
    },
  };
}

/**
 * The driver's authenticator and its secret, as Snowflake's own tools read them: an OAuth or
 * programmatic access token, or a key pair (the key is decrypted here, so a wrong passphrase says so).
 */
async function credentials(env: NodeJS.ProcessEnv, user: string, location: string): Promise<{ options: Partial<SnowflakeOptions>; secrets: string[] }> {
  const token = env.SNOWFLAKE_TOKEN ?? env.SNOWFLAKE_PAT;
  if (token) return { options: { authenticator: env.SNOWFLAKE_TOKEN ? 'OAUTH' : 'PROGRAMMATIC_ACCESS_TOKEN', token }, secrets: [token] };
  const keyPath = env.SNOWFLAKE_PRIVATE_KEY_PATH ?? env.SNOWFLAKE_PRIVATE_KEY_FILE;
  if (!keyPath) throw new SourceError('no Snowflake credentials: set SNOWFLAKE_TOKEN (OAuth), SNOWFLAKE_PAT or SNOWFLAKE_PRIVATE_KEY_PATH (key pair)', location);
  if (!user) throw new SourceError('key-pair authentication needs a user: snowflake://<user>@<account>/… or SNOWFLAKE_USER', location);
  let pem: string;
  try {
    pem = await readFile(keyPath, 'utf8');
  } catch (error) {
    throw new SourceError(`the Snowflake private key cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, location);
  }
  let privateKey: string;
  try {
    const key = createPrivateKey({ key: pem, ...(env.PRIVATE_KEY_PASSPHRASE ? { passphrase: env.PRIVATE_KEY_PASSPHRASE } : {}) });
    privateKey = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch {
    throw new SourceError('the Snowflake private key cannot be read (not an unencrypted PEM key, or PRIVATE_KEY_PASSPHRASE is wrong)', location);
  }
  return { options: { authenticator: 'SNOWFLAKE_JWT', privateKey }, secrets: env.PRIVATE_KEY_PASSPHRASE ? [env.PRIVATE_KEY_PASSPHRASE] : [] };
}

/** A driver value as datamin reads it: DATE as `YYYY-MM-DD`, timestamps as ISO text, numbers as the driver's exact text. */
function cellValue(value: unknown, type: string): unknown {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) return null;
  return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
}

/** Fails after `ms` with "no answer", running `onTimeout` first (cancel the statement, drop the session). */
function deadline<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`no answer within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function openSnowflake(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, timeoutMs } = connectionTarget(rawUrl);
  const account = decodeURIComponent(url.hostname);
  const [database, schema, extra] = url.pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  if (!account || !database || !schema || extra) throw new SourceError('expected snowflake://[user@]<account>/<database>/<schema>', location);
  const env = options.env ?? process.env;
  const user = decodeURIComponent(url.username) || (env.SNOWFLAKE_USER ?? '');
  const auth = await credentials(env, user, location);
  const sdk = await loadSnowflake();
  if (!sdk) throw new SourceError(SNOWFLAKE_PACKAGE_HINT, location);
  const mask = (text: string): string => auth.secrets.reduce((t, s) => maskSecret(t, s), text);
  const failure = (error: unknown): SourceError => new SourceError(`Snowflake: ${mask(error instanceof Error ? error.message : String(error)).split('\n')[0]}`, location);
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  const endpoint = url.searchParams.get('endpoint');
  let connection: Connection;
  try {
    connection = sdk.createConnection({
      account: account.replace(/\.snowflakecomputing\.com$/i, ''),
      ...(endpoint ? { accessUrl: endpoint.replace(/\/$/, '') } : {}),
      ...(user ? { username: user } : {}),
      ...auth.options,
      database,
      schema,
      ...(url.searchParams.get('warehouse') ? { warehouse: url.searchParams.get('warehouse') ?? '' } : {}),
      ...(url.searchParams.get('role') ? { role: url.searchParams.get('role') ?? '' } : {}),
      application: 'datamin',
      clientStoreTemporaryCredential: false,
      fetchAsString: ['Number'],
      // Each HTTP request gives up after the statement timeout (plus 10 s), and a failed login or
      // request is tried twice more rather than for minutes: the scan says what failed instead.
      timeout: timeoutMs + 10_000,
      sfRetryMaxLoginRetries: 2,
      sfRetryMaxNumRetries: 2,
      largeResultSetRetryMaxNumRetries: 2,
    } as SnowflakeOptions);
  } catch (error) {
    throw failure(error);
  }
  const close = (): Promise<void> => new Promise((resolve) => (connection.isUp() ? connection.destroy(() => resolve()) : resolve()));
  try {
    // connectAsync reports a refused login only to its callback; its promise resolves either way.
    const connected = new Promise<void>((resolve, reject) => void connection.connectAsync((error) => (error ? reject(error) : resolve())).catch(reject));
    await deadline(connected, timeoutMs + 10_000, () => void close());
  } catch (error) {
    throw failure(error);
  }
  const run = (sql: string, binds?: string[]): Promise<unknown[][]> => {
    let statement: ReturnType<Connection['execute']> | undefined;
    const answer = new Promise<unknown[][]>((resolve, reject) => {
      statement = connection.execute({
        sqlText: sql,
        ...(binds ? { binds } : {}),
        rowMode: 'array',
        // Session parameters of this statement alone: Snowflake cancels it at the timeout.
        parameters: { STATEMENT_TIMEOUT_IN_SECONDS: seconds, QUERY_TAG: 'datamin', TIMEZONE: 'UTC' },
        complete: (error, stmt, rows) => {
          if (error) return reject(error);
          const types = (stmt.getColumns() ?? []).map((c) => c.getType());
          resolve((rows ?? []).map((row: unknown[]) => row.map((v, i) => cellValue(v, types[i] ?? 'text'))));
        },
      });
    });
    const cancel = (): void => {
      if (statement && 'cancel' in statement) statement.cancel();
    };
    return deadline(answer, timeoutMs + 10_000, cancel).catch((error: unknown) => {
      throw failure(error);
    });
  };
  try {
    const client: WarehouseClient = { location, query: (sql) => run(sql) };
    const dialect = snowflakeDialect(database);
    const info = `${quoteIdent(database)}.INFORMATION_SCHEMA`;
    const listed = await run(`SELECT table_name, row_count FROM ${info}.TABLES WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name`, [schema]);
    const columns = await run(`SELECT table_name, column_name, data_type, comment FROM ${info}.COLUMNS WHERE table_schema = ? ORDER BY table_name, ordinal_position`, [schema]);
    const tables: WarehouseTable[] = listed.map((row) => {
      const table = String(row[0]);
      const own = columns.filter((c) => c[0] === table);
      return {
        schema,
        table,
        fields: own.map((c) => ({ name: String(c[1]), type: String(c[2]), ...(typeof c[3] === 'string' && c[3] !== '' ? { comment: c[3] } : {}) })),
        dateColumns: new Set(own.filter((c) => DATE_TYPES.test(String(c[2]))).map((c) => String(c[1]))),
        ...(row[1] === null || row[1] === undefined ? {} : { rowEstimate: Number(row[1]) }),
      };
    });
    const warnings: SourceWarning[] = tables.length === 0 ? [{ message: `no readable tables in schema '${schema}'` }] : [];
    const names = datasetNames(tables);
    return {
      kind: 'snowflake',
      location,
      datasets: tables.map((t, i) => warehouseDataset(client, dialect, t, names[i], options.rowLimit)),
      ...(warnings.length > 0 ? { warnings } : {}),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
