// What a source hands the pipeline: datasets with declared fields and, for data sources, a
// stream of rows. Sources never classify; the profiler never reads files.

/** A single scalar value as read from a source. CSV yields strings only. */
export type Scalar = string | number | boolean | null;
/** One cell: absent (undefined), a scalar, or the scalars of a flattened array (`items[].sku`). */
export type Cell = Scalar | Scalar[] | undefined;
/** One record, aligned by index with `Dataset.fields` (which may grow while streaming JSON). */
export type Row = readonly Cell[];

export type SourceKind =
  | 'csv'
  | 'json'
  | 'ndjson'
  | 'sql-ddl'
  | 'sql-dump'
  | 'json-schema'
  | 'openapi'
  | 'prisma'
  | 'typeorm'
  | 'mongoose'
  | 'sequelize'
  | 'drizzle'
  | 'mikro-orm'
  | 'odcs'
  | 'avro'
  | 'protobuf'
  | 'graphql'
  | 'sqlite'
  | 'postgres'
  | 'mysql'
  | 'parquet'
  | 'rails-schema'
  | 'rails-migration'
  | 'django'
  | 'django-migration'
  | 'sqlalchemy'
  | 'alembic-migration'
  | 'xlsx'
  | 'duckdb'
  | 'clickhouse'
  | 'dbt'
  | 'bigquery'
  | 'snowflake'
  | 'trino'
  | 'presto'
  | 'redshift'
  | 'athena'
  | 'databricks';

export interface DeclaredField {
  /** Column name or dotted path (`customer.address.city`, `items[].sku`). */
  name: string;
  /** Declared type where the source has one (SQL type, JSON Schema type/format). */
  type?: string;
  /** Column comment or schema description. */
  comment?: string;
  /** 1-based line of the declaration (CSV: the header line). */
  line?: number;
  column?: number;
  /** What the source itself says about the field (a dbt column's `meta` and tags). */
  declared?: FieldDeclaration;
  /** How long the source says the field's rows are kept (an ODCS contract's `retention` SLA). */
  retention?: DeclaredRetention;
  /**
   * Fields this one is a copy of under the same name (a dbt model selecting an upstream column):
   * it inherits their categories after classification (classify/lineage.ts).
   */
  upstream?: FieldRef[];
}

/**
 * A retention period a source declares (a data contract's service level): it stands in for the
 * purpose map's retention wherever datamin.yaml gives none (rules/shared/dataset-purposes.ts).
 */
export interface DeclaredRetention {
  /** ISO 8601 duration (`P3Y`). */
  duration: string;
  /** The declaring file and the 1-based line of the declaration. */
  source: string;
  line?: number;
}

/** A field of another dataset of the same scan. */
export interface FieldRef {
  /** The dataset's location (`Dataset.location`). */
  source: string;
  dataset: string;
  field: string;
}

/** A source's own statement about a field: whether it holds personal data, and for which purposes. */
export interface FieldDeclaration {
  /** True when marked personal; false when the source declares fields but not this one as personal. */
  personal: boolean;
  /** Purpose ids the source maps the field to (dbt `meta: {datamin: {purposes: [...]}}`). */
  purposes?: string[];
  /** The marks that say so, as written (`meta.contains_pii`, `tag:pii`); empty when unmarked. */
  marks: string[];
}

/** Non-fatal problems a source meets while reading (ragged rows, skipped statements). */
export interface SourceWarning {
  message: string;
  line?: number;
  /**
   * `error`: rows were lost (the scan exits 2) though reading went on; a plain warning
   * otherwise.
   */
  level?: 'error';
}

export interface ReadContext {
  /** Report a recoverable problem (or, with level `error`, lost rows); reading continues. */
  warn(warning: SourceWarning): void;
  /** Bytes consumed so far, for progress display. */
  progress?(bytesRead: number, rows: number): void;
  signal?: AbortSignal;
}

