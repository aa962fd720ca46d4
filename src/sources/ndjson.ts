// NDJSON / JSON Lines exports (https://jsonlines.org): one JSON value per line, split with
// indexOf over decoded chunks, each line parsed and flattened on its own.
import { SourceError, type ReadContext, type Row } from '../model/index.js';
import { isAsciiCompatible } from './byte-stream.js';
import { RecordFlattener } from './flatten.js';
import type { SplitCapability } from './capabilities.js';
import { planLineRanges } from './line-ranges.js';
import {
  CappedWarnings,
  readTextChunks,
  readTextSample,
  rowsFromBatches,
  type BatchedDataset,
  type SourceFile,
  type StreamOptions,
  type TextEncodingName,
} from './text-stream.js';

/** What the capped warnings of an NDJSON file are called in their summary line. */
export const NDJSON_WARNINGS = 'invalid NDJSON lines';

/** A line still unfinished after this many characters is not NDJSON (a minified JSON file?). */
const MAX_LINE_CHARS = 64 * 1024 * 1024;
/** Lines looked at when seeding the field list at open time. */
const SEED_LINES = 50;

export interface NdjsonDataset extends BatchedDataset {
  kind: 'ndjson';
  /** The file may be read in byte ranges (uncompressed, in an ASCII-compatible encoding). */
  byteRanges: boolean;
}

/**
 * The NDJSON registry entries' `split` capability: every line break ends a record, so any
 * uncompressed file in an ASCII-compatible encoding is cut at line breaks. Ranges meet keys in
 * their own order, so their fields merge by name.
 */
export const ndjsonSplit: SplitCapability = {
  warningsName: NDJSON_WARNINGS,
  fieldsByName: true,
  async planRanges(file, sizeBytes, opened, rangeBytes, minSplitBytes) {
    const dataset = opened.datasets[0] as NdjsonDataset | undefined;
    if (dataset?.kind !== 'ndjson' || !dataset.byteRanges) return undefined;
    return planLineRanges(file, sizeBytes, rangeBytes, minSplitBytes);
  },
};

/** Opens an NDJSON file; fields are seeded from the first lines and grow while streaming. */
export async function openNdjson(source: SourceFile, options: StreamOptions = {}): Promise<NdjsonDataset> {
  const { text, encoding, isWholeFile } = await readTextSample(source);
  const flattener = new RecordFlattener([]);
  const lines = text.split('\n');
  if (!isWholeFile) lines.pop(); // possibly cut short
  lines.slice(0, SEED_LINES).forEach((line, index) => {
    try {
      if (line.trim() !== '') flattener.flatten(JSON.parse(line), index + 1);
    } catch {
      // Reported with its line number when the rows are read.
    }
  });

  const batches = (ctx: ReadContext): AsyncGenerator<Row[]> => streamNdjson(source, encoding, flattener, ctx, options);
  return {
    kind: 'ndjson',
    name: source.name,
    location: source.location,
    fields: flattener.fields,
    sizeBytes: source.sizeBytes,
    byteRanges: source.compression === undefined && isAsciiCompatible(encoding),
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
  };
}

async function* streamNdjson(source: SourceFile, encoding: TextEncodingName, flattener: RecordFlattener, ctx: ReadContext, options: StreamOptions): AsyncGenerator<Row[]> {
  const warnings = new CappedWarnings(ctx, NDJSON_WARNINGS);
  // A byte range (split-input.ts) counts its lines from 1; the merger shifts them to file lines.
  const { range } = options;
  let lineNumber = 0;
  let rowCount = 0;
  let bytes = 0;
  /**
   * The unfinished last line, as the pieces of the chunks it spans: joined once when its newline
   * comes. Prepending it to every chunk and searching again from its start made a long line cost
   * time quadratic in its length.
   */
  let pending: string[] = [];
  let pendingChars = 0;

  /** Parses one line; blank lines (CRLF leaves `\r`) are skipped without a warning. */
  const parseLine = (text: string, batch: Row[]): void => {
    lineNumber++;
    if (text === '' || text === '\r') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Never quote the line: it holds personal data.
      if (text.trim() !== '') warnings.warn(`invalid JSON on line ${lineNumber}`, lineNumber);
      return;
    }
    batch.push(flattener.flatten(value, lineNumber));
  };

  for await (const chunk of readTextChunks(source, encoding, ctx, options)) {
    bytes = chunk.bytesRead;
    const text = chunk.text;
    const batch: Row[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (pending.length === 0) parseLine(text.slice(start, end), batch);
      else {
        pending.push(text.slice(0, end));
        parseLine(pending.join(''), batch);
        pending = [];
        pendingChars = 0;
      }
      start = end + 1;
    }
    if (start < text.length) {
      pending.push(text.slice(start));
      pendingChars += text.length - start;
    }
    if (pendingChars > MAX_LINE_CHARS) {
      throw new SourceError(`line ${lineNumber + 1} is longer than ${MAX_LINE_CHARS / 1024 / 1024} MiB characters; not NDJSON?`, source.location, lineNumber + 1);
    }
    rowCount += batch.length;
    ctx.progress?.(bytes, rowCount);
    if (batch.length > 0) yield batch;
  }
  if (pending.length > 0) {
    const batch: Row[] = [];
    parseLine(pending.join(''), batch);
    rowCount += batch.length;
    ctx.progress?.(bytes, rowCount);
    if (batch.length > 0) yield batch;
  }
  if (range) {
    // The summary line is written once for the whole file, after the ranges are merged.
    range.onEnd?.({ lines: lineNumber, cleanEnd: true, warnings: warnings.total });
  } else warnings.finish();
}
