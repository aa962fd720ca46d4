// The tables a replay of migrations builds (Django's and Alembic's, python-migrations.ts): each
// column remembers the file that declared it, so every migration reports its own surviving columns.
import type { DeclaredField, SourceWarning } from '../../model/index.js';
import { WARNING_CAP } from '../text-stream.js';
import type { PyModule } from './python-classes.js';
import type { PyExpr } from './python-expressions.js';

export type Call = Extract<PyExpr, { kind: 'call' }>;

export interface Column extends DeclaredField {
  file: string;
}

/** Table → field (Django's field name, Alembic's column name) → column, in declaration order. */
export type Tables = Map<string, Map<string, Column>>;

/** One parsed migration file: its module and, for Alembic, the operations of `upgrade()`. */
export interface Parsed {
  file: string;
  module: PyModule;
  operations: Operation[];
}

/** An Alembic operation call; inside `batch_alter_table` it carries the batch's table and alias. */
export interface Operation {
  call: Call;
  batch?: { alias: string; table: string };
}

/** Collects a file's warnings about operations a reader skipped, the first WARNING_CAP of them and a count. */
export class MigrationWarnings {
  readonly byFile = new Map<string, SourceWarning[]>();
  private readonly counts = new Map<string, number>();

  warn(file: string, line: number, message: string): void {
    const count = (this.counts.get(file) ?? 0) + 1;
    this.counts.set(file, count);
    const list = this.byFile.get(file) ?? [];
    if (count <= WARNING_CAP) list.push({ message: `line ${line}: ${message}`, line });
    else if (count === WARNING_CAP + 1) list.push({ message: 'more operations this reader does not understand were skipped' });
    this.byFile.set(file, list);
  }
}

export function table(tables: Tables, name: string): Map<string, Column> {
  let columns = tables.get(name);
  if (!columns) {
    columns = new Map();
    tables.set(name, columns);
  }
  return columns;
}

export function renameTable(tables: Tables, from: string, to: string): void {
  const columns = tables.get(from);
  if (!columns || from === to) return;
  tables.delete(from);
  tables.set(to, columns);
}

/** A call's argument by keyword or position (`AddField(model_name="x", …)` or `AddField("x", …)`). */
export function argument(call: Call, keyword: string, position: number): PyExpr | undefined {
  return call.keywords.get(keyword) ?? call.args[position];
}
