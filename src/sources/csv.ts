// CSV and TSV exports: sniff the dialect on the first bytes, then stream rows through
// papaparse's core parser chunk by chunk, tracking physical line numbers for messages.
import { SourceError, type DeclaredField, type ReadContext, type RecordSink, type Row } from '../model/index.js';
import { feedRegularRecords, type HandOver } from './csv-records.js';
import { findBrokenQuote, offsetAfterLines } from './csv-quotes.js';
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
import { isAsciiCompatible } from './byte-stream.js';
import {
  CappedWarnings,
  ENCODING_SAMPLE_BYTES,
  countNewlines,
  decodeBytes,
  detectEncoding,
  readSourceStart,
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

/**
 * An unfinished row longer than this is parsed again only when the text after it has doubled.
 * Shorter ones are parsed after every chunk, as the record scanner (csv-records.ts) takes records
 * up to this size: both readers then report progress with the same row counts.
 */
const REPARSE_AFTER_DOUBLING_CHARS = 1024 * 1024;

/**
 * Broken quotes recovered from per file before the rest is not read: each costs a parse of the
 * text after it, so a file of nothing but stray quotes must not cost its size squared.
 */
const MAX_BROKEN_QUOTES = 100;

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
  /** The file may be read in byte ranges (uncompressed, in an ASCII-compatible encoding). */
  byteRanges: boolean;
}

interface HeaderSample {
  text: string;
  isWholeFile: boolean;
  encoding: TextEncodingName;
}

async function readHeaderSample(source: SourceFile): Promise<HeaderSample> {
  let { bytes, isWholeFile } = await readSourceStart(source, ENCODING_SAMPLE_BYTES);
  const encoding = detectEncoding(bytes, isWholeFile);
  // A header longer than the encoding sample needs a bigger look (rare: very wide exports).
  if (!isWholeFile && !/[\r\n]/.test(decodeBytes(encoding, bytes, false))) {
    ({ bytes, isWholeFile } = await readSourceStart(source, MAX_HEADER_BYTES));
  }
  return { text: decodeBytes(encoding, bytes, isWholeFile), isWholeFile, encoding };
}

