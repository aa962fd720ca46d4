// Django migrations replayed: CreateModel, AddField, AlterField, RemoveField, RenameField,
// DeleteModel, RenameModel and AlterModelTable, keyword or positional, fields read as models.py's.
// Reference: docs.djangoproject.com/en/5.1/ref/migration-operations/.
import { djangoColumn } from './django.js';
import { argument, renameTable, table, type Column, type MigrationWarnings, type Parsed, type Tables } from './migration-tables.js';
import { lastName, stringValue } from './python-expressions.js';

/** Applies one migration's `operations`; `models` maps a model's lower-case name to its table across files. */
export function applyDjango(tables: Tables, models: Map<string, string>, migration: Parsed, app: string, warnings: MigrationWarnings): void {
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
          if (declared === undefined || field?.kind !== 'call') {
            warnings.warn(migration.file, operation.line, `a field of CreateModel ${model} is not a ("name", models.…Field(…)) pair this reader understands; skipped`);
            continue;
          }
          const column = djangoColumn(declared, field, field.line, field.column);
          if (column) columns.set(declared, { ...column, file: migration.file });
        }
        break;
      }
      case 'AddField':
      case 'AlterField': {
        const name = stringValue(argument(operation, 'name', 1));
        const field = argument(operation, 'field', 2);
        if (name === undefined || field?.kind !== 'call') {
          warnings.warn(migration.file, operation.line, `${lastName(operation.callee)} on ${model} names no field this reader understands; skipped`);
          break;
        }
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
