// Drizzle tables, read from the TypeScript syntax tree: `pgTable('users', { … })`, `mysqlTable`,
// `sqliteTable` (and `pgSchema('auth').table(…)`), whose columns are builder chains such as
// `varchar('email', { length: 255 }).notNull()`. A column is named by the builder's first string
// argument (its database name), else by its key; its type is the builder's name (`varchar`,
// `timestamp`). The columns may also come from a callback (`(t) => ({ id: t.integer() })`).
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { MAX_SCHEMA_FIELDS } from '../schema/schema-fields.js';
import { calleeOf, commentOf, lastSegment, nameOf, objectOf, pathOf, positionOf, stringOf, ts, unwrap, walk } from './ts-syntax.js';

/** Table builders of drizzle-orm's pg-core, mysql-core and sqlite-core (and a schema's `.table`). */
const TABLE_BUILDERS = new Set(['pgTable', 'mysqlTable', 'sqliteTable', 'singlestoreTable', 'table']);

export function drizzleDatasets(file: ts.SourceFile, location: string, warnings: SourceWarning[]): Dataset[] {
  const datasets: Dataset[] = [];
  walk(file, (node) => {
    if (!ts.isCallExpression(node)) return true;
    const callee = calleeOf(node);
    const builder = callee === undefined ? undefined : lastSegment(callee);
    const name = stringOf(node.arguments[0]);
    const columns = columnsObject(node.arguments[1]);
    // `.table(…)` only on a schema (`pgSchema('auth').table`, or a variable holding one).
    const onSchema = builder !== 'table' || ts.isPropertyAccessExpression(node.expression);
    if (builder === undefined || !TABLE_BUILDERS.has(builder) || !onSchema || name === undefined || !columns) return true;
    datasets.push({ kind: 'drizzle', name, location, fields: columnFields(columns, file, warnings) });
    return false;
  });
  return datasets;
}

/** `{ … }` or `(t) => ({ … })`. */
function columnsObject(node: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  const value = unwrap(node);
  if (value && ts.isArrowFunction(value) && ts.isExpression(value.body)) return objectOf(value.body);
  return objectOf(value);
}

function columnFields(columns: ts.ObjectLiteralExpression, file: ts.SourceFile, warnings: SourceWarning[]): DeclaredField[] {
  const fields: DeclaredField[] = [];
  for (const property of columns.properties) {
    if (fields.length >= MAX_SCHEMA_FIELDS) break;
    const key = ts.isPropertyAssignment(property) ? nameOf(property.name) : undefined;
    if (!ts.isPropertyAssignment(property) || key === undefined) {
      warnings.push({ message: 'a table column that is not `key: builder(…)` (a spread, shorthand or computed key) was skipped', line: positionOf(property, file).line });
      continue;
    }
    const column = builderOf(property.initializer);
    const comment = commentOf(property, file);
    fields.push({
      name: column.name ?? key,
      ...(column.type === undefined ? {} : { type: column.type }),
      ...(comment === undefined ? {} : { comment }),
      ...positionOf(property.name, file),
    });
  }
  return fields;
}

/**
 * Walks a builder chain down to its first call: `varchar('email', {…}).notNull().unique()` →
 * `varchar` named `email`; `t.integer()` → `integer`. The builder's type is kept for a foreign key
 * too (`integer('company_id').references(…)`): it tells classification more than the word would.
 */
function builderOf(node: ts.Expression): { name?: string; type?: string } {
  let current = unwrap(node);
  while (current && ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression) && ts.isCallExpression(unwrap(current.expression.expression)!)) {
    current = unwrap(current.expression.expression);
  }
  if (!current || !ts.isCallExpression(current)) return {};
  const path = pathOf(current.expression);
  const name = stringOf(current.arguments[0]);
  const type = path === undefined ? undefined : lastSegment(path);
  return { ...(name === undefined ? {} : { name }), ...(type === undefined ? {} : { type }) };
}
