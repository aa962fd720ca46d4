// Alembic revisions replayed: `upgrade()`'s op.create_table, add_column, alter_column,
// drop_column, drop_table, rename_table, and the same inside `with op.batch_alter_table(…) as
// batch_op:`, in the order Alembic applies them (the down_revision chain).
// Reference: alembic.sqlalchemy.org/en/latest/ops.html.
import type { DeclaredField } from '../../model/index.js';
import { argument, renameTable, table, type Column, type MigrationWarnings, type Operation, type Parsed, type Tables } from './migration-tables.js';
import { lastName, readExpression, stringValue, type PyExpr } from './python-expressions.js';
import { namedColumn, typeOf } from './sqlalchemy.js';
import type { SyntaxNode } from './tree-sitter.js';


/** Statements that hold statements, walked into inside `upgrade()` (an `if` on the dialect, a `try`). */
const COMPOUND = new Set(['block', 'if_statement', 'elif_clause', 'else_clause', 'try_statement', 'except_clause', 'finally_clause', 'for_statement', 'while_statement']);

/** The calls of the module's top-level `def upgrade():`, in order, with the batch each sits in. */
export function upgradeOperations(root: SyntaxNode): Operation[] {
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
export function revisionOrder(parsed: readonly Parsed[]): Parsed[] {
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

export function applyAlembic(tables: Tables, migration: Parsed, warnings: MigrationWarnings): void {
  const add = (name: string, field: DeclaredField): void => {
    table(tables, name).set(field.name, { ...field, file: migration.file });
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
        for (const arg of call.args.slice(1)) {
          const column = namedColumn(arg);
          if (column) add(tableName, column);
          else if (arg.kind === 'call' && lastName(arg.callee) === 'Column') warnings.warn(migration.file, arg.line, `a Column of ${tableName} without a literal name; skipped`);
        }
        break;
      }
      case 'add_column': {
        if (tableName === undefined) break;
        const column = namedColumn(argument(call, 'column', shift));
        if (column) add(tableName, column);
        else warnings.warn(migration.file, call.line, `add_column on ${tableName} adds no Column("name", type) this reader understands; skipped`);
        break;
      }
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
