// The source registry: which file extension opens as which kind, and openSource() that turns
// a path into a Dataset with its name (file stem) and location (POSIX path relative to cwd).
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { SourceError, type Dataset } from '../model/index.js';
import { openCsv } from './csv.js';
import { openJson } from './json.js';
import { openNdjson } from './ndjson.js';
import type { SourceFile, StreamOptions } from './text-stream.js';

export type { BatchedDataset, SourceFile, StreamOptions } from './text-stream.js';
export type { CsvDataset, CsvDialect } from './csv.js';
export type { JsonDataset } from './json.js';
export type { NdjsonDataset } from './ndjson.js';

/** Opens one file of a registered kind. */
export type SourceOpener = (source: SourceFile, options?: StreamOptions) => Promise<Dataset>;

/**
 * Extension (lower case, with the dot) → opener. A new file kind is one line here; compound
 * extensions (`.schema.json`) win over shorter ones (`.json`) because the longest match is used.
 */
export const sourceKinds: Record<string, SourceOpener> = {
  '.csv': openCsv,
  '.tsv': openCsv,
  '.json': openJson,
  '.jsonl': openNdjson,
  '.ndjson': openNdjson,
};

/** The registered extension a path ends with (longest first), if any. */
function matchExtension(filePath: string): string | undefined {
  const lower = filePath.toLowerCase();
  let best: string | undefined;
  for (const extension of Object.keys(sourceKinds)) {
    if (lower.endsWith(extension) && (!best || extension.length > best.length)) best = extension;
  }
  return best;
}

/** Extensions discovery looks for when walking folders. */
export function supportedExtensions(): string[] {
  return Object.keys(sourceKinds).sort();
}

export function isSupportedFile(filePath: string): boolean {
  return matchExtension(filePath) !== undefined;
}

/** POSIX path relative to cwd, as reports show it. */
export function toLocation(filePath: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/');
}

/**
 * Opens a file as a Dataset. Only reads a prefix (to sniff dialects and seed fields); rows
 * stream when the dataset's `rows()` is iterated. Throws SourceError naming the file when it
 * is missing, unreadable, a folder, or of an unsupported type.
 */
export async function openSource(filePath: string, cwd: string, options?: StreamOptions): Promise<Dataset> {
  const file = path.resolve(cwd, filePath);
  const location = toLocation(file, cwd);
  const extension = matchExtension(file);
  const opener = extension ? sourceKinds[extension] : undefined;
  if (!extension || !opener) {
    throw new SourceError(`unsupported file type (supported: ${supportedExtensions().join(', ')})`, location);
  }
  let sizeBytes: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new SourceError('is a folder, not a file', location);
    await access(file, constants.R_OK);
    sizeBytes = info.size;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'unknown error'})`, location);
  }
  const name = path.basename(file).slice(0, -extension.length);
  return opener({ file, name, location, sizeBytes }, options);
}