/** Opens a CSV/TSV file: reads only a prefix to sniff the dialect and declare the fields. */
export async function openCsv(source: SourceFile, options: StreamOptions = {}): Promise<CsvDataset> {
  const sample = await readHeaderSample(source);
  const fallbackDelimiter: Delimiter = /\.tsv(?:\.gz|\.zst)?$/i.test(source.file) ? '\t' : ',';
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
  const hasHeader =
    firstRow !== undefined &&
    !looksLikeDataRow(firstRow, parsed.data.slice(firstIndex + 1).filter((row) => !isBlankRow(row))) &&
    !(await options.headerCellsAreValues?.(firstRow));
  const names = !firstRow ? [] : hasHeader ? uniqueFieldNames(firstRow) : firstRow.map((_, index) => `column_${index + 1}`);
  const fields: DeclaredField[] = names.map((name, index) => ({ name, line: firstLine, column: index + 1 }));
  const dialect: CsvDialect = { delimiter, newline, encoding: sample.encoding, hasHeader };
  // The byte scanner and byte ranges need plain bytes with ASCII where ASCII is.
  const byteLevel = source.compression === undefined && isAsciiCompatible(dialect.encoding);

  const batches = (ctx: ReadContext): AsyncGenerator<Row[]> => streamCsv(source, dialect, fields.length, ctx, options);
  const feed = async (sink: RecordSink, ctx: ReadContext): Promise<void> => {
    if (fields.length === 0) return;
    if (!byteLevel) {
      for await (const batch of streamCsv(source, dialect, fields.length, ctx, options)) sink.add(batch);
      return;
    }
    const rows = new CsvRowCollector(ctx, dialect, fields.length, options.range, source.location);
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
    byteRanges: byteLevel,
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
  /** Records dropped because a quote in them did not close properly. */
  brokenQuotes = 0;
  /** Set by collect(): where in its input parsing must start again after a broken quote, else −1. */
  private resumeAt = -1;
  private readonly lineBreak: '\n' | '\r';

  constructor(
    private readonly ctx: ReadContext,
    private readonly dialect: CsvDialect,
    private readonly width: number,
    range: ReadRange | undefined,
    /** The file as messages name it. */
    private readonly location: string,
  ) {
    this.warnings = new CappedWarnings(ctx, CSV_WARNINGS);
    this.lineBreak = dialect.newline === '\r' ? '\r' : '\n';
    // Only the range at the start of the file holds the header.
    this.headerPending = dialect.hasHeader && (range?.start ?? 0) === 0;
  }

  /**
   * Parses `input` (all of it when `atEnd`, else its complete rows) into one batch, dropping each
   * record with a broken quote (see csv-quotes.ts) and parsing again after the line the quote
   * opened on. Returns the batch and how many characters of `input` were taken.
   */
  parse(parser: ReturnType<typeof createParser>, input: string, atEnd: boolean): { batch: Row[]; cursor: number } {
    let offset = 0;
    let text = input;
    let batch: Row[] = [];
    for (;;) {
      const result = atEnd ? parser.parseComplete(text) : parser.parse(text);
      const rows = this.collect(result, text, atEnd);
      batch = batch.length === 0 ? rows : batch.concat(rows);
      if (this.resumeAt < 0) return { batch, cursor: atEnd ? input.length : offset + result.meta.cursor };
      offset += this.resumeAt;
      text = text.slice(this.resumeAt);
      if (text === '') return { batch, cursor: offset };
    }
  }

  /**
   * Drops a record whose first cell runs on for more than a row may (MAX_ROW_CHARS): it holds a
   * quote that never closes. Returns the characters of `input` to skip, or undefined when the
   * long row has no such quote.
   */
  dropOverlongRow(input: string): number | undefined {
    const quote = findBrokenQuote(input, 0, this.width, this.dialect.delimiter, this.dialect.newline);
    if (quote === undefined) return undefined;
    return this.dropBrokenRecord(input, 0, quote, this.line);
  }

  /** Turns one parse result of `input` into a batch, advancing `line`. */
  private collect(result: PapaParseResult, input: string, atEnd: boolean): Row[] {
    this.resumeAt = -1;
    const { data } = result;
    const { width, warnings, lineBreak } = this;
    const startLine = this.line;
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
      const innerBreaks = singleLineRows ? 0 : innerLineBreaks(row, lineBreak);
      this.line += 1 + innerBreaks;
      const problem = problems.get(index);
      if (problem || (innerBreaks > 0 && row.length !== width && !this.headerPending)) {
        const rowStart = offsetAfterLines(input, rowLine - startLine, lineBreak);
        const quote = findBrokenQuote(input, rowStart, width, this.dialect.delimiter, this.dialect.newline);
        if (quote !== undefined) {
          this.resumeAt = this.dropBrokenRecord(input, rowStart, quote, rowLine);
          break;
        }
      }
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

  /**
   * Reports the record starting at `rowStart` (on `rowLine`) as dropped for the quote at `quote`
   * and returns the offset after the line that quote opened on, where reading goes on; `line`
   * moves to that line. Past MAX_BROKEN_QUOTES, throws: the rest of the file is not read.
   */
  private dropBrokenRecord(input: string, rowStart: number, quote: number, rowLine: number): number {
    const quoteLine = rowLine + countNewlines(input, rowStart, quote, this.lineBreak);
    this.brokenQuotes++;
    if (this.brokenQuotes > MAX_BROKEN_QUOTES) {
      throw new SourceError(`more than ${MAX_BROKEN_QUOTES} quotes that do not close properly; the rest of the file from line ${quoteLine} was not read`, this.location, quoteLine);
    }
    // Never quote the cell: it holds personal data.
    const skipped = quoteLine > rowLine ? `lines ${rowLine}–${quoteLine} skipped` : `line ${rowLine} skipped`;
    this.warnings.warn(`a quote opened on line ${quoteLine} does not close properly (RFC 4180: a quoted cell ends with a quote before the delimiter or line break); ${skipped}, reading went on at line ${quoteLine + 1}`, quoteLine, 'error');
    const lineEnd = input.indexOf(this.lineBreak, quote);
    this.line = quoteLine + 1;
    return lineEnd === -1 ? input.length : lineEnd + 1;
  }

  /** Ends the read: a byte range reports its summary (merged for the whole file later), a whole file its warning total. */
  finish(range: ReadRange | undefined, cleanEnd: boolean): void {
    // A range with a broken quote may have been cut inside a quoted cell: the file is read whole.
    if (range) range.onEnd?.({ lines: this.line - 1, cleanEnd: cleanEnd && this.brokenQuotes === 0, warnings: this.warnings.total, brokenQuotes: this.brokenQuotes });
    else {
      this.warnings.finish();
      if (this.brokenQuotes > 0) {
        const [it, records] = this.brokenQuotes === 1 ? ['it', 'record'] : ['them', 'records'];
        const total = this.rowCount + this.brokenQuotes;
        this.ctx.warn({ level: 'error', message: `${this.rowCount} of ${total} records read: ${this.brokenQuotes} ${records} skipped because a quote in ${it} does not close properly` });
      }
    }
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
  const rows = resume?.collector ?? new CsvRowCollector(ctx, dialect, width, range, source.location);
  /** Progress the record scanner already reported before handing over is not reported again. */
  const reported = resume?.reported ?? -1;
  let leftover = '';
  /** An unfinished row is parsed again only once the text after it has doubled (see below). */
  let parseAt = 0;
  let bytes = 0;
  for await (const chunk of readTextChunks(source, dialect.encoding, ctx, options, resume?.start)) {
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
    const { batch, cursor } = rows.parse(parser, input, false);
    leftover = input.slice(cursor);
    parseAt = leftover.length > REPARSE_AFTER_DOUBLING_CHARS ? 2 * leftover.length : 0;
    if (leftover.length > MAX_ROW_CHARS) {
      const skip = rows.dropOverlongRow(leftover);
      if (skip === undefined) throw new SourceError(`a row starting on line ${rows.line} runs past ${MAX_ROW_CHARS / 1024 / 1024} MiB characters`, source.location, rows.line);
      leftover = leftover.slice(skip);
      parseAt = 0;
    }
    // After the batch is taken: the samples' extrapolation counts this chunk's rows.
    if (batch.length > 0) yield batch;
    if (bytes > reported) ctx.progress?.(bytes, rows.rowCount);
  }
  if (leftover !== '') {
    const { batch } = rows.parse(parser, leftover, true);
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
