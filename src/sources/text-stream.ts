// Shared plumbing for the file sources: encoding detection, chunked decoding, line counting,
// capped warnings and the optional batch interface.
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Dataset, DeclaredField, ReadContext, Row } from '../model/index.js';
import {
  createStreamDecoder,
  decompressedChunks,
  readDecompressedPrefix,
  sniffUnicodeEncoding,
  type Compression,
  type TextEncodingName,
} from './byte-stream.js';

export type { TextEncodingName } from './byte-stream.js';

/** Bytes examined to decide between UTF-8 and windows-1252. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;
/**
 * Default read size. Measured on a 100 MB CSV: 64 KiB 107 MB/s, 256 KiB 60 MB/s, 1 MiB 33 MB/s —
 * larger chunks keep more parsed rows alive across a young-generation GC, which then promotes them.
 */
export const DEFAULT_CHUNK_BYTES = 64 * 1024;
/** Warnings reported per file before the rest are only counted. */
export const WARNING_CAP = 5;

/** A data source that can also hand out rows in the batches it parsed them in (faster than per-row). */
export interface BatchedDataset extends Dataset {
  rows(ctx: ReadContext): AsyncIterable<Row>;
  /** The same rows as `rows()`, in arrays of one parsed chunk each; cheaper to iterate. */
  batches(ctx: ReadContext): AsyncIterable<Row[]>;
}

/** Options the file sources accept; `chunkBytes` exists so tests can force chunk boundaries. */
export interface StreamOptions {
  /** Bytes per read; defaults to DEFAULT_CHUNK_BYTES. */
  chunkBytes?: number;
  /**
   * SQL dumps: table columns declared in other files (from collectSqlDeclarations), so an INSERT
   * without a column list into a table this file does not declare still gets column names.
   */
  sqlCatalog?: Map<string, DeclaredField[]>;
  /** Database files (SQLite, Parquet, DuckDB): rows sampled per table inside the database (rowLimitFor(--sample)). */
  rowLimit?: number;
  /** Read only this byte range of the file: one part of a big file split across threads (csv-ranges.ts). */
  range?: ReadRange;
  /**
   * CSV/TSV: whether a first row's cells are personal values (a name, an e-mail) rather than
   * column names. Given by the caller because sources do not know the detectors; without it only
   * the sniffer's shape checks decide.
   */
  headerCellsAreValues?: (cells: readonly string[]) => Promise<boolean>;
  /** Schemas: the folder `$ref`s may read files in (the scanned folder); default: the file's own folder. */
  scanRoot?: string;
}

/** A byte range of a file that starts and ends on record boundaries, and what reading it found. */
export interface ReadRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** Called once when the range has been read to its end. */
  onEnd?: (summary: RangeReadSummary) => void;
}

export interface RangeReadSummary {
  /** Physical lines read, so the next range's line numbers can be shifted. */
  lines: number;
  /** The range ended on a record boundary (no quoted field left open): the split was right. */
  cleanEnd: boolean;
  /** Warnings raised, shown or not (the cap applies to the whole file after merging). */
  warnings: number;
  /** Records dropped for a quote that does not close properly (CSV): the split is not trusted. */
  brokenQuotes?: number;
}

/**
 * The encoding a byte-order mark or the NUL-byte pattern of UTF-16/32 shows (byte-stream.ts);
 * else UTF-8 unless the sample is not valid UTF-8, then windows-1252 (what "Latin-1" exports from
 * Excel really are; WHATWG Encoding §4.2 maps the `latin1` label to windows-1252 too).
 * `stream: true` keeps a multi-byte sequence cut by the sample's end from counting as invalid.
 */
export function detectEncoding(sample: Uint8Array, isWholeFile: boolean): TextEncodingName {
  const unicode = sniffUnicodeEncoding(sample);
  if (unicode) return unicode;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !isWholeFile });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * Decodes `bytes`; `final`: they end the input, so an unfinished UTF-8 sequence becomes U+FFFD.
 * windows-1252 is always decoded in streaming mode: Node 20's TextDecoder decodes it as ISO-8859-1
 * when not streaming (0x80 became U+0080 instead of €), and a one-byte encoding has nothing
 * pending at the end anyway.
 */
export function decodeBytes(encoding: TextEncodingName, bytes: Uint8Array, final: boolean): string {
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') {
    const decoder = createStreamDecoder(encoding);
    return decoder.write(bytes) + (final ? decoder.end() : '');
  }
  return new TextDecoder(encoding).decode(bytes, { stream: encoding === 'windows-1252' || !final });
}

/** The decoded start of a file, for sniffing and seeding fields before rows stream. */
export interface TextSample {
  text: string;
  encoding: TextEncodingName;
  /** The sample is the whole file (so its last line is complete). */
  isWholeFile: boolean;
}

/** Reads, decodes and detects the encoding of the first `maxBytes` of a file. */
export async function readTextSample(source: SourceFile, maxBytes = ENCODING_SAMPLE_BYTES): Promise<TextSample> {
  const { bytes, isWholeFile } = await readSourceStart(source, maxBytes);
  const encoding = detectEncoding(bytes, isWholeFile);
  return { text: decodeBytes(encoding, bytes, isWholeFile), encoding, isWholeFile };
}

