// Input discovery: command-line paths (files, folders, globs) → the sorted list of files to
// scan, honouring .gitignore files, node_modules/.git and --include/--exclude.
import * as fs from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type FastGlob from 'fast-glob';
import type { Ignore } from 'ignore';
import type IgnoreFactory from 'ignore';
import { CONFIG_FILE_NAMES } from '../config/file-names.js';
import { requireCjs } from '../util/require-cjs.js';
import { isDiscoverableFile, isSupportedFile, toLocation } from './index.js';

const fg = requireCjs('fast-glob') as typeof FastGlob;
const ignore = requireCjs('ignore') as typeof IgnoreFactory;

export interface DiscoverOptions {
  /** Relative paths and globs resolve against this folder; include/exclude match paths relative to it. */
  cwd: string;
  /** Keep only files matching one of these (.gitignore pattern syntax). */
  include?: string[];
  /** Drop files matching one of these (.gitignore pattern syntax). */
  exclude?: string[];
}

export interface DiscoveredInputs {
  /** Absolute paths, sorted and without duplicates. */
  files: string[];
  /** Input paths that matched no file (not found, or a folder/glob with no supported file). */
  missing: string[];
  /**
   * For each folder among `missing`: the files its walk skipped, counted by type (`.txt`, or
   * `no extension`), so the report can say what was there instead of "no such folder".
   */
  skipped: Map<string, Record<string, number>>;
  /**
   * For each folder input that did give files: the files its walk left out, counted by type, so
   * the scan says in one line what it did not read (`3 .rb (not db/schema.rb or a migration)`).
   */
  skippedBeside: Map<string, Record<string, number>>;
  /**
   * Folders that could not be listed (permission denied, I/O error), sorted, each with the error
   * code: the walk went on around them, so the scan reports what it could read and says what it
   * could not.
   */
  unreadable: UnreadableFolder[];
  /** Inputs among `missing` that exist but are no file or folder: input → what it is (`a FIFO`). */
  notRegular: Map<string, string>;
  /**
   * File → the folder it was found in as given on the command line: the folder walked, the
   * glob's static base, or a file's own folder. Schema `$ref`s never read outside it.
   */
  roots: Map<string, string>;
}

export interface UnreadableFolder {
  /** Absolute path. */
  folder: string;
  /** The system error code (EACCES, EPERM, EIO…), or 'error' when there is none. */
  code: string;
}

/** Never walked: dependencies and version-control internals. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands inputs. A file is kept as given (an unsupported type is reported when opened); a
 * folder is walked recursively for registered extensions, skipping what its .gitignore files
 * ignore; anything else with glob characters is a fast-glob pattern (also limited to registered
 * extensions, not filtered by .gitignore). Include/exclude use .gitignore syntax (a pattern
 * without a slash matches a name at any depth) against the path relative to `cwd`.
 */
export async function discoverInputs(paths: string[], options: DiscoverOptions): Promise<DiscoveredInputs> {
  const found = new Set<string>();
  const missing: string[] = [];
  const skipped = new Map<string, Record<string, number>>();
  const skippedBeside = new Map<string, Record<string, number>>();
  const unreadable = new Map<string, string>();
  const roots = new Map<string, string>();
  const notRegular = new Map<string, string>();
  for (const input of paths) {
    const { root, files: matches, skipped: skippedHere, special } = await expandInput(input, options.cwd, unreadable);
    if (matches.length === 0) {
      missing.push(input);
      if (skippedHere) skipped.set(input, skippedHere);
      if (special) notRegular.set(input, special);
    } else if (skippedHere) {
      // What .gitignore hides and what a dbt project reads through its manifest are not news.
      const notRead = Object.fromEntries(Object.entries(skippedHere).filter(([type]) => !QUIETLY_SKIPPED.has(type)));
      if (Object.keys(notRead).length > 0) skippedBeside.set(input, notRead);
    }
    for (const file of matches) {
      found.add(file);
      if (!roots.has(file)) roots.set(file, root ?? path.dirname(file));
    }
  }
  const include = options.include?.length ? ignore({ allowRelativePaths: true }).add(options.include) : undefined;
  const exclude = options.exclude?.length ? ignore({ allowRelativePaths: true }).add(options.exclude) : undefined;
  const files = [...found].filter((file) => {
    const relative = toLocation(file, options.cwd);
    return (!include || include.ignores(relative)) && !exclude?.ignores(relative);
  });
  const folders = [...unreadable].map(([folder, code]) => ({ folder, code })).sort((a, b) => compareStrings(a.folder, b.folder));
  return { files: files.sort(compareStrings), missing, skipped, skippedBeside, unreadable: folders, roots, notRegular };
}

