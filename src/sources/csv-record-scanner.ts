// The byte-level record scanner of the fast CSV path (csv-records.ts): scans one RFC 4180 record
// at a time where it lies in the read buffer, hashing each cell as it goes, and serves the last
// record lazily (LazyRecord): a cell's text, hash, day or blankness without building a row.
import type { LazyRecord } from '../model/index.js';
import { FNV_OFFSET, FNV_PRIME, finishHash, utf8ValueHash, valueHash } from '../util/hyperloglog.js';
import { parseDay, parseDayBytes } from '../util/dates.js';
import type { CsvDialect } from './csv.js';
import { DEFAULT_CHUNK_BYTES } from './text-stream.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Cell flags. */
const NON_ASCII = 1;
/** A quoted cell holding `""` escapes: its text needs them undone. */
const ESCAPED = 2;

/** scanRecord's outcomes besides the offset after a complete record. */
export const INCOMPLETE = -1;
export const IRREGULAR = -2;


/**
 * transientText decodes the whole read once this many of its cells asked for their text (a read
 * whose values are mostly passed over copies the few it judges), and not for a read longer than
 * MAX_CHUNK_TEXT (the unfinished long record carried over from read to read).
 */
const CHUNK_TEXT_AFTER = 16;
const MAX_CHUNK_TEXT = 4 * DEFAULT_CHUNK_BYTES;


/** Buffer's own slice decoders (undocumented but public since early Node): no argument checks per call. */
interface SlicingBuffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** Scans one record at a time from a byte buffer; between scans, the last record read lazily. */
export class RecordScanner implements LazyRecord {
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
  /**
   * Bytes that stop the scan of an unquoted cell (1): the delimiter, quote, CR and LF. One class
   * only: a cell's bytes beyond ASCII are found by OR-ing its bytes, not by a second class per
   * byte tested in the loop.
   */
  private readonly unquoted = new Uint8Array(256);
  private readonly windows1252: TextDecoder | undefined;
  private readonly slicing: SlicingBuffer | undefined;
  /** The current read, buffer[chunkFrom, chunkTo), as one Latin-1 string once transientText made it. */
  private chunkText: string | undefined;
  private chunkFrom = 0;
  private chunkTo = 0;
  /** transientText calls in the current read before chunkText was made. */
  private chunkRequests = 0;
  /** The current read's bytes, buffer[0, to): memchr searches stop at its end. */
  private view: Buffer;
  /** The offset of a quote in the current read, or its end when none is left; −1 before the first search. */
  private nextQuote = -1;
  /** Where the search that found nextQuote began: it tells nothing about the bytes before. */
  private quoteSearchFrom = 0;

  constructor(dialect: CsvDialect, width: number, capacity: number) {
    // Two bytes more than a read fills: room for the sentinel, and for the byte after it that
    // the unquoted loop reads two at a time (never taken: the sentinel stops the cell first).
    this.buffer = Buffer.allocUnsafe(capacity + 2);
    this.view = this.buffer.subarray(0, 0);
    this.starts = new Int32Array(width + 1);
    this.ends = new Int32Array(width + 1);
    this.hashes = new Int32Array(width + 1);
    this.flags = new Uint8Array(width + 1);
    this.delimiter = dialect.delimiter.charCodeAt(0);
    this.recordEnd = dialect.newline === '\r' ? CR : LF;
    this.crlf = dialect.newline === '\r\n';
    for (const stop of [this.delimiter, QUOTE, CR, LF]) this.unquoted[stop] = 1;
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
    this.view = this.buffer.subarray(0, to);
    this.nextQuote = -1;
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

  /** The offset of the first quote at or after `from` in the current read, or the read's end when none is. */
  private findQuote(from: number): number {
    // A quote right there (runs of escaped quotes) needs no call into memchr.
    if (from < this.chunkTo && this.buffer[from] === QUOTE) return from;
    const at = this.view.indexOf(QUOTE, from);
    return at < 0 ? this.chunkTo : at;
  }

  /**
   * Scans the record starting at `from`: the offset after it (its line break included), or
   * INCOMPLETE when it runs past `to` before the input's end, or IRREGULAR when it is anything
   * but a well-formed record of at most the header's width.
   */
  scanRecord(from: number, to: number, atEnd: boolean): number {
    const { buffer, delimiter, recordEnd, crlf, starts, ends, hashes, flags, unquoted } = this;
    const maxCells = starts.length - 1;
    let at = from;
    let cell = 0;
    let breaks = 0;
    for (;;) {
      if (cell === maxCells) return IRREGULAR;
      let h = FNV_OFFSET;
      let flag = 0;
      let c = 0;
      /** The OR of the cell's bytes: bit 7 set when one of them is beyond ASCII. */
      let bits = 0;
      if (buffer[at] === QUOTE) {
        at++;
        starts[cell] = at;
        for (;;) {
          // The next quote, found by memchr: the bytes before it are the cell's, hashed in a
          // loop with nothing to stop at (measured: a quoted cell's bytes at about the cost of
          // hashing them alone, where a stop test per byte cost half as much again).
          let quote = this.nextQuote;
          // Searched again when passed, and when a scan starts again further back (a record
          // scanned anew after an irregular stretch, or by a caller going back).
          if (quote < at || this.quoteSearchFrom > at) {
            quote = this.nextQuote = this.findQuote(at);
            this.quoteSearchFrom = at;
          }
          // Two bytes a step: half the loop's own work per byte (measured with the unquoted
          // loop's: the scanner 2.73 -> 2.22 ns/byte); the hash stays a byte-by-byte FNV-1a.
          for (; at + 1 < quote; at += 2) {
            const c1 = buffer[at];
            const c2 = buffer[at + 1];
            bits |= c1 | c2;
            if (c1 === recordEnd) breaks++;
            if (c2 === recordEnd) breaks++;
            h = Math.imul(Math.imul(h ^ c1, FNV_PRIME) ^ c2, FNV_PRIME);
          }
          if (at < quote) {
            c = buffer[at];
            bits |= c;
            if (c === recordEnd) breaks++;
            h = Math.imul(h ^ c, FNV_PRIME);
            at++;
          }
          if (at >= to) return atEnd ? IRREGULAR : INCOMPLETE;
          if (at + 1 >= to && !atEnd) return INCOMPLETE;
          if (at + 1 < to && buffer[at + 1] === QUOTE) {
            h = Math.imul(h ^ QUOTE, FNV_PRIME);
            flag |= ESCAPED;
            at += 2;
            continue;
          }
          break;
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
          // No end check per byte: the sentinel after `to` stops the scan as a line break would
          // (buffer[at + 1] is at most the sentinel: `at` is before it). Two bytes a step while
          // neither stops the cell.
          c = buffer[at];
          const c2 = buffer[at + 1];
          if ((unquoted[c] | unquoted[c2]) === 0) {
            bits |= c | c2;
            h = Math.imul(Math.imul(h ^ c, FNV_PRIME) ^ c2, FNV_PRIME);
            at += 2;
            continue;
          }
          if (unquoted[c] !== 0) break;
          // The first byte is the cell's, the second stops it.
          bits |= c;
          h = Math.imul(h ^ c, FNV_PRIME);
          at++;
          c = c2;
          break;
        }
        if (at >= to) {
          if (!atEnd) return INCOMPLETE;
          c = -1;
        }
        ends[cell] = at;
      }
      hashes[cell] = finishHash(h);
      flags[cell] = flag | (bits >>> 7);
      cell++;
      if (c === delimiter) {
        at++;
        continue;
      }
      this.cells = cell;
      this.innerBreaks = breaks;
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
