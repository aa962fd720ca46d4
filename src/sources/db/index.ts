// Registry entries of the database sources (SQLite, PostgreSQL, MySQL/MariaDB, Parquet, DuckDB,
// ClickHouse) and the warehouses (BigQuery, Snowflake, Trino/Presto, Athena, Databricks,
// Redshift). Each driver is imported on first use, so a scan of CSV files never loads a native
// module or a network client.
import type { SourceOpener, UrlOpener } from '../index.js';
import { withCapabilities } from '../capabilities.js';

const openSqliteFile: SourceOpener = async (source, options) => (await import('./sqlite.js')).openSqliteFile(source, options);
const openSqliteUrl: UrlOpener = async (url, options) => (await import('./sqlite.js')).openSqliteUrl(url, options);
const openPostgres: UrlOpener = async (url, options) => (await import('./postgres.js')).openPostgres(url, options);
const openMysql: UrlOpener = async (url, options) => (await import('./mysql.js')).openMysql(url, options);
const openDuckdbFile: SourceOpener = async (source, options) => (await import('./duckdb.js')).openDuckdbFile(source, options);
const openDuckdbUrl: UrlOpener = async (url, options) => (await import('./duckdb.js')).openDuckdbUrl(url, options);
const openClickhouse: UrlOpener = async (url, options) => (await import('./clickhouse.js')).openClickhouse(url, options);
const openBigQuery: UrlOpener = async (url, options) => (await import('./bigquery.js')).openBigQuery(url, options);
const openSnowflake: UrlOpener = async (url, options) => (await import('./snowflake.js')).openSnowflake(url, options);
const openTrino: UrlOpener = async (url, options) => (await import('./trino.js')).openTrino(url, options);
const openAthena: UrlOpener = async (url, options) => (await import('./athena.js')).openAthena(url, options);
const openRedshift: UrlOpener = async (url, options) => (await import('./redshift.js')).openRedshift(url, options);
const openDatabricks: UrlOpener = async (url, options) => (await import('./databricks.js')).openDatabricks(url, options);
const openParquet: SourceOpener = async (source, options) => (await import('./parquet.js')).openParquet(source, options);

/** URL scheme → opener. Every database samples and counts inside itself (`pushdown`). */
export const databaseUrlKinds = withCapabilities<UrlOpener>({
  athena: openAthena,
  clickhouse: openClickhouse,
  clickhouses: openClickhouse,
  duckdb: openDuckdbUrl,
  bigquery: openBigQuery,
  databricks: openDatabricks,
  mariadb: openMysql,
  mysql: openMysql,
  postgres: openPostgres,
  postgresql: openPostgres,
  presto: openTrino,
  redshift: openRedshift,
  snowflake: openSnowflake,
  sqlite: openSqliteUrl,
  trino: openTrino,
}, { pushdown: true });

/** File extension → opener. Database files sample and count inside their engine too (`pushdown`). */
export const databaseFileKinds = withCapabilities<SourceOpener>({
  '.db': openSqliteFile,
  '.duckdb': openDuckdbFile,
  '.parquet': openParquet,
  '.sqlite': openSqliteFile,
  '.sqlite3': openSqliteFile,
}, { pushdown: true });
