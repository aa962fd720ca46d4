// Databricks schemas (`databricks://<workspace host>[:port]/<catalog>/<schema>?warehouse=<id>`)
// through Databricks' own Node driver, @databricks/sql (an optional package, loaded on first use):
// Thrift over HTTPS to the SQL warehouse's path `/sql/1.0/warehouses/<id>` (OpenSession with the
// catalog and schema, ExecuteStatement, FetchResults). Rows come from `TABLESAMPLE (n ROWS)`;
// counts run on the SQL warehouse; each statement carries the timeout as its query timeout and a
// statement still running at the timeout is cancelled. Databricks has no read-only session: grant
// the scanning principal only USE CATALOG, USE SCHEMA and SELECT.
import { SourceError, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { OpenerUrlOptions } from '../index.js';
import { connectionTarget, datasetNames, maskSecret } from './shared.js';
import { columnList, distinctStatement, warehouseDataset, type WarehouseClient, type WarehouseDialect, type WarehouseTable } from './warehouse.js';

type DatabricksSql = typeof import('@databricks/sql');
type Client = InstanceType<DatabricksSql['DBSQLClient']>;
type Session = Awaited<ReturnType<Client['openSession']>>;
type Operation = Awaited<ReturnType<Session['executeStatement']>>;

export const DATABRICKS_PACKAGE_HINT = 'reading Databricks needs the optional package @databricks/sql: npm install @databricks/sql';
const DATE_TYPES = /^(date|timestamp)/i;
const quote = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

let loaded: Promise<DatabricksSql | undefined> | undefined;

/** The driver, or undefined when it is not installed. */
async function loadDatabricks(): Promise<DatabricksSql | undefined> {
  loaded ??= import('@databricks/sql').then(
    (module) => (module as { default?: DatabricksSql }).default ?? module,
    () => undefined,
  );
  return loaded;
}

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

/** A statement's rows as arrays in the order of its columns (the driver returns objects keyed by column name). */
async function rowsOf(operation: Operation): Promise<unknown[][]> {
  const rows = (await operation.fetchAll()) as Array<Record<string, unknown>>;
  const schema = await operation.getSchema();
  const names = (schema?.columns ?? []).map((c) => c.columnName);
  return rows.map((row) => names.map((name) => row[name] ?? null));
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
  const sql = await loadDatabricks();
  if (!sql) throw new SourceError(DATABRICKS_PACKAGE_HINT, location);
  // The driver's status errors are not always Error instances, but carry the server's message.
  const failure = (error: unknown): SourceError => {
    const message = (error as { message?: unknown } | null)?.message;
    return new SourceError(`Databricks: ${maskSecret(typeof message === 'string' ? message : String(error), token).split('\n')[0]}`, location);
  };
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  // The driver's log is not datamin's output.
  const client: Client = new sql.DBSQLClient({ logger: { log: () => undefined } });
  let session: Session;
  try {
    await client.connect({
      host: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: `/sql/1.0/warehouses/${encodeURIComponent(warehouse)}`,
      token,
      userAgentEntry: 'datamin',
      socketTimeout: timeoutMs + 60_000,
      telemetryEnabled: false,
    });
    session = await client.openSession({ initialCatalog: catalog, initialSchema: schema });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw failure(error);
  }
  const close = async (): Promise<void> => {
    await session.close().catch(() => undefined);
    await client.close().catch(() => undefined);
  };
  const run = async (statement: string, namedParameters?: Record<string, string>): Promise<unknown[][]> => {
    let operation: Operation;
    try {
      operation = await session.executeStatement(statement, { queryTimeout: seconds, ...(namedParameters ? { namedParameters } : {}) });
    } catch (error) {
      throw failure(error);
    }
    let timer: NodeJS.Timeout | undefined;
    const cancelled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void operation
          .cancel()
          .catch(() => undefined)
          .finally(() => reject(new SourceError(`Databricks: statement cancelled after the statement timeout (${timeoutMs / 1000} s)`, location)));
      }, timeoutMs);
    });
    try {
      return await Promise.race([rowsOf(operation), cancelled]);
    } catch (error) {
      throw error instanceof SourceError ? error : failure(error);
    } finally {
      clearTimeout(timer);
      await operation.close().catch(() => undefined);
    }
  };
  try {
    const warehouseClient: WarehouseClient = { location, query: (statement) => run(statement) };
    const dialect = databricksDialect(catalog);
    const info = `${quote(catalog)}.information_schema`;
    const bound = { schema };
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
      datasets: tables.map((t, i) => warehouseDataset(warehouseClient, dialect, t, names[i], options.rowLimit)),
      ...(warnings.length > 0 ? { warnings } : {}),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
