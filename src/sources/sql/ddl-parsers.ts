// The maintained SQL parsers behind DDL reading: PostgreSQL's own parser (libpg-query, WASM) and
// node-sql-parser for MySQL and SQLite. They decide which elements are columns and their comments.
import { loadModule, parseSync, type Node } from 'libpg-query';
import sqlParserPackage from 'node-sql-parser';
import { tokenize } from './tokens.js';

export type Dialect = 'postgres' | 'mysql' | 'sqlite';

export interface ParsedColumn {
  name: string;
  comment?: string;
}

export type ParserVerdict =
  | { ok: true; parser: Dialect; columns: ParsedColumn[]; columnComment?: { path: string[]; comment: string | undefined } }
  | { ok: false; reason: string };

const { Parser } = sqlParserPackage;
let nodeSqlParser: InstanceType<typeof Parser> | undefined;
let pgLoaded: Promise<void> | undefined;

/** Loads the PostgreSQL parser's WebAssembly once; call before parseTableStatement. */
export function loadSqlParsers(): Promise<void> {
  pgLoaded ??= loadModule();
  nodeSqlParser ??= new Parser();
  return pgLoaded;
}

function stringsOf(nodes: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const node of nodes ?? []) if ('String' in node && node.String.sval !== undefined) out.push(node.String.sval);
  return out;
}

function viaPostgres(text: string): ParserVerdict {
  const statement = parseSync(text).stmts?.[0]?.stmt;
  if (statement === undefined) return { ok: true, parser: 'postgres', columns: [] };
  const columns: ParsedColumn[] = [];
  if ('CreateStmt' in statement) {
    for (const element of statement.CreateStmt.tableElts ?? []) {
      if ('ColumnDef' in element && element.ColumnDef.colname !== undefined) columns.push({ name: element.ColumnDef.colname });
    }
  } else if ('AlterTableStmt' in statement) {
    for (const command of statement.AlterTableStmt.cmds ?? []) {
      if (!('AlterTableCmd' in command) || command.AlterTableCmd.subtype !== 'AT_AddColumn') continue;
      const definition = command.AlterTableCmd.def;
      if (definition && 'ColumnDef' in definition && definition.ColumnDef.colname !== undefined) {
        columns.push({ name: definition.ColumnDef.colname });
      }
    }
  } else if ('CommentStmt' in statement && statement.CommentStmt.objtype === 'OBJECT_COLUMN') {
    const target = statement.CommentStmt.object;
    const path = target && 'List' in target ? stringsOf(target.List.items) : [];
    return { ok: true, parser: 'postgres', columns, columnComment: { path, comment: statement.CommentStmt.comment } };
  }
  return { ok: true, parser: 'postgres', columns };
}

/** node-sql-parser's AST is untyped where it matters; these read it without `any`. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function columnName(definition: unknown): string | undefined {
  const column = field(field(definition, 'column'), 'column');
  if (typeof column === 'string') return column;
  const nested = field(field(column, 'expr'), 'value');
  return typeof nested === 'string' ? nested : undefined;
}

function columnComment(definition: unknown): string | undefined {
  const value = field(field(field(definition, 'comment'), 'value'), 'value');
  return typeof value === 'string' ? value : undefined;
}

/** SQLite's `[name]` quoting is not in node-sql-parser's SQLite grammar; rewrite it as `"name"`. */
function bracketsToDoubleQuotes(text: string): string {
  let out = '';
  let last = 0;
  for (const token of tokenize(text, false)) {
    if (token.kind !== 'quoted' || !token.text.startsWith('[')) continue;
    out += `${text.slice(last, token.start)}"${token.value.replaceAll('"', '""')}"`;
    last = token.end;
  }
  return out + text.slice(last);
}

function viaNodeSqlParser(text: string, dialect: 'mysql' | 'sqlite'): ParserVerdict {
  nodeSqlParser ??= new Parser();
  const source = dialect === 'sqlite' ? bracketsToDoubleQuotes(text) : text;
  const parsed: unknown = nodeSqlParser.astify(source, { database: dialect });
  const statement: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
  const columns: ParsedColumn[] = [];
  const type = field(statement, 'type');
  const elements = type === 'create' ? field(statement, 'create_definitions') : type === 'alter' ? field(statement, 'expr') : undefined;
  for (const element of Array.isArray(elements) ? (elements as unknown[]) : []) {
    if (field(element, 'resource') !== 'column') continue;
    if (type === 'alter' && field(element, 'action') !== 'add') continue;
    const name = columnName(element);
    if (name === undefined) continue;
    const comment = columnComment(element);
    columns.push(comment === undefined ? { name } : { name, comment });
  }
  return { ok: true, parser: dialect, columns };
}

/** First line of a parser's message, short: parser messages may echo statement text. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

/**
 * Parses a CREATE TABLE / ALTER TABLE / COMMENT ON statement with each dialect in `order` until
 * one accepts it. The PostgreSQL parser must have been loaded with loadSqlParsers().
 */
export function parseTableStatement(text: string, order: readonly Dialect[]): ParserVerdict {
  const reasons: string[] = [];
  for (const dialect of order) {
    try {
      if (dialect === 'postgres') {
        if (pgLoaded === undefined) throw new Error('PostgreSQL parser not loaded');
        return viaPostgres(text);
      }
      return viaNodeSqlParser(text, dialect);
    } catch (error) {
      reasons.push(`${dialect}: ${reasonOf(error)}`);
    }
  }
  // The first parser tried is the one the statement's dialect points to: its reason is the useful one.
  return { ok: false, reason: reasons[0] ?? 'no parser' };
}

/** Which parser to try first for a statement, from the quoting and keywords it uses. */
export function dialectOrder(text: string, fileDialect: Dialect): Dialect[] {
  let first: Dialect = fileDialect;
  if (text.includes('`') || /\b(ENGINE|AUTO_INCREMENT|UNSIGNED)\b/i.test(text)) first = 'mysql';
  else if (/\bAUTOINCREMENT\b/i.test(text) || /[(,]\s*\[/.test(text)) first = 'sqlite';
  const all: Dialect[] = ['postgres', 'mysql', 'sqlite'];
  return [first, ...all.filter((dialect) => dialect !== first)];
}
