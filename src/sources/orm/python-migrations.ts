// Django migrations (`<app>/migrations/0002_….py`: CreateModel, AddField, AlterField, RemoveField,
// RenameField, DeleteModel, RenameModel, AlterModelTable) and Alembic revisions
// (`alembic/versions/….py`: op.create_table, add_column, alter_column, drop_column, drop_table,
// rename_table, and the same inside `with op.batch_alter_table(…) as batch_op:`), replayed in
// order like the Rails migrations: each file reports the columns it declared that still exist at
// the end, so a finding points at the migration that added the field.
// Order: Django by file name (its 0001_, 0002_ numbering); Alembic by the revision chain
// (`down_revision`), file name breaking ties. References: docs.djangoproject.com/en/5.1/ref/migration-operations/
// and alembic.sqlalchemy.org/en/latest/ops.html.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, DeclaredField, OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { MAX_SCHEMA_BYTES, readSchemaText } from '../schema/document.js';
import { appLabel, djangoColumn } from './django.js';
import { readModule, type PyModule } from './python-classes.js';
import { lastName, readExpression, stringValue, type PyExpr } from './python-expressions.js';
import { namedColumn, typeOf } from './sqlalchemy.js';
import { withSyntaxTree, type SyntaxNode } from './tree-sitter.js';

export type MigrationKind = 'django-migration' | 'alembic-migration';
type Call = Extract<PyExpr, { kind: 'call' }>;

interface Column extends DeclaredField {
  file: string;
}

/** Table → field (Django's field name, Alembic's column name) → column, in declaration order. */
type Tables = Map<string, Map<string, Column>>;

interface FolderState {
  tables: Tables;
  stamps: Map<string, string>;
}

/** One parsed migration file: its module and, for Alembic, the operations of `upgrade()`. */
interface Parsed {
  file: string;
  module: PyModule;
  operations: Operation[];
}

/** An Alembic operation call; inside `batch_alter_table` it carries the batch's table and alias. */
interface Operation {
  call: Call;
  batch?: { alias: string; table: string };
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
  const { tables } = await cached.state;
  const datasets: Dataset[] = [];
  for (const [table, columns] of tables) {
    const fields: DeclaredField[] = [];
    for (const { file, ...field } of columns.values()) if (file === source.file) fields.push(field);
    if (fields.length > 0) datasets.push({ kind, name: table, location: source.location, fields });
  }
  return result(kind, source, datasets, []);
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
  if (kind === 'django-migration') {
    const models = new Map<string, string>();
    for (const migration of parsed) applyDjango(tables, models, migration, appLabel(location));
  } else {
    for (const migration of revisionOrder(parsed)) applyAlembic(tables, migration);
  }
  return { tables, stamps };
}

function table(tables: Tables, name: string): Map<string, Column> {
  let columns = tables.get(name);
  if (!columns) {
    columns = new Map();
    tables.set(name, columns);
  }
  return columns;
}

function renameTable(tables: Tables, from: string, to: string): void {
  const columns = tables.get(from);
  if (!columns || from === to) return;
  tables.delete(from);
  tables.set(to, columns);
}

/** A call's argument by keyword or position (`AddField(model_name="x", …)` or `AddField("x", …)`). */
function argument(call: Call, keyword: string, position: number): PyExpr | undefined {
  return call.keywords.get(keyword) ?? call.args[position];
}

// ---- Django -------------------------------------------------------------------------------------

