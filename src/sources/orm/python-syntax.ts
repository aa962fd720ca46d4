// A small Python reader for model files: a tokenizer (strings of every prefix and quote, comments,
// brackets, line continuations) that groups tokens into logical lines with their indentation, and
// an expression parser for the shapes ORM declarations use (dotted names, calls with keyword
// arguments, subscripts, `a | b`). Anything else parses as an opaque expression, never a crash.
// Lexical rules after the Python Language Reference, chapter 2 "Lexical analysis".

export interface PyToken {
  kind: 'name' | 'string' | 'number' | 'op';
  /** Names and operators as written; strings as their value (escapes of `\n`, `\t`, quotes and `\\` undone). */
  text: string;
  line: number;
  column: number;
}

export interface PyLine {
  /** Column of the first token (tabs count to the next multiple of 8, as CPython does). */
  indent: number;
  tokens: PyToken[];
  line: number;
}

const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

/** Splits source text into logical lines; an unterminated string or bracket ends at the end of the file. */
export function pythonLines(text: string): PyLine[] {
  const lines: PyLine[] = [];
  let current: PyToken[] = [];
  let indent = 0;
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  let i = 0;
  const n = text.length;
  const flush = (): void => {
    if (current.length > 0) lines.push({ indent, tokens: current, line: current[0].line });
    current = [];
    atLineStart = true;
  };
  while (i < n) {
    const char = text[i];
    if (atLineStart && depth === 0) {
      // Measure the indentation of a new logical line.
      let width = 0;
      let j = i;
      for (; j < n; j++) {
        if (text[j] === ' ') width++;
        else if (text[j] === '\t') width = (Math.floor(width / 8) + 1) * 8;
        else if (text[j] === '\f') width = 0;
        else break;
      }
      indent = width;
      i = j;
      atLineStart = false;
      continue;
    }
    if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      lineStart = i;
      if (depth === 0) flush();
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\f') {
      i++;
      continue;
    }
    if (char === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (char === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      // Explicit line joining: the next physical line continues this logical line.
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      line++;
      lineStart = i;
      continue;
    }
    const column = i - lineStart + 1;
    if (isNameStart(char)) {
      let j = i + 1;
      while (j < n && isNameChar(text[j])) j++;
      const word = text.slice(i, j);
      if ((text[j] === '"' || text[j] === "'") && STRING_PREFIX.test(word)) {
        const read = readString(text, j, line);
        current.push({ kind: 'string', text: /[rR]/.test(word) ? read.raw : read.value, line, column });
        line = read.line;
        if (read.lineStart !== undefined) lineStart = read.lineStart;
        i = read.end;
        continue;
      }
      current.push({ kind: 'name', text: word, line, column });
      i = j;
      continue;
    }
    if (char === '"' || char === "'") {
      const read = readString(text, i, line);
      current.push({ kind: 'string', text: read.value, line, column });
      line = read.line;
      if (read.lineStart !== undefined) lineStart = read.lineStart;
      i = read.end;
      continue;
    }
    if (isDigit(char) || (char === '.' && isDigit(text[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && (isNameChar(text[j]) || text[j] === '.')) j++;
      current.push({ kind: 'number', text: text.slice(i, j), line, column });
      i = j;
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth = Math.max(0, depth - 1);
    const two = text.slice(i, i + 2);
    const op = ['**', '//', '->', ':=', '==', '!=', '<=', '>=', '<<', '>>'].includes(two) ? two : char;
    current.push({ kind: 'op', text: op, line, column });
    i += op.length;
  }
  flush();
  return lines;
}

function isNameStart(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char > '\u007f';
}

function isNameChar(char: string): boolean {
  return isNameStart(char) || isDigit(char);
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

interface ReadString {
  value: string;
  raw: string;
  end: number;
  line: number;
  lineStart?: number;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

/** Reads a quoted string starting at `start` (the quote); triple quotes may span lines. */
function readString(text: string, start: number, line: number): ReadString {
  const quote = text[start];
  const triple = text.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  let i = start + close.length;
  let value = '';
  let lineStart: number | undefined;
  const contentStart = i;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1];
      if (next === '\n' || next === '\r') {
        i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
        line++;
        lineStart = i;
        continue;
      }
      value += ESCAPES[next] ?? `\\${next}`;
      i += 2;
      continue;
    }
    if (text.startsWith(close, i)) {
      return { value, raw: text.slice(contentStart, i), end: i + close.length, line, ...(lineStart === undefined ? {} : { lineStart }) };
    }
    if (char === '\n' || char === '\r') {
      // A single-quoted string cannot span lines: it ends here, unterminated.
      if (!triple) break;
      if (char === '\r' && text[i + 1] === '\n') {
        value += '\r';
        i++;
      }
      line++;
      lineStart = i + 1;
    }
    value += char;
    i++;
  }
  return { value, raw: text.slice(contentStart, i), end: i, line, ...(lineStart === undefined ? {} : { lineStart }) };
}

/** The expression shapes model declarations use; everything else is `other`. */
export type PyExpr =
  | { kind: 'name'; parts: string[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; text: string }
  | { kind: 'call'; callee: PyExpr; args: PyExpr[]; keywords: Map<string, PyExpr>; line: number; column: number }
  | { kind: 'subscript'; base: PyExpr; items: PyExpr[] }
  | { kind: 'union'; members: PyExpr[] }
  | { kind: 'list'; items: PyExpr[] }
  | { kind: 'other' };

const OTHER: PyExpr = { kind: 'other' };
const CLOSERS = new Set([')', ']', '}']);

/** Parses tokens[start…] as one expression; stops before `,`, `=` (when `stopAtAssign`), `:` or a closer at its level. */
export function parseExpression(tokens: readonly PyToken[], start: number): { expr: PyExpr; end: number } {
  let { expr, end } = parsePostfix(tokens, start);
  const members = [expr];
  while (tokens[end]?.kind === 'op' && tokens[end].text === '|') {
    const next = parsePostfix(tokens, end + 1);
    members.push(next.expr);
    end = next.end;
  }
  if (members.length > 1) expr = { kind: 'union', members };
  // Any other operator makes an expression this reader does not model: skip to its end.
  if (end < tokens.length && !isBoundary(tokens[end])) {
    end = skipToBoundary(tokens, end);
    expr = OTHER;
  }
  return { expr, end };
}

function isBoundary(token: PyToken): boolean {
  return token.kind === 'op' && (token.text === ',' || token.text === '=' || token.text === ':' || CLOSERS.has(token.text));
}

/** The index of the next `,`, `=`, `:` or closer at bracket level 0 from `start`. */
function skipToBoundary(tokens: readonly PyToken[], start: number): number {
  let depth = 0;
  let i = start;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'op') continue;
    if ('([{'.includes(token.text)) depth++;
    else if (CLOSERS.has(token.text)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && isBoundary(token)) return i;
  }
  return i;
}

function parsePostfix(tokens: readonly PyToken[], start: number): { expr: PyExpr; end: number } {
  const first = tokens[start];
  let { expr, end } = parseAtom(tokens, start);
  for (;;) {
    const token = tokens[end];
    if (token?.kind !== 'op') break;
    if (token.text === '.' && tokens[end + 1]?.kind === 'name') {
      const attribute = tokens[end + 1].text;
      expr = expr.kind === 'name' ? { kind: 'name', parts: [...expr.parts, attribute] } : OTHER;
      end += 2;
    } else if (token.text === '(') {
      const call = parseArguments(tokens, end + 1, ')');
      expr = { kind: 'call', callee: expr, args: call.args, keywords: call.keywords, line: first?.line ?? token.line, column: first?.column ?? token.column };
      end = call.end;
    } else if (token.text === '[') {
      const index = parseArguments(tokens, end + 1, ']');
      expr = { kind: 'subscript', base: expr, items: index.args };
      end = index.end;
    } else break;
  }
  return { expr, end };
}

function parseAtom(tokens: readonly PyToken[], start: number): { expr: PyExpr; end: number } {
  const token = tokens[start];
  if (!token) return { expr: OTHER, end: start };
  if (token.kind === 'name') return { expr: { kind: 'name', parts: [token.text] }, end: start + 1 };
  if (token.kind === 'number') return { expr: { kind: 'number', text: token.text }, end: start + 1 };
  if (token.kind === 'string') {
    // Adjacent literals concatenate: `"a" "b"` is "ab".
    let value = token.text;
    let end = start + 1;
    while (tokens[end]?.kind === 'string') value += tokens[end++].text;
    return { expr: { kind: 'string', value }, end };
  }
  if (token.text === '(' || token.text === '[') {
    const inner = parseArguments(tokens, start + 1, token.text === '(' ? ')' : ']');
    if (token.text === '(' && inner.args.length === 1 && inner.keywords.size === 0) return { expr: inner.args[0], end: inner.end };
    return { expr: { kind: 'list', items: inner.args }, end: inner.end };
  }
  if (token.text === '{') {
    const end = skipToBoundary(tokens, start + 1);
    return { expr: OTHER, end: tokens[end]?.text === '}' ? end + 1 : end };
  }
  if (token.text === '-' || token.text === '+' || token.text === '*' || token.text === '**') return parseAtom(tokens, start + 1);
  return { expr: OTHER, end: skipToBoundary(tokens, start) };
}

/** Brackets nested deeper than this are skipped unread: no declaration nests so deep, and the parser recurses per level. */
const MAX_NESTING = 64;
let nesting = 0;

/** Arguments up to the matching `closer`: positional ones and `name=value` keywords. */
function parseArguments(tokens: readonly PyToken[], start: number, closer: string): { args: PyExpr[]; keywords: Map<string, PyExpr>; end: number } {
  if (nesting >= MAX_NESTING) return { args: [], keywords: new Map(), end: pastCloser(tokens, start) };
  nesting++;
  try {
    return readArguments(tokens, start, closer);
  } finally {
    nesting--;
  }
}

/** The index after the closer matching an already opened bracket, counting without recursion. */
function pastCloser(tokens: readonly PyToken[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'op') continue;
    if ('([{'.includes(token.text)) depth++;
    else if (CLOSERS.has(token.text) && depth-- === 0) return i + 1;
  }
  return tokens.length;
}

