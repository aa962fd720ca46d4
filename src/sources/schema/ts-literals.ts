// Reads the literal values ORM definitions are written in (object and array literals, strings,
// numbers, identifiers and member paths such as `Schema.Types.ObjectId`, `new Schema(…)`, arrow
// functions `() => Address`) out of a token list, keeping the line of every key. Anything else
// (calls, spreads, computed keys) becomes an `other` node that the readers skip.
import { closingIndex, type Token } from './code-tokens.js';

export type LiteralNode =
  /** `skipped`: lines of members that are not `key: value` (spreads, methods, computed or shorthand keys). */
  | { kind: 'object'; entries: ObjectEntry[]; skipped: number[]; line: number }
  | { kind: 'array'; items: LiteralNode[]; line: number }
  | { kind: 'string'; value: string; line: number }
  | { kind: 'number' | 'boolean'; value: string; line: number }
  /** An identifier or member path: `String`, `Schema.Types.ObjectId`, `addressSchema`. */
  | { kind: 'path'; value: string; line: number }
  /** `new Callee(args)` or `Callee(args)`: nested schemas. */
  | { kind: 'call'; callee: string; args: LiteralNode[]; line: number; start: number }
  /** `() => Address` / `(type) => Address`: the path it returns. */
  | { kind: 'arrow'; returns: LiteralNode; line: number }
  | { kind: 'other'; line: number };

export interface ObjectEntry {
  key: string;
  value: LiteralNode;
  line: number;
  column: number;
  /** The comment above the key, or after its value on the same line. */
  comment?: string;
}

export interface ParsedLiteral {
  node: LiteralNode;
  /** Index of the first token after the literal. */
  end: number;
}

/** Literals nested deeper than this are skipped (hand-written models stay far below it). */
const MAX_LITERAL_DEPTH = 32;

/** Reads one expression starting at `start`; stops before `,`, `)`, `]`, `}` or `;` at depth 0. */
export function readLiteral(tokens: readonly Token[], start: number, depth = 0): ParsedLiteral {
  const parsed = readPrimary(tokens, start, depth);
  // `String as any`, `x!`, `a || b`: the first operand stands, the rest is skipped.
  return { node: parsed.node, end: skipExpression(tokens, parsed.end) };
}

/** Reads the literal, path or call at `start` and nothing after it (a decorator is followed by what it decorates). */
export function readPrimary(tokens: readonly Token[], start: number, depth = 0): ParsedLiteral {
  const token = tokens[start] as Token | undefined;
  if (!token) return { node: { kind: 'other', line: tokens.at(-1)?.line ?? 1 }, end: start };
  if (depth > MAX_LITERAL_DEPTH) return { node: { kind: 'other', line: token.line }, end: skipExpression(tokens, start) };
  let parsed: ParsedLiteral;
  if (token.kind === 'punct' && token.text === '{') parsed = readObject(tokens, start, depth);
  else if (token.kind === 'punct' && token.text === '[') parsed = readArray(tokens, start, depth);
  else if (token.kind === 'string' || token.kind === 'template') parsed = { node: { kind: 'string', value: token.kind === 'string' ? token.text : token.text.slice(1, -1), line: token.line }, end: start + 1 };
  else if (token.kind === 'number') parsed = { node: { kind: 'number', value: token.text, line: token.line }, end: start + 1 };
  else if (token.kind === 'name' && (token.text === 'true' || token.text === 'false')) parsed = { node: { kind: 'boolean', value: token.text, line: token.line }, end: start + 1 };
  else if (token.kind === 'punct' && token.text === '(') parsed = readParenthesized(tokens, start, depth);
  else if (token.kind === 'name') parsed = readPathOrCall(tokens, start, depth);
  else parsed = { node: { kind: 'other', line: token.line }, end: start + 1 };
  return parsed;
}

/** Index of the token that ends the expression starting at `start` (a `,`/`;`/closer at depth 0). */
export function skipExpression(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k < tokens.length) {
    const token = tokens[k];
    if (token.kind === 'punct') {
      if (token.text === ',' || token.text === ';' || token.text === ')' || token.text === ']' || token.text === '}') return k;
      if (token.text === '(' || token.text === '[' || token.text === '{') {
        k = closingIndex(tokens, k);
        continue;
      }
    }
    k++;
  }
  return k;
}

