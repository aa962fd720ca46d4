// A tolerant tokenizer for C-family schema text (Protobuf; TypeScript and JavaScript models are
// parsed by the TypeScript compiler instead):
// identifiers, strings, numbers and punctuation with their lines, comments attached to the
// tokens they document. It never throws: an unterminated string or comment ends at the end of
// the text. One pass over the characters, so time is linear in the file's size.

export type TokenKind = 'name' | 'string' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token as written; for strings the value without quotes (escapes resolved simply). */
  text: string;
  /** 1-based line and column of the token's first character. */
  line: number;
  column: number;
  /** The comment block directly above the token (no blank line between), markers removed. */
  leading?: string;
  /** A comment after the token on its own line, before any further token. */
  trailing?: string;
}


interface PendingComment {
  text: string;
  line: number;
  endLine: number;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127;
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Comment text without `//`, `/* *\/` and the ` * ` of JSDoc lines; undefined when empty. */
export function commentBody(raw: string): string | undefined {
  let body = raw.startsWith('//') ? raw.replace(/^\/\/+!?/, '') : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
  if (raw.startsWith('/*')) body = body.replace(/^\*+/, '');
  const lines = body.split(/\r\n|\n|\r/).map((line) => line.trim().replace(/^\*+\s?/, '').trim());
  const text = lines.filter((line) => line !== '' && !line.startsWith('@')).join(' ').trim();
  return text === '' ? undefined : text;
}

/** Splits source text into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pending: PendingComment[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const length = text.length;

  const advanceLines = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const code = text.charCodeAt(k);
      if (code === 10 || (code === 13 && text.charCodeAt(k + 1) !== 10)) {
        line++;
        lineStart = k + 1;
      }
    }
  };

  const push = (kind: TokenKind, value: string, startLine: number, startColumn: number): void => {
    const token: Token = { kind, text: value, line: startLine, column: startColumn };
    // The comment block documents this token when its last comment ends on the line above (or this one).
    const last = pending.at(-1);
    if (last && last.endLine >= startLine - 1) {
      let first = pending.length - 1;
      while (first > 0 && pending[first - 1].endLine >= pending[first].line - 1) first--;
      const leading = pending
        .slice(first)
        .map((comment) => comment.text)
        .join(' ');
      if (leading !== '') token.leading = leading;
    }
    pending = [];
    tokens.push(token);
  };

  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 32 || code === 9 || code === 12 || code === 11 || code === 0xfeff || code === 0xa0) {
      advanceLines(i, i + 1);
      i++;
      continue;
    }
    const column = i - lineStart + 1;
    const startLine = line;
    // Comments.
    if (code === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      let end: number;
      if (text.charCodeAt(i + 1) === 47) {
        end = i + 2;
        while (end < length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      } else {
        const close = text.indexOf('*/', i + 2);
        end = close === -1 ? length : close + 2;
      }
      const raw = text.slice(i, end);
      advanceLines(i, end);
      const body = commentBody(raw);
      const previous = tokens.at(-1);
      if (body !== undefined) {
        if (previous && previous.line === startLine && pending.length === 0 && previous.trailing === undefined && !hasTokenAfterOnLine(text, end)) {
          previous.trailing = body;
        } else {
          pending.push({ text: body, line: startLine, endLine: line });
        }
      }
      i = end;
      continue;
    }
    if (isIdentifierStart(code)) {
      let end = i + 1;
      while (end < length && isIdentifierPart(text.charCodeAt(end))) end++;
      push('name', text.slice(i, end), startLine, column);
      i = end;
      continue;
    }
    if (isDigit(code) || (code === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let end = i + 1;
      while (end < length && (isIdentifierPart(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
      push('number', text.slice(i, end), startLine, column);
      i = end;
      continue;
    }
    if (code === 34 || code === 39) {
      let end = i + 1;
      let value = '';
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === code || c === 10 || c === 13) break;
        if (c === 92 && end + 1 < length) {
          value += text[end + 1];
          end += 2;
          continue;
        }
        value += text[end];
        end++;
      }
      push('string', value, startLine, column);
      i = text.charCodeAt(end) === code ? end + 1 : end;
      continue;
    }
    push('punct', text[i], startLine, column);
    i++;
  }
  return tokens;
}

/** Whether anything but spaces follows `from` on its line (then a comment there documents what follows). */
function hasTokenAfterOnLine(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return false;
    if (code !== 32 && code !== 9) return true;
  }
  return false;
}

/** The index just after the bracket that closes the one at `open` (`(`, `[`, `{`, `<`), or tokens.length. */
export function closingIndex(tokens: readonly Token[], open: number): number {
  const opener = tokens[open].text;
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.kind !== 'punct') continue;
    if (opener === '<') {
      // Type arguments (`map<string, T>`) nest only angle brackets.
      if (token.text === '<') depth++;
      else if (token.text === '>' && --depth === 0) return k + 1;
      else if (token.text === ';' || token.text === '{' || token.text === '}') return k;
      continue;
    }
    if (token.text === '(' || token.text === '[' || token.text === '{') depth++;
    else if (token.text === ')' || token.text === ']' || token.text === '}') {
      // A mismatched closer (`(]`) still ends the group: the readers recover at the next statement.
      if (--depth === 0) return k + 1;
    }
  }
  return tokens.length;
}
