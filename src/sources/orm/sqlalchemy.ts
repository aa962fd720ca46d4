// SQLAlchemy declarative models: classes with `__tablename__` become datasets; their columns are
// `Column(…)` / `db.Column(…)` (classic) and `name: Mapped[T] = mapped_column(…)` or a bare
// `name: Mapped[T]` (2.0), with mixins and abstract bases of the same file inherited and
// single-table subclasses adding to their parent's table. Module-level `Table("name", metadata,
// Column(…))` tables too. `comment=` and `doc=` describe a column.
// Reference: docs.sqlalchemy.org/en/20/orm/declarative_tables.html and …/orm/inheritance.html.
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { ancestorsInFile, mentionsColumn, type PyAttribute, type PyClass } from './python-classes.js';
import { lastName, stringValue, type PyExpr } from './python-expressions.js';
import { isKnownType, joinDescriptions, sqlType } from './orm-types.js';

const COLUMN_CALLS = new Set(['Column', 'mapped_column']);
/** Wrappers whose first argument is the column (`deferred(Column(…))`). */
const WRAPPERS = new Set(['deferred', 'column_property']);
/** Positional arguments of Column that are not its type. */
const NOT_A_TYPE = new Set(['ForeignKey', 'Sequence', 'Computed', 'Identity', 'CheckConstraint', 'FetchedValue', 'DefaultClause']);
/** Annotations that wrap the value type: `Mapped[Optional[str]]`, `Mapped[Annotated[str, …]]`. */
const WRAPPER_TYPES = new Set(['Mapped', 'Optional', 'Annotated']);

function tableName(cls: PyClass): string | undefined {
  return stringValue(cls.attributes.find((a) => a.name === '__tablename__')?.value);
}

function isAbstract(cls: PyClass): boolean {
  return lastName(cls.attributes.find((a) => a.name === '__abstract__')?.value) === 'True';
}

export function sqlalchemyDatasets(classes: readonly PyClass[], tables: readonly PyAttribute[], location: string, warnings: SourceWarning[] = []): Dataset[] {
  const byName = new Map(classes.map((cls) => [cls.name, cls]));
  const datasets: Dataset[] = [];
  const byTable = new Map<PyClass, Dataset>();
  for (const cls of classes) {
    const ancestors = ancestorsInFile(cls, byName);
    const own = tableName(cls);
    if (own === undefined || isAbstract(cls)) {
      // Single-table inheritance: a subclass without a table of its own adds columns to its parent's.
      const parent = ancestors.find((a) => byTable.has(a));
      if (parent && !isAbstract(cls)) appendColumns(byTable.get(parent)!, cls.attributes);
      continue;
    }
    const dataset: Dataset = { kind: 'sqlalchemy', name: own, location, fields: [] };
    for (const attribute of cls.attributes) {
      if (!attribute.name.startsWith('__') && !unwrap(attribute.value) && attribute.annotation === undefined && mentionsColumn(attribute.mentions)) {
        warnings.push({ message: `line ${attribute.line} (${cls.name}.${attribute.name}) is not a column declaration this reader understands; skipped`, line: attribute.line });
      }
    }
    // Mixins and abstract bases without a table pass their columns down; mapped parents keep theirs (joined inheritance).
    for (const ancestor of ancestors.filter((a) => tableName(a) === undefined || isAbstract(a)).reverse()) appendColumns(dataset, ancestor.attributes);
    appendColumns(dataset, cls.attributes);
    byTable.set(cls, dataset);
    datasets.push(dataset);
  }
  for (const table of tables) {
    const dataset = coreTable(table, location);
    if (dataset) datasets.push(dataset);
  }
  return datasets;
}

function appendColumns(dataset: Dataset, attributes: readonly PyAttribute[]): void {
  for (const attribute of attributes) {
    const field = declaredColumn(attribute);
    if (!field) continue;
    const existing = dataset.fields.findIndex((f) => f.name === field.name);
    // A subclass redeclaring a mixin's column replaces it (the later declaration is the one mapped).
    if (existing >= 0) dataset.fields[existing] = field;
    else dataset.fields.push(field);
  }
}

/** The column call inside `deferred(Column(…))`, or the call itself. */
function unwrap(value: PyExpr | undefined): Extract<PyExpr, { kind: 'call' }> | undefined {
  if (value?.kind !== 'call') return undefined;
  const name = lastName(value.callee);
  if (name && WRAPPERS.has(name)) return unwrap(value.args[0]);
  return name && COLUMN_CALLS.has(name) ? value : undefined;
}

