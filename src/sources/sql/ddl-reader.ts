// Tolerant hand-written reader of CREATE TABLE / ALTER TABLE ADD COLUMN / COMMENT ON COLUMN:
// the fallback when the SQL parsers reject a statement, and the source of positions and type text.
import {
  isKeyword,
  isPunct,
  matchingParen,
  readQualifiedName,
  splitTopLevel,
  tokenize,
  type QualifiedName,
  type Token,
} from './tokens.js';

/** One column as written in the statement. */
export interface ColumnDeclaration {
  name: string;
  /** Lower-cased type text (`varchar(255)`, `timestamp with time zone`); absent in SQLite's typeless columns. */
  type?: string;
  /** MySQL inline `COMMENT '…'`, else a trailing `-- …` on the column's line. */
  comment?: string;
  /** Offset of the column name in the statement text. */
  offset: number;
}

export type TableStatement =
  | { kind: 'create'; table: QualifiedName; columns: ColumnDeclaration[]; skipped: number }
  | { kind: 'add-columns'; table: QualifiedName; columns: ColumnDeclaration[] }
  | { kind: 'column-comment'; table: QualifiedName; column: string; comment: string | undefined }
  /** A table the statement creates without a column list we can read (AS SELECT, LIKE, PARTITION OF). */
  | { kind: 'unsupported'; table: QualifiedName; what: string };

/** Words that open a constraint or index element of a CREATE TABLE list (when `isConstraintElement` agrees). */
const NON_COLUMN_ELEMENTS = [
  'CONSTRAINT', 'PRIMARY', 'FOREIGN', 'UNIQUE', 'CHECK', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'EXCLUDE', 'LIKE', 'PERIOD',
];

/**
 * Whether an element is a constraint or index rather than a column. Several of its opening words
 * are also ordinary column names (`key`, `index`, `period`, `unique`, `primary`), unreserved in
 * PostgreSQL and SQLite (PostgreSQL appendix C, SQLite "SQL Keywords"), so the word alone does not
 * decide: what follows it does. `KEY idx (col)` / `INDEX (col)` list identifiers in their
 * parentheses, while `key varchar(64)` has a number there and `key text` none at all;
 * `PERIOD FOR p (a, b)` (SQL:2011, MariaDB) has FOR; `PRIMARY KEY`, `FOREIGN KEY`, `CHECK (…)`.
 */
function isConstraintElement(significant: readonly Token[]): boolean {
  const [first, second, third] = significant;
  if (first?.kind !== 'word' || !isKeyword(first, ...NON_COLUMN_ELEMENTS)) return false;
  switch (first.text.toUpperCase()) {
    case 'PRIMARY':
    case 'FOREIGN':
      return isKeyword(second, 'KEY');
    case 'CHECK':
      return isPunct(second, '(');
    case 'PERIOD':
      return isKeyword(second, 'FOR');
    case 'UNIQUE':
      if (isKeyword(second, 'KEY', 'INDEX', 'NULLS') || isPunct(second, '(')) return true;
      return indexNameThenColumns(second, third, significant[3]);
    case 'KEY':
    case 'INDEX':
      if (isPunct(second, '(')) return true;
      return indexNameThenColumns(second, third, significant[3]);
    default:
      return true;
  }
}

/** `name (col…`, `name USING …` or `name ON t (…`: an index name, then its column list, method or table. */
function indexNameThenColumns(name: Token | undefined, next: Token | undefined, inside: Token | undefined): boolean {
  if (name?.kind !== 'word' && name?.kind !== 'quoted') return false;
  // `INDEX name ON table (col…)`: CREATE INDEX's form, written inside a table by some reference schemas.
  if (isKeyword(next, 'USING', 'ON')) return true;
  return isPunct(next, '(') && (inside?.kind === 'word' || inside?.kind === 'quoted');
}

/** Words that end a column's type: the start of a column constraint or attribute. */
const TYPE_END_WORDS = new Set([
  'NOT', 'NULL', 'DEFAULT', 'PRIMARY', 'UNIQUE', 'REFERENCES', 'CHECK', 'CONSTRAINT', 'COLLATE', 'GENERATED', 'COMMENT',
  'AUTO_INCREMENT', 'AUTOINCREMENT', 'IDENTITY', 'ON', 'AS', 'CHARSET', 'STORED', 'VIRTUAL', 'VISIBLE', 'INVISIBLE',
  'COLUMN_FORMAT', 'STORAGE', 'SRID', 'KEY', 'COMPRESSION', 'ASC', 'DESC',
]);

