// TypeORM entities, read from the TypeScript syntax tree: `@Entity('name')` classes become
// datasets, their column decorators (`@Column`, `@PrimaryGeneratedColumn`, `@CreateDateColumn`,
// …) fields, `@ManyToOne`/`@OneToOne` + `@JoinColumn` the foreign-key column. A decorated member
// whose name is neither a name nor a string is skipped with a warning.
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { MAX_SCHEMA_FIELDS } from '../schema/schema-fields.js';
import { classesOf, commentOf, declaredTsType, decoratorsOf, entryOf, joinParts, nameOf, objectOf, pathOf, positionOf, stringOf, ts, unwrap, type ClassDecl, type Decorator } from './ts-syntax.js';

/** Decorators that declare a column (TypeORM docs, "Entities" → "Column types" and "Special columns"). */
const COLUMN_DECORATORS: Record<string, string | undefined> = {
  Column: undefined,
  PrimaryColumn: undefined,
  PrimaryGeneratedColumn: 'int',
  CreateDateColumn: 'timestamp',
  UpdateDateColumn: 'timestamp',
  DeleteDateColumn: 'timestamp',
  VersionColumn: 'int',
  ObjectIdColumn: 'ObjectId',
  ViewColumn: undefined,
};
/** Relations whose owning side holds a foreign-key column (ManyToOne always, OneToOne with @JoinColumn). */
const OWNING_RELATIONS = new Set(['ManyToOne', 'OneToOne']);
const ENTITY_DECORATORS = new Set(['Entity', 'ViewEntity', 'ChildEntity']);
/** Base classes and embedded entities chain at most this deep. */
const MAX_CLASS_CHAIN = 16;

/** A property declaration as the column readers need it. */
export interface MemberDecl {
  name: string;
  decorators: Decorator[];
  /** The TypeScript type as written, without `| null`/`| undefined`. */
  tsType?: string;
  optional: boolean;
  comment?: string;
  line: number;
  column: number;
}

/** The readable properties of a class; a decorated one with a computed or numeric name is warned about. */
export function membersOf(decl: ClassDecl, file: ts.SourceFile, warnings: SourceWarning[]): MemberDecl[] {
  const members: MemberDecl[] = [];
  for (const property of decl.properties) {
    const decorators = decoratorsOf(property);
    const name = nameOf(property.name);
    if (name === undefined) {
      if (decorators.length > 0 && !ts.isPrivateIdentifier(property.name)) warnings.push({ message: 'a class member could not be read; skipped', line: positionOf(property.name, file).line });
      continue;
    }
    const declared = property.type ? declaredTsType(property.type, file) : { ...initializerType(property.initializer), nullable: false };
    const comment = commentOf(property, file, property.name);
    members.push({
      name,
      decorators,
      ...(declared.type === undefined ? {} : { tsType: declared.type }),
      optional: property.questionToken !== undefined || declared.nullable,
      ...(comment === undefined ? {} : { comment }),
      ...positionOf(property.name, file),
    });
  }
  return members;
}

/** The type TypeScript infers from an initializer that says it plainly: `new Date()`, `''`, `0`, `false`. */
function initializerType(initializer: ts.Expression | undefined): { type?: string } {
  const value = unwrap(initializer);
  if (!value) return {};
  if (ts.isNewExpression(value)) {
    const path = pathOf(value.expression);
    return path === undefined ? {} : { type: path };
  }
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return { type: 'string' };
  if (ts.isNumericLiteral(value)) return { type: 'number' };
  if (value.kind === ts.SyntaxKind.TrueKeyword || value.kind === ts.SyntaxKind.FalseKeyword) return { type: 'boolean' };
  return {};
}

/** The datasets of the entity classes in a parsed file (one that has `@Entity(` and mentions typeorm). */
export function typeormDatasets(file: ts.SourceFile, location: string, warnings: SourceWarning[]): Dataset[] {
  const classes = classesOf(file);
  const byName = new Map(classes.map((decl) => [decl.name, decl]));
  const members = new Map<ClassDecl, MemberDecl[]>();
  const membersFor = (decl: ClassDecl): MemberDecl[] => {
    let list = members.get(decl);
    if (!list) members.set(decl, (list = membersOf(decl, file, warnings)));
    return list;
  };
  const datasets: Dataset[] = [];
  for (const decl of classes) {
    const entity = decl.decorators.find((decorator) => ENTITY_DECORATORS.has(decorator.name));
    if (!entity) continue;
    const fields: DeclaredField[] = [];
    appendColumns(decl, '', fields, { byName, membersFor, warnings }, new Set());
    datasets.push({ kind: 'typeorm', name: entityName(entity) ?? snakeCase(decl.name), location, fields });
  }
  return datasets;
}

