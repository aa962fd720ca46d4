// Tokenizer for one SQL statement (DDL, INSERT/COPY heads): words, quoted identifiers, strings,
// numbers, punctuation and comments, each with its offset so declarations keep their position.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'comment';

export interface Token {
  kind: TokenKind;
  /** Source text of the token. */
  text: string;
  /** Identifier without quotes, string without quotes and escapes; equals `text` otherwise. */
  value: string;
  start: number;
  end: number;
}

const BACKSLASH_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', Z: '\x1a', '0': '\0' };

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127
  );
}

/** Reads a quoted run starting at `open`; doubled closing quotes escape themselves (SQL-92 §5.3). */
function readQuoted(text: string, open: number, close: string, backslashEscapes: boolean): { value: string; end: number } {
  let value = '';
  let i = open + 1;
  for (;;) {
    const quote = text.indexOf(close, i);
    const slash = backslashEscapes ? text.indexOf('\\', i) : -1;
    if (quote === -1) return { value: value + text.slice(i), end: text.length };
    if (slash !== -1 && slash < quote) {
      value += text.slice(i, slash);
      const escaped = text[slash + 1] ?? '';
      value += BACKSLASH_ESCAPES[escaped] ?? escaped;
      i = slash + 2;
      continue;
    }
    value += text.slice(i, quote);
    if (text[quote + 1] === close && close !== ']') {
      value += close;
      i = quote + 2;
      continue;
    }
    return { value, end: quote + 1 };
  }
}

/**
 * Splits a statement into tokens. `backslashEscapes` follows MySQL (and PostgreSQL with
 * standard_conforming_strings off); `E'…'` strings always use them (PostgreSQL §4.1.2.2).
 */
export function tokenize(text: string, backslashEscapes: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    const ch = text[i];
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      i++;
      continue;
    }
    const start = i;
    if ((ch === '-' && text[i + 1] === '-') || ch === '#') {
      let end = text.indexOf('\n', i);
      if (end === -1) end = length;
      const body = text.slice(i, end);
      tokens.push({ kind: 'comment', text: body, value: body.replace(/^(--|#)\s?/, '').trim(), start, end });
      i = end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      let end = text.indexOf('*/', i + 2);
      end = end === -1 ? length : end + 2;
      const body = text.slice(i, end);
      tokens.push({ kind: 'comment', text: body, value: body.slice(2, -2).trim(), start, end });
      i = end;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readQuoted(text, i, "'", backslashEscapes);
      tokens.push({ kind: 'string', text: text.slice(start, end), value, start, end });
      i = end;
      continue;
    }
    if (ch === '"' || ch === '`' || ch === '[') {
      const { value, end } = readQuoted(text, i, ch === '[' ? ']' : ch, false);
      tokens.push({ kind: 'quoted', text: text.slice(start, end), value, start, end });
      i = end;
      continue;
    }
    if (ch === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 66));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        const end = close === -1 ? length : close + tag[0].length;
        const value = text.slice(i + tag[0].length, close === -1 ? length : close);
        tokens.push({ kind: 'string', text: text.slice(start, end), value, start, end });
        i = end;
        continue;
      }
    }
    if (isWordChar(code)) {
      let end = i + 1;
      while (end < length && isWordChar(text.charCodeAt(end))) end++;
      const word = text.slice(i, end);
      // E'…' (escape string), N'…' (national), X'…'/B'…' and MySQL `_utf8mb4'…'` introducers.
      if (text[end] === "'" && /^(e|n|x|b|_[a-z0-9]+)$/i.test(word)) {
        const escapes = word.toLowerCase() === 'e' || (backslashEscapes && word.startsWith('_'));
        const { value, end: stringEnd } = readQuoted(text, end, "'", escapes);
        tokens.push({ kind: 'string', text: text.slice(start, stringEnd), value, start, end: stringEnd });
        i = stringEnd;
        continue;
      }
      tokens.push({ kind: /^[0-9]/.test(word) ? 'number' : 'word', text: word, value: word, start, end });
      i = end;
      continue;
    }
    const end = ch === ':' && text[i + 1] === ':' ? i + 2 : i + 1;
    tokens.push({ kind: 'punct', text: text.slice(i, end), value: text.slice(i, end), start, end });
    i = end;
  }
  return tokens;
}

/** True when the token is the given keyword (case-insensitive, unquoted). */
export function isKeyword(token: Token | undefined, ...keywords: string[]): boolean {
  if (token?.kind !== 'word') return false;
  const upper = token.text.toUpperCase();
  return keywords.includes(upper);
}

export function isPunct(token: Token | undefined, punct: string): boolean {
  return token?.kind === 'punct' && token.text === punct;
}

/** A possibly schema-qualified name: `public.customer`, `"Sales"."Order"`, `` `db`.`t` ``. */
export interface QualifiedName {
  schema?: string;
  name: string;
}

/** Reads `a`, `a.b` or `a.b.c` (catalog.schema.table) starting at `index`; returns the next index. */
export function readQualifiedName(tokens: Token[], index: number): { name: QualifiedName; next: number } | undefined {
  const parts: string[] = [];
  let i = index;
  for (;;) {
    const token = tokens[i];
    if (token?.kind !== 'word' && token?.kind !== 'quoted') return undefined;
    parts.push(token.value);
    i++;
    if (!isPunct(tokens[i], '.')) break;
    i++;
  }
  const name = parts[parts.length - 1];
  return { name: parts.length > 1 ? { schema: parts[parts.length - 2], name } : { name }, next: i };
}

/** Index of the `)` closing the `(` at `open`, or -1. */
export function matchingParen(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'punct') continue;
    if (token.text === '(') depth++;
    else if (token.text === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits tokens[from, to) at top-level commas. */
export function splitTopLevel(tokens: Token[], from: number, to: number): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.kind === 'punct') {
      if (token.text === '(') depth++;
      else if (token.text === ')') depth--;
      else if (token.text === ',' && depth === 0) {
        parts.push(current);
        current = [];
        continue;
      }
    }
    current.push(token);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Maps statement offsets to 1-based file lines and columns. */
export class PositionMap {
  private readonly newlines: number[] = [];
  constructor(
    text: string,
    private readonly startLine: number,
    private readonly startColumn: number,
  ) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.newlines.push(at);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.newlines[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return { line: this.startLine, column: this.startColumn + offset };
    return { line: this.startLine + low, column: offset - this.newlines[low - 1] };
  }
}
