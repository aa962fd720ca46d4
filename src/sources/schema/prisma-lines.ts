// A tolerant line-by-line reader for Prisma schemas the real parser rejects: it only needs block
// headers, field lines (`name Type[]? @attrs // comment`), `///` comments and `@@map`.
import type { SourceWarning } from '../../model/index.js';
import { WARNING_CAP } from '../text-stream.js';
import { commentText, joinComments, unquote, type PrismaBlockDecl, type PrismaFieldDecl } from './prisma-blocks.js';

// Grammar after the Prisma schema reference (prisma.io/docs/orm/reference/prisma-schema-reference):
// a block is `keyword Name {`, a field is `name Type` with optional `[]`/`?` then attributes.
const BLOCK_START = /^\s*(model|view|type|enum|datasource|generator)\s+([A-Za-z_][\w]*)\s*\{\s*(\/\/.*)?$/;
const BLOCK_END = /^\s*\}\s*(\/\/.*)?$/;
// Inside a type's parentheses a `"` only opens a string: with `[^)]` (which also matches `"`)
// beside `"[^"]*"`, a run of quotes could be split in exponentially many ways before the match
// failed (36 quotes took a second, each one more doubled it).
const FIELD = /^(\s*)([A-Za-z_][\w]*)\s+([A-Za-z_][\w]*(?:\((?:"[^"]*"|[^)"])*\))?)(\[\])?(\?)?(?=\s|$)(.*)$/;
const BLOCK_MAP_ARGUMENT = /^\s*@@map\(([^)]*)\)/;
/** The attributes only a column can carry (COLUMN_ATTRIBUTES in prisma-blocks.ts), and native `@db.` types. */
const COLUMN_ATTRIBUTE = /(?:^|\s)@(?:id|default|unique|map|updatedAt|db\.\w+)(?=[\s(]|$)/;

export interface PrismaLinesResult {
  blocks: PrismaBlockDecl[];
  /** Lines inside a model or type that are neither a field, an attribute nor a comment. */
  warnings: SourceWarning[];
}

export function readPrismaLines(text: string): PrismaLinesResult {
  const blocks: PrismaBlockDecl[] = [];
  const warnings: SourceWarning[] = [];
  let skipped = 0;
  let current: PrismaBlockDecl | undefined;
  let inOtherBlock = false;
  let docComments: (string | undefined)[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const trimmed = line.trim();
    if (!current && !inOtherBlock) {
      const start = BLOCK_START.exec(line);
      if (!start) continue;
      const keyword = start[1];
      if (keyword === 'model' || keyword === 'view' || keyword === 'type' || keyword === 'enum') {
        current = { kind: keyword, name: start[2], fields: [] };
        blocks.push(current);
      } else {
        inOtherBlock = true;
      }
      docComments = [];
      continue;
    }
    if (BLOCK_END.test(line)) {
      current = undefined;
      inOtherBlock = false;
      continue;
    }
    if (inOtherBlock || !current || current.kind === 'enum') continue;
    if (trimmed === '') {
      docComments = [];
      continue;
    }
    if (trimmed.startsWith('//')) {
      // Pushed, not spread into a new array: a run of `///` lines would be copied once per line.
      if (trimmed.startsWith('///')) docComments.push(commentText(trimmed));
      else docComments = [];
      continue;
    }
    if (trimmed.startsWith('@@')) {
      const map = BLOCK_MAP_ARGUMENT.exec(trimmed);
      if (map) current.mapped = unquote(map[1]);
      docComments = [];
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) {
      skipped++;
      if (skipped <= WARNING_CAP) warnings.push({ message: `line ${lineNumber} of ${current.kind} ${current.name} is not a field declaration; skipped`, line: lineNumber });
      docComments = [];
      continue;
    }
    const { attributes, trailing } = splitTrailingComment(field[6]);
    const map = mapArgument(attributes);
    const columnAttribute = COLUMN_ATTRIBUTE.test(attributes);
    const comment = joinComments([...docComments, trailing === undefined ? undefined : commentText(trailing)]);
    const decl: PrismaFieldDecl = {
      name: field[2],
      type: field[3],
      array: field[4] !== undefined,
      optional: field[5] !== undefined,
      ...(map === undefined ? {} : { mapped: unquote(map) }),
      ...(comment === undefined ? {} : { comment }),
      ...(columnAttribute ? { columnAttribute } : {}),
      line: lineNumber,
      column: field[1].length + 1,
    };
    current.fields.push(decl);
    docComments = [];
  }
  if (skipped > WARNING_CAP) warnings.push({ message: `${skipped - WARNING_CAP} more lines that are not field declarations were skipped` });
  return { blocks, warnings };
}

/** Splits `@id @map("a//b") // note` at the first `//` outside a string literal. */
function splitTrailingComment(rest: string): { attributes: string; trailing?: string } {
  let inString = false;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i];
    if (char === '\\' && inString) i++;
    else if (char === '"') inString = !inString;
    else if (!inString && char === '/' && rest[i + 1] === '/') return { attributes: rest.slice(0, i), trailing: rest.slice(i) };
  }
  return { attributes: rest };
}

/**
 * The argument of the first complete `@map(…)` in a field's attributes: the text up to the first
 * `)` after the first `@map(` (if that `@map(` has none, no later one has). Two searches rather
 * than `/@map\(([^)]*)\)/`, which looks for a `)` from every `@map(` and so is quadratic on a
 * line of unclosed ones.
 */
function mapArgument(attributes: string): string | undefined {
  const open = attributes.indexOf('@map(');
  if (open === -1) return undefined;
  const close = attributes.indexOf(')', open + 5);
  return close === -1 ? undefined : attributes.slice(open + 5, close);
}