interface ReadState {
  byName: ReadonlyMap<string, ClassDecl>;
  membersFor: (decl: ClassDecl) => MemberDecl[];
  warnings: SourceWarning[];
}

/** `@Entity('users')`, `@Entity({ name: 'users' })`. */
function entityName(decorator: Decorator): string | undefined {
  const [first] = decorator.args;
  return stringOf(first) ?? stringOf(entryOf(first, 'name'));
}

/** TypeORM's DefaultNamingStrategy names a table after its class in snake_case (`UserProfile` → `user_profile`). */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** A class's columns, its parent classes' first (TypeORM inherits columns from a base class in the file). */
function appendColumns(decl: ClassDecl, prefix: string, out: DeclaredField[], state: ReadState, seen: Set<string>): void {
  // The field cap also stops a file whose embedded entities fan out exponentially.
  if (seen.has(decl.name) || seen.size >= MAX_CLASS_CHAIN || out.length >= MAX_SCHEMA_FIELDS) return;
  seen.add(decl.name);
  const parent = decl.parent === undefined ? undefined : state.byName.get(decl.parent);
  if (parent) appendColumns(parent, prefix, out, state, seen);
  for (const member of state.membersFor(decl)) {
    if (out.length >= MAX_SCHEMA_FIELDS) return;
    const column = member.decorators.find((decorator) => Object.hasOwn(COLUMN_DECORATORS, decorator.name));
    if (column) {
      const embedded = embeddedClass(column);
      if (embedded !== undefined) {
        const target = state.byName.get(embedded);
        if (target && !seen.has(target.name)) appendColumns(target, `${prefix}${member.name}.`, out, state, new Set(seen));
        else if (!target) state.warnings.push({ message: `embedded entity ${embedded} of ${decl.name}.${member.name} is not declared in this file; its columns were not read`, line: member.line });
        continue;
      }
      out.push(columnField(member, column, prefix));
      continue;
    }
    const relation = member.decorators.find((decorator) => OWNING_RELATIONS.has(decorator.name));
    const join = member.decorators.find((decorator) => decorator.name === 'JoinColumn');
    if (relation && (relation.name === 'ManyToOne' || join)) out.push(joinField(member, join, prefix));
  }
}

/** `() => Address`, `(type) => Address`: the class an arrow function returns. */
export function arrowTarget(node: ts.Expression | undefined): string | undefined {
  const value = unwrap(node);
  if (!value || !ts.isArrowFunction(value) || !ts.isExpression(value.body)) return undefined;
  return pathOf(value.body);
}

/** `@Column(() => Address)` / `@Column((type) => Address)`: an embedded entity's class name. */
function embeddedClass(decorator: Decorator): string | undefined {
  return arrowTarget(decorator.args[0]);
}

function columnField(member: MemberDecl, decorator: Decorator, prefix: string): DeclaredField {
  const options = decorator.args.find((arg) => objectOf(arg) !== undefined);
  const positional = stringOf(decorator.args[0]);
  let type = stringOf(entryOf(options, 'type')) ?? constructorType(entryOf(options, 'type'));
  if (type === undefined && positional !== undefined) {
    // PrimaryGeneratedColumn's string argument is its strategy: 'uuid' gives a uuid column.
    type = decorator.name === 'PrimaryGeneratedColumn' ? (positional === 'uuid' ? 'uuid' : 'int') : positional;
  }
  type ??= COLUMN_DECORATORS[decorator.name] ?? member.tsType;
  const optional = unwrap(entryOf(options, 'nullable'))?.kind === ts.SyntaxKind.TrueKeyword || member.optional;
  const comment = joinParts([stringOf(entryOf(options, 'comment')), member.comment]);
  return {
    name: `${prefix}${stringOf(entryOf(options, 'name')) ?? member.name}`,
    ...(type === undefined ? {} : { type: `${type}${optional ? '?' : ''}` }),
    ...(comment === undefined ? {} : { comment }),
    line: member.line,
    column: member.column,
  };
}

/** `type: String` / `type: Number` in column options: the JavaScript constructor's name, lower-cased. */
function constructorType(node: ts.Expression | undefined): string | undefined {
  return pathOf(node)?.toLowerCase();
}

/** The foreign-key column of an owning relation: `@JoinColumn({ name })` or TypeORM's default `<relation>Id`. */
function joinField(member: MemberDecl, join: Decorator | undefined, prefix: string): DeclaredField {
  const named = stringOf(entryOf(join?.args[0], 'name'));
  return {
    name: `${prefix}${named ?? `${member.name}Id`}`,
    type: 'foreign key',
    ...(member.comment === undefined ? {} : { comment: member.comment }),
    line: member.line,
    column: member.column,
  };
}