function declaredColumn(attribute: PyAttribute): DeclaredField | undefined {
  if (attribute.name.startsWith('__')) return undefined;
  const call = unwrap(attribute.value);
  const mapped = mappedType(attribute.annotation);
  // `name: Mapped[str]` without a value is a column too; with `relationship()` or another value it is not.
  if (!call && !(mapped && mapped.relation === false && attribute.value === undefined)) return undefined;
  // A `mapped_column(…)` maps a column whatever the annotation says; only a bare annotation can be a relationship.
  if (!call && mapped?.relation) return undefined;
  const explicitType = call ? columnType(call) : undefined;
  const type = explicitType ?? (mapped ? sqlType(mapped.base, mapped.written) : undefined);
  const comment = call ? joinDescriptions([stringValue(call.keywords.get('comment')), stringValue(call.keywords.get('doc'))]) : undefined;
  return {
    name: (call && stringValue(call.args[0])) ?? attribute.name,
    ...(type === undefined ? {} : { type }),
    ...(comment === undefined ? {} : { comment }),
    line: attribute.line,
    column: attribute.column,
  };
}

/** The type argument of `Column(String(255))`, `mapped_column(sa.Date)`, `Column("email", Text)`. */
function columnType(call: Extract<PyExpr, { kind: 'call' }>): string | undefined {
  const typeKeyword = call.keywords.get('type_');
  for (const arg of typeKeyword ? [typeKeyword] : call.args) {
    const callee = arg.kind === 'call' ? arg.callee : arg;
    const name = lastName(callee);
    if (!name || NOT_A_TYPE.has(name)) continue;
    return sqlType(name);
  }
  return undefined;
}

/**
 * `Mapped[Optional[date]]` → base `date`, written `Mapped[Optional[date]]`; `Mapped[str | None]`
 * too. `Mapped[List["Address"]]`, `Mapped["User"]` and any class of the file are relationships.
 */
function mappedType(annotation: PyExpr | undefined): { base: string; written: string; relation: boolean } | undefined {
  if (annotation?.kind !== 'subscript' || lastName(annotation.base) !== 'Mapped') return undefined;
  let inner: PyExpr | undefined = annotation.items[0];
  let optional = false;
  for (;;) {
    if (inner?.kind === 'subscript' && WRAPPER_TYPES.has(lastName(inner.base) ?? '')) {
      optional ||= lastName(inner.base) === 'Optional';
      inner = inner.items[0];
    } else if (inner?.kind === 'union') {
      const members: PyExpr[] = inner.members.filter((m) => lastName(m) !== 'None');
      optional ||= members.length < inner.members.length;
      inner = members[0];
    } else break;
  }
  if (!inner) return undefined;
  const collection = inner.kind === 'subscript' && ['List', 'list', 'Set', 'set', 'DynamicMapped', 'WriteOnlyMapped'].includes(lastName(inner.base) ?? '');
  const base = lastName(inner);
  const relation = collection || inner.kind === 'string' || (base !== undefined && /^[A-Z]/.test(base) && !BUILTIN.has(base) && !isKnownType(base));
  const written = `${base ?? 'object'}${optional ? '?' : ''}`;
  return { base: base ?? 'object', written, relation };
}

/** Capitalised annotations that are value types, not mapped classes. */
const BUILTIN = new Set(['Decimal', 'UUID', 'Any', 'JSON', 'Dict', 'Enum']);

/** `users = Table("users", metadata, Column("email", String), …)`. */
function coreTable(attribute: PyAttribute, location: string): Dataset | undefined {
  const call = attribute.value;
  if (call?.kind !== 'call' || lastName(call.callee) !== 'Table') return undefined;
  const name = stringValue(call.args[0]);
  if (name === undefined) return undefined;
  const fields: DeclaredField[] = [];
  for (const arg of call.args.slice(1)) {
    const field = namedColumn(arg);
    if (field) fields.push(field);
  }
  return { kind: 'sqlalchemy', name, location, fields };
}

/** A `Column("email", String(255), comment=…)` that names its column (in `Table()`, Alembic's `op.add_column`), at the call's line. */
export function namedColumn(arg: PyExpr | undefined): DeclaredField | undefined {
  if (arg?.kind !== 'call' || lastName(arg.callee) !== 'Column') return undefined;
  const column = stringValue(arg.args[0]);
  if (column === undefined) return undefined;
  const type = columnType({ ...arg, args: arg.args.slice(1) });
  const comment = joinDescriptions([stringValue(arg.keywords.get('comment')), stringValue(arg.keywords.get('doc'))]);
  return { name: column, ...(type === undefined ? {} : { type }), ...(comment === undefined ? {} : { comment }), line: arg.line, column: arg.column };
}

/** `String(255)`, `sa.Date`, `postgresql.INET()` as a column type: the type_ of `alter_column`. */
export function typeOf(expr: PyExpr | undefined): string | undefined {
  const name = lastName(expr?.kind === 'call' ? expr.callee : expr);
  return name === undefined ? undefined : sqlType(name);
}
