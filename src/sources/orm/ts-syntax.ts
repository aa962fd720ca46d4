// The TypeScript compiler API's syntax trees as the TypeScript/JavaScript ORM readers use them:
// one parse per file (`ts.createSourceFile`, no program and no type checker), and small helpers
// over its nodes (literal values, call and decorator names, declaring positions, the comments
// that document a declaration). The parser never throws on bad syntax; only nesting deeper than
// its recursion allows does, and that becomes one warning naming the file.
import ts from 'typescript';
import type { SourceWarning } from '../../model/index.js';
import { commentBody } from '../schema/code-tokens.js';

export { ts };

/** Parses a model file; `.js`/`.mjs`/`.cjs` as JavaScript (decorators, JSX-free), the rest as TypeScript. */
export function parseModule(text: string, fileName: string): ts.SourceFile {
  const kind = /\.[cm]?js$/i.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/**
 * Runs `read` over the parsed file. The parser and the tree walks recurse once per nesting level,
 * so a file nested a thousand levels deep (no hand-written model is) overflows the stack: it is
 * then reported as unread, with the rows of no other file lost.
 */
export function readModule<T>(text: string, fileName: string, warnings: SourceWarning[], read: (file: ts.SourceFile) => T[]): T[] {
  try {
    return read(parseModule(text, fileName));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    warnings.push({ message: 'nested too deeply for the TypeScript parser; this file was not read', line: 1, level: 'error' });
    return [];
  }
}

/** 1-based line and column where a node's first token starts. */
export function positionOf(node: ts.Node, file: ts.SourceFile): { line: number; column: number } {
  const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return { line: line + 1, column: character + 1 };
}

function lineAt(file: ts.SourceFile, pos: number): number {
  return file.getLineAndCharacterOfPosition(pos).line;
}

/**
 * The comment block directly above `node` (no blank line between, not a comment that ends the
 * line of the token before it) and a comment after it on its own last line (after a `,` too),
 * markers removed; JSDoc tags are dropped.
 */
export function commentOf(node: ts.Node, file: ts.SourceFile, inner?: ts.Node): string | undefined {
  const parts = [leadingComment(node, file)];
  if (inner) parts.push(leadingComment(inner, file));
  parts.push(trailingComment(node, file));
  return joinParts(parts);
}

function leadingComment(node: ts.Node, file: ts.SourceFile): string | undefined {
  const text = file.text;
  const ranges = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  const start = node.getStart(file);
  const previousLine = node.pos === 0 ? -1 : lineAt(file, node.pos);
  // Walk up from the node: each comment must end on the line above the next (or the same line).
  const kept: string[] = [];
  let nextLine = lineAt(file, start);
  for (let k = ranges.length - 1; k >= 0; k--) {
    const range = ranges[k];
    if (lineAt(file, range.pos) === previousLine) break;
    if (lineAt(file, range.end) < nextLine - 1) break;
    const body = commentBody(text.slice(range.pos, range.end));
    if (body !== undefined) kept.unshift(body);
    nextLine = lineAt(file, range.pos);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

function trailingComment(node: ts.Node, file: ts.SourceFile): string | undefined {
  const text = file.text;
  let end = node.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === ',' || text[end] === ';') end++;
  const ranges = ts.getTrailingCommentRanges(text, end) ?? [];
  const [first] = ranges;
  if (!first) return undefined;
  // A comment followed by more code on its line documents that code, not this node.
  const rest = text.slice(first.end, text.indexOf('\n', first.end) === -1 ? undefined : text.indexOf('\n', first.end));
  if (rest.trim() !== '') return undefined;
  return commentBody(text.slice(first.pos, first.end));
}

export function joinParts(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined && part.trim() !== '');
  return kept.length > 0 ? [...new Set(kept)].join(' ') : undefined;
}

/** Strips what does not change a value: parentheses, `as T`, `satisfies T`, `x!`, `<T>x`. */
export function unwrap(node: ts.Expression | undefined): ts.Expression | undefined {
  let current = node;
  while (current) {
    if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current) || ts.isTypeAssertionExpression(current)) {
      current = current.expression;
    } else return current;
  }
  return current;
}

