// Method calls of a Ruby syntax tree (tree-sitter-ruby), the only shape a Rails schema or
// migration declares columns in: `create_table "users" do |t|`, `t.string "email", null: false`,
// `add_column :users, :phone, :string`. Arguments are read as the literals they are (strings,
// symbols, `%w[]`/`%i[]` arrays, heredocs, numbers, names); anything else is `other`.
import { positionOf, type SyntaxNode } from './tree-sitter.js';

/** A value in an argument list: literals, an array of them, or something this reader does not model. */
export type RbValue =
  | { kind: 'string' | 'symbol' | 'number' | 'name'; text: string }
  | { kind: 'array'; items: RbValue[] }
  | { kind: 'other' };

export interface RbCall {
  /** `create_table`, or `t.string` as receiver `t` and method `string`. */
  receiver?: string;
  method: string;
  args: RbValue[];
  options: Map<string, RbValue>;
  /** The block's parameters, when the call has a block (`do |t| … end`, `{ |t| … }`). */
  block?: string[];
  line: number;
  column: number;
}

const OTHER: RbValue = { kind: 'other' };
/** Arrays nested deeper than any declaration are not read (reading recurses per level). */
const MAX_NESTING = 64;
/** Methods that tidy a string without changing what it says (`<<~TEXT.squish`, `"…".freeze`). */
const STRING_TIDIERS = new Set(['squish', 'strip', 'freeze', 'chomp', 'dup']);

/** Reads a `call` node: receiver, method, positional arguments, `key: value` / `:key => value` options and block parameters. */
export function readCall(node: SyntaxNode): RbCall | undefined {
  if (node.type !== 'call') return undefined;
  const method = node.childForFieldName('method');
  if (!method) return undefined;
  const receiverNode = node.childForFieldName('receiver');
  const args: RbValue[] = [];
  const options = new Map<string, RbValue>();
  for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!argument) continue;
    if (argument.type === 'pair') {
      const key = argument.childForFieldName('key');
      const value = argument.childForFieldName('value');
      const name = key?.type === 'hash_key_symbol' ? key.text : key ? textOf(readValue(key)) : undefined;
      if (name !== undefined) options.set(name, value ? readValue(value) : OTHER);
    } else if (argument.type !== 'comment') {
      args.push(readValue(argument));
    }
  }
  const blockNode = node.childForFieldName('block');
  const block = blockNode
    ? (blockNode.namedChildren.find((child) => child?.type === 'block_parameters')?.namedChildren.filter((p) => p?.type === 'identifier').map((p) => p.text) ?? [])
    : undefined;
  const receiver = receiverNode && (receiverNode.type === 'identifier' || receiverNode.type === 'constant') ? receiverNode.text : undefined;
  return { ...(receiver === undefined ? {} : { receiver }), method: method.text, args, options, ...(block ? { block } : {}), ...positionOf(node) };
}

/** One argument as a literal value. */
export function readValue(node: SyntaxNode, depth = 0): RbValue {
  switch (node.type) {
    case 'string':
      return { kind: 'string', text: stringText(node) };
    case 'chained_string':
      // Adjacent string literals concatenate.
      return { kind: 'string', text: node.namedChildren.map((part) => (part?.type === 'string' ? stringText(part) : '')).join('') };
    case 'simple_symbol':
      return { kind: 'symbol', text: node.text.slice(1) };
    case 'delimited_symbol':
      return { kind: 'symbol', text: stringText(node) };
    case 'hash_key_symbol':
      return { kind: 'symbol', text: node.text };
    case 'integer':
    case 'float':
      return { kind: 'number', text: node.text };
    case 'true':
    case 'false':
    case 'nil':
    case 'identifier':
    case 'constant':
      return { kind: 'name', text: node.text };
    case 'array':
      if (depth >= MAX_NESTING) return OTHER;
      return { kind: 'array', items: node.namedChildren.filter((item) => item !== null && item.type !== 'comment').map((item) => readValue(item, depth + 1)) };
    case 'string_array':
    case 'symbol_array': {
      const kind = node.type === 'string_array' ? 'string' : 'symbol';
      return { kind: 'array', items: node.namedChildren.filter((item) => item !== null).map((item) => ({ kind, text: stringText(item) })) };
    }
    case 'heredoc_beginning': {
      const body = heredocBody(node);
      return body === undefined ? OTHER : { kind: 'string', text: body };
    }
    case 'call': {
      // `<<~TEXT.squish`, `"…".freeze`: a string tidied by a method without arguments is still that string.
      const receiver = node.childForFieldName('receiver');
      const method = node.childForFieldName('method')?.text ?? '';
      if (!receiver || node.childForFieldName('arguments') || node.childForFieldName('block') || !STRING_TIDIERS.has(method)) return OTHER;
      const inner = readValue(receiver, depth + 1);
      if (inner.kind !== 'string') return OTHER;
      return method === 'squish' ? { kind: 'string', text: inner.text.replace(/\s+/g, ' ').trim() } : inner;
    }
    default:
      return OTHER;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', s: ' ', '0': '\0' };

/** One escape sequence without its backslash: `n`, `u00e9`, `u{1F600}`, `x41`, or a character standing for itself. */
function unescape(escaped: string): string {
  const code = escaped[0] === 'u' ? escaped.slice(1).replace(/[{}]/g, '') : escaped[0] === 'x' ? escaped.slice(1) : undefined;
  const point = code === undefined ? NaN : Number.parseInt(code, 16);
  if (Number.isInteger(point) && point >= 0 && point <= 0x10ffff) return String.fromCodePoint(point);
  return ESCAPES[escaped] ?? escaped;
}

/** A string's value: its content with escapes undone and interpolations (`#{…}`) kept as written. */
function stringText(node: SyntaxNode): string {
  let text = '';
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === 'escape_sequence') {
      text += unescape(part.text.slice(1));
    } else if (part.type === 'string_content' || part.type === 'interpolation' || part.type === 'heredoc_content') {
      text += part.text;
    }
  }
  return text;
}

/**
 * A heredoc's body sits after the statement that opens it (`t.string "a", comment: <<~TEXT` then
 * the lines up to `TEXT`), one body per opener, in order. `<<~` bodies lose their common indentation.
 */
function heredocBody(beginning: SyntaxNode): string | undefined {
  let statement: SyntaxNode | null = beginning;
  for (let level = 0; statement && level < MAX_NESTING; level++, statement = statement.parent) {
    if (statement.nextSibling?.type !== 'heredoc_body') continue;
    const index = statement.descendantsOfType('heredoc_beginning').findIndex((b) => b?.startIndex === beginning.startIndex);
    let body: SyntaxNode | null = statement.nextSibling;
    for (let k = 0; k < index && body?.type === 'heredoc_body'; k++) body = body.nextSibling;
    if (body?.type !== 'heredoc_body') return undefined;
    const end = body.namedChildren.find((child) => child?.type === 'heredoc_end');
    const raw = body.text.slice(0, end ? end.startIndex - body.startIndex : undefined).replace(/^\r?\n/, '');
    return beginning.text.startsWith('<<~') ? dedent(raw) : raw;
  }
  return undefined;
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const cut = indents.length > 0 ? indents.reduce((a, b) => Math.min(a, b)) : 0;
  return lines.map((line) => line.slice(cut)).join('\n').replace(/\n$/, '');
}

/** Text of a string or symbol value. */
export function textOf(value: RbValue | undefined): string | undefined {
  return value && (value.kind === 'string' || value.kind === 'symbol') ? value.text : undefined;
}
