// Statements of the Ruby reader (ruby-syntax.ts) read as method calls, the only shape a Rails
// schema or migration declares columns in: `create_table "users" do |t|`, `t.string "email",
// null: false`, `add_column :users, :phone, :string`.
import type { RbStatement, RbToken } from './ruby-syntax.js';

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
  /** The call ends in `do |params|`. */
  block?: string[];
  line: number;
  column: number;
}

/**
 * Reads a statement as a method call: `name args`, `name(args)`, `recv.name args`, with
 * positional values, `key: value` / `:key => value` options and a trailing `do |x|`.
 */
export function readCall(statement: RbStatement): RbCall | undefined {
  const tokens = statement.tokens;
  let i = 0;
  let receiver: string | undefined;
  // `ActiveRecord::Schema[7.1].define(…) do` and other constant paths: keep only the method.
  while (tokens[i + 1]?.kind === 'op' && (tokens[i + 1].text === '.' || tokens[i + 1].text === '::' || tokens[i + 1].text === '&.')) {
    receiver = tokens[i].text;
    i += 2;
  }
  if (tokens[i]?.kind === 'op' && tokens[i].text === '[') i = skipBalanced(tokens, i);
  if (tokens[i]?.kind === 'op' && tokens[i].text === '.') i++;
  const method = tokens[i];
  if (method?.kind !== 'name') return undefined;
  i++;
  let stop = tokens.length;
  let block: string[] | undefined;
  const doAt = tokens.findIndex((t, k) => k >= i && t.kind === 'name' && t.text === 'do');
  if (doAt >= 0) {
    stop = doAt;
    block = tokens.slice(doAt + 1).filter((t) => t.kind === 'name').map((t) => t.text);
  }
  if (tokens[i]?.kind === 'op' && tokens[i].text === '(') {
    const close = skipBalanced(tokens, i);
    if (close - 1 < stop) stop = close - 1;
    i++;
  }
  const args: RbValue[] = [];
  const options = new Map<string, RbValue>();
  while (i < stop) {
    const token = tokens[i];
    if (token.kind === 'op' && token.text === ',') {
      i++;
      continue;
    }
    if (token.kind === 'label') {
      const value = readValue(tokens, i + 1, stop);
      options.set(token.text, value.value);
      i = value.end;
      continue;
    }
    const value = readValue(tokens, i, stop);
    if (tokens[value.end]?.text === '=>' && (value.value.kind === 'symbol' || value.value.kind === 'string')) {
      const option = readValue(tokens, value.end + 1, stop);
      options.set(value.value.text, option.value);
      i = option.end;
      continue;
    }
    args.push(value.value);
    i = Math.max(value.end, i + 1);
  }
  return { ...(receiver === undefined ? {} : { receiver }), method: method.text, args, options, ...(block ? { block } : {}), line: tokens[0].line, column: tokens[0].column };
}

function skipBalanced(tokens: readonly RbToken[], open: number): number {
  let level = 0;
  for (let k = open; k < tokens.length; k++) {
    const text = tokens[k].kind === 'op' ? tokens[k].text : '';
    if (text === '(' || text === '[' || text === '{') level++;
    else if (text === ')' || text === ']' || text === '}') {
      level--;
      if (level === 0) return k + 1;
    }
  }
  return tokens.length;
}

const MAX_NESTING = 64;

/** One value up to the next top-level comma; anything beyond a literal is `other`. */
function readValue(tokens: readonly RbToken[], start: number, stop: number, depth = 0): { value: RbValue; end: number } {
  const token = tokens[start];
  if (!token) return { value: { kind: 'other' }, end: start };
  let value: RbValue = { kind: 'other' };
  let end = start + 1;
  // Arrays nested deeper than any declaration are skipped unread (reading recurses per level).
  if (token.kind === 'op' && token.text === '[' && depth >= MAX_NESTING) {
    end = skipBalanced(tokens, start);
  } else if (token.kind === 'op' && token.text === '[') {
    const items: RbValue[] = [];
    const close = skipBalanced(tokens, start);
    let k = start + 1;
    while (k < close - 1) {
      if (tokens[k].kind === 'op' && tokens[k].text === ',') {
        k++;
        continue;
      }
      const item = readValue(tokens, k, close - 1, depth + 1);
      items.push(item.value);
      k = Math.max(item.end, k + 1);
    }
    value = { kind: 'array', items };
    end = close;
  } else if (token.kind === 'string' || token.kind === 'symbol' || token.kind === 'number' || token.kind === 'name') {
    value = { kind: token.kind, text: token.text };
    // Adjacent string literals concatenate.
    while (value.kind === 'string' && tokens[end]?.kind === 'string' && end < stop) value = { kind: 'string', text: value.text + tokens[end++].text };
    // `<<~TEXT.squish`, `"…".freeze`: a string tidied by a method without arguments is still that string.
    while (value.kind === 'string' && end + 1 < stop && tokens[end].text === '.' && tokens[end + 1].kind === 'name' && tokens[end + 2]?.text !== '(') {
      if (tokens[end + 1].text === 'squish') value = { kind: 'string', text: value.text.replace(/\s+/g, ' ').trim() };
      end += 2;
    }
  } else if (token.kind === 'op' && (token.text === '(' || token.text === '{')) {
    end = skipBalanced(tokens, start);
  }
  // Anything more before the comma (`a + b`, `-> { }`, a method chain) is an expression this reader does not model.
  if (end < stop && !(tokens[end].kind === 'op' && (tokens[end].text === ',' || tokens[end].text === '=>'))) {
    value = { kind: 'other' };
    while (end < stop && !(tokens[end].kind === 'op' && tokens[end].text === ',')) {
      end = tokens[end].kind === 'op' && '([{'.includes(tokens[end].text) ? skipBalanced(tokens, end) : end + 1;
    }
  }
  return { value, end };
}

/** Text of a string or symbol value. */
export function textOf(value: RbValue | undefined): string | undefined {
  return value && (value.kind === 'string' || value.kind === 'symbol') ? value.text : undefined;
}