/**
 * The file-system functions fast-glob walks with, except that a folder that cannot be listed is
 * recorded in `unreadable` and walked as empty. fast-glob otherwise rejects the whole walk on
 * the first such folder (one `chmod 000` subfolder lost every input), or, with
 * `suppressErrors`, skips it without a word.
 */
function recordingFs(unreadable: Map<string, string>): Partial<FastGlob.FileSystemAdapter> {
  const readdir = ((folder: fs.PathLike, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown[]) => void) => {
    fs.readdir(folder, options as { withFileTypes: true }, (error, entries) => {
      // A folder deleted while the walk runs is simply gone, not a failure to report.
      if (error && error.code !== 'ENOENT') {
        unreadable.set(path.resolve(String(folder)), error.code ?? 'error');
        callback(null, []);
        return;
      }
      callback(error, entries);
    });
  }) as unknown as FastGlob.FileSystemAdapter['readdir'];
  return { readdir };
}

/** Code-unit order, so the result does not depend on the machine's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The files an input names, and the folder they were found in (undefined: each file's own folder). */
async function expandInput(
  input: string,
  cwd: string,
  unreadable: Map<string, string>,
): Promise<{ root?: string; files: string[]; skipped?: Record<string, number>; special?: string }> {
  const absolute = path.resolve(cwd, input);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) return { files: [absolute] };
  if (info?.isDirectory()) return { root: absolute, ...(await walkFolder(absolute, unreadable)) };
  // Reading a FIFO waits for a writer, a device can be endless: never opened, and said so by name.
  if (info) return { files: [], special: info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : 'a device' };
  if (!fg.isDynamicPattern(input)) return { files: [] };
  const matches = await fg(input, {
    cwd,
    absolute: true,
    onlyFiles: true,
    ignore: ALWAYS_SKIPPED,
    fs: recordingFs(unreadable),
  }).catch(() => []);
  // `schemas/**/*.json` is rooted at `schemas`, as if that folder had been given.
  const base = fg.generateTasks([input], { cwd })[0]?.base;
  return { ...(base === undefined ? {} : { root: path.resolve(cwd, base) }), files: await keepDiscoverable(matches.map((file) => path.resolve(file))) };
}

/** A .gitignore's rules and the folder (relative to the walk root, POSIX) they apply below. */
interface GitignoreScope {
  folder: string;
  rules: Ignore;
}

/**
 * Code files datamin reads only when they declare models: what a skipped one was not, so a
 * `lib/*.rb` left out is told apart from a `db/schema.rb` that failed to be found.
 */
const CODE_NOT: Readonly<Record<string, string>> = {
  '.rb': 'not db/schema.rb or a migration',
  '.py': 'no Django, SQLAlchemy or Alembic models',
  '.ts': 'no TypeORM, Sequelize, Drizzle, MikroORM or Mongoose models',
  '.js': 'no Sequelize, Drizzle or Mongoose models',
};

const GITIGNORED = 'ignored by .gitignore';
const DBT_OWN = 'dbt build output, template or project file';
const QUIETLY_SKIPPED: ReadonlySet<string> = new Set([GITIGNORED, DBT_OWN]);

/** A file's type for the skipped-files count: its extension, or `no extension`. */
function fileType(entry: string): string {
  const ext = path.posix.extname(entry).toLowerCase();
  if (ext === '') return 'no extension';
  const not = CODE_NOT[ext];
  return not === undefined ? ext : `${ext} (${not})`;
}