function readArguments(tokens: readonly PyToken[], start: number, closer: string): { args: PyExpr[]; keywords: Map<string, PyExpr>; end: number } {
  const args: PyExpr[] = [];
  const keywords = new Map<string, PyExpr>();
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind === 'op' && token.text === closer) return { args, keywords, end: i + 1 };
    if (token.kind === 'op' && token.text === ',') {
      i++;
      continue;
    }
    if (token.kind === 'name' && tokens[i + 1]?.kind === 'op' && tokens[i + 1].text === '=') {
      const value = parseExpression(tokens, i + 2);
      keywords.set(token.text, value.expr);
      i = Math.max(value.end, i + 2);
      continue;
    }
    const parsed = parseExpression(tokens, i);
    args.push(parsed.expr);
    // A `:` (slice, dict entry, lambda) or stray closer: step over it so the loop always advances.
    i = parsed.end > i ? parsed.end : i + 1;
    if (tokens[i]?.kind === 'op' && (tokens[i].text === ':' || tokens[i].text === '=' || (CLOSERS.has(tokens[i].text) && tokens[i].text !== closer))) i++;
  }
  return { args, keywords, end: i };
}

/** The last part of a dotted name (`models.EmailField` → `EmailField`), if the expression is one. */
export function lastName(expr: PyExpr | undefined): string | undefined {
  return expr?.kind === 'name' ? expr.parts[expr.parts.length - 1] : undefined;
}

