// MikroORM entities, read from the TypeScript syntax tree: `@Entity()` classes with
// `@PrimaryKey()`, `@Property()`, `@Enum()`, `@Embedded()` and owning relations (`@ManyToOne()`,
// `@OneToOne({ owner: true })`), and `new EntitySchema({ name, properties })` definitions. Names
// follow MikroORM's default UnderscoreNamingStrategy: a table is its class in snake_case, a
// column its property in snake_case (`fieldName` overrides), a relation's column `<property>_id`.
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { MAX_SCHEMA_FIELDS } from '../schema/schema-fields.js';
import { arrowTarget, membersOf, snakeCase, type MemberDecl } from './typeorm.js';
import { booleanOf, calleeOf, classesOf, commentOf, entryOf, joinParts, lastSegment, nameOf, objectOf, positionOf, stringOf, ts, walk, type ClassDecl, type Decorator } from './ts-syntax.js';

const COLUMN_DECORATORS = new Set(['PrimaryKey', 'SerializedPrimaryKey', 'Property', 'Enum']);
/** EntitySchema relation kinds (`kind` in v6, `reference` before) whose side holds the foreign key. */
const OWNING_KINDS = new Set(['m:1', '1:1']);
/** Base classes and embeddables chain at most this deep. */
const MAX_CLASS_CHAIN = 16;

interface ReadState {
  file: ts.SourceFile;
  byName: ReadonlyMap<string, ClassDecl>;
  warnings: SourceWarning[];
  /** Each class's members, read once however often it is inherited or embedded. */
  members: Map<ClassDecl, MemberDecl[]>;
}

export function mikroOrmDatasets(file: ts.SourceFile, location: string, warnings: SourceWarning[]): Dataset[] {
  const datasets: Dataset[] = [];
  const classes = classesOf(file);
  const state: ReadState = { file, byName: new Map(classes.map((decl) => [decl.name, decl])), warnings, members: new Map() };
  for (const decl of classes) {
    const entity = decl.decorators.find((decorator) => decorator.name === 'Entity');
    if (!entity) continue;
    const options = entity.args[0];
    const fields: DeclaredField[] = [];
    appendColumns(decl, '', fields, state, new Set());
    datasets.push({ kind: 'mikro-orm', name: stringOf(entryOf(options, 'tableName')) ?? stringOf(entryOf(options, 'collection')) ?? snakeCase(decl.name), location, fields });
  }
  walk(file, (node) => {
    if (!ts.isNewExpression(node) || lastSegment(calleeOf(node) ?? '') !== 'EntitySchema') return true;
    const definition = node.arguments?.[0];
    const properties = objectOf(entryOf(definition, 'properties'));
    const entityName = stringOf(entryOf(definition, 'name'));
    const name = stringOf(entryOf(definition, 'tableName')) ?? stringOf(entryOf(definition, 'collection')) ?? (entityName === undefined ? undefined : snakeCase(entityName));
    if (properties && name !== undefined) datasets.push({ kind: 'mikro-orm', name, location, fields: schemaFields(properties, file, warnings) });
    return false;
  });
  return datasets;
}

/** A class's columns, its base classes' first (a `BaseEntity` with `id` and timestamps is the usual idiom). */
function appendColumns(decl: ClassDecl, prefix: string, out: DeclaredField[], state: ReadState, seen: Set<string>): void {
  if (seen.has(decl.name) || seen.size >= MAX_CLASS_CHAIN || out.length >= MAX_SCHEMA_FIELDS) return;
  seen.add(decl.name);
  const parent = decl.parent === undefined ? undefined : state.byName.get(decl.parent);
  if (parent) appendColumns(parent, prefix, out, state, seen);
  let members = state.members.get(decl);
  if (!members) state.members.set(decl, (members = membersOf(decl, state.file, state.warnings)));
  for (const member of members) {
    if (out.length >= MAX_SCHEMA_FIELDS) return;
    const column = member.decorators.find((decorator) => COLUMN_DECORATORS.has(decorator.name));
    if (column) {
      out.push(columnField(member, column, prefix));
      continue;
    }
    const embedded = member.decorators.find((decorator) => decorator.name === 'Embedded');
    if (embedded) {
      appendEmbedded(decl, member, embedded, prefix, out, state, seen);
      continue;
    }
    const relation = member.decorators.find((decorator) => decorator.name === 'ManyToOne' || decorator.name === 'OneToOne');
    if (relation && (relation.name === 'ManyToOne' || relation.args.some((arg) => booleanOf(entryOf(arg, 'owner')) === true))) out.push(relationField(member, relation, prefix));
  }
}