/** Joins type tokens the way people write types: `numeric(10,2)`, `int[]`, `double precision`. */
function typeText(tokens: Token[]): string | undefined {
  let out = '';
  let previous: Token | undefined;
  for (const token of tokens) {
    const glued =
      previous === undefined ||
      (token.kind === 'punct' && ['(', ')', ',', '[', ']', '.'].includes(token.text)) ||
      (previous.kind === 'punct' && ['(', ',', '[', '.'].includes(previous.text));
    // `[]` and `[3]` after a type are array bounds, which the tokenizer reads as SQLite's [quoted] names.
    if (token.kind === 'quoted' && token.text.startsWith('[') && previous !== undefined) {
      out += `[${token.value.trim()}]`;
      previous = token;
      continue;
    }
    const text = token.kind === 'string' ? token.text : token.kind === 'quoted' ? token.value.toLowerCase() : token.text.toLowerCase();
    out += (glued ? '' : ' ') + text;
    previous = token;
  }
  return out === '' ? undefined : out;
}

/** Reads one column definition (`name type constraints…`) from its tokens. */
function readColumn(element: Token[], trailing: Map<number, string>): ColumnDeclaration | undefined {
  const significant = element.filter((token) => token.kind !== 'comment');
  const nameToken = significant[0];
  if (nameToken === undefined || (nameToken.kind !== 'word' && nameToken.kind !== 'quoted')) return undefined;
  if (isConstraintElement(significant)) return undefined;
  let end = 1;
  let depth = 0;
  for (; end < significant.length; end++) {
    const token = significant[end];
    if (isPunct(token, '(')) depth++;
    else if (isPunct(token, ')')) depth--;
    else if (depth === 0 && token.kind === 'word' && TYPE_END_WORDS.has(token.text.toUpperCase())) break;
    else if (depth === 0 && isKeyword(token, 'CHARACTER') && isKeyword(significant[end + 1], 'SET')) break;
  }
  const column: ColumnDeclaration = { name: nameToken.value, offset: nameToken.start };
  const type = typeText(significant.slice(1, end));
  if (type !== undefined) column.type = type;
  const commentAt = significant.findIndex((token, index) => index >= end && isKeyword(token, 'COMMENT'));
  const inline = commentAt === -1 ? undefined : significant[commentAt + 1];
  if (inline?.kind === 'string') column.comment = inline.value;
  else {
    const lineComment = trailing.get(nameToken.start);
    if (lineComment) column.comment = lineComment;
  }
  return column;
}

/**
 * `-- comments` that close a column's line belong to that column, and only to it: maps the offset
 * of the column's first token to the comment text. A comment counts for an element when it sits
 * in that element's tokens (readColumnList moves a comment after the comma back to the element
 * before it) on the same line as one of its tokens before it; so `a int, b int, -- note` gives
 * the note to `b` alone, and a comment on a line of its own documents no column.
 */
function trailingComments(text: string, elements: Token[][]): Map<number, string> {
  const result = new Map<number, string>();
  const lineIndex = lineIndexer(text);
  for (const element of elements) {
    const first = element.find((token) => token.kind !== 'comment');
    if (!first) continue;
    let lastLine = -1;
    for (const token of element) {
      if (token.kind !== 'comment') {
        lastLine = lineIndex(token.start);
        continue;
      }
      const isLineComment = token.text.startsWith('--') || token.text.startsWith('#');
      if (isLineComment && token.value !== '' && lastLine === lineIndex(token.start)) {
        result.set(first.start, token.value);
        break;
      }
    }
  }
  return result;
}

