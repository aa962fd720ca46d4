// CSV and TSV exports: sniff the dialect on the first bytes, then stream rows through
// papaparse's core parser chunk by chunk, tracking physical line numbers for messages.
import { SourceError, type DeclaredField, type ReadContext, type RecordSink, type Row } from '../model/index.js';
import { feedRegularRecords, type HandOver } from './csv-records.js';
import {
  createParser,
  isBlankRow,
  looksLikeDataRow,
  sniffDelimiter,
  sniffLineBreak,
  uniqueFieldNames,
  type Delimiter,
  type LineBreak,
  type PapaParseResult,
} from './csv-sniff.js';
import {
  CappedWarnings,
  ENCODING_SAMPLE_BYTES,
  countNewlines,
  decodeBytes,
  detectEncoding,
  readPrefix,
  readTextChunks,
  rowsFromBatches,
  type BatchedDataset,
  type SourceFile,
  type ReadRange,
  type StreamOptions,
  type TextEncodingName,
} from './text-stream.js';

/** What CSV warnings are called in the "N … in total" line. */
export const CSV_WARNINGS = 'CSV problems';
/** A header row must be complete within this many bytes. */
const MAX_HEADER_BYTES = 8 * 1024 * 1024;
/**
 * A row still open after this many characters means an unterminated quote swallowing the rest
 * of the file; we stop rather than buffer gigabytes.
 */
const MAX_ROW_CHARS = 16 * 1024 * 1024;

/** What sniffing found; exposed on the dataset for messages and tests. */
export interface CsvDialect {
  delimiter: Delimiter;
  newline: LineBreak;
  encoding: TextEncodingName;
  /** False when the first row looked like data and names were synthesized (`column_1`…). */
  hasHeader: boolean;
}

export interface CsvDataset extends BatchedDataset {
  kind: 'csv';
  dialect: CsvDialect;
}

interface HeaderSample {
  text: string;
  isWholeFile: boolean;
  encoding: TextEncodingName;
}

async function readHeaderSample(source: SourceFile): Promise<HeaderSample> {
  let bytes = await readPrefix(source.file, ENCODING_SAMPLE_BYTES);
  const encoding = detectEncoding(bytes, bytes.length >= source.sizeBytes);
  // A header longer than the encoding sample needs a bigger look (rare: very wide exports).
  if (bytes.length < source.sizeBytes && !/[\r\n]/.test(new TextDecoder(encoding).decode(bytes, { stream: true }))) {
    bytes = await readPrefix(source.file, MAX_HEADER_BYTES);
  }
  const isWholeFile = bytes.length >= source.sizeBytes;
  return { text: decodeBytes(encoding, bytes, isWholeFile), isWholeFile, encoding };
}