/** Translation markers whose argument is the text (`_("email address")`, `gettext_lazy(…)`). */
const TRANSLATIONS = new Set(['_', 'gettext', 'gettext_lazy', 'ugettext', 'ugettext_lazy', 'lazy_gettext', 'gettext_noop']);

/** A string literal, or the literal inside a translation marker. */
export function stringValue(expr: PyExpr | undefined): string | undefined {
  if (expr?.kind === 'call' && TRANSLATIONS.has(lastName(expr.callee) ?? '')) return stringValue(expr.args[0]);
  return expr?.kind === 'string' ? expr.value : undefined;
}

/** A `class Name(bases):` header: name, base expressions and the tokens after the colon (a one-line body). */
export function classHeader(line: PyLine): { name: string; bases: PyExpr[]; inlineBody: boolean } | undefined {
  const [keyword, name] = line.tokens;
  if (keyword?.kind !== 'name' || keyword.text !== 'class' || name?.kind !== 'name') return undefined;
  let bases: PyExpr[] = [];
  let colon = 2;
  if (line.tokens[2]?.text === '(') {
    const parsed = parseArguments(line.tokens, 3, ')');
    bases = parsed.args;
    colon = parsed.end;
  }
  return { name: name.text, bases, inlineBody: colon + 1 < line.tokens.length };
}

/** The lines of the block a header line at index `headerIndex` opens (those indented deeper). */
export function blockOf(lines: readonly PyLine[], headerIndex: number): { body: PyLine[]; end: number } {
  const indent = lines[headerIndex].indent;
  let end = headerIndex + 1;
  while (end < lines.length && lines[end].indent > indent) end++;
  return { body: lines.slice(headerIndex + 1, end), end };
}
