// The fast way through a CSV/TSV file: records scanned as bytes in the read buffer, each cell
// hashed where it lies, its text built only when a sample keeps it (Dataset.feed). papaparse
// builds an array and a string per cell: the profile showed that allocation, its garbage
// collection and the UTF-8 decoding of every byte taking most of a scan's CPU.
//
// Only records whose reading is certain are taken here: well-formed RFC 4180 records of the
// header's width. A record that is anything else (a ragged row, a quote inside an unquoted cell,
// text after a closing quote, a bare CR in a CRLF file) starts an irregular stretch that papaparse
// parses, to the end of the bytes read so far, with the reader's row collector, so every warning,
// line number and error is the one the chunked reader gives; then scanning goes on. A record
// longer than the buffer sends the rest of the input to the chunked reader (streamCsv).
import { openSync, readSync, closeSync } from 'node:fs';
import type { LazyRecord, ReadContext, RecordSink } from '../model/index.js';
import { FNV_OFFSET, FNV_PRIME, finishHash, utf8ValueHash, valueHash } from '../util/hyperloglog.js';
import { parseDay, parseDayBytes } from '../util/dates.js';
import type { CsvDialect, CsvRowCollector } from './csv.js';
import { createParser } from './csv-sniff.js';
import { BYTES_BETWEEN_TURNS, DEFAULT_CHUNK_BYTES, type SourceFile, type StreamOptions } from './text-stream.js';

/** A record still open after this many bytes goes to the papaparse reader (which bounds rows itself). */
const MAX_RECORD_BYTES = 1024 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Cell flags. */
const NON_ASCII = 1;
/** A quoted cell holding `""` escapes: its text needs them undone. */
const ESCAPED = 2;

/** scanRecord's outcomes besides the offset after a complete record. */
const INCOMPLETE = -1;
const IRREGULAR = -2;

/** Where the record scanner stopped: at the end, or where the chunked reader goes on to the end. */
export interface HandOver {
  /** File offset of the first record not read. */
  start: number;
  /** Line, row and warning counts so far, and whether the header is still ahead. */
  collector: CsvRowCollector;
  /** Every record was read: nothing to take over. */
  finished: boolean;
  /** Finished on a record boundary (no unfinished record at the end), as the reader says it. */
  cleanEnd: boolean;
  /** The last progress reported (bytes from the range start); the reader does not report it again. */
  reported: number;
  /** Progress was also reported for the bytes after the last line break (the reader's last report). */
  reportedRest: boolean;
}

/**
 * Feeds the records of `source` (or of `options.range`) into `sink`. A stretch the scanner cannot
 * judge, from an irregular record to the end of the bytes read, is parsed by papaparse and its
 * rows go through `rows` exactly as the chunked reader's would; the scanner then goes on. Returns
 * where it stopped: at the end (`finished`), or where the chunked reader must take over (a record
 * over MAX_RECORD_BYTES, or bytes that are not valid UTF-8 inside an irregular stretch).
 * Progress is reported at the same byte offsets and moments as the chunked reader (streamCsv).
 */