/** Opens a CSV/TSV file: reads only a prefix to sniff the dialect and declare the fields. */
export async function openCsv(source: SourceFile, options: StreamOptions = {}): Promise<CsvDataset> {
  const sample = await readHeaderSample(source);
  const fallbackDelimiter: Delimiter = /\.tsv$/i.test(source.file) ? '\t' : ',';
  const newline = sniffLineBreak(sample.text);
  const delimiter = sniffDelimiter(sample.text, newline, sample.isWholeFile, fallbackDelimiter);
  const parser = createParser(delimiter, newline, 50);
  const parsed = sample.isWholeFile ? parser.parseComplete(sample.text) : parser.parse(sample.text);
  const firstIndex = parsed.data.findIndex((row) => !isBlankRow(row));
  const firstRow = firstIndex === -1 ? undefined : parsed.data[firstIndex];
  if (!firstRow && sample.text.trim() !== '') {
    throw new SourceError(`no complete CSV row in the first ${MAX_HEADER_BYTES / 1024 / 1024} MiB (unterminated quote?)`, source.location, 1);
  }
  if (firstRow && parsed.errors.some((error) => error.code === 'MissingQuotes' && error.row === firstIndex)) {
    throw new SourceError('the first row has an unterminated quoted field', source.location, firstIndex + 1);
  }
  // Blank lines before the first row each take one physical line.
  const firstLine = firstIndex + 1;
  const hasHeader = firstRow !== undefined && !looksLikeDataRow(firstRow);
  const names = !firstRow ? [] : hasHeader ? uniqueFieldNames(firstRow) : firstRow.map((_, index) => `column_${index + 1}`);
  const fields: DeclaredField[] = names.map((name, index) => ({ name, line: firstLine, column: index + 1 }));
  const dialect: CsvDialect = { delimiter, newline, encoding: sample.encoding, hasHeader };

  const batches = (ctx: ReadContext): AsyncGenerator<Row[]> => streamCsv(source, dialect, fields.length, ctx, options);
  const feed = async (sink: RecordSink, ctx: ReadContext): Promise<void> => {
    if (fields.length === 0) return;
    const rows = new CsvRowCollector(ctx, dialect, fields.length, options.range);
    const handOver = await feedRegularRecords(source, dialect, fields.length, rows, sink, ctx, options);
    if (handOver.finished) rows.finish(options.range, handOver.cleanEnd);
    else for await (const batch of streamCsv(source, dialect, fields.length, ctx, options, handOver)) sink.add(batch);
  };
  return {
    kind: 'csv',
    name: source.name,
    location: source.location,
    fields,
    sizeBytes: source.sizeBytes,
    dialect,
    batches,
    feed,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
  };
}

/**
 * What the reader makes of parsed rows: it drops the header and blank rows, warns about ragged
 * rows and quote errors with their physical line numbers, and counts lines and rows. One per
 * read, shared by the record scanner and papaparse when they take turns.
 */
export class CsvRowCollector {
  /** The physical line the next row starts on (range-relative for a byte range). */
  line = 1;
  rowCount = 0;
  headerPending: boolean;
  readonly warnings: CappedWarnings;
  private readonly lineBreak: '\n' | '\r';

  constructor(
    ctx: ReadContext,
    dialect: CsvDialect,
    private readonly width: number,
    range: ReadRange | undefined,
  ) {
    this.warnings = new CappedWarnings(ctx, CSV_WARNINGS);
    this.lineBreak = dialect.newline === '\r' ? '\r' : '\n';
    // Only the range at the start of the file holds the header.
    this.headerPending = dialect.hasHeader && (range?.start ?? 0) === 0;
  }

  /** Turns one parse result of `input` into a batch, advancing `line`. */
  collect(result: PapaParseResult, input: string, atEnd: boolean): Row[] {
    const { data } = result;
    const { width, warnings, lineBreak } = this;
    // Every complete row ends with one line break; more breaks mean quoted multi-line cells.
    const breaks = atEnd ? -1 : countNewlines(input, 0, result.meta.cursor, lineBreak);
    const singleLineRows = breaks === data.length;
    const problems = new Map<number, string>();
    for (const error of result.errors) {
      if (error.row === undefined || error.row >= data.length || problems.has(error.row)) continue;
      problems.set(error.row, error.code === 'MissingQuotes' ? 'unterminated quoted field' : 'malformed quotes');
    }
    const blanks = breaks >= 0 && problems.size === 0 && !this.headerPending ? blankRowsIfAllFit(data, width) : -1;
    if (blanks >= 0) {
      // Nothing to report in this chunk, so no row needs its own line number: the chunk's line
      // breaks advance `line` at once (the profile showed per-cell line counting on the hot path).
      this.line += breaks;
      const batch = blanks === 0 ? data : data.filter((row) => !isBlankRow(row));
      this.rowCount += batch.length;
      return batch;
    }
    const batch: Row[] = [];
    for (let index = 0; index < data.length; index++) {
      const row = data[index];
      const rowLine = this.line;
      this.line += singleLineRows ? 1 : 1 + innerLineBreaks(row, lineBreak);
      const problem = problems.get(index);
      if (problem) warnings.warn(`${problem} in the row starting on line ${rowLine}`, rowLine);
      if (isBlankRow(row)) continue;
      if (this.headerPending) {
        this.headerPending = false;
        continue;
      }
      if (row.length !== width) {
        warnings.warn(`row on line ${rowLine} has ${row.length} cells, the header has ${width}${row.length > width ? ' (extra cells ignored)' : ''}`, rowLine);
        if (row.length > width) row.length = width;
      }
      batch.push(row);
    }
    this.rowCount += batch.length;
    return batch;
  }

