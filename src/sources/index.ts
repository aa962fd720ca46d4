// The source registry: which file extension opens as which kind, and openSource() that turns
// a path into a Dataset with its name (file stem) and location (POSIX path relative to cwd).
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SAMPLE, SourceError, rowLimitFor, type Dataset, type OpenedSource } from '../model/index.js';
import { sniffCompression, type Compression } from './byte-stream.js';
import { capabilitiesOf, openerOf, type RegistryEntry, type SourceCapabilities } from './capabilities.js';
import { openCsv } from './csv.js';
import { csvSplit } from './csv-ranges.js';
import { databaseFileKinds, databaseUrlKinds } from './db/index.js';
import { ndjsonSplit, openNdjson } from './ndjson.js';
import type { SourceFile, StreamOptions } from './text-stream.js';

export type { BatchedDataset, SourceFile, StreamOptions } from './text-stream.js';
export type { CsvDataset, CsvDialect } from './csv.js';
export type { JsonDataset } from './json.js';
export type { NdjsonDataset } from './ndjson.js';
export type { ByteRange, SourceCapabilities, SplitCapability } from './capabilities.js';

/** Opens one file of a registered kind: one dataset (an export) or several (a schema, a dump). */
export type SourceOpener = (source: SourceFile, options?: StreamOptions) => Promise<Dataset | OpenedSource>;

/** Opens a database by URL (`postgres://…`, `sqlite:path`), with the row limit settled by openUrl. */
export type UrlOpener = (url: string, options: OpenerUrlOptions) => Promise<OpenedSource>;

/** UrlOptions as an opener gets them: the row limit is always there. */
export type OpenerUrlOptions = UrlOptions & { rowLimit: number };

export interface UrlOptions {
  cwd: string;
  /** Rows sampled per table inside the database (rowLimitFor(--sample)); DEFAULT_SAMPLE when absent. */
  rowLimit?: number;
  /** Engines billed by bytes (BigQuery, Athena): the most the whole scan may make them process. */
  maxBytes?: number;
  /** Where credentials are read from (engines' usual variables); the process environment by default. */
  env?: NodeJS.ProcessEnv;
}

const openDbtUrl: UrlOpener = async (url, options) => (await import('./dbt/project.js')).openDbtUrl(url, options);

/**
 * URL scheme (without the colon) → opener, with its capabilities (capabilities.ts). Databases
 * register here; `dbt:<folder>` is `--dbt <folder>`.
 */
export const urlKinds: Record<string, RegistryEntry<UrlOpener>> = { ...databaseUrlKinds, dbt: openDbtUrl };

/**
 * Inputs opened by URL, not discovered as files: a registered scheme (`sqlite:…`), or any
 * `scheme://…`, so that `sqlserver://…` is reported as an unsupported database rather than a
 * missing file. One-letter schemes are Windows drive letters (`C:\data`).
 */
export function isUrlInput(input: string): boolean {
  const m = /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(input);
  return m !== null && m[1].length > 1 && (m[2] !== undefined || Object.hasOwn(urlKinds, m[1].toLowerCase()));
}

export async function openUrl(url: string, options: UrlOptions): Promise<OpenedSource> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)![1].toLowerCase();
  const opener = Object.hasOwn(urlKinds, scheme) ? openerOf(urlKinds[scheme]) : undefined;
  if (!opener) throw new SourceError(`unsupported database '${scheme}:' (datamin reads ${Object.keys(urlKinds).sort().map((k) => `${k}:`).join(', ')})`, `${scheme}:`);
  return opener(url, { ...options, rowLimit: options.rowLimit ?? rowLimitFor(DEFAULT_SAMPLE) });
}

function asOpened(opened: Dataset | OpenedSource): OpenedSource {
  if ('datasets' in opened) return opened;
  return {
    kind: opened.kind,
    location: opened.location,
    ...(opened.sizeBytes === undefined ? {} : { sizeBytes: opened.sizeBytes }),
    datasets: [opened],
  };
}

