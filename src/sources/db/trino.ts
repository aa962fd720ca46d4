// Trino and Presto schemas (`trino://[user@]host[:port]/catalog/schema`, `presto://…`) through
// their HTTP client protocol (https://trino.io/docs/current/develop/client-protocol.html; Presto's
// is the same with `X-Presto-*` headers where Trino sends `X-Trino-*`) with fetch: POST
// /v1/statement, then follow `nextUri`. Every statement runs inside one `START TRANSACTION READ
// ONLY` transaction, with the session's query_max_execution_time as the statement timeout; rows
// come from `TABLESAMPLE BERNOULLI` sized from the table's statistics.
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { connectionTarget, datasetNames, quoteIdent } from './shared.js';
import { columnList, distinctStatement, fetchJson, samplePercent, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

const DATE_TYPES = /^(date|timestamp)/i;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function trinoDialect(catalog: string, kind: 'trino' | 'presto' = 'trino'): WarehouseDialect {
  return {
    kind,
    quote: quoteIdent,
    from: (t) => `${quoteIdent(catalog)}.${quoteIdent(t.schema)}.${quoteIdent(t.table)}`,
    sampleSql(t, sample) {
      const percent = samplePercent(t.rowEstimate, sample);
      const sampling = percent === undefined ? '' : ` TABLESAMPLE BERNOULLI (${percent})`;
      return `SELECT ${columnList(this, t)} FROM ${this.from(t)}${sampling} LIMIT ${sample}`;
    },
    daySql(t, column) {
      const c = quoteIdent(column);
      return `SELECT date_diff('day', DATE '1970-01-01', CAST(${c} AS date)) AS day, count(*) AS n FROM ${this.from(t)} WHERE ${c} IS NOT NULL GROUP BY 1`;
    },
    distinctSql(t) {
      return distinctStatement(this, t, (c) => `approx_distinct(${c})`);
    },
  };
}

interface TrinoAnswer {
  nextUri?: string;
  columns?: Array<{ name: string; type: string }>;
  data?: unknown[][];
  error?: { message?: string };
}

export async function openTrino(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, password, timeoutMs } = connectionTarget(rawUrl);
  // Presto kept the protocol Trino forked from: the same requests, its own header prefix.
  const kind = url.protocol === 'presto:' ? 'presto' : 'trino';
  const engine = kind === 'presto' ? 'Presto' : 'Trino';
  const envPrefix = kind.toUpperCase();
  const h = (name: string): string => `x-${kind}-${name}`;
  const [catalog, schema, extra] = url.pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  if (!catalog || !schema || extra) throw new SourceError(`expected ${kind}://[user@]<host>[:port]/<catalog>/<schema>`, location);
  const env = options.env ?? process.env;
  const user = decodeURIComponent(url.username) || (env[`${envPrefix}_USER`] ?? 'datamin');
  const secret = password || env[`${envPrefix}_PASSWORD`];
  const token = env[`${envPrefix}_ACCESS_TOKEN`];
  const tls = url.searchParams.get('ssl') !== 'false';
  const origin = `${tls ? 'https' : 'http'}://${url.host}`;
  const secrets = [secret, token].filter((s): s is string => typeof s === 'string' && s !== '');
  const headers: Record<string, string> = {
    [h('user')]: user,
    [h('catalog')]: catalog,
    [h('schema')]: schema,
    [h('source')]: 'datamin',
    [h('session')]: `query_max_execution_time=${Math.max(1, Math.ceil(timeoutMs / 1000))}s`,
    'content-type': 'text/plain',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  else if (secret) headers.authorization = `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

  const send = async (target: string, init: { method: string; body?: string }): Promise<TrinoAnswer> => {
    try {
      return (await fetchJson(target, { ...init, headers, timeoutMs: timeoutMs + 10_000, secrets, what: engine })) as TrinoAnswer;
    } catch (error) {
      throw new SourceError((error as Error).message, location);
    }
  };
  /** Runs one statement to its end, following nextUri; a query error is a SourceError. */
  const run = async (sql: string): Promise<unknown[][]> => {
    let answer = await send(`${origin}/v1/statement`, { method: 'POST', body: sql });
    const rows: unknown[][] = [];
    for (;;) {
      if (answer.error) throw new SourceError(`${engine}: ${answer.error.message ?? 'query failed'}`, location);
      rows.push(...(answer.data ?? []));
      if (!answer.nextUri) return rows;
      answer = await send(answer.nextUri, { method: 'GET' });
    }
  };
  // One read-only transaction for the whole scan: its id is sent with every later statement.
  const begin = await fetch(`${origin}/v1/statement`, { method: 'POST', headers, body: 'START TRANSACTION READ ONLY', signal: AbortSignal.timeout(timeoutMs + 10_000) }).catch((error: unknown) => {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new SourceError(`cannot connect to ${engine}: ${cause ?? (error as Error).name}`, location);
  });
  let first: TrinoAnswer;
  try {
    first = (await begin.json()) as TrinoAnswer;
  } catch {
    throw new SourceError(`cannot connect to ${engine}: HTTP ${begin.status}`, location);
  }
  if (!begin.ok || first.error) throw new SourceError(`${engine}: ${first.error?.message ?? `HTTP ${begin.status}`}`, location);
  let transaction = begin.headers.get(h('started-transaction-id')) ?? undefined;
  for (let answer = first; answer.nextUri; ) {
    const next = await fetch(answer.nextUri, { headers, signal: AbortSignal.timeout(timeoutMs + 10_000) });
    transaction ??= next.headers.get(h('started-transaction-id')) ?? undefined;
    answer = (await next.json()) as TrinoAnswer;
    if (answer.error) throw new SourceError(`${engine}: ${answer.error.message ?? 'START TRANSACTION failed'}`, location);
  }
  if (!transaction) throw new SourceError(`${engine} did not start a read-only transaction`, location);
  headers[h('transaction-id')] = transaction;

  const client: WarehouseClient = { location, query: run };
  const dialect = trinoDialect(catalog, kind);
  const info = `${quoteIdent(catalog)}.information_schema`;
  const listed = await run(`SELECT table_name FROM ${info}.tables WHERE table_schema = ${literal(schema)} AND table_type = 'BASE TABLE' ORDER BY table_name`);
  const tables: WarehouseTable[] = [];
  for (const [name] of listed) {
    const table = String(name);
    const from = dialect.from({ schema, table, fields: [], dateColumns: new Set() });
    // SHOW COLUMNS: Column, Type, Extra, Comment. SHOW STATS: the summary row (column_name NULL) holds row_count.
    const columns = await run(`SHOW COLUMNS FROM ${from}`);
    const stats = await run(`SHOW STATS FOR ${from}`).catch(() => []);
    const estimate = stats.find((r) => r[0] === null)?.[4];
    tables.push({
      schema,
      table,
      fields: columns.map((c) => ({ name: String(c[0]), type: String(c[1]), ...(typeof c[3] === 'string' && c[3] !== '' ? { comment: c[3] } : {}) })),
      dateColumns: new Set(columns.filter((c) => DATE_TYPES.test(String(c[1]))).map((c) => String(c[0]))),
      ...(typeof estimate === 'number' ? { rowEstimate: estimate } : {}),
    });
  }
  const warnings: SourceWarning[] = tables.length === 0 ? [{ message: `no readable tables in ${catalog}.${schema}` }] : [];
  const names = datasetNames(tables);
  return {
    kind,
    location,
    datasets: tables.map((t, i) => warehouseDataset(client, dialect, t, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
    async close() {
      // Nothing was written: rolling back ends the transaction.
      await run('ROLLBACK').catch(() => undefined);
    },
  };
}
