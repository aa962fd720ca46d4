// Snowflake schemas (`snowflake://[user@]account/database/schema?warehouse=…&role=…`) through the
// SQL API v2 (https://docs.snowflake.com/en/developer-guide/sql-api/reference) with fetch: the
// Node driver cannot be pointed at a local fake, the REST API can (`?endpoint=`). Rows come from
// `SAMPLE (n ROWS)`, counts run in Snowflake, every statement carries a timeout and a query tag.
// The SQL API has no read-only session: scan with a role granted only USAGE and SELECT.
import { createHash, createPrivateKey, createPublicKey, createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { connectionTarget, datasetNames, quoteIdent } from './shared.js';
import { columnList, distinctStatement, fetchJson, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

const DATE_TYPES = /^(DATE|TIMESTAMP)/i;

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

interface StatementAnswer {
  statementHandle?: string;
  message?: string;
  resultSetMetaData?: { rowType?: Array<{ name: string; type: string }>; partitionInfo?: unknown[] };
  data?: Array<Array<string | null>>;
}

/** Credentials as Snowflake's own tools read them: an OAuth or programmatic access token, or a key pair. */
async function authorization(env: NodeJS.ProcessEnv, account: string, user: string, location: string): Promise<{ header: string; type: string; secrets: string[] }> {
  const token = env.SNOWFLAKE_TOKEN ?? env.SNOWFLAKE_PAT;
  if (token) return { header: `Bearer ${token}`, type: env.SNOWFLAKE_TOKEN ? 'OAUTH' : 'PROGRAMMATIC_ACCESS_TOKEN', secrets: [token] };
  const keyPath = env.SNOWFLAKE_PRIVATE_KEY_PATH ?? env.SNOWFLAKE_PRIVATE_KEY_FILE;
  if (!keyPath) throw new SourceError('no Snowflake credentials: set SNOWFLAKE_TOKEN (OAuth), SNOWFLAKE_PAT or SNOWFLAKE_PRIVATE_KEY_PATH (key pair)', location);
  if (!user) throw new SourceError('key-pair authentication needs a user: snowflake://<user>@<account>/… or SNOWFLAKE_USER', location);
  let pem: string;
  try {
    pem = await readFile(keyPath, 'utf8');
  } catch (error) {
    throw new SourceError(`the Snowflake private key cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, location);
  }
  // https://docs.snowflake.com/en/developer-guide/sql-api/authenticating#using-key-pair-authentication
  let key;
  try {
    key = createPrivateKey({ key: pem, ...(env.PRIVATE_KEY_PASSPHRASE ? { passphrase: env.PRIVATE_KEY_PASSPHRASE } : {}) });
  } catch {
    throw new SourceError('the Snowflake private key cannot be read (not an unencrypted PEM key, or PRIVATE_KEY_PASSPHRASE is wrong)', location);
  }
  const fingerprint = createHash('sha256').update(createPublicKey(key).export({ type: 'spki', format: 'der' })).digest('base64');
  const qualified = `${account.split('.')[0].toUpperCase()}.${user.toUpperCase()}`;
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: `${qualified}.SHA256:${fingerprint}`, sub: qualified, iat: now, exp: now + 3600 })}`;
  const jwt = `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(key, 'base64url')}`;
  return { header: `Bearer ${jwt}`, type: 'KEYPAIR_JWT', secrets: [jwt] };
}

/** A jsonv2 cell as a plain value: DATE (days) and TIMESTAMP (epoch seconds) become ISO text. */
function cellValue(v: string | null, type: string): unknown {
  if (v === null) return null;
  const t = type.toLowerCase();
  if (t === 'date' && /^-?\d+$/.test(v)) return new Date(Number(v) * 86_400_000).toISOString().slice(0, 10);
  if (t.startsWith('timestamp') && /^-?\d+(\.\d+)?( \d+)?$/.test(v)) return new Date(Math.round(Number(v.split(' ')[0]) * 1000)).toISOString();
  return v;
}

export async function openSnowflake(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, timeoutMs } = connectionTarget(rawUrl);
  const account = decodeURIComponent(url.hostname);
  const [database, schema, extra] = url.pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  if (!account || !database || !schema || extra) throw new SourceError('expected snowflake://[user@]<account>/<database>/<schema>', location);
  const env = options.env ?? process.env;
  const user = decodeURIComponent(url.username) || (env.SNOWFLAKE_USER ?? '');
  const endpoint = (url.searchParams.get('endpoint') ?? `https://${account}.snowflakecomputing.com`).replace(/\/$/, '');
  const auth = await authorization(env, account, user, location);
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  const context = {
    database,
    schema,
    ...(url.searchParams.get('warehouse') ? { warehouse: url.searchParams.get('warehouse') } : {}),
    ...(url.searchParams.get('role') ? { role: url.searchParams.get('role') } : {}),
  };
  const call = async (path: string, body?: object): Promise<StatementAnswer> => {
    try {
      return (await fetchJson(`${endpoint}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: auth.header, 'x-snowflake-authorization-token-type': auth.type, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'datamin' },
        ...(body ? { body: JSON.stringify(body) } : {}),
        timeoutMs: timeoutMs + 10_000,
        secrets: auth.secrets,
        what: 'Snowflake',
      })) as StatementAnswer;
    } catch (error) {
      throw new SourceError((error as Error).message, location);
    }
  };
  const run = async (sql: string, bindings?: Record<string, { type: string; value: string }>): Promise<unknown[][]> => {
    let answer = await call('/api/v2/statements?async=false', {
      statement: sql,
      timeout: seconds,
      ...context,
      ...(bindings ? { bindings } : {}),
      parameters: { query_tag: 'datamin', timezone: 'UTC' },
    });
    // 202: still running; the handle is polled until the result is there.
    for (let polls = 0; !answer.resultSetMetaData && answer.statementHandle && polls < seconds * 2; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await call(`/api/v2/statements/${encodeURIComponent(answer.statementHandle)}`);
    }
    const types = (answer.resultSetMetaData?.rowType ?? []).map((r) => r.type);
    const rows = (answer.data ?? []).map((row) => row.map((v, i) => cellValue(v, types[i] ?? 'text')));
    const partitions = answer.resultSetMetaData?.partitionInfo?.length ?? 1;
    for (let p = 1; p < partitions && answer.statementHandle; p++) {
      const more = await call(`/api/v2/statements/${encodeURIComponent(answer.statementHandle)}?partition=${p}`);
      for (const row of more.data ?? []) rows.push(row.map((v, i) => cellValue(v, types[i] ?? 'text')));
    }
    return rows;
  };
  const client: WarehouseClient = { location, query: (sql) => run(sql) };
  const dialect = snowflakeDialect(database);
  const info = `${quoteIdent(database)}.INFORMATION_SCHEMA`;
  const text = (value: string) => ({ type: 'TEXT', value });
  const listed = await run(`SELECT table_name, row_count FROM ${info}.TABLES WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name`, { 1: text(schema) });
  const columns = await run(`SELECT table_name, column_name, data_type, comment FROM ${info}.COLUMNS WHERE table_schema = ? ORDER BY table_name, ordinal_position`, { 1: text(schema) });
  const tables: WarehouseTable[] = listed.map((row) => {
    const table = String(row[0]);
    const own = columns.filter((c) => c[0] === table);
    return {
      schema,
      table,
      fields: own.map((c) => ({ name: String(c[1]), type: String(c[2]), ...(typeof c[3] === 'string' && c[3] !== '' ? { comment: c[3] } : {}) })),
      dateColumns: new Set(own.filter((c) => DATE_TYPES.test(String(c[2]))).map((c) => String(c[1]))),
      ...(row[1] === null ? {} : { rowEstimate: Number(row[1]) }),
    };
  });
  const warnings: SourceWarning[] = tables.length === 0 ? [{ message: `no readable tables in schema '${schema}'` }] : [];
  const names = datasetNames(tables);
  return {
    kind: 'snowflake',
    location,
    datasets: tables.map((t, i) => warehouseDataset(client, dialect, t, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
