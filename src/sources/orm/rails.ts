// Rails sources: `db/schema.rb` (one dataset per create_table) and `db/migrate/*.rb` migrations.
// Migrations are applied in file-name order (their timestamps) and each file reports the columns
// it declared that still exist at the end, so a finding points at the migration that added the
// field. When the app keeps a `db/schema.rb`, that file is the whole truth and the migrations
// beside it report nothing (Rails regenerates schema.rb from them).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { MAX_SCHEMA_BYTES, readSchemaText } from '../schema/document.js';
import { RailsInterpreter, type RailsTables } from './rails-schema.js';

/** `schema.rb`, or a multi-database `db/animals_schema.rb`. */
export function isRailsSchemaPath(file: string): boolean {
  const base = path.basename(file);
  return base === 'schema.rb' || (base.endsWith('_schema.rb') && path.basename(path.dirname(file)) === 'db');
}

/** A file under `db/migrate/` (or a multi-database `db/<name>_migrate/`). */
export function isRailsMigrationPath(file: string): boolean {
  const folder = path.basename(path.dirname(file));
  return (folder === 'migrate' || folder.endsWith('_migrate')) && path.basename(path.dirname(path.dirname(file))) === 'db';
}

/** Discovery keeps a `.rb` only when it is a schema or a migration (and no schema.rb supersedes it). */
export async function isRailsFile(file: string): Promise<boolean> {
  if (isRailsSchemaPath(file)) return true;
  return isRailsMigrationPath(file) && !(await hasSchemaFile(file));
}

async function hasSchemaFile(migration: string): Promise<boolean> {
  const db = path.dirname(path.dirname(migration));
  return stat(path.join(db, 'schema.rb')).then((info) => info.isFile(), () => false);
}

function datasetsOf(tables: RailsTables, kind: 'rails-schema' | 'rails-migration', location: string, file: string): Dataset[] {
  const datasets: Dataset[] = [];
  for (const [table, columns] of tables) {
    const fields = [...columns.values()]
      .filter((column) => column.file === file)
      .map((column) => ({ name: column.name, type: column.type, ...(column.comment ? { comment: column.comment } : {}), line: column.line, column: column.column }));
    if (fields.length > 0) datasets.push({ kind, name: table, location, fields });
  }
  return datasets;
}

export async function openRails(source: SourceFile): Promise<OpenedSource> {
  if (isRailsMigrationPath(source.file) && !isRailsSchemaPath(source.file)) return openMigration(source);
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const interpreter = new RailsInterpreter();
  await interpreter.apply(text, source.file);
  const warnings = [...interpreter.warnings];
  if (!isRailsSchemaPath(source.file)) warnings.push({ message: 'not db/schema.rb nor a migration under db/migrate/; read as a schema file' });
  return result('rails-schema', source, datasetsOf(interpreter.tables, 'rails-schema', source.location, source.file), warnings);
}

function result(kind: 'rails-schema' | 'rails-migration', source: SourceFile, datasets: Dataset[], warnings: SourceWarning[]): OpenedSource {
  return { kind, location: source.location, sizeBytes: source.sizeBytes, datasets, ...(warnings.length > 0 ? { warnings } : {}) };
}

interface MigrationState {
  tables: RailsTables;
  /** File → the warnings its statements raised. */
  warnings: Map<string, SourceWarning[]>;
  /** Each file's size and modification time when read: a change invalidates the state. */
  stamps: Map<string, string>;
}

/**
 * The applied state of a migrations folder, computed once per folder and process: a scan of an
 * app with 2,000 migrations opens each of them, and replaying the folder for each would be
 * quadratic. Recomputed when the folder's listing or the opened file changed.
 */
const folderStates = new Map<string, { listing: string; state: Promise<MigrationState> }>();

/** Migrations of one folder at most: more is not a hand-kept app. */
const MAX_MIGRATIONS = 20_000;

async function openMigration(source: SourceFile): Promise<OpenedSource> {
  if (source.sizeBytes > MAX_SCHEMA_BYTES) await readSchemaText(source.file, source.location, source.sizeBytes);
  if (await hasSchemaFile(source.file)) {
    return result('rails-migration', source, [], [{ message: 'db/schema.rb exists beside db/migrate/ and is read instead of the migrations' }]);
  }
  const folder = path.dirname(source.file);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.rb')).sort().slice(0, MAX_MIGRATIONS);
  const own = await stat(source.file);
  const listing = names.join('\n');
  let cached = folderStates.get(folder);
  if (!cached || cached.listing !== listing || stale(await cached.state, source.file, `${own.size}:${own.mtimeMs}`)) {
    cached = { listing, state: replay(folder, names) };
    folderStates.set(folder, cached);
  }
  const state = await cached.state;
  return result('rails-migration', source, datasetsOf(state.tables, 'rails-migration', source.location, source.file), state.warnings.get(source.file) ?? []);
}

function stale(state: MigrationState, file: string, stamp: string): boolean {
  return state.stamps.get(file) !== stamp;
}

async function replay(folder: string, names: readonly string[]): Promise<MigrationState> {
  const interpreter = new RailsInterpreter();
  const warnings = new Map<string, SourceWarning[]>();
  const stamps = new Map<string, string>();
  for (const name of names) {
    const file = path.join(folder, name);
    let text: string;
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_SCHEMA_BYTES) continue;
      stamps.set(file, `${info.size}:${info.mtimeMs}`);
      text = await readSchemaText(file, name, info.size);
    } catch {
      continue; // Unreadable: its own open reports it.
    }
    interpreter.beginFile();
    await interpreter.apply(text, file);
    if (interpreter.warnings.length > 0) warnings.set(file, [...interpreter.warnings]);
  }
  return { tables: interpreter.tables, warnings, stamps };
}
