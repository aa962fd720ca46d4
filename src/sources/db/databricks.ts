// Databricks schemas (`databricks://<workspace host>/<catalog>/<schema>?warehouse=<id>`) through
// the SQL Statement Execution API (https://docs.databricks.com/api/workspace/statementexecution)
// with fetch. Rows come from `TABLESAMPLE (n ROWS)`; counts run on the SQL warehouse; a statement
// still running at the statement timeout is cancelled. The API has no read-only session: grant
// the scanning principal only USE CATALOG, USE SCHEMA and SELECT.
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { connectionTarget, datasetNames } from './shared.js';
import { columnList, distinctStatement, fetchJson, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

const DATE_TYPES = /^(date|timestamp)/i;
const quote = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

export function databricksDialect(catalog: string): WarehouseDialect {
  return {
    kind: 'databricks',
    quote,
    from: (t) => `${quote(catalog)}.${quote(t.schema)}.${quote(t.table)}`,
    sampleSql(t, sample) {
      return `SELECT ${columnList(this, t)} FROM ${this.from(t)} TABLESAMPLE (${sample} ROWS)`;
    },
    daySql(t, column) {
      const c = quote(column);
      return `SELECT datediff(CAST(${c} AS DATE), DATE'1970-01-01') AS day, count(*) AS n FROM ${this.from(t)} WHERE ${c} IS NOT NULL GROUP BY 1`;
    },
    distinctSql(t) {
      return distinctStatement(this, t, (c) => `approx_count_distinct(${c})`);
    },
  };
}

interface StatementAnswer {
  statement_id?: string;
  status?: { state?: string; error?: { message?: string } };
  result?: { data_array?: unknown[][]; next_chunk_internal_link?: string };
}

export async function openDatabricks(rawUrl: string, options: OpenerUrlOptions): Promise<OpenedSource> {
  const { url, location, password, timeoutMs } = connectionTarget(rawUrl);
  const [catalog, schema, extra] = url.pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  const warehouse = url.searchParams.get('warehouse');
  if (!catalog || !schema || extra || !warehouse) throw new SourceError('expected databricks://<workspace host>/<catalog>/<schema>?warehouse=<SQL warehouse id>', location);
  const env = options.env ?? process.env;
  // `databricks://token:<pat>@host` as the JDBC and SQLAlchemy URLs write it, else DATABRICKS_TOKEN.
  const token = password || env.DATABRICKS_TOKEN;
  if (!token) throw new SourceError('no Databricks credentials: set DATABRICKS_TOKEN (a personal access or OAuth token)', location);
  const origin = `${url.searchParams.get('ssl') === 'false' ? 'http' : 'https'}://${url.host}`;
  const deadline = (): number => Date.now() + timeoutMs;
  const call = async (path: string, body?: object): Promise<StatementAnswer> => {
    try {
      return (await fetchJson(`${origin}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'user-agent': 'datamin' },
        ...(body ? { body: JSON.stringify(body) } : {}),
        timeoutMs: timeoutMs + 60_000,
        secrets: [token],
        what: 'Databricks',
      })) as StatementAnswer;
    } catch (error) {
      throw new SourceError((error as Error).message, location);
    }
  };
  const run = async (sql: string, parameters?: Array<{ name: string; value: string; type: string }>): Promise<unknown[][]> => {
    const until = deadline();
    const wait = Math.min(50, Math.max(5, Math.ceil(timeoutMs / 1000)));
    let answer = await call('/api/2.0/sql/statements/', {
      warehouse_id: warehouse,
      statement: sql,
      catalog,
      schema,
      wait_timeout: `${wait}s`,
      on_wait_timeout: 'CONTINUE',
      disposition: 'INLINE',
      format: 'JSON_ARRAY',
      ...(parameters ? { parameters } : {}),
    });
    while (answer.status?.state === 'PENDING' || answer.status?.state === 'RUNNING') {
      if (!answer.statement_id) break;
      if (Date.now() >= until) {
        await call(`/api/2.0/sql/statements/${encodeURIComponent(answer.statement_id)}/cancel`, {}).catch(() => undefined);
        throw new SourceError(`Databricks: statement cancelled after the statement timeout (${timeoutMs / 1000} s)`, location);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await call(`/api/2.0/sql/statements/${encodeURIComponent(answer.statement_id)}`);
    }
    if (answer.status?.state !== 'SUCCEEDED') throw new SourceError(`Databricks: ${answer.status?.error?.message ?? `statement ${answer.status?.state ?? 'failed'}`}`, location);
    const rows = [...(answer.result?.data_array ?? [])];
    for (let next = answer.result?.next_chunk_internal_link; next; ) {
      const chunk = (await call(next)) as StatementAnswer['result'];
      rows.push(...(chunk?.data_array ?? []));
      next = chunk?.next_chunk_internal_link;
    }
    return rows;
  };
  const client: WarehouseClient = { location, query: (sql) => run(sql) };
  const dialect = databricksDialect(catalog);
  const info = `${quote(catalog)}.information_schema`;
  const bound = [{ name: 'schema', value: schema, type: 'STRING' }];
  const listed = await run(`SELECT table_name FROM ${info}.tables WHERE table_schema = :schema AND table_type <> 'VIEW' ORDER BY table_name`, bound);
  const columns = await run(`SELECT table_name, column_name, data_type, comment FROM ${info}.columns WHERE table_schema = :schema ORDER BY table_name, ordinal_position`, bound);
  const tables: WarehouseTable[] = listed.map(([name]) => {
    const table = String(name);
    const own = columns.filter((c) => c[0] === table);
    return {
      schema,
      table,
      fields: own.map((c) => ({ name: String(c[1]), type: String(c[2]), ...(typeof c[3] === 'string' && c[3] !== '' ? { comment: c[3] } : {}) })),
      dateColumns: new Set(own.filter((c) => DATE_TYPES.test(String(c[2]))).map((c) => String(c[1]))),
    };
  });
  const warnings: SourceWarning[] = tables.length === 0 ? [{ message: `no readable tables in ${catalog}.${schema}` }] : [];
  const names = datasetNames(tables);
  return {
    kind: 'databricks',
    location,
    datasets: tables.map((t, i) => warehouseDataset(client, dialect, t, names[i], options.rowLimit)),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
