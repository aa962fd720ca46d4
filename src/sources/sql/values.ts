// Fast readers for dump data: INSERT heads and VALUES tuples, COPY heads and COPY text lines.
// Hand-written on purpose: a full SQL parser is far too slow for gigabytes of tuples.
import type { Scalar } from '../../model/index.js';
import { isKeyword, isPunct, matchingParen, readQualifiedName, tokenize, type QualifiedName } from './tokens.js';

export interface InsertHead {
  table: QualifiedName;
  /** The column list, when the statement names one. */
  columns?: string[];
  /** Offset just past the VALUES keyword. */
  valuesOffset: number;
  /** `INSERT … SELECT`, `DEFAULT VALUES`, `SET a = …`: rows we cannot read. */
  unsupported?: string;
}

/**
 * Reads `INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] [INTO] name [(cols)] VALUES` and
 * MySQL `REPLACE [INTO] …` up to the first tuple. Tokenizes only a bounded prefix.
 */
export function readInsertHead(statement: string, backslashEscapes: boolean): InsertHead | undefined {
  // Tokenize only the head (up to the first tuple), so that 1 MB pieces stay cheap: without a
  // column list the first `(` opens a tuple; with one, VALUES follows its `)` closely.
  const firstParen = statement.indexOf('(');
  const beforeParen = firstParen === -1 ? statement.slice(0, 16384) : statement.slice(0, firstParen);
  const closeParen = firstParen === -1 ? -1 : statement.indexOf(')', firstParen);
  const prefix = /\bVALUES?\s*$/i.test(beforeParen) || closeParen === -1
    ? beforeParen
    : statement.slice(0, Math.min(closeParen + 256, 16384));
  const tokens = tokenize(prefix, backslashEscapes).filter((token) => token.kind !== 'comment');
  let i = 0;
  if (!isKeyword(tokens[i], 'INSERT', 'REPLACE')) return undefined;
  i++;
  while (isKeyword(tokens[i], 'LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE', 'INTO')) i++;
  const qualified = readQualifiedName(tokens, i);
  if (!qualified) return undefined;
  i = qualified.next;
  const head: InsertHead = { table: qualified.name, valuesOffset: 0 };
  if (isPunct(tokens[i], '(')) {
    const close = matchingParen(tokens, i);
    if (close === -1) return undefined;
    const columns: string[] = [];
    for (let j = i + 1; j < close; j++) {
      const token = tokens[j];
      if (token.kind === 'word' || token.kind === 'quoted') columns.push(token.value);
    }
    head.columns = columns;
    i = close + 1;
  }
  if (isKeyword(tokens[i], 'VALUES', 'VALUE')) head.valuesOffset = tokens[i].end;
  else head.unsupported = isKeyword(tokens[i], 'SELECT', 'WITH') ? 'INSERT … SELECT' : 'INSERT without VALUES';
  return head;
}

/** What a tuple reader met: the rows, and where it had to stop early if it did. */
export interface TupleOutcome {
  rows: Scalar[][];
  /** Offset of the first character it could not read, when it gave up before the end. */
  failedAt?: number;
}

const BACKSLASH: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', Z: '\x1a', '0': '\0' };

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102);
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 12;
}

/**
 * Integers become numbers while exact (Number.isSafeInteger), longer ones stay text so no digit
 * of an id or card number is lost; decimals and exponents become numbers.
 */
function numberOrText(literal: string, integer: boolean): Scalar {
  const value = Number(literal);
  if (integer) return Number.isSafeInteger(value) ? value : literal;
  return Number.isFinite(value) ? value : literal;
}

/**
 * Reads `(v, …), (v, …)` from `from`: strings ('' and, when enabled, backslash escapes),
 * NULL, numbers, TRUE/FALSE, `_binary`/E/N/X introducers, hex literals, MySQL `/*!NNNNN v *\/`
 * wrappers; anything else (function calls, casts) is kept as its source text.
 */
