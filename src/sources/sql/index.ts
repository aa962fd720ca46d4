// The `.sql` source: DDL files become schema datasets, dumps (INSERT / COPY) stream their rows
// per table in one pass; collectSqlDeclarations() gathers table columns across files.
import { stat } from 'node:fs/promises';
import { SourceError, type Dataset, type DeclaredField, type OpenedSource, type ReadContext, type SourceKind, type SourceWarning } from '../../model/index.js';
import {
  CappedWarnings,
  readTextChunks,
  readTextSample,
  rowsFromBatches,
  type SourceFile,
  type StreamOptions,
  type TextEncodingName,
} from '../text-stream.js';
import { loadSqlParsers, type Dialect } from './ddl-parsers.js';
import { SqlSplitter, SplitError, type SplitEvent } from './splitter.js';
import { StatementHandler, type RowBatch } from './statement-handler.js';
import { SqlTables } from './tables.js';

/** Warnings kept in OpenedSource.warnings while opening, before the rest are only counted. */
const OPEN_WARNING_CAP = 20;

/** Guesses the dialect from the file's start: it picks the first parser and the string escapes. */
export function sniffDialect(sample: string): Dialect {
  if (/`|\bENGINE\s*=|\/\*!\d{5}|\bAUTO_INCREMENT\b/i.test(sample)) return 'mysql';
  if (/\bAUTOINCREMENT\b|\bPRAGMA\b|^\s*\[|[(,]\s*\[[^\]\n]+\]\s+[A-Za-z]/im.test(sample)) return 'sqlite';
  if (/pg_dump|standard_conforming_strings|\bFROM\s+stdin\b|::|\$\$|\bSERIAL\b|character varying|\bOWNER\s+TO\b|\bbytea\b/i.test(sample)) {
    return 'postgres';
  }
  return 'mysql';
}

interface Prepared {
  encoding: TextEncodingName;
  dialect: Dialect;
}

async function prepare(source: SourceFile): Promise<Prepared> {
  const { text, encoding } = await readTextSample(source);
  return { encoding, dialect: sniffDialect(text) };
}

/** Split events of a whole file, one array per chunk; a split failure becomes a SourceError after the events before it. */
async function* splitFile(
  source: SourceFile,
  prepared: Prepared,
  ctx: ReadContext,
  options: StreamOptions,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<SplitEvent[]> {
  const splitter = new SqlSplitter();
  splitter.backslashEscapes = prepared.dialect !== 'postgres';
  splitter.hashComments = prepared.dialect !== 'postgres';
  for await (const chunk of readTextChunks(source, prepared.encoding, ctx, options)) {
    const events = splitter.push(chunk.text);
    if (events.length > 0) yield events;
    onProgress?.(chunk.bytesRead);
  }
  let last: SplitEvent[];
  try {
    last = splitter.finish();
  } catch (error) {
    if (!(error instanceof SplitError)) throw error;
    if (error.pending.length > 0) yield error.pending;
    throw new SourceError(error.message, source.location, error.line);
  }
  if (last.length > 0) yield last;
}

function backslashEscapesOf(event: SplitEvent): boolean {
  return event.type === 'statement' ? event.backslashEscapes : false;
}

/** Appends a batch, merging it into the previous one when both fill the same table. */
function pushBatch(batches: RowBatch[], batch: RowBatch): void {
  const previous = batches[batches.length - 1];
  if (previous?.dataset === batch.dataset && previous.rows.length < 4096) previous.rows.push(...batch.rows);
  else batches.push(batch);
}

/**
 * Opens a `.sql` file. Reads statements up to the first INSERT/COPY (all of a DDL file) to
 * declare tables and decide the kind: `sql-dump` when the file holds data, else `sql-ddl`.
 * A dump's rows stream through `interleaved`, one pass, tables appended as they are met.
 */
export async function openSql(source: SourceFile, options: StreamOptions = {}): Promise<OpenedSource> {
  await loadSqlParsers();
  const prepared = await prepare(source);
  const datasets: Dataset[] = [];
  const warnings: SourceWarning[] = [];
  let kind: SourceKind = 'sql-ddl';
  const tables = new SqlTables(
    datasets,
    (name, fields) => {
      const dataset: Dataset = { kind, name, location: source.location, fields };
      if (kind === 'sql-dump') addRowReaders(dataset);
      return dataset;
    },
    options.sqlCatalog,
  );

  const openWarnings = new CappedWarnings({ warn: (warning) => warnings.push(warning) }, 'SQL warnings', OPEN_WARNING_CAP);
  const opening = new StatementHandler(tables, { dialect: prepared.dialect, warn: (message, line) => openWarnings.warn(message, line), declarationsOnly: true });
  let readThrough = 0;
  let sawData = false;
  scan: for await (const events of splitFile(source, prepared, { warn: (warning) => warnings.push(warning) }, options)) {
    for (const event of events) {
      if (StatementHandler.isData(event)) {
        sawData = true;
        break scan;
      }
      opening.handle(event, backslashEscapesOf(event));
      readThrough = event.line;
    }
  }
  openWarnings.finish();

  async function* interleaved(ctx: ReadContext): AsyncGenerator<RowBatch> {
    const capped = new CappedWarnings(ctx, 'SQL warnings');
    const handler = new StatementHandler(tables, {
      dialect: prepared.dialect,
      warn: (message, line) => capped.warn(message, line),
      declarationsReadThrough: readThrough,
    });
    let rowCount = 0;
    try {
      const progress = (bytesRead: number): void => ctx.progress?.(bytesRead, rowCount);
      for await (const events of splitFile(source, prepared, ctx, options, progress)) {
        const batches: RowBatch[] = [];
        for (const event of events) {
          const batch = handler.handle(event, backslashEscapesOf(event));
          if (batch && batch.rows.length > 0) pushBatch(batches, batch);
        }
        for (const batch of batches) {
          rowCount += batch.rows.length;
          yield batch;
        }
      }
    } finally {
      capped.finish();
    }
  }

  function addRowReaders(dataset: Dataset): void {
    // Each table's own rows() is a full pass that keeps only its rows; interleaved() reads all tables at once.
    dataset.batches = async function* batches(ctx: ReadContext) {
      const index = datasets.indexOf(dataset);
      for await (const batch of interleaved(ctx)) if (batch.dataset === index) yield batch.rows;
    };
    dataset.rows = (ctx: ReadContext) => rowsFromBatches(dataset.batches!(ctx));
  }

  if (sawData) {
    kind = 'sql-dump';
    tables.setKind(kind);
    for (const dataset of datasets) addRowReaders(dataset);
  }
  return {
    kind,
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets,
    ...(sawData ? { interleaved } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * Reads only the table declarations of several `.sql` files (a pre-pass), so that INSERTs
 * without a column list in one file get the names another file declares. Keys are lower-cased
 * `schema.table` and `table`. Files that cannot be read are left out: their own scan reports them.
 */
export async function collectSqlDeclarations(files: string[]): Promise<Map<string, DeclaredField[]>> {
  await loadSqlParsers();
  const declarations = new Map<string, DeclaredField[]>();
  for (const file of files) {
    try {
      const source: SourceFile = { file, name: file, location: file, sizeBytes: (await stat(file)).size };
      const prepared = await prepare(source);
      const tables = new SqlTables([], (name, fields) => ({ kind: 'sql-ddl', name, location: file, fields }));
      const handler = new StatementHandler(tables, { dialect: prepared.dialect, warn: () => undefined, declarationsOnly: true });
      for await (const events of splitFile(source, prepared, { warn: () => undefined }, {})) {
        for (const event of events) handler.handle(event, backslashEscapesOf(event));
      }
      for (const [key, fields] of tables.declarations()) declarations.set(key, fields);
    } catch (error) {
      if (!(error instanceof SourceError) && (error as NodeJS.ErrnoException).code === undefined) throw error;
    }
  }
  return declarations;
}
