// The zip container of an .xlsx, read with yauzl: the central directory is listed once, and each
// part streams through the inflater in chunks. Every part read is bounded by the size the
// directory declares (yauzl checks the inflated bytes against it), so the limits below, applied
// to declared sizes before reading, bound the work of a zip bomb too.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SourceError } from '../../model/index.js';

/** Parts a workbook holds: a real one has tens, a sheet per part. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Inflated bytes of one part: a 1 GiB sheet XML is some 10 million cells. */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;
/** Inflated size over compressed size beyond which a part is a bomb, not a spreadsheet (real sheets stay below 100). */
export const MAX_COMPRESSION_RATIO = 500;
/** Parts smaller than this are not checked for their ratio (a tiny part of repeated bytes compresses well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipArchive {
  entries: Map<string, Entry>;
  /** Streams one part's inflated bytes to `onChunk`; rejects on corrupt data or a size other than declared. */
  read(name: string, onChunk: (chunk: Buffer) => void | Promise<void>, signal?: AbortSignal): Promise<void>;
  close(): void;
}

function promisified<T>(run: (callback: (error: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));
}

export async function openZip(file: string, location: string): Promise<ZipArchive> {
  let zip: ZipFile;
  try {
    zip = await promisified<ZipFile>((callback) => yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, callback));
  } catch {
    // yauzl's message may quote bytes of the file; keep only what it means.
    throw new SourceError('not a readable .xlsx (not a zip archive, or a damaged one)', location);
  }
  const entries = new Map<string, Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        if (entries.size >= MAX_ZIP_ENTRIES) {
          reject(new SourceError(`refused: more than ${MAX_ZIP_ENTRIES} parts in the .xlsx archive (a zip bomb or not a workbook)`, location));
          return;
        }
        entries.set(entry.fileName.replace(/^\/+/, ''), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new SourceError('not a readable .xlsx (damaged zip directory)', location)));
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return {
    entries,
    close: () => zip.close(),
    read: (name, onChunk, signal) => {
      const entry = entries.get(name);
      if (!entry) return Promise.reject(new SourceError(`the .xlsx has no part ${name}`, location));
      checkPartSize(entry, location);
      return new Promise<void>((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) {
            reject(new SourceError(`cannot read part ${name} of the .xlsx (${entry.isEncrypted() ? 'encrypted' : 'damaged or unsupported compression'})`, location));
            return;
          }
          const abort = (): void => {
            stream.destroy();
            resolve();
          };
          signal?.addEventListener('abort', abort, { once: true });
          stream.on('data', (chunk: Buffer) => {
            try {
              const wait = onChunk(chunk);
              // The consumer is behind: hold the inflater until it catches up.
              if (wait) {
                stream.pause();
                wait.then(() => stream.resume(), (failure: unknown) => {
                  stream.destroy();
                  reject(failure instanceof Error ? failure : new SourceError('reading the .xlsx failed', location));
                });
              }
            } catch (failure) {
              stream.destroy();
              reject(failure instanceof Error ? failure : new SourceError('reading the .xlsx failed', location));
            }
          });
          stream.on('end', () => resolve());
          stream.on('error', () => reject(new SourceError(`part ${name} of the .xlsx is damaged (its data does not inflate to the size declared)`, location)));
        });
      });
    },
  };
}

/** Refuses a part whose declared size or compression ratio no spreadsheet has. */
export function checkPartSize(entry: Entry, location: string, limit = MAX_PART_BYTES): void {
  if (entry.uncompressedSize > limit) {
    throw new SourceError(`refused: part ${entry.fileName} of the .xlsx inflates to ${entry.uncompressedSize} bytes, over the limit of ${limit} (a zip bomb or a workbook too large to scan)`, location);
  }
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize)) {
    throw new SourceError(`refused: part ${entry.fileName} of the .xlsx is compressed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1, more than any spreadsheet (a zip bomb)`, location);
  }
}