/** A string literal's value (`'users'`, `"users"`, `` `users` `` without substitutions). */
export function stringOf(node: ts.Expression | undefined): string | undefined {
  const value = unwrap(node);
  return value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) ? value.text : undefined;
}

/** `true`/`false` literals. */
export function booleanOf(node: ts.Expression | undefined): boolean | undefined {
  const value = unwrap(node);
  if (value?.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value?.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

/** An identifier or member path as written: `String`, `Schema.Types.ObjectId`, `DataTypes.STRING`. */
export function pathOf(node: ts.Expression | undefined): string | undefined {
  const value = unwrap(node);
  if (!value) return undefined;
  if (ts.isIdentifier(value)) return value.text;
  if (ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.name)) {
    const head = pathOf(value.expression);
    return head === undefined ? undefined : `${head}.${value.name.text}`;
  }
  return undefined;
}

export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** The name of a property, a class member or an object key, when it is written as a name or a string. */
export function nameOf(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** An object literal, seen through parentheses and `as`. */
export function objectOf(node: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  const value = unwrap(node);
  return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** The `key: value` entry of an object literal. */
export function entryOf(node: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const object = objectOf(node);
  if (!object) return undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && nameOf(property.name) === key) return property.initializer;
  }
  return undefined;
}

/** A call's callee path (`sequelize.define`, `pgTable`), through `new` as well; undefined for other nodes. */
export function calleeOf(node: ts.Node): string | undefined {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return pathOf(node.expression);
  return undefined;
}

export interface Decorator {
  /** The last segment of the decorator's name (`Column` for `@typeorm.Column(…)`). */
  name: string;
  args: readonly ts.Expression[];
}

/** The decorators of a class or member, by name and arguments. */
export function decoratorsOf(node: ts.Node): Decorator[] {
  if (!ts.canHaveDecorators(node)) return [];
  const decorators: Decorator[] = [];
  for (const decorator of ts.getDecorators(node) ?? []) {
    const expression = decorator.expression;
    const call = ts.isCallExpression(expression) ? expression : undefined;
    const path = pathOf(call ? call.expression : expression);
    if (path !== undefined) decorators.push({ name: lastSegment(path), args: call ? call.arguments : [] });
  }
  return decorators;
}

/** The TypeScript type of a property as written, without `| null`/`| undefined`, and whether those were there. */
export function declaredTsType(type: ts.TypeNode | undefined, file: ts.SourceFile): { type?: string; nullable: boolean } {
  if (!type) return { nullable: false };
  const members = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  const kept = members.filter((member) => !isNullish(member));
  const text = kept.map((member) => member.getText(file).replace(/\s+/g, ' ').replace(/\s*([<>[\],.])\s*/g, '$1')).join(' | ');
  return { ...(kept.length > 0 ? { type: text } : {}), nullable: kept.length < members.length };
}

function isNullish(type: ts.TypeNode): boolean {
  if (type.kind === ts.SyntaxKind.UndefinedKeyword) return true;
  return ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword;
}

/** Calls every node of the tree, parents first, in source order; `visit` returns false to skip a node's children. */
export function walk(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (visit(current) === false) continue;
    const children: ts.Node[] = [];
    ts.forEachChild(current, (child) => {
      children.push(child);
    });
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
  }
}

/** The class a `@Entity()`-style reader sees: its name, decorators, base class and property declarations. */
export interface ClassDecl {
  name: string;
  node: ts.ClassLikeDeclaration;
  decorators: Decorator[];
  parent?: string;
  properties: ts.PropertyDeclaration[];
}

/** Every class declaration or expression in the file, with its decorators. */
export function classesOf(file: ts.SourceFile): ClassDecl[] {
  const classes: ClassDecl[] = [];
  walk(file, (node) => {
    if (!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) return;
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const parent = heritage ? pathOf(heritage.expression) : undefined;
    classes.push({
      name: node.name?.text ?? 'default',
      node,
      decorators: decoratorsOf(node),
      ...(parent === undefined ? {} : { parent: lastSegment(parent) }),
      properties: node.members.filter(ts.isPropertyDeclaration),
    });
  });
  return classes;
}