async function walkFolder(root: string, unreadable: Map<string, string>): Promise<{ files: string[]; skipped: Record<string, number> }> {
  const entries = await fg('**/*', { cwd: root, onlyFiles: true, dot: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, fs: recordingFs(unreadable) });
  const scopes: GitignoreScope[] = [];
  for (const entry of entries) {
    if (entry !== '.gitignore' && !entry.endsWith('/.gitignore')) continue;
    const text = await readFile(path.join(root, entry), 'utf8').catch(() => '');
    scopes.push({ folder: path.posix.dirname(entry), rules: ignore().add(text) });
  }
  // Outer .gitignore files first, so a deeper one can re-include (`!keep.csv`) what an outer one ignored.
  scopes.sort((a, b) => depth(a.folder) - depth(b.folder));
  const dbt = dbtSkipper(entries);
  const dbtYaml = dbtProjectYaml(entries);
  const kept = entries.filter((entry) => isSupportedFile(entry) && !isGitignored(entry, scopes) && !dbt(entry)).map((entry) => path.join(root, entry));
  const files = await keepDiscoverable(kept);
  const skipped: Record<string, number> = {};
  const found = new Set(files);
  for (const entry of entries) {
    if (found.has(path.join(root, entry)) || entry === '.gitignore' || entry.endsWith('/.gitignore') || isConfigFile(entry)) continue;
    const type = isGitignored(entry, scopes) ? GITIGNORED : dbt(entry) || dbtYaml(entry) ? DBT_OWN : fileType(entry);
    skipped[type] = (skipped[type] ?? 0) + 1;
  }
  return { files, skipped };
}

/** The purpose map is read as configuration, not skipped as an unsupported input. */
function isConfigFile(entry: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.posix.basename(entry));
}

/** Folders of a dbt project that hold build output and installed packages, not the project's own inputs. */
const DBT_OUTPUT_FOLDERS = ['target', 'dbt_packages', 'dbt_modules', 'logs'];

/**
 * Inside a dbt project (a folder holding dbt_project.yml) the project file is the input: its
 * manifest and catalog are read through it, not scanned again as JSON exports, and its .sql files
 * are Jinja templates of SELECTs, not DDL. Seeds (CSV) are still scanned as data.
 */
function dbtSkipper(entries: readonly string[]): (entry: string) => boolean {
  const inside = insideDbtProject(entries);
  return (entry) => {
    const relative = inside(entry);
    return relative !== undefined && (relative.toLowerCase().endsWith('.sql') || DBT_OUTPUT_FOLDERS.some((folder) => relative.startsWith(`${folder}/`)));
  };
}

/** The entry's path inside the dbt project holding it, or undefined outside every project. */
function insideDbtProject(entries: readonly string[]): (entry: string) => string | undefined {
  const projects = entries.filter((e) => e === 'dbt_project.yml' || e.endsWith('/dbt_project.yml')).map((e) => path.posix.dirname(e));
  if (projects.length === 0) return () => undefined;
  return (entry) => {
    for (const project of projects) {
      const prefix = project === '.' ? '' : `${project}/`;
      if (entry.startsWith(prefix)) return entry.slice(prefix.length);
    }
    return undefined;
  };
}

/** A dbt project's own YAML (`schema.yml`, `sources.yml`), which the project source reads. */
function dbtProjectYaml(entries: readonly string[]): (entry: string) => boolean {
  const inside = insideDbtProject(entries);
  return (entry) => inside(entry) !== undefined && /\.ya?ml$/i.test(entry);
}

/** Drops files whose content rules them out (a `.yaml` that is a config, not an OpenAPI document). */
async function keepDiscoverable(files: string[]): Promise<string[]> {
  const verdicts = await Promise.all(files.map((file) => isDiscoverableFile(file)));
  return files.filter((_, index) => verdicts[index]);
}

function depth(folder: string): number {
  return folder === '.' ? 0 : folder.split('/').length;
}

function isGitignored(entry: string, scopes: readonly GitignoreScope[]): boolean {
  let ignored = false;
  for (const scope of scopes) {
    if (scope.folder !== '.' && !entry.startsWith(`${scope.folder}/`)) continue;
    const relative = scope.folder === '.' ? entry : entry.slice(scope.folder.length + 1);
    const verdict = scope.rules.test(relative);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}