export async function feedRegularRecords(source: SourceFile, dialect: CsvDialect, width: number, rows: CsvRowCollector, sink: RecordSink, ctx: ReadContext, options: StreamOptions): Promise<HandOver> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const rangeStart = options.range?.start ?? 0;
  const end = options.range?.end ?? Number.POSITIVE_INFINITY;
  const scanner = new RecordScanner(dialect, width, chunkBytes + MAX_RECORD_BYTES);
  const chunk = new ChunkReader(scanner, new IrregularStretch(dialect, rows), width, rows, sink);
  /** A UTF-8 file's byte-order mark is dropped, as readTextChunks drops it. */
  let markPending = rangeStart === 0 && dialect.encoding === 'utf-8';
  let position = rangeStart;
  /** File offset of buffer[0]. */
  let bufferStart = rangeStart;
  let filled = 0;
  let sinceTurn = 0;
  let reported = -1;
  let reportedRest = false;
  const handOver = (at: number, finished = false, cleanEnd = false): HandOver => ({ start: bufferStart + at, collector: rows, finished, cleanEnd, reported, reportedRest });
  const { buffer } = scanner;
  const fd = openSync(source.file, 'r');
  try {
    for (;;) {
      ctx.signal?.throwIfAborted();
      const count = position < end ? readSync(fd, buffer, filled, Math.min(chunkBytes, end - position), position) : 0;
      position += count;
      filled += count;
      const atEnd = count === 0;
      /** Bytes left at the end of the input: the reader's last, unfinished row. */
      const rest = atEnd && filled > 0;
      let at = 0;
      if (markPending && (filled >= 3 || atEnd)) {
        markPending = false;
        if (filled >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) at = 3;
      }
      if (!markPending) {
        at = chunk.read(at, filled, atEnd);
        if (chunk.irregularAt >= 0) return handOver(chunk.irregularAt);
      }
      // Reported after the chunk's records, at the offsets the chunked reader reports: the
      // samples' extrapolation sees the same counts either way.
      if (count > 0 || filled > 0) {
        reported = position - rangeStart;
        reportedRest = atEnd;
        ctx.progress?.(reported, rows.rowCount);
      }
      if (atEnd) return handOver(at, true, !rest);
      if (filled - at > MAX_RECORD_BYTES) return handOver(at);
      // The unfinished record moves to the front of the buffer for the next read.
      buffer.copy(buffer, 0, at, filled);
      bufferStart += at;
      filled -= at;
      sinceTurn += count;
      if (sinceTurn >= BYTES_BETWEEN_TURNS) {
        sinceTurn = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The records of one read: a method of its own, called once per chunk, so V8 optimizes this hot
 * loop as an ordinary function. Inside feedRegularRecords' read loop, which runs once per file or
 * range, it was recompiled by on-stack replacement after every deoptimization (a range's end, a
 * new file), each time with the whole reader inlined: measured, 23 compilations of 25–45 ms in a
 * two-file `--jobs 2` scan, on the cores the scan threads needed.
 */
class ChunkReader {
  /** Set by read(): where an irregular stretch papaparse could not take begins (hand over there), else −1. */
  irregularAt = -1;

  constructor(
    private readonly scanner: RecordScanner,
    private readonly irregular: IrregularStretch,
    private readonly width: number,
    private readonly rows: CsvRowCollector,
    private readonly sink: RecordSink,
  ) {}

  /** Takes the records in buffer[from, to); returns the offset of the first one not taken. */
  read(from: number, to: number, atEnd: boolean): number {
    const { scanner, rows, sink, width } = this;
    scanner.startChunk(from, to);
    let at = from;
    while (at < to) {
      let next = scanner.scanRecord(at, to, atEnd);
      if (next === INCOMPLETE) break;
      const blank = next !== IRREGULAR && scanner.cells === 1 && scanner.isEmpty(0);
      if (next === IRREGULAR || (!blank && scanner.cells !== width)) {
        next = this.irregular.read(scanner.buffer, at, to, atEnd, sink);
        if (next === INCOMPLETE) break;
        if (next === IRREGULAR) {
          this.irregularAt = at;
          break;
        }
        at = next;
        continue;
      }
      rows.line += 1 + scanner.innerBreaks;
      at = next;
      // A blank line is papaparse's one empty cell, which the reader skips.
      if (blank) continue;
      if (rows.headerPending) rows.headerPending = false;
      else {
        sink.addRecord(scanner);
        rows.rowCount++;
      }
    }
    return at;
  }
}

/**
 * papaparse over an irregular stretch: from an irregular record to the end of the bytes read, as
 * the chunked reader would parse it, its rows judged by the same collector. Where the stretch
 * ends in bytes follows from papaparse's cursor, which counts characters; a stretch with invalid
 * UTF-8 (a replacement character does not tell how many bytes it stood for) is not taken.
 */
class IrregularStretch {
  private readonly parser: ReturnType<typeof createParser>;
  private readonly decoder: TextDecoder;
  private readonly utf8: boolean;

  constructor(
    dialect: CsvDialect,
    private readonly rows: CsvRowCollector,
  ) {
    this.parser = createParser(dialect.delimiter, dialect.newline);
    this.utf8 = dialect.encoding === 'utf-8';
    this.decoder = new TextDecoder(dialect.encoding, { ignoreBOM: true });
  }

  /** The offset after the rows taken, or INCOMPLETE (not one whole row yet), or IRREGULAR (not taken). */
  read(buffer: Buffer, from: number, to: number, atEnd: boolean, sink: RecordSink): number {
    // Streaming decode: a character cut at the end stays out of the text (and windows-1252 needs it, see decodeBytes).
    const text = this.decoder.decode(buffer.subarray(from, to), { stream: true });
    // Reset: the held-back bytes of a cut character must not open the next, unrelated stretch.
    this.decoder.decode();
    if (this.utf8 && text.includes('\ufffd')) return IRREGULAR;
    const { batch, cursor } = this.rows.parse(this.parser, text, atEnd);
    if (!atEnd && cursor === 0) return INCOMPLETE;
    if (batch.length > 0) sink.add(batch);
    if (atEnd) return to;
    return from + (this.utf8 ? Buffer.byteLength(text.slice(0, cursor), 'utf8') : cursor);
  }
}

/**
 * transientText decodes the whole read once this many of its cells asked for their text (a read
 * whose values are mostly passed over copies the few it judges), and not for a read longer than
 * MAX_CHUNK_TEXT (the unfinished long record carried over from read to read).
 */
const CHUNK_TEXT_AFTER = 16;
const MAX_CHUNK_TEXT = 4 * DEFAULT_CHUNK_BYTES;

/** Byte classes in a cell: plain ASCII, a byte of a non-ASCII character, or one that ends the scan of the cell. */
const PLAIN = 0;
const HIGH = 1;
const STOP = 2;

/** Buffer's own slice decoders (undocumented but public since early Node): no argument checks per call. */
interface SlicingBuffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** Scans one record at a time from a byte buffer; between scans, the last record read lazily. */
class RecordScanner implements LazyRecord {
  readonly buffer: Buffer;
  /** Cells in the last record scanned. */
  cells = 0;
  /** Line breaks inside the last record's quoted cells. */
  innerBreaks = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly hashes: Int32Array;
  private readonly flags: Uint8Array;
  private readonly delimiter: number;
  /** The byte that ends a record: LF, or CR for files with bare-CR line breaks. */
  private readonly recordEnd: number;
  private readonly crlf: boolean;
  /** Classes of bytes in an unquoted cell: the delimiter, quote, CR and LF stop it. */
  private readonly unquoted = new Uint8Array(256);
  /** Classes of bytes in a quoted cell: the quote and the record's line break stop it. */
  private readonly quoted = new Uint8Array(256);
  private readonly windows1252: TextDecoder | undefined;
  private readonly slicing: SlicingBuffer | undefined;
  /** The current read, buffer[chunkFrom, chunkTo), as one Latin-1 string once transientText made it. */
  private chunkText: string | undefined;
  private chunkFrom = 0;
  private chunkTo = 0;
  /** transientText calls in the current read before chunkText was made. */
  private chunkRequests = 0;

  constructor(dialect: CsvDialect, width: number, capacity: number) {
    // One byte more than a read fills: room for the sentinel.
    this.buffer = Buffer.allocUnsafe(capacity + 1);
    this.starts = new Int32Array(width + 1);
    this.ends = new Int32Array(width + 1);
    this.hashes = new Int32Array(width + 1);
    this.flags = new Uint8Array(width + 1);
    this.delimiter = dialect.delimiter.charCodeAt(0);
    this.recordEnd = dialect.newline === '\r' ? CR : LF;
    this.crlf = dialect.newline === '\r\n';
    this.unquoted.fill(HIGH, 0x80);
    this.quoted.fill(HIGH, 0x80);
    for (const stop of [this.delimiter, QUOTE, CR, LF]) this.unquoted[stop] = STOP;
    for (const stop of [QUOTE, this.recordEnd]) this.quoted[stop] = STOP;
    this.windows1252 = dialect.encoding === 'windows-1252' ? new TextDecoder('windows-1252') : undefined;
    const slicing = this.buffer as unknown as Partial<SlicingBuffer>;
    this.slicing = typeof slicing.latin1Slice === 'function' && typeof slicing.utf8Slice === 'function' ? (slicing as SlicingBuffer) : undefined;
  }

  /**
   * Starts on the bytes of one read, buffer[from, to). Writes the record's line break just after
   * them (at `to`, which the next read overwrites): the cell loops then need no end check per
   * byte, only where they stop. Forgets the previous read's text.
   */
  startChunk(from: number, to: number): void {
    this.buffer[to] = this.recordEnd;
    this.chunkText = undefined;
    this.chunkFrom = from;
    this.chunkTo = to;
    this.chunkRequests = 0;
  }

  isEmpty(cell: number): boolean {
    return this.ends[cell] === this.starts[cell];
  }

  hash(cell: number): number {
    // The scanner hashed an ASCII cell's bytes as it went (escapes undone).
    return (this.flags[cell] & NON_ASCII) === 0 ? this.hashes[cell] : this.textHash(cell);
  }

  /** `hash` of a cell with characters beyond ASCII. */
  private textHash(cell: number): number {
    // A UTF-8 cell with characters beyond ASCII: hashed from its bytes as its text would be.
    if (this.flags[cell] === NON_ASCII && this.windows1252 === undefined) {
      const h = utf8ValueHash(this.buffer, this.starts[cell], this.ends[cell]);
      if (h !== undefined) return h;
    }
    return valueHash(this.text(cell));
  }

  byteLength(cell: number): number {
    return this.ends[cell] - this.starts[cell];
  }

  holds(cell: number, code: number): boolean {
    const { buffer } = this;
    const end = this.ends[cell];
    for (let at = this.starts[cell]; at < end; at++) if (buffer[at] === code) return true;
    return false;
  }

  isBlank(cell: number): boolean {
    // Beyond ASCII, trim() also drops no-break and other Unicode spaces: judged on the text.
    if ((this.flags[cell] & NON_ASCII) !== 0) return this.text(cell).trim() === '';
    const { buffer } = this;
    const end = this.ends[cell];
    for (let at = this.starts[cell]; at < end; at++) {
      const c = buffer[at];
      // Tab, LF, VT, FF, CR and space: the ASCII white space trim() drops.
      if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
    }
    return true;
  }

  day(cell: number): number {
    return this.flags[cell] === 0 ? parseDayBytes(this.buffer, this.starts[cell], this.ends[cell]) : parseDay(this.text(cell));
  }

  text(cell: number): string {
    const start = this.starts[cell];
    const end = this.ends[cell];
    const flags = this.flags[cell];
    const { slicing } = this;
    let text: string;
    if ((flags & NON_ASCII) === 0) text = slicing ? slicing.latin1Slice(start, end) : this.buffer.toString('latin1', start, end);
    // Streaming mode: Node 20 decodes windows-1252 as ISO-8859-1 otherwise (see decodeBytes).
    else if (this.windows1252) text = this.windows1252.decode(this.buffer.subarray(start, end), { stream: true });
    else text = slicing ? slicing.utf8Slice(start, end) : this.buffer.toString('utf8', start, end);
    return (flags & ESCAPED) === 0 ? text : text.replaceAll('""', '"');
  }

  /**
   * The cell's text for a value nobody keeps (see LazyRecord): an ASCII cell's is cut from one
   * string of the whole read, made once its cells ask for it often enough, instead of a string
   * copied out of the buffer per cell (a call into Node's C++ each, most of the cost of judging
   * every value under --sample all).
   */
  transientText(cell: number): string {
    const flags = this.flags[cell];
    if ((flags & NON_ASCII) !== 0) return this.text(cell);
    let chunk = this.chunkText;
    if (chunk === undefined) {
      if (++this.chunkRequests < CHUNK_TEXT_AFTER || this.slicing === undefined || this.chunkTo - this.chunkFrom > MAX_CHUNK_TEXT) return this.text(cell);
      chunk = this.chunkText = this.slicing.latin1Slice(this.chunkFrom, this.chunkTo);
    }
    const text = chunk.slice(this.starts[cell] - this.chunkFrom, this.ends[cell] - this.chunkFrom);
    return (flags & ESCAPED) === 0 ? text : text.replaceAll('""', '"');
  }

  /**
   * Scans the record starting at `from`: the offset after it (its line break included), or
   * INCOMPLETE when it runs past `to` before the input's end, or IRREGULAR when it is anything
   * but a well-formed record of at most the header's width.
   */
  scanRecord(from: number, to: number, atEnd: boolean): number {
    const { buffer, delimiter, recordEnd, crlf, starts, ends, hashes, flags, unquoted, quoted } = this;
    const maxCells = starts.length - 1;
    let at = from;
    let cell = 0;
    this.innerBreaks = 0;
    for (;;) {
      if (cell === maxCells) return IRREGULAR;
      let h = FNV_OFFSET;
      let flag = 0;
      let c = 0;
      if (buffer[at] === QUOTE) {
        at++;
        starts[cell] = at;
        for (;;) {
          // No end check per byte: the sentinel after `to` stops the scan as a line break would.
          c = buffer[at];
          const kind = quoted[c];
          if (kind === STOP) {
            if (at >= to) return atEnd ? IRREGULAR : INCOMPLETE;
            if (c === QUOTE) {
              if (at + 1 >= to && !atEnd) return INCOMPLETE;
              if (at + 1 < to && buffer[at + 1] === QUOTE) {
                h = Math.imul(h ^ QUOTE, FNV_PRIME);
                flag |= ESCAPED;
                at += 2;
                continue;
              }
              break;
            }
            this.innerBreaks++;
          } else if (kind === HIGH) flag |= NON_ASCII;
          h = Math.imul(h ^ c, FNV_PRIME);
          at++;
        }
        ends[cell] = at;
        at++;
        // After the closing quote: a delimiter, the line break, or the end of the input.
        if (at >= to) {
          if (!atEnd) return INCOMPLETE;
          c = -1;
        } else c = buffer[at];
      } else {
        starts[cell] = at;
        for (;;) {
          // No end check per byte: the sentinel after `to` stops the scan as a line break would.
          c = buffer[at];
          const kind = unquoted[c];
          if (kind !== PLAIN) {
            if (kind === STOP) break;
            flag |= NON_ASCII;
          }
          h = Math.imul(h ^ c, FNV_PRIME);
          at++;
        }
        if (at >= to) {
          if (!atEnd) return INCOMPLETE;
          c = -1;
        }
        ends[cell] = at;
      }
      hashes[cell] = finishHash(h);
      flags[cell] = flag;
      cell++;
      if (c === delimiter) {
        at++;
        continue;
      }
      this.cells = cell;
      if (c === -1) return at;
      if (c === recordEnd && !crlf) return at + 1;
      if (c === CR && crlf) {
        if (at + 1 >= to) return atEnd ? IRREGULAR : INCOMPLETE;
        return buffer[at + 1] === LF ? at + 2 : IRREGULAR;
      }
      // A quote inside an unquoted cell, text after a closing quote, a CR in an LF file
      // (papaparse keeps it as text), an LF in a CRLF file.
      return IRREGULAR;
    }
  }
}
