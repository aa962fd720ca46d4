// TypeORM entities in TypeScript/JavaScript source: `@Entity('name')` classes become datasets,
// their column decorators (`@Column`, `@PrimaryGeneratedColumn`, `@CreateDateColumn`, …) fields,
// `@ManyToOne`/`@OneToOne` + `@JoinColumn` the foreign-key column. Read from tokens, not by
// running the TypeScript compiler; a member it cannot read is skipped with a warning.
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { closingIndex, type Token } from './code-tokens.js';
import { MAX_SCHEMA_FIELDS } from './schema-fields.js';
import { entryOf, readPrimary, stringOf, type LiteralNode } from './ts-literals.js';

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
const MODIFIERS = new Set(['public', 'private', 'protected', 'readonly', 'static', 'declare', 'abstract', 'override', 'accessor', 'export', 'default']);
/** Tokens that continue a type or expression onto the next line. */
const CONTINUATION = new Set(['|', '&', '<', ',', ':', '=>', '.', '?.', '(', '[', '{', '=', '+', '-', '*', '/', '??', '||', '&&', '?']);
/** Base classes and embedded entities chain at most this deep. */
const MAX_CLASS_CHAIN = 16;

interface Decorator {
  name: string;
  args: LiteralNode[];
  line: number;
}

interface MemberDecl {
  name: string;
  decorators: Decorator[];
  /** The TypeScript type as written, without `| null`/`| undefined`. */
  tsType?: string;
  optional: boolean;
  comment?: string;
  line: number;
  column: number;
}

interface ClassDecl {
  name: string;
  decorators: Decorator[];
  parent?: string;
  members: MemberDecl[];
}