/** `@Embedded(() => Address)`: its columns prefixed `address_` (or `prefix: 'home_'`, `prefix: false`), `object: true` as a JSON path. */
function appendEmbedded(decl: ClassDecl, member: MemberDecl, decorator: Decorator, prefix: string, out: DeclaredField[], state: ReadState, seen: Set<string>): void {
  const options = decorator.args.find((arg) => objectOf(arg) !== undefined);
  const target = arrowTarget(decorator.args[0]) ?? arrowTarget(entryOf(options, 'entity')) ?? member.tsType;
  const embeddable = target === undefined ? undefined : state.byName.get(target);
  if (!embeddable) {
    state.warnings.push({ message: `embeddable ${target ?? '(unnamed)'} of ${decl.name}.${member.name} is not declared in this file; its columns were not read`, line: member.line });
    return;
  }
  if (seen.has(embeddable.name)) return;
  const named = entryOf(options, 'prefix');
  const inner = booleanOf(entryOf(options, 'object')) === true ? `${member.name}.` : booleanOf(named) === false ? '' : (stringOf(named) ?? `${snakeCase(member.name)}_`);
  appendColumns(embeddable, `${prefix}${inner}`, out, state, new Set(seen));
}

function columnField(member: MemberDecl, decorator: Decorator, prefix: string): DeclaredField {
  const options = decorator.args.find((arg) => objectOf(arg) !== undefined);
  const typeNode = entryOf(options, 'type') ?? entryOf(options, 'columnType');
  const type = stringOf(typeNode) ?? arrowTarget(typeNode) ?? (decorator.name === 'Enum' ? 'enum' : member.tsType);
  const comment = joinParts([stringOf(entryOf(options, 'comment')), member.comment]);
  const optional = booleanOf(entryOf(options, 'nullable')) === true || member.optional;
  return {
    name: `${prefix}${stringOf(entryOf(options, 'fieldName')) ?? snakeCase(member.name)}`,
    ...(type === undefined ? {} : { type: `${type}${optional ? '?' : ''}` }),
    ...(comment === undefined ? {} : { comment }),
    line: member.line,
    column: member.column,
  };
}

/** The foreign-key column of an owning relation: `fieldName`/`joinColumn`, or `<property>_id`. */
function relationField(member: MemberDecl, decorator: Decorator, prefix: string): DeclaredField {
  const options = decorator.args.find((arg) => objectOf(arg) !== undefined);
  const named = stringOf(entryOf(options, 'fieldName')) ?? stringOf(entryOf(options, 'joinColumn'));
  return {
    name: `${prefix}${named ?? `${snakeCase(member.name)}_id`}`,
    type: 'foreign key',
    ...(member.comment === undefined ? {} : { comment: member.comment }),
    line: member.line,
    column: member.column,
  };
}

/** `properties: { email: { type: 'string', comment }, company: { kind: 'm:1', entity: () => Company } }`. */
function schemaFields(properties: ts.ObjectLiteralExpression, file: ts.SourceFile, warnings: SourceWarning[]): DeclaredField[] {
  const fields: DeclaredField[] = [];
  for (const property of properties.properties) {
    if (fields.length >= MAX_SCHEMA_FIELDS) break;
    const key = ts.isPropertyAssignment(property) ? nameOf(property.name) : undefined;
    if (!ts.isPropertyAssignment(property) || key === undefined) {
      warnings.push({ message: 'an entity property that is not `key: { … }` (a spread, shorthand or computed key) was skipped', line: positionOf(property, file).line });
      continue;
    }
    const options = property.initializer;
    const kind = stringOf(entryOf(options, 'kind')) ?? stringOf(entryOf(options, 'reference'));
    if (kind !== undefined && kind !== 'scalar' && kind !== 'embedded') {
      const owning = OWNING_KINDS.has(kind) && (kind === 'm:1' || booleanOf(entryOf(options, 'owner')) === true);
      if (!owning) continue;
    }
    const relation = kind !== undefined && OWNING_KINDS.has(kind);
    const type = relation ? 'foreign key' : (stringOf(entryOf(options, 'type')) ?? stringOf(entryOf(options, 'columnType')) ?? (entryOf(options, 'enum') === undefined ? undefined : 'enum'));
    const optional = !relation && booleanOf(entryOf(options, 'nullable')) === true;
    const comment = joinParts([commentOf(property, file), stringOf(entryOf(options, 'comment'))]);
    fields.push({
      name: stringOf(entryOf(options, 'fieldName')) ?? (relation ? `${snakeCase(key)}_id` : snakeCase(key)),
      ...(type === undefined ? {} : { type: `${type}${optional ? '?' : ''}` }),
      ...(comment === undefined ? {} : { comment }),
      ...positionOf(property.name, file),
    });
  }
  return fields;
}