export function readTuples(text: string, from: number, backslashEscapes: boolean): TupleOutcome {
  const rows: Scalar[][] = [];
  const length = text.length;
  let i = from;
  let nextSlash = -2;

  const skipSpace = (): void => {
    for (;;) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) i++;
      else if (code === 47 && text.charCodeAt(i + 1) === 42) {
        // `/*!50705 value */`: MySQL runs the content, so the value inside counts.
        if (text.charCodeAt(i + 2) === 33) {
          i += 3;
          while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        } else {
          const end = text.indexOf('*/', i + 2);
          i = end === -1 ? length : end + 2;
        }
      } else if (code === 42 && text.charCodeAt(i + 1) === 47) i += 2;
      else if (code === 45 && text.charCodeAt(i + 1) === 45) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? length : end + 1;
      } else return;
    }
  };

  const readString = (escapes: boolean): string => {
    let value = '';
    let start = ++i;
    for (;;) {
      const quote = text.indexOf("'", i);
      if (quote === -1) throw new RangeError('unterminated string');
      if (escapes) {
        // Cached: searching afresh per string is quadratic when a long statement has no backslash at all.
        if (nextSlash !== -1 && nextSlash < i) nextSlash = text.indexOf('\\', i);
        const slash = nextSlash;
        if (slash !== -1 && slash < quote) {
          const escaped = text[slash + 1] ?? '';
          value += text.slice(start, slash) + (BACKSLASH[escaped] ?? escaped);
          i = start = slash + 2;
          continue;
        }
      }
      if (text.charCodeAt(quote + 1) === 39) {
        value += text.slice(start, quote + 1);
        i = start = quote + 2;
        continue;
      }
      i = quote + 1;
      return value + text.slice(start, quote);
    }
  };

  /** Skips an expression up to the next `,` or `)` at its own depth, respecting quotes. */
  const skipExpression = (): void => {
    let depth = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === 39) readString(backslashEscapes);
      else if (code === 40) {
        depth++;
        i++;
      } else if (code === 41) {
        if (depth === 0) return;
        depth--;
        i++;
      } else if (code === 44 && depth === 0) return;
      else i++;
    }
  };

  const readValue = (): Scalar => {
    const code = text.charCodeAt(i);
    if (code === 39) return readString(backslashEscapes);
    const start = i;
    if ((code >= 48 && code <= 57) || code === 45 || code === 43 || code === 46) {
      if (code === 48 && (text.charCodeAt(i + 1) | 32) === 120) {
        i += 2;
        while (i < length && isHexCode(text.charCodeAt(i))) i++;
        return text.slice(start, i);
      }
      i++;
      let integer = code !== 46;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) i++;
        else if (c === 46 || c === 101 || c === 69 || ((c === 45 || c === 43) && (text.charCodeAt(i - 1) | 32) === 101)) {
          integer = false;
          i++;
        } else break;
      }
      return numberOrText(text.slice(start, i), integer);
    }
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const upper = word.toUpperCase();
    if (text.charCodeAt(i) === 39) {
      if (upper === 'E') return readString(true);
      if (upper === 'X' || upper === 'B') {
        readString(false);
        return text.slice(start, i);
      }
      return readString(backslashEscapes || upper.startsWith('_'));
    }
    if (word.startsWith('_') && word.length > 1) {
      // `_binary 'x'`, `_utf8mb4 0x…`: a character-set introducer before the literal.
      skipSpace();
      return readValue();
    }
    if (upper === 'NULL') return null;
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
    i = start;
    skipExpression();
    return text.slice(start, i).trim();
  };

  try {
    for (;;) {
      skipSpace();
      if (text.charCodeAt(i) !== 40) return i < length ? { rows, failedAt: i } : { rows };
      i++;
      const row: Scalar[] = [];
      skipSpace();
      if (text.charCodeAt(i) === 41) i++;
      else {
        for (;;) {
          skipSpace();
          row.push(readValue());
          skipSpace();
          const next = text.charCodeAt(i);
          if (next === 44) {
            i++;
            continue;
          }
          if (next === 41) {
            i++;
            break;
          }
          // A cast or operator after the literal (`'1'::int`, `'a' || 'b'`): keep the literal.
          const before = i;
          skipExpression();
          if (i === before || i >= length) return { rows, failedAt: before };
        }
      }
      rows.push(row);
      skipSpace();
      if (text.charCodeAt(i) !== 44) return { rows };
      i++;
    }
  } catch {
    return { rows, failedAt: i };
  }
}

export interface CopyHead {
  table: QualifiedName;
  columns?: string[];
  /** COPY in CSV or binary format: rows we do not decode. */
  unsupported?: string;
}

/** Reads `COPY name [(cols)] FROM stdin [WITH …]` (PostgreSQL COPY, text format). */
export function readCopyHead(statement: string): CopyHead | undefined {
  const tokens = tokenize(statement, false).filter((token) => token.kind !== 'comment');
  if (!isKeyword(tokens[0], 'COPY')) return undefined;
  const qualified = readQualifiedName(tokens, 1);
  if (!qualified) return undefined;
  const head: CopyHead = { table: qualified.name };
  let i = qualified.next;
  if (isPunct(tokens[i], '(')) {
    const close = matchingParen(tokens, i);
    head.columns = tokens.slice(i + 1, close).filter((token) => token.kind === 'word' || token.kind === 'quoted').map((token) => token.value);
    i = close + 1;
  }
  const rest = tokens.slice(i).map((token) => token.text.toUpperCase());
  if (rest.includes('CSV') || rest.includes('BINARY')) head.unsupported = `COPY ${rest.includes('CSV') ? 'CSV' : 'BINARY'} format`;
  return head;
}

const COPY_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * Decodes one line of COPY text format (PostgreSQL docs, COPY "Text Format"): tab-separated,
 * `\N` is NULL, backslash escapes \b \f \n \r \t \v \\, octal \NNN and hex \xHH.
 */
export function decodeCopyLine(line: string): (string | null)[] {
  const fields = line.split('\t');
  if (!line.includes('\\')) return fields;
  const out: (string | null)[] = [];
  for (const field of fields) {
    if (field === '\\N') {
      out.push(null);
      continue;
    }
    if (!field.includes('\\')) {
      out.push(field);
      continue;
    }
    out.push(
      field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_match, escape: string) => {
        if (escape.startsWith('x') && escape.length > 1) return String.fromCharCode(parseInt(escape.slice(1), 16));
        if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
        return COPY_ESCAPES[escape] ?? escape;
      }),
    );
  }
  return out;
}