export interface Dataset {
  kind: SourceKind;
  /** File stem for exports, table name for databases. */
  name: string;
  /** POSIX path relative to the working directory, or a redacted URL. */
  location: string;
  /** Declared fields; data sources may append while streaming (JSON with varying keys). */
  fields: DeclaredField[];
  /** Size in bytes when known (progress and ETA). */
  sizeBytes?: number;
  /** Data sources stream rows; schema sources leave this undefined. Never buffers the whole input. */
  rows?(ctx: ReadContext): AsyncIterable<Row>;
  /** The same rows in the batches the parser produced them in: cheaper than one await per row. */
  batches?(ctx: ReadContext): AsyncIterable<Row[]>;
  /**
   * The same rows again, pushed into `sink` without building them where the reader can avoid it
   * (CSV: cells hashed where they lie in the read buffer, text built only for what a sample
   * keeps). Gives `sink` the same rows, in the same order, as `batches`.
   */
  feed?(sink: RecordSink, ctx: ReadContext): Promise<void>;
  /**
   * Databases: exact facts computed inside the database instead of from the sampled rows, so
   * `retention-exceeded` counts every row without pulling it.
   */
  aggregate?: DatasetAggregates;
}

/**
 * One record of a `feed`, valid only during the `addRecord` call that receives it. Its width is
 * the dataset's number of fields.
 */
export interface LazyRecord {
  /** The cell is the empty string. */
  isEmpty(cell: number): boolean;
  /** `valueHash` (util/hyperloglog.ts) of the cell's text, computed without building the text. */
  hash(cell: number): number;
  /** The cell's text: a string of its own, never a slice pinning a larger one (kept as it is). */
  text(cell: number): string;
  /**
   * The cell's text for a value not kept once the record is done (judged and dropped): it may be
   * a slice of a string of the whole chunk read, which keeping it would pin.
   */
  transientText(cell: number): string;
  /** `parseDay` (util/dates.ts) of the cell's text, read without building the text where possible. */
  day(cell: number): number;
  /** The cell's length in bytes: its text has at most that many code units. */
  byteLength(cell: number): number;
  /** Whether the cell's text holds the ASCII character of code `code`, read without building the text. */
  holds(cell: number, code: number): boolean;
  /** Whether the cell's text is white space only (by String.prototype.trim), read without building the text where possible. */
  isBlank(cell: number): boolean;
}

/** What a `feed` pushes into: lazy records where the reader could judge them, else rows. */
export interface RecordSink {
  addRecord(record: LazyRecord): void;
  add(batch: readonly Row[]): void;
}

export interface DatasetAggregates {
  /** Rows in the whole table (the streamed rows are a sample). */
  rowCount(): Promise<number>;
  /** Rows per day (days since 1970-01-01 → count) of a date/timestamp column; undefined if not a date column. */
  dayHistogram(field: string): Promise<Map<number, number> | undefined>;
  /**
   * Distinct non-null values per column over the whole table, estimated inside the engine
   * (approx_distinct, uniq, APPROX_COUNT_DISTINCT, HLL) in one statement that returns one row.
   * Columns missing from the map (complex types) keep the estimate from the sampled values.
   */
  distinctCounts?(): Promise<Map<string, number>>;
}

/**
 * What opening one input gives. A CSV is one dataset; a SQL dump, a schema file or a database
 * holds several. Inputs holding several datasets in one stream (a SQL dump) read them all in
 * one pass with `interleaved` instead of one pass per dataset.
 */
export interface OpenedSource {
  kind: SourceKind;
  /** POSIX path relative to the working directory, or the URL with any password removed. */
  location: string;
  sizeBytes?: number;
  /** May grow while `interleaved` streams (a dump declares tables as it goes); never shrinks. */
  datasets: Dataset[];
  /** One pass over all datasets: batches of rows tagged with the index into `datasets`. */
  interleaved?(ctx: ReadContext): AsyncIterable<{ dataset: number; rows: Row[] }>;
  /** Problems found while opening that did not stop it (statements skipped, unknown attributes). */
  warnings?: SourceWarning[];
  /** Releases connections or handles; called once after all datasets were read. */
  close?(): Promise<void>;
}

/** A failure to open or read an input. Carries the location so it prints as one line. */
export class SourceError extends Error {
  readonly code = 'source-error';
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