/** Loads a heavy opener (SQL parsers, Prisma grammar) on first use, so start-up stays fast. */
function lazy<M>(load: () => Promise<M>, pick: (module: M) => SourceOpener): SourceOpener {
  return async (source, options) => pick(await load())(source, options);
}
const openPrisma = lazy(() => import('./schema/prisma.js'), (m) => m.openPrisma);
const openSql = lazy(() => import('./sql/index.js'), (m) => m.openSql);
// Schema readers pull in YAML and $ref resolution: not needed by a worker reading a CSV.
const loadRoute = () => import('./schema/route.js');
const openJsonFile = lazy(loadRoute, (m) => m.openJsonFile);
const openYamlFile = lazy(loadRoute, (m) => m.openYamlFile);
const openJsonSchema = lazy(() => import('./schema/json-schema.js'), (m) => m.openJsonSchema);
const isSchemaYaml = async (file: string): Promise<boolean> => (await loadRoute()).isSchemaYaml(file);
// ORM models and migrations: read only when their path (Rails) or imports (Python) say so.
const loadRails = () => import('./orm/rails.js');
const loadPythonModels = () => import('./orm/python-models.js');
const openRails = lazy(loadRails, (m) => m.openRails);
const openPythonModels = lazy(loadPythonModels, (m) => m.openPythonModels);
// Spreadsheets: the zip and XML readers load only when a workbook is scanned.
const openXlsx = lazy(() => import('./xlsx/xlsx.js'), (m) => m.openXlsx);
// Application source: only files that define TypeScript/JavaScript ORM models are models.
const loadTsModels = () => import('./orm/ts-models.js');
const openTsModels = lazy(loadTsModels, (m) => m.openTsModels);
const isModelFile = async (file: string): Promise<boolean> => (await loadTsModels()).isModelFile(file);
const MODEL_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
const openAvro = lazy(() => import('./schema/avro.js'), (m) => m.openAvro);
const openProto = lazy(() => import('./schema/protobuf.js'), (m) => m.openProto);
const openGraphql = lazy(() => import('./schema/graphql.js'), (m) => m.openGraphql);
const openDbtProject = lazy(() => import('./dbt/project.js'), (m) => m.openDbtProject);

/**
 * Extension (lower case, with the dot) → opener, or opener with capabilities (capabilities.ts:
 * `split` for exports read in byte ranges, `pushdown` for database files). A new file kind is one line here; compound
 * extensions (`.schema.json`) win over shorter ones (`.json`) because the longest match is used.
 * A key without a leading dot is a whole file name (`dbt_project.yml`), matched only exactly.
 */
export const sourceKinds: Record<string, RegistryEntry<SourceOpener>> = {
  ...databaseFileKinds,
  'dbt_project.yml': openDbtProject,
  '.csv': { open: openCsv, split: csvSplit },
  '.tsv': { open: openCsv, split: csvSplit },
  '.json': openJsonFile,
  '.schema.json': openJsonSchema,
  '.yaml': openYamlFile,
  '.yml': openYamlFile,
  '.prisma': openPrisma,
  '.jsonl': { open: openNdjson, split: ndjsonSplit },
  '.ndjson': { open: openNdjson, split: ndjsonSplit },
  '.sql': openSql,
  '.rb': openRails,
  '.py': openPythonModels,
  '.xlsx': openXlsx,
  '.avsc': openAvro,
  '.proto': openProto,
  '.graphql': openGraphql,
  '.graphqls': openGraphql,
  '.gql': openGraphql,
  ...Object.fromEntries(MODEL_EXTENSIONS.map((extension) => [extension, openTsModels])),
};

/**
 * Exports that may come compressed: the extension says so (`.csv.gz`), or only the magic bytes
 * do (a gzipped file named `.csv`). Either way the content decides; the readers stream the
 * decompressed bytes, in one piece (compressed bytes have no offsets to cut at: no `split`).
 */
