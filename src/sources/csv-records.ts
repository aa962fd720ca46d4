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
import type { ReadContext, RecordSink } from '../model/index.js';
import type { CsvDialect, CsvRowCollector } from './csv.js';
import { INCOMPLETE, IRREGULAR, RecordScanner } from './csv-record-scanner.js';
import { createParser } from './csv-sniff.js';
import { BYTES_BETWEEN_TURNS, DEFAULT_CHUNK_BYTES, type SourceFile, type StreamOptions } from './text-stream.js';

/** A record still open after this many bytes goes to the papaparse reader (which bounds rows itself). */
const MAX_RECORD_BYTES = 1024 * 1024;

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