/** Line index (0-based) of an offset, by binary search over the newline offsets found once. */
function lineIndexer(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines.push(at);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (newlines[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Reads the elements inside `( … )` starting at the `(` token. */
function readColumnList(text: string, tokens: Token[], open: number): { columns: ColumnDeclaration[]; skipped: number } {
  const close = matchingParen(tokens, open);
  const elements = splitTopLevel(tokens, open + 1, close === -1 ? tokens.length : close);
  // A comment after an element's comma sits in the next element's token list; move it back.
  for (let i = 1; i < elements.length; i++) {
    const element = elements[i];
    while (element.length > 0 && element[0].kind === 'comment') elements[i - 1].push(element.shift()!);
  }
  const trailing = trailingComments(text, elements);
  const columns: ColumnDeclaration[] = [];
  let skipped = 0;
  for (const element of elements) {
    const significant = element.filter((token) => token.kind !== 'comment');
    if (significant.length === 0) continue;
    const column = readColumn(element, trailing);
    if (column) columns.push(column);
    else if (!isConstraintElement(significant)) skipped++;
  }
  return { columns, skipped };
}

function readCreate(text: string, withComments: Token[], tokens: Token[]): TableStatement | undefined {
  let i = 1;
  while (isKeyword(tokens[i], 'OR', 'REPLACE', 'GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'VIRTUAL')) i++;
  if (!isKeyword(tokens[i], 'TABLE')) return undefined;
  i++;
  if (isKeyword(tokens[i], 'IF') && isKeyword(tokens[i + 1], 'NOT') && isKeyword(tokens[i + 2], 'EXISTS')) i += 3;
  const qualified = readQualifiedName(tokens, i);
  if (!qualified) return undefined;
  const next = tokens[qualified.next];
  if (isPunct(next, '(')) {
    const open = withComments.indexOf(next);
    const { columns, skipped } = readColumnList(text, withComments, open);
    if (columns.length === 0 && isKeyword(tokens[qualified.next + 1], 'SELECT', 'WITH', 'VALUES')) {
      return { kind: 'unsupported', table: qualified.name, what: 'CREATE TABLE … AS (query)' };
    }
    return { kind: 'create', table: qualified.name, columns, skipped };
  }
  const what = isKeyword(next, 'AS')
    ? 'CREATE TABLE … AS SELECT'
    : isKeyword(next, 'LIKE')
      ? 'CREATE TABLE … LIKE'
      : isKeyword(next, 'PARTITION')
        ? 'CREATE TABLE … PARTITION OF'
        : isKeyword(next, 'OF')
          ? 'CREATE TABLE … OF type'
          : 'CREATE TABLE without a column list';
  return { kind: 'unsupported', table: qualified.name, what };
}

function readAlter(text: string, tokens: Token[]): TableStatement | undefined {
  let i = 2;
  while (isKeyword(tokens[i], 'ONLY', 'IF', 'EXISTS')) i++;
  const qualified = readQualifiedName(tokens, i);
  if (!qualified) return undefined;
  const columns: ColumnDeclaration[] = [];
  for (const action of splitTopLevel(tokens, qualified.next, tokens.length)) {
    const significant = action.filter((token) => token.kind !== 'comment');
    if (!isKeyword(significant[0], 'ADD')) continue;
    let j = 1;
    if (isKeyword(significant[j], 'COLUMN')) j++;
    if (isKeyword(significant[j], 'IF') && isKeyword(significant[j + 1], 'NOT')) j += 3;
    if (isPunct(significant[j], '(')) {
      columns.push(...readColumnList(text, significant, j).columns);
      continue;
    }
    if (isConstraintElement(significant.slice(j)) || isKeyword(significant[j], 'PARTITION', 'TABLE')) continue;
    const column = readColumn(significant.slice(j), new Map());
    if (column) columns.push(column);
  }
  return columns.length === 0 ? undefined : { kind: 'add-columns', table: qualified.name, columns };
}

function readComment(tokens: Token[]): TableStatement | undefined {
  if (!isKeyword(tokens[1], 'ON') || !isKeyword(tokens[2], 'COLUMN')) return undefined;
  const parts: string[] = [];
  let i = 3;
  for (;;) {
    const token = tokens[i];
    if (token?.kind !== 'word' && token?.kind !== 'quoted') return undefined;
    parts.push(token.value);
    i++;
    if (!isPunct(tokens[i], '.')) break;
    i++;
  }
  if (parts.length < 2 || !isKeyword(tokens[i], 'IS')) return undefined;
  const value = tokens[i + 1];
  const comment = value?.kind === 'string' ? value.value : undefined;
  const column = parts.pop()!;
  const name = parts.pop()!;
  const schema = parts.pop();
  return { kind: 'column-comment', table: schema === undefined ? { name } : { schema, name }, column, comment };
}

/** Reads a table-shaping statement by hand, or undefined when it is not one. */
export function readTableStatement(text: string, backslashEscapes: boolean): TableStatement | undefined {
  const tokens = tokenize(text, backslashEscapes);
  const significant = tokens.filter((token) => token.kind !== 'comment' || token.text.startsWith('-') || token.text.startsWith('#'));
  const head = significant.filter((token) => token.kind !== 'comment');
  if (isKeyword(head[0], 'CREATE')) return readCreate(text, significant, head);
  if (isKeyword(head[0], 'ALTER') && isKeyword(head[1], 'TABLE')) return readAlter(text, head);
  if (isKeyword(head[0], 'COMMENT')) return readComment(head);
  return undefined;
}