function applyDjango(tables: Tables, models: Map<string, string>, migration: Parsed, app: string): void {
  const operations = migration.module.classes.find((cls) => cls.name === 'Migration')?.attributes.find((a) => a.name === 'operations')?.value;
  if (operations?.kind !== 'list') return;
  const tableOf = (model: string): string => models.get(model.toLowerCase()) ?? `${app}_${model.toLowerCase()}`;
  for (const operation of operations.items) {
    if (operation.kind !== 'call') continue;
    const model = stringValue(operation.keywords.get('model_name') ?? operation.keywords.get('name') ?? operation.keywords.get('old_name') ?? operation.args[0]);
    if (model === undefined) continue;
    switch (lastName(operation.callee)) {
      case 'CreateModel': {
        const options = argument(operation, 'options', 2);
        const option = (name: string) => (options?.kind === 'dict' ? options.entries.get(name) : undefined);
        // Abstract models and proxies have no table of their own.
        if (lastName(option('abstract')) === 'True' || lastName(option('proxy')) === 'True') continue;
        const name = stringValue(option('db_table')) ?? `${app}_${model.toLowerCase()}`;
        models.set(model.toLowerCase(), name);
        const columns = new Map<string, Column>();
        tables.set(name, columns);
        const fields = argument(operation, 'fields', 1);
        for (const item of fields?.kind === 'list' ? fields.items : []) {
          const [fieldName, field] = item.kind === 'list' ? item.items : [];
          const declared = stringValue(fieldName);
          if (declared === undefined || field?.kind !== 'call') continue;
          const column = djangoColumn(declared, field, field.line, field.column);
          if (column) columns.set(declared, { ...column, file: migration.file });
        }
        break;
      }
      case 'AddField':
      case 'AlterField': {
        const name = stringValue(argument(operation, 'name', 1));
        const field = argument(operation, 'field', 2);
        if (name === undefined || field?.kind !== 'call') break;
        const column = djangoColumn(name, field, field.line, field.column);
        const columns = table(tables, tableOf(model));
        const existing = columns.get(name);
        if (!column) columns.delete(name);
        // AlterField changes the type or description of a column; the column keeps its declaring line.
        else if (lastName(operation.callee) === 'AlterField' && existing) columns.set(name, { ...column, file: existing.file, line: existing.line, ...(existing.column === undefined ? {} : { column: existing.column }) });
        else columns.set(name, { ...column, file: migration.file });
        break;
      }
      case 'RemoveField': {
        const name = stringValue(argument(operation, 'name', 1));
        if (name !== undefined) tables.get(tableOf(model))?.delete(name);
        break;
      }
      case 'RenameField': {
        const from = stringValue(argument(operation, 'old_name', 1));
        const to = stringValue(argument(operation, 'new_name', 2));
        const columns = tables.get(tableOf(model));
        const existing = from === undefined ? undefined : columns?.get(from);
        if (!columns || !existing || to === undefined) break;
        columns.delete(from!);
        // A renamed field declares its new column here; one named by db_column keeps that name.
        const renamed = existing.name === from ? to : existing.name === `${from}_id` ? `${to}_id` : existing.name;
        columns.set(to, { ...existing, name: renamed, file: migration.file, line: operation.line, column: operation.column });
        break;
      }
      case 'DeleteModel':
        tables.delete(tableOf(model));
        models.delete(model.toLowerCase());
        break;
      case 'RenameModel': {
        const to = stringValue(argument(operation, 'new_name', 1));
        if (to === undefined) break;
        const from = tableOf(model);
        // A table Django named after the model follows the new name; an explicit db_table stays.
        const renamed = from === `${app}_${model.toLowerCase()}` ? `${app}_${to.toLowerCase()}` : from;
        renameTable(tables, from, renamed);
        models.delete(model.toLowerCase());
        models.set(to.toLowerCase(), renamed);
        break;
      }
      case 'AlterModelTable': {
        const to = stringValue(argument(operation, 'table', 1)) ?? `${app}_${model.toLowerCase()}`;
        renameTable(tables, tableOf(model), to);
        models.set(model.toLowerCase(), to);
        break;
      }
      default:
        // RunPython, RunSQL, AddIndex, AlterUniqueTogether… declare no column.
        break;
    }
  }
}

// ---- Alembic ------------------------------------------------------------------------------------

/** Statements that hold statements, walked into inside `upgrade()` (an `if` on the dialect, a `try`). */
const COMPOUND = new Set(['block', 'if_statement', 'elif_clause', 'else_clause', 'try_statement', 'except_clause', 'finally_clause', 'for_statement', 'while_statement']);

/** The calls of the module's top-level `def upgrade():`, in order, with the batch each sits in. */
function upgradeOperations(root: SyntaxNode): Operation[] {
  const upgrade = root.namedChildren.find((node) => node?.type === 'function_definition' && node.childForFieldName('name')?.text === 'upgrade');
  const body = upgrade?.childForFieldName('body');
  if (!body) return [];
  const operations: Operation[] = [];
  const stack: { node: SyntaxNode; batch?: Operation['batch'] }[] = [{ node: body }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, batch } = item;
    let children: SyntaxNode[] = [];
    let inner = batch;
    if (node.type === 'expression_statement') {
      const call = readExpression(node.namedChildren[0]);
      if (call.kind === 'call') operations.push({ call, ...(batch ? { batch } : {}) });
      continue;
    }
    if (node.type === 'with_statement') {
      // `with op.batch_alter_table("users") as batch_op:` — the body's `batch_op.…` calls alter "users".
      for (const withItem of node.namedChildren.find((child) => child?.type === 'with_clause')?.namedChildren ?? []) {
        const pattern = withItem?.childForFieldName('value');
        if (pattern?.type !== 'as_pattern') continue;
        const opened = readExpression(pattern.namedChildren[0]);
        const alias = pattern.childForFieldName('alias')?.text;
        const name = opened.kind === 'call' && lastName(opened.callee) === 'batch_alter_table' ? stringValue(argument(opened, 'table_name', 0)) : undefined;
        if (alias !== undefined && name !== undefined) inner = { alias, table: name };
      }
      children = [node.childForFieldName('body')].filter((child): child is SyntaxNode => child !== null);
    } else if (COMPOUND.has(node.type)) {
      children = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
    }
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], ...(inner ? { batch: inner } : {}) });
  }
  return operations;
}