function readObject(tokens: readonly Token[], start: number, depth: number): ParsedLiteral {
  const entries: ObjectEntry[] = [];
  const skipped: number[] = [];
  const close = closingIndex(tokens, start) - 1;
  let k = start + 1;
  while (k < close) {
    const keyToken = tokens[k];
    const isKey = (keyToken.kind === 'name' || keyToken.kind === 'string' || keyToken.kind === 'number') && tokens[k + 1]?.text === ':';
    if (!isKey) {
      // A spread, a method, a shorthand property or a computed key: not a declaration we can read.
      skipped.push(keyToken.line);
      k = skipExpression(tokens, k) + 1;
      continue;
    }
    const value = readLiteral(tokens, k + 2, depth + 1);
    const comment = keyToken.leading ?? trailingOnLine(tokens, k, Math.min(value.end, close - 1), keyToken.line);
    entries.push({ key: keyToken.text, value: value.node, line: keyToken.line, column: keyToken.column, ...(comment === undefined ? {} : { comment }) });
    k = value.end;
    if (tokens[k]?.text === ',') k++;
    else if (k < close) k = skipExpression(tokens, k) + 1;
  }
  return { node: { kind: 'object', entries, skipped, line: tokens[start].line }, end: close + 1 };
}

function readArray(tokens: readonly Token[], start: number, depth: number): ParsedLiteral {
  const items: LiteralNode[] = [];
  const close = closingIndex(tokens, start) - 1;
  let k = start + 1;
  while (k < close) {
    const item = readLiteral(tokens, k, depth + 1);
    items.push(item.node);
    k = item.end;
    if (tokens[k]?.text === ',') k++;
    else if (k < close) k = skipExpression(tokens, k) + 1;
  }
  return { node: { kind: 'array', items, line: tokens[start].line }, end: close + 1 };
}

/** `(…) => Body` or a parenthesized expression. */
function readParenthesized(tokens: readonly Token[], start: number, depth: number): ParsedLiteral {
  const after = closingIndex(tokens, start);
  if (tokens[after]?.text === '=>') {
    const body = readLiteral(tokens, after + 1, depth + 1);
    return { node: { kind: 'arrow', returns: body.node, line: tokens[start].line }, end: body.end };
  }
  const inner = readLiteral(tokens, start + 1, depth + 1);
  return { node: inner.node, end: after };
}

/** `a.b.c`, `new a.b<T>(…)`, `a(…)`, `type => Address`. */
function readPathOrCall(tokens: readonly Token[], start: number, depth: number): ParsedLiteral {
  let k = start;
  const line = tokens[start].line;
  const callStart = start;
  const constructed = tokens[k].text === 'new';
  if (constructed) k++;
  if (tokens[k]?.kind !== 'name') return { node: { kind: 'other', line }, end: k };
  if (!constructed && tokens[k + 1]?.text === '=>') {
    const body = readLiteral(tokens, k + 2, depth + 1);
    return { node: { kind: 'arrow', returns: body.node, line }, end: body.end };
  }
  const parts = [tokens[k].text];
  k++;
  while ((tokens[k]?.text === '.' || tokens[k]?.text === '?.') && tokens[k + 1]?.kind === 'name') {
    parts.push(tokens[k + 1].text);
    k += 2;
  }
  if (tokens[k]?.text === '<') k = closingIndex(tokens, k);
  if (tokens[k]?.text !== '(') return { node: { kind: 'path', value: parts.join('.'), line }, end: k };
  const args: LiteralNode[] = [];
  const close = closingIndex(tokens, k) - 1;
  let a = k + 1;
  while (a < close) {
    const arg = readLiteral(tokens, a, depth + 1);
    args.push(arg.node);
    a = arg.end;
    if (tokens[a]?.text === ',') a++;
    else if (a < close) a = skipExpression(tokens, a) + 1;
  }
  return { node: { kind: 'call', callee: parts.join('.'), args, line, start: callStart }, end: close + 1 };
}

/** The comment after a token of `line` among tokens[from..to] (the last may be the comma after a value). */
export function trailingOnLine(tokens: readonly Token[], from: number, to: number, line: number): string | undefined {
  for (let k = from; k <= to && k < tokens.length; k++) {
    if (tokens[k].line > line) return undefined;
    if (tokens[k].trailing !== undefined && tokens[k].line === line) return tokens[k].trailing;
  }
  return undefined;
}

/** The value of `key` in an object literal node. */
export function entryOf(node: LiteralNode | undefined, key: string): LiteralNode | undefined {
  return node?.kind === 'object' ? node.entries.find((entry) => entry.key === key)?.value : undefined;
}

/** A string literal's value. */
export function stringOf(node: LiteralNode | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}