  /** Ends the read: a byte range reports its summary (merged for the whole file later), a whole file its warning total. */
  finish(range: ReadRange | undefined, cleanEnd: boolean): void {
    if (range) range.onEnd?.({ lines: this.line - 1, cleanEnd, warnings: this.warnings.total });
    else this.warnings.finish();
  }
}

/**
 * Streams rows: one batch per parsed chunk, header and blank lines dropped, ragged rows reported.
 * `resume`: go on where the record scanner (csv-records.ts) handed over, inside the file or range.
 */
async function* streamCsv(source: SourceFile, dialect: CsvDialect, width: number, ctx: ReadContext, options: StreamOptions, resume?: HandOver): AsyncGenerator<Row[]> {
  if (width === 0) return;
  const parser = createParser(dialect.delimiter, dialect.newline);
  const { range } = options;
  const rows = resume?.collector ?? new CsvRowCollector(ctx, dialect, width, range);
  /** Progress the record scanner already reported before handing over is not reported again. */
  const reported = resume?.reported ?? -1;
  let leftover = '';
  /** An unfinished row is parsed again only once the text after it has doubled (see below). */
  let parseAt = 0;
  let bytes = 0;
  for await (const chunk of readTextChunks(source.file, dialect.encoding, ctx, options, resume?.start)) {
    bytes = chunk.bytesRead;
    const input = leftover === '' ? chunk.text : leftover + chunk.text;
    if (input.length < parseAt) {
      // Parsing a long unfinished row again from its start after every chunk was quadratic
      // (a cell of 8 MB of escaped quotes took minutes); waiting until it doubles keeps the
      // total linear.
      leftover = input;
      if (bytes > reported) ctx.progress?.(bytes, rows.rowCount);
      continue;
    }
    const result = parser.parse(input);
    leftover = input.slice(result.meta.cursor);
    parseAt = 2 * leftover.length;
    if (leftover.length > MAX_ROW_CHARS) {
      throw new SourceError(`a row starting on line ${rows.line} runs past ${MAX_ROW_CHARS / 1024 / 1024} MiB characters (unterminated quote?)`, source.location, rows.line);
    }
    const batch = rows.collect(result, input, false);
    // After the batch is taken: the samples' extrapolation counts this chunk's rows.
    if (batch.length > 0) yield batch;
    if (bytes > reported) ctx.progress?.(bytes, rows.rowCount);
  }
  if (leftover !== '') {
    const batch = rows.collect(parser.parseComplete(leftover), leftover, true);
    if (batch.length > 0) yield batch;
    if (!resume?.reportedRest) ctx.progress?.(bytes, rows.rowCount);
  }
  rows.finish(range, leftover === '');
}

/** The number of blank rows when every other row has the header's width (no warning to give), else -1. */
function blankRowsIfAllFit(data: readonly string[][], width: number): number {
  let blanks = 0;
  for (const row of data) {
    const blank = isBlankRow(row);
    if (row.length === width && !blank) continue;
    if (!blank) return -1;
    blanks++;
  }
  return blanks;
}

function innerLineBreaks(row: readonly string[], lineBreak: '\n' | '\r'): number {
  let count = 0;
  for (const cell of row) if (cell.includes(lineBreak)) count += countNewlines(cell, 0, cell.length, lineBreak);
  return count;
}