/** Revisions in the order Alembic applies them: every parent (`down_revision`) before its children. */
function revisionOrder(parsed: readonly Parsed[]): Parsed[] {
  const value = (migration: Parsed, name: string): PyExpr | undefined => migration.module.assignments.find((a) => a.name === name)?.value;
  const byRevision = new Map<string, Parsed>();
  for (const migration of parsed) {
    const revision = stringValue(value(migration, 'revision'));
    if (revision !== undefined && !byRevision.has(revision)) byRevision.set(revision, migration);
  }
  const parents = new Map<Parsed, Parsed[]>();
  for (const migration of parsed) {
    const down = value(migration, 'down_revision');
    const names = down?.kind === 'list' ? down.items.map(stringValue) : [stringValue(down)];
    parents.set(migration, names.map((name) => (name === undefined ? undefined : byRevision.get(name))).filter((p): p is Parsed => p !== undefined && p !== migration));
  }
  // Depth-first, parents first, starting from each file in name order (so siblings keep that
  // order); iterative, since a chain of thousands of revisions is as deep. A cycle is cut where it closes.
  const order: Parsed[] = [];
  const seen = new Set<Parsed>();
  for (const start of parsed) {
    if (seen.has(start)) continue;
    seen.add(start);
    const stack = [{ migration: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const ups = parents.get(top.migration)!;
      if (top.next < ups.length) {
        const parent = ups[top.next++];
        if (!seen.has(parent)) {
          seen.add(parent);
          stack.push({ migration: parent, next: 0 });
        }
      } else {
        stack.pop();
        order.push(top.migration);
      }
    }
  }
  return order;
}

function applyAlembic(tables: Tables, migration: Parsed): void {
  const add = (name: string, field: DeclaredField | undefined): void => {
    if (field) table(tables, name).set(field.name, { ...field, file: migration.file });
  };
  for (const { call, batch } of migration.operations) {
    const callee = call.callee.kind === 'name' ? call.callee.parts : [];
    const method = callee[callee.length - 1];
    const inBatch = batch !== undefined && callee.length === 2 && callee[0] === batch.alias;
    if (!inBatch && !(callee.length === 2 && callee[0] === 'op')) continue;
    // In a batch the table is the batch's and every argument moves one place to the left.
    const shift = inBatch ? 0 : 1;
    const tableName = inBatch ? batch.table : stringValue(argument(call, 'table_name', 0));
    switch (method) {
      case 'create_table': {
        if (inBatch || tableName === undefined) break;
        tables.set(tableName, new Map());
        for (const arg of call.args.slice(1)) add(tableName, namedColumn(arg));
        break;
      }
      case 'add_column':
        if (tableName !== undefined) add(tableName, namedColumn(argument(call, 'column', shift)));
        break;
      case 'drop_column': {
        const column = stringValue(argument(call, 'column_name', shift));
        if (tableName !== undefined && column !== undefined) tables.get(tableName)?.delete(column);
        break;
      }
      case 'alter_column': {
        const column = stringValue(argument(call, 'column_name', shift));
        const existing = tableName === undefined || column === undefined ? undefined : tables.get(tableName)?.get(column);
        if (!existing) break;
        const type = typeOf(call.keywords.get('type_'));
        const comment = call.keywords.get('comment');
        const updated: Column = { ...existing, ...(type === undefined ? {} : { type }) };
        if (comment !== undefined) {
          const text = stringValue(comment);
          if (text) updated.comment = text;
          else delete updated.comment;
        }
        const renamed = stringValue(call.keywords.get('new_column_name'));
        const columns = tables.get(tableName!)!;
        if (renamed === undefined) {
          columns.set(column!, updated);
        } else {
          // A rename declares the new name here, as Rails' rename_column does.
          columns.delete(column!);
          columns.set(renamed, { ...updated, name: renamed, file: migration.file, line: call.line, column: call.column });
        }
        break;
      }
      case 'drop_table':
        if (!inBatch && tableName !== undefined) tables.delete(tableName);
        break;
      case 'rename_table': {
        const to = stringValue(argument(call, 'new_table_name', 1));
        if (!inBatch && tableName !== undefined && to !== undefined) renameTable(tables, stringValue(argument(call, 'old_table_name', 0)) ?? tableName, to);
        break;
      }
      default:
        // create_index, create_foreign_key, execute, bulk_insert… declare no column.
        break;
    }
  }
}