/** The datasets of the entity classes in `tokens` (a file that has `@Entity(` and mentions typeorm). */
export function typeormDatasets(tokens: readonly Token[], location: string, warnings: SourceWarning[]): Dataset[] {
  const classes = readClasses(tokens, warnings);
  const byName = new Map(classes.map((decl) => [decl.name, decl]));
  const datasets: Dataset[] = [];
  for (const decl of classes) {
    const entity = decl.decorators.find((decorator) => ENTITY_DECORATORS.has(decorator.name));
    if (!entity) continue;
    const fields: DeclaredField[] = [];
    appendColumns(decl, '', fields, byName, new Set(), warnings);
    datasets.push({ kind: 'typeorm', name: entityName(entity) ?? snakeCase(decl.name), location, fields });
  }
  return datasets;
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
function appendColumns(decl: ClassDecl, prefix: string, out: DeclaredField[], byName: ReadonlyMap<string, ClassDecl>, seen: Set<string>, warnings: SourceWarning[]): void {
  // The field cap also stops a file whose embedded entities fan out exponentially.
  if (seen.has(decl.name) || seen.size >= MAX_CLASS_CHAIN || out.length >= MAX_SCHEMA_FIELDS) return;
  seen.add(decl.name);
  const parent = decl.parent === undefined ? undefined : byName.get(decl.parent);
  if (parent) appendColumns(parent, prefix, out, byName, seen, warnings);
  for (const member of decl.members) {
    if (out.length >= MAX_SCHEMA_FIELDS) return;
    const column = member.decorators.find((decorator) => Object.hasOwn(COLUMN_DECORATORS, decorator.name));
    if (column) {
      const embedded = embeddedClass(column);
      if (embedded !== undefined) {
        const target = byName.get(embedded);
        if (target && !seen.has(target.name)) appendColumns(target, `${prefix}${member.name}.`, out, byName, new Set(seen), warnings);
        else if (!target) warnings.push({ message: `embedded entity ${embedded} of ${decl.name}.${member.name} is not declared in this file; its columns were not read`, line: member.line });
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

/** `@Column(() => Address)` / `@Column((type) => Address)`: an embedded entity's class name. */
function embeddedClass(decorator: Decorator): string | undefined {
  const [first] = decorator.args;
  return first?.kind === 'arrow' && first.returns.kind === 'path' ? first.returns.value : undefined;
}

function columnField(member: MemberDecl, decorator: Decorator, prefix: string): DeclaredField {
  const options = decorator.args.find((arg) => arg.kind === 'object');
  const positional = stringOf(decorator.args[0]);
  let type = stringOf(entryOf(options, 'type')) ?? pathType(entryOf(options, 'type'));
  if (type === undefined && positional !== undefined) {
    // PrimaryGeneratedColumn's string argument is its strategy: 'uuid' gives a uuid column.
    type = decorator.name === 'PrimaryGeneratedColumn' ? (positional === 'uuid' ? 'uuid' : 'int') : positional;
  }
  type ??= COLUMN_DECORATORS[decorator.name] ?? member.tsType;
  const nullable = entryOf(options, 'nullable');
  const optional = (nullable?.kind === 'boolean' && nullable.value === 'true') || member.optional;
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
function pathType(node: LiteralNode | undefined): string | undefined {
  return node?.kind === 'path' ? node.value.toLowerCase() : undefined;
}

/** The foreign-key column of an owning relation: `@JoinColumn({ name })` or TypeORM's default `<relation>Id`. */
function joinField(member: MemberDecl, join: Decorator | undefined, prefix: string): DeclaredField {
  const options = join?.args[0];
  const named = stringOf(entryOf(options, 'name'));
  const comment = member.comment;
  return {
    name: `${prefix}${named ?? `${member.name}Id`}`,
    type: 'foreign key',
    ...(comment === undefined ? {} : { comment }),
    line: member.line,
    column: member.column,
  };
}

function joinParts(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined && part.trim() !== '');
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** Reads `@Deco(…)` at `start` (the `@`): its name and literal arguments. */
function readDecorator(tokens: readonly Token[], start: number): { decorator?: Decorator; end: number } {
  const parsed = readPrimary(tokens, start + 1);
  const { node } = parsed;
  if (node.kind === 'path') return { decorator: { name: lastSegment(node.value), args: [], line: tokens[start].line }, end: parsed.end };
  if (node.kind === 'call') return { decorator: { name: lastSegment(node.callee), args: node.args, line: tokens[start].line }, end: parsed.end };
  return { end: Math.max(parsed.end, start + 1) };
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** Every class declaration with the decorators in front of it. */
function readClasses(tokens: readonly Token[], warnings: SourceWarning[]): ClassDecl[] {
  const classes: ClassDecl[] = [];
  let decorators: Decorator[] = [];
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k];
    if (token.kind === 'punct' && token.text === '@' && tokens[k + 1]?.kind === 'name') {
      const read = readDecorator(tokens, k);
      if (read.decorator) decorators.push(read.decorator);
      k = read.end;
      continue;
    }
    if (token.kind === 'name' && token.text === 'class' && tokens[k - 1]?.text !== '.') {
      let j = k + 1;
      const name = tokens[j]?.kind === 'name' && tokens[j].text !== 'extends' ? tokens[j++].text : 'default';
      let parent: string | undefined;
      while (j < tokens.length && tokens[j].text !== '{') {
        if (tokens[j].text === 'extends' && tokens[j + 1]?.kind === 'name') parent = tokens[j + 1].text;
        if (tokens[j].text === '<' || tokens[j].text === '(') j = closingIndex(tokens, j);
        else j++;
      }
      const end = j < tokens.length ? closingIndex(tokens, j) : tokens.length;
      const members = readMembers(tokens, j + 1, end - 1, warnings);
      classes.push({ name, decorators, ...(parent === undefined ? {} : { parent }), members });
      decorators = [];
      k = end;
      continue;
    }
    if (!(token.kind === 'name' && MODIFIERS.has(token.text))) decorators = [];
    k++;
  }
  return classes;
}

/** The property declarations of a class body tokens[from..to) (methods and accessors are skipped). */
function readMembers(tokens: readonly Token[], from: number, to: number, warnings: SourceWarning[]): MemberDecl[] {
  const members: MemberDecl[] = [];
  let k = from;
  while (k < to) {
    const start = k;
    const decorators: Decorator[] = [];
    while (k < to && tokens[k].text === '@' && tokens[k].kind === 'punct') {
      const read = readDecorator(tokens, k);
      if (read.decorator) decorators.push(read.decorator);
      k = read.end;
    }
    while (k < to && tokens[k].kind === 'name' && MODIFIERS.has(tokens[k].text) && isNameToken(tokens[k + 1])) k++;
    const nameToken = tokens[k] as Token | undefined;
    if (!nameToken || k >= to) break;
    if (nameToken.kind === 'punct' && nameToken.text === ';') {
      k++;
      continue;
    }
    // `get x()`, `set x(v)`, `async x()`, `*gen()`, `constructor(…)`, `x<T>(…)`: methods, skipped with their bodies.
    const accessor = (nameToken.text === 'get' || nameToken.text === 'set' || nameToken.text === 'async') && isNameToken(tokens[k + 1]) && tokens[k + 1].line === nameToken.line;
    const nameAt = accessor ? k + 1 : k;
    const afterName = tokens[nameAt + 1] as Token | undefined;
    if (tokens[nameAt].text === '#' && isNameToken(tokens[nameAt + 1])) {
      // An ECMAScript private field (`#cache = …`): it cannot carry a decorator, so it is no column.
      k = skipMember(tokens, nameAt + 2, to);
      continue;
    }
    if (!isNameToken(tokens[nameAt]) && tokens[nameAt].text !== '[') {
      warnings.push({ message: `a class member could not be read; skipped`, line: tokens[nameAt].line });
      k = skipMember(tokens, k + 1, to);
      continue;
    }
    if (afterName?.text === '(' || afterName?.text === '<' || tokens[nameAt].text === '[') {
      k = skipMethod(tokens, nameAt + 1, to);
      continue;
    }
    let j = nameAt + 1;
    let optional = false;
    if (tokens[j]?.text === '?' || tokens[j]?.text === '!') {
      optional = tokens[j].text === '?';
      j++;
    }
    let tsType: string | undefined;
    if (tokens[j]?.text === ':') {
      const typeEnd = memberEnd(tokens, j + 1, to);
      const parts = splitUnion(tokens.slice(j + 1, typeEnd));
      if (parts.nullable) optional = true;
      tsType = parts.type;
      j = typeEnd;
    }
    if (tokens[j]?.text === '=') j = memberEnd(tokens, j + 1, to);
    if (tokens[j]?.text === ';' || tokens[j]?.text === ',') j++;
    const first = tokens[start];
    const comment = joinParts([first.leading, nameToken.leading !== first.leading ? nameToken.leading : undefined, trailingIn(tokens, nameAt, j, tokens[nameAt].line)]);
    members.push({
      name: tokens[nameAt].text,
      decorators,
      ...(tsType === undefined ? {} : { tsType }),
      optional,
      ...(comment === undefined ? {} : { comment }),
      line: tokens[nameAt].line,
      column: tokens[nameAt].column,
    });
    k = Math.max(j, nameAt + 1);
  }
  return members;
}

function isNameToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'name' || token.kind === 'string');
}

function trailingIn(tokens: readonly Token[], from: number, to: number, line: number): string | undefined {
  for (let k = from; k < to && k < tokens.length; k++) if (tokens[k].line === line && tokens[k].trailing !== undefined) return tokens[k].trailing;
  return undefined;
}

/**
 * Where a property's type or initializer ends: a `;`, `,`, `=` (after a type) or the class's `}`
 * at depth 0, or a token on a later line when the line before cannot continue (TypeScript's
 * automatic semicolon insertion, simplified: `| null` on the next line continues a union).
 */
function memberEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to) {
    const token = tokens[k];
    if (token.kind === 'punct') {
      if (token.text === ';' || token.text === ',' || token.text === '=' || token.text === '@') return k;
      if (token.text === '(' || token.text === '[' || token.text === '{' || token.text === '<') {
        k = closingIndex(tokens, k);
        continue;
      }
    }
    const previous = tokens[k - 1];
    if (k > from && token.line > previous.line && !CONTINUATION.has(previous.text) && token.text !== '|' && token.text !== '&' && token.text !== '.' && token.text !== '?.') return k;
    k++;
  }
  return to;
}

/** `string | null` → `string`, nullable; `Date | undefined` too. */
function splitUnion(typeTokens: readonly Token[]): { type?: string; nullable: boolean } {
  const text = typeTokens.map((token) => (token.kind === 'string' ? `'${token.text}'` : token.text)).join(' ').replace(/\s*([<>[\],.])\s*/g, '$1').replace(/\[\s*\]/g, '[]');
  const members = text.split(/\s*\|\s*/).filter((part) => part !== '');
  const kept = members.filter((part) => part !== 'null' && part !== 'undefined');
  return { ...(kept.length > 0 ? { type: kept.join(' | ') } : {}), nullable: kept.length < members.length };
}

/** Skips a method: its parameters, return type and body. */
function skipMethod(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to) {
    const text = tokens[k].text;
    if (tokens[k].kind === 'punct' && (text === '(' || text === '<' || text === '[')) {
      k = closingIndex(tokens, k);
      continue;
    }
    if (tokens[k].kind === 'punct' && text === '{') return closingIndex(tokens, k);
    if (tokens[k].kind === 'punct' && text === ';') return k + 1;
    k++;
  }
  return to;
}

/** Skips an unreadable member: up to the next `;`, or where the next line's member starts. */
function skipMember(tokens: readonly Token[], from: number, to: number): number {
  let k = memberEnd(tokens, from, to);
  while (k < to && tokens[k].text === '=') k = memberEnd(tokens, k + 1, to);
  if (tokens[k]?.text === ';' || tokens[k]?.text === ',') k++;
  return Math.max(k, from);
}
