// Splits a big NDJSON / JSON Lines file into byte ranges for separate threads. Unlike CSV, every
// line break ends a record: JSON text cannot hold a raw line break inside a string (RFC 8259
// §7: control characters must be escaped), so the first `\n` after each nominal cut is a safe
// boundary, with no guessing and no re-read.
import { nominalCuts, rangesAtBoundaries, type ByteRange } from './csv-ranges.js';

/** Bytes searched after each nominal cut for a line break; a longer line moves no cut. */
const SEARCH_BYTES = 1024 * 1024;
const LINE_FEED = 0x0a;

/** The ranges to read an NDJSON file in (see csv-ranges.ts `nominalCuts` for their sizes). */
export async function planLineRanges(file: string, sizeBytes: number, rangeBytes: number, minSplitBytes = 2 * rangeBytes): Promise<ByteRange[]> {
  const cuts = nominalCuts(sizeBytes, rangeBytes, minSplitBytes);
  if (cuts.length === 0) return [{ start: 0, end: sizeBytes }];
  return rangesAtBoundaries(file, sizeBytes, cuts, SEARCH_BYTES, (window) => {
    const at = window.indexOf(LINE_FEED);
    return at === -1 ? undefined : at + 1;
  });
}
