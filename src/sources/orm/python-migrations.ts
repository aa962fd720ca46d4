// Django migrations (`<app>/migrations/0002_….py`, django-migrations.ts) and Alembic revisions
// (`alembic/versions/….py`, alembic.ts) replayed in order like the Rails migrations: each file
// reports the columns it declared that still exist at the end, so a finding points at the
// migration that added the field. This file recognises them, replays a folder once per process
// (again when a file changed) and answers each file from that state.
// Order: Django by file name (its 0001_, 0002_ numbering); Alembic by the revision chain
// (`down_revision`), file name breaking ties.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, DeclaredField, OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { MAX_SCHEMA_BYTES, readSchemaText } from '../schema/document.js';
import { applyAlembic, revisionOrder, upgradeOperations } from './alembic.js';
import { appLabel } from './django.js';
import { applyDjango } from './django-migrations.js';
import { MigrationWarnings, type Parsed, type Tables } from './migration-tables.js';
import { readModule, type PyModule } from './python-classes.js';
import { withSyntaxTree } from './tree-sitter.js';

export type MigrationKind = 'django-migration' | 'alembic-migration';
interface FolderState {
  tables: Tables;
  /** File → the warnings its operations raised. */
  warnings: Map<string, SourceWarning[]>;
  stamps: Map<string, string>;
}

/** Migrations of one folder at most: more is not a hand-kept app. */
const MAX_MIGRATIONS = 20_000;

/** Whether a parsed module is a Django migration (a `Migration(migrations.Migration)` class). */
export function isDjangoMigration(module: PyModule): boolean {
  return module.classes.some((cls) => cls.name === 'Migration' && cls.bases.some((base) => base.kind === 'name' && base.parts.join('.').endsWith('migrations.Migration')));
}

/** Whether a parsed module is an Alembic revision (imports alembic and names its revision). */
export function isAlembicRevision(module: PyModule): boolean {
  return module.imports.some((name) => name === 'alembic' || name.startsWith('alembic.')) && module.assignments.some((a) => a.name === 'revision');
}

/** Django's `models.py` (or `models/` package) beside `migrations/` is the whole truth: the migrations then report nothing. */
export async function hasDjangoModels(migration: string): Promise<boolean> {
  const app = path.dirname(path.dirname(migration));
  if (path.basename(path.dirname(migration)) !== 'migrations') return false;
  const found = await Promise.all(['models.py', 'models'].map((name) => stat(path.join(app, name)).then(() => true, () => false)));
  return found.some(Boolean);
}

/** Folder → its replayed state, computed once per process and recomputed when a file changed. */
const folderStates = new Map<string, { listing: string; state: Promise<FolderState> }>();

export async function openPythonMigration(source: SourceFile, kind: MigrationKind): Promise<OpenedSource> {
  if (kind === 'django-migration' && (await hasDjangoModels(source.file))) {
    return result(kind, source, [], [{ message: 'models.py exists beside migrations/ and is read instead of the migrations' }]);
  }
  const folder = path.dirname(source.file);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.py') && name !== '__init__.py').sort().slice(0, MAX_MIGRATIONS);
  const own = await stat(source.file);
  const key = `${kind} ${folder}`;
  let cached = folderStates.get(key);
  if (!cached || cached.listing !== names.join('\n') || (await cached.state).stamps.get(source.file) !== `${own.size}:${own.mtimeMs}`) {
    cached = { listing: names.join('\n'), state: replay(folder, names, kind, source.location) };
    folderStates.set(key, cached);
  }
  const { tables, warnings } = await cached.state;
  const datasets: Dataset[] = [];
  for (const [table, columns] of tables) {
    const fields: DeclaredField[] = [];
    for (const { file, ...field } of columns.values()) if (file === source.file) fields.push(field);
    if (fields.length > 0) datasets.push({ kind, name: table, location: source.location, fields });
  }
  return result(kind, source, datasets, warnings.get(source.file) ?? []);
}

function result(kind: MigrationKind, source: SourceFile, datasets: Dataset[], warnings: SourceWarning[]): OpenedSource {
  return { kind, location: source.location, sizeBytes: source.sizeBytes, datasets, ...(warnings.length > 0 ? { warnings } : {}) };
}

async function replay(folder: string, names: readonly string[], kind: MigrationKind, location: string): Promise<FolderState> {
  const stamps = new Map<string, string>();
  const parsed: Parsed[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_SCHEMA_BYTES) continue;
      stamps.set(file, `${info.size}:${info.mtimeMs}`);
      const text = await readSchemaText(file, name, info.size);
      parsed.push(await withSyntaxTree('python', text, file, (root) => ({ file, module: readModule(root), operations: kind === 'alembic-migration' ? upgradeOperations(root) : [] })));
    } catch {
      continue; // Unreadable: its own open reports it.
    }
  }
  const tables: Tables = new Map();
  const warnings = new MigrationWarnings();
  if (kind === 'django-migration') {
    const models = new Map<string, string>();
    for (const migration of parsed) applyDjango(tables, models, migration, appLabel(location), warnings);
  } else {
    for (const migration of revisionOrder(parsed)) applyAlembic(tables, migration, warnings);
  }
  return { tables, warnings: warnings.byFile, stamps };
}