const COMPRESSIBLE: Record<string, SourceOpener> = { '.csv': openCsv, '.tsv': openCsv, '.jsonl': openNdjson, '.ndjson': openNdjson };
const COMPRESSION_EXTENSIONS: Record<string, Compression> = { '.gz': 'gzip', '.zst': 'zstd' };
for (const [extension, opener] of Object.entries(COMPRESSIBLE)) {
  for (const suffix of Object.keys(COMPRESSION_EXTENSIONS)) sourceKinds[extension + suffix] = opener;
}

/** The registered extension a path ends with (longest first), if any. */
function matchExtension(filePath: string): string | undefined {
  const lower = filePath.toLowerCase();
  const base = path.basename(lower);
  if (!base.startsWith('.') && Object.hasOwn(sourceKinds, base)) return base;
  let best: string | undefined;
  for (const extension of Object.keys(sourceKinds)) {
    if (extension.startsWith('.') && lower.endsWith(extension) && (!best || extension.length > best.length)) best = extension;
  }
  return best;
}

/** What the engine may do with a file beyond opening it, from its registry entry. */
export function fileCapabilities(filePath: string): SourceCapabilities {
  const extension = matchExtension(filePath);
  return extension === undefined ? {} : capabilitiesOf(sourceKinds[extension]);
}

/** What the engine may do with a URL input beyond opening it, from its scheme's registry entry. */
export function urlCapabilities(url: string): SourceCapabilities {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  return scheme !== undefined && Object.hasOwn(urlKinds, scheme) ? capabilitiesOf(urlKinds[scheme]) : {};
}

/** Extensions discovery looks for when walking folders. */
export function supportedExtensions(): string[] {
  return Object.keys(sourceKinds).sort();
}

export function isSupportedFile(filePath: string): boolean {
  return matchExtension(filePath) !== undefined;
}

/**
 * Extensions whose files are scanned only when their content says so: a `.yaml` is read when it
 * is an OpenAPI document or JSON Schema, never a config such as datamin.yaml. Discovery skips the
 * others silently; a file given explicitly still opens and says why it is not supported.
 */
export const contentSniffers: Record<string, (file: string) => Promise<boolean>> = {
  '.yaml': isSchemaYaml,
  '.yml': isSchemaYaml,
  '.rb': async (file) => (await loadRails()).isRailsFile(file),
  '.py': async (file) => (await loadPythonModels()).isPythonModelFile(file),
  ...Object.fromEntries(MODEL_EXTENSIONS.map((extension) => [extension, isModelFile])),
};

/** What discovery keeps when walking folders and globs: a registered extension that passes its sniffer. */
export async function isDiscoverableFile(filePath: string): Promise<boolean> {
  const extension = matchExtension(filePath);
  if (!extension) return false;
  const sniff = contentSniffers[extension];
  return sniff ? sniff(filePath).catch(() => false) : true;
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
export async function openSource(filePath: string, cwd: string, options?: StreamOptions): Promise<OpenedSource> {
  const file = path.resolve(cwd, filePath);
  const location = toLocation(file, cwd);
  const extension = matchExtension(file);
  const opener = extension ? openerOf(sourceKinds[extension]) : undefined;
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
  const compression = await compressionOf(file, extension, location);
  const scanRoot = path.resolve(cwd, options?.scanRoot ?? path.dirname(file));
  const source = { file, name, location, sizeBytes, scanRoot, ...(compression ? { compression } : {}) };
  return asOpened(await opener(source, options));
}

/** The compression of an export whose kind may come compressed, from its magic bytes. */
async function compressionOf(file: string, extension: string, location: string): Promise<Compression | undefined> {
  const plain = extension.replace(/\.(gz|zst)$/, '');
  if (!Object.hasOwn(COMPRESSIBLE, plain)) return undefined;
  let found: Compression | undefined;
  try {
    found = await sniffCompression(file);
  } catch (error) {
    throw new SourceError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, location);
  }
  const named = COMPRESSION_EXTENSIONS[extension.slice(plain.length)];
  if (named && found !== named) {
    throw new SourceError(`named ${extension} but not ${named === 'gzip' ? 'gzip' : 'Zstandard'} data (its first bytes say ${found ?? 'uncompressed'})`, location);
  }
  return found;
}