/** Up to `maxBytes` of a source's (decompressed) start, and whether that is all of it. */
export async function readSourceStart(source: SourceFile, maxBytes: number): Promise<{ bytes: Uint8Array; isWholeFile: boolean }> {
  if (source.compression) {
    const { bytes, complete } = await readDecompressedPrefix(source, maxBytes);
    return { bytes, isWholeFile: complete };
  }
  const bytes = await readPrefix(source.file, maxBytes);
  return { bytes, isWholeFile: bytes.length >= source.sizeBytes };
}

/** Reads up to `maxBytes` from the start of a file. */
export async function readPrefix(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** One decoded piece of the file and the bytes read so far. */
export interface TextChunk {
  text: string;
  bytesRead: number;
}

/** Bytes read between turns of the event loop (see readTextChunks). */
export const BYTES_BETWEEN_TURNS = 1024 * 1024;

/**
 * Streams a file as decoded text, dropping a leading byte-order mark. Reads are synchronous into
 * one reused buffer: measured on a 1 GB CSV, that costs half the CPU of a read stream (no thread
 * pool round trip, no new buffer per read) and leaves no idle wait between chunks. Every
 * BYTES_BETWEEN_TURNS the loop yields a full event-loop turn so timers (progress), signals and
 * worker messages still run. Decoding joins characters split across reads (createStreamDecoder,
 * byte-stream.ts); a compressed file streams through its decompressor instead. Checks the abort
 * signal between reads; leaving the loop early closes the file.
 */
export async function* readTextChunks(
  source: SourceFile,
  encoding: TextEncodingName,
  ctx: ReadContext,
  options: StreamOptions = {},
  /** Where to start reading when not at the range's start: a record boundary inside it. */
  from?: number,
): AsyncGenerator<TextChunk> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const { range } = options;
  const decoder = createStreamDecoder(encoding);
  if (source.compression) {
    // A compressed file has no byte offsets to split or resume at: it is read whole, in order.
    if (range || from !== undefined) throw new Error('a compressed file cannot be read from a byte offset');
    let first = true;
    for await (const chunk of decompressedChunks(source, ctx, chunkBytes)) {
      let text = decoder.write(chunk.bytes);
      if (first && text !== '') {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      yield { text, bytesRead: chunk.bytesRead };
    }
    const rest = decoder.end();
    if (rest) yield { text: rest, bytesRead: source.sizeBytes };
    return;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? Number.POSITIVE_INFINITY;
  const fd = openSync(source.file, 'r');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let position = from ?? start;
  let first = position === 0;
  let sinceTurn = 0;
  try {
    while (position < end) {
      ctx.signal?.throwIfAborted();
      // Reads end on the range's chunk grid even when starting off it (`from`).
      const count = readSync(fd, buffer, 0, Math.min(chunkBytes - ((position - start) % chunkBytes), end - position), position);
      if (count === 0) break;
      position += count;
      const bytes = buffer.subarray(0, count);
      let text = decoder.write(bytes);
      if (first && text !== '') {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      yield { text, bytesRead: position - start };
      sinceTurn += count;
      if (sinceTurn >= BYTES_BETWEEN_TURNS) {
        sinceTurn = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    const rest = decoder.end();
    if (rest) yield { text: rest, bytesRead: position - start };
  } finally {
    closeSync(fd);
  }
}

/**
 * Counts line breaks in text[from, to): `\n` (which also ends `\r\n` lines) unless the file
 * uses bare `\r`. These are the physical line numbers that editors show.
 */
export function countNewlines(text: string, from = 0, to = text.length, lineBreak: '\n' | '\r' = '\n'): number {
  let count = 0;
  let at = text.indexOf(lineBreak, from);
  while (at !== -1 && at < to) {
    count++;
    at = text.indexOf(lineBreak, at + 1);
  }
  return count;
}

/** Wraps ctx.warn: the first WARNING_CAP warnings pass, later ones are counted and summarised. */
/** The closing line of a capped warning list, or undefined when nothing was held back. */
export function cappedWarningsSummary(count: number, what: string, cap = WARNING_CAP): string | undefined {
  return count > cap ? `${count} ${what} in total (${count - cap} more not shown)` : undefined;
}

export class CappedWarnings {
  private count = 0;
  constructor(
    private readonly ctx: ReadContext,
    private readonly what: string,
    private readonly cap = WARNING_CAP,
  ) {}

  warn(message: string, line?: number, level?: 'error'): void {
    this.count++;
    if (this.count <= this.cap) this.ctx.warn({ message, ...(line === undefined ? {} : { line }), ...(level ? { level } : {}) });
  }

  /** Warnings raised so far, shown or not. */
  get total(): number {
    return this.count;
  }

  /** Call once at the end: reports how many warnings were not shown. */
  finish(): void {
    const summary = cappedWarningsSummary(this.count, this.what, this.cap);
    if (summary) this.ctx.warn({ message: summary });
  }
}

/** What the registry hands an opener: the file and how the dataset is to be named. */
export interface SourceFile {
  /** Absolute path to read. */
  file: string;
  /** Dataset name: the file stem. */
  name: string;
  /** POSIX path relative to the working directory, for messages and reports. */
  location: string;
  sizeBytes: number;
  /** The folder the scan was given (or this file's own folder): schema `$ref`s never read outside it. */
  scanRoot?: string;
  /** Set when the bytes are compressed (from the magic bytes): read as a decompressed stream. */
  compression?: Compression;
}

/** `rows()` on top of `batches()`: one Row at a time, as the Dataset contract asks. */
export async function* rowsFromBatches(batches: AsyncIterable<Row[]>): AsyncGenerator<Row> {
  for await (const batch of batches) {
    for (const row of batch) yield row;
  }
}
