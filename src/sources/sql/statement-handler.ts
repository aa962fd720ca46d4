// Turns split statements into datasets and rows: table DDL through the parsers (with the tolerant
// reader as fallback), INSERT tuples and COPY lines through the fast value readers.
import type { DeclaredField, Row } from '../../model/index.js';
import { dialectOrder, parseTableStatement, type Dialect, type ParsedColumn } from './ddl-parsers.js';
import { readTableStatement, type ColumnDeclaration, type TableStatement } from './ddl-reader.js';
import type { SplitEvent } from './splitter.js';
import type { SqlTables } from './tables.js';
import { isKeyword, isPunct, PositionMap, readQualifiedName, tokenize, type QualifiedName } from './tokens.js';
import { decodeCopyLine, readCopyHead, readInsertHead, readTuples } from './values.js';

export interface RowBatch {
  dataset: number;
  rows: Row[];
}

export interface HandlerOptions {
  dialect: Dialect;
  /** Reports a recoverable problem with its line. */
  warn: (message: string, line: number) => void;
  /** Ignore INSERT/COPY data (declarations pre-pass). */
  declarationsOnly?: boolean;
  /** DDL up to this line was read by an earlier pass; do not read (or warn about) it again. */
  declarationsReadThrough?: number;
}

const TABLE_DDL = /^(CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP|TEMPORARY|UNLOGGED|VIRTUAL)?\s*TABLE|ALTER\s+TABLE|COMMENT\s+ON\s+COLUMN)\b/i;

function displayName(table: QualifiedName): string {
  return table.schema === undefined ? table.name : `${table.schema}.${table.name}`;
}

/** Lines from the statement start to `offset`. */
function lineAt(text: string, startLine: number, offset: number): number {
  let line = startLine;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

export class StatementHandler {
  /** The COPY block being read: its dataset and column list; null when its rows are skipped. */
  private copy: { dataset: number; columns: string[] | undefined } | null = null;

  constructor(
    private readonly tables: SqlTables,
    private readonly options: HandlerOptions,
  ) {}

  /** Whether a statement carries rows (INSERT, REPLACE, COPY … FROM stdin). */
  static isData(event: SplitEvent): boolean {
    return event.type !== 'statement' || /^(INSERT|REPLACE|COPY)\b/i.test(event.text);
  }

  handle(event: SplitEvent, backslashEscapes: boolean): RowBatch | undefined {
    if (event.type === 'copy-end') {
      this.copy = null;
      return undefined;
    }
    if (event.type === 'copy-data') {
      if (this.copy === null || this.options.declarationsOnly) return undefined;
      const { dataset, columns } = this.copy;
      return { dataset, rows: this.tables.align(dataset, columns, event.lines.map(decodeCopyLine)) };
    }
    const { text, line, column } = event;
    const first = /^[A-Za-z]+/.exec(text)?.[0].toUpperCase();
    if (first === 'INSERT' || first === 'REPLACE') return this.options.declarationsOnly ? undefined : this.insert(text, line, backslashEscapes);
    if (first === 'COPY') {
      this.startCopy(text, line);
      return undefined;
    }
    if (first === 'LOAD' && /^LOAD\s+DATA\b/i.test(text)) {
      this.options.warn(`LOAD DATA reads rows from another file; those rows are not scanned here`, line);
      return undefined;
    }
    if (line <= (this.options.declarationsReadThrough ?? 0)) return undefined;
    if (TABLE_DDL.test(text)) this.tableStatement(text, line, column, backslashEscapes);
    else if (/^CREATE\s+SCHEMA\b/i.test(text)) this.schemaElements(text, line, column, backslashEscapes);
    return undefined;
  }

  /**
   * `CREATE SCHEMA person CREATE TABLE a (…) CREATE TABLE b (…);` (PostgreSQL CREATE SCHEMA,
   * schema_element): each CREATE TABLE is read on its own, in that schema.
   */
  private schemaElements(text: string, line: number, column: number, backslashEscapes: boolean): void {
    const tokens = tokenize(text, backslashEscapes).filter((token) => token.kind !== 'comment');
    const schema = readQualifiedName(tokens, 2)?.name.name;
    const starts: number[] = [];
    let depth = 0;
    tokens.forEach((token, index) => {
      if (isPunct(token, '(')) depth++;
      else if (isPunct(token, ')')) depth--;
      else if (depth === 0 && index > 0 && isKeyword(token, 'CREATE')) starts.push(token.start);
    });
    if (schema === undefined || starts.length === 0) return;
    const positions = new PositionMap(text, line, column);
    starts.forEach((start, index) => {
      const element = text.slice(start, starts[index + 1] ?? text.length).trimEnd();
      const at = positions.at(start);
      if (TABLE_DDL.test(element)) this.tableStatement(element, at.line, at.column, backslashEscapes, schema);
    });
  }

  private insert(text: string, line: number, backslashEscapes: boolean): RowBatch | undefined {
    const head = readInsertHead(text, backslashEscapes);
    if (head === undefined) {
      this.options.warn(`could not read the INSERT statement's table or column list; statement skipped`, line);
      return undefined;
    }
    if (head.unsupported !== undefined) {
      this.options.warn(`${head.unsupported} into ${displayName(head.table)} is not read (no literal rows)`, line);
      return undefined;
    }
    const outcome = readTuples(text, head.valuesOffset, backslashEscapes);
    if (outcome.failedAt !== undefined) {
      const at = lineAt(text, line, outcome.failedAt);
      this.options.warn(
        `could not read a value in the INSERT into ${displayName(head.table)} (statement at line ${line}); ` +
          `kept ${outcome.rows.length} row(s), skipped the rest of the statement`,
        at,
      );
    }
    if (outcome.rows.length === 0) return undefined;
    const dataset = this.tables.forData(head.table, head.columns, outcome.rows[0].length);
    return { dataset, rows: this.tables.align(dataset, head.columns, outcome.rows) };
  }

  private startCopy(text: string, line: number): void {
    const head = readCopyHead(text);
    this.copy = null;
    if (head === undefined || !/\bFROM\s+STDIN\b/i.test(text)) return;
    if (head.unsupported !== undefined) {
      this.options.warn(`${head.unsupported} for ${displayName(head.table)} is not decoded; its rows are skipped`, line);
      return;
    }
    if (this.options.declarationsOnly) return;
    this.copy = { dataset: this.tables.forData(head.table, head.columns, head.columns?.length ?? 0), columns: head.columns };
  }

  private tableStatement(text: string, line: number, column: number, backslashEscapes: boolean, schema?: string): void {
    const byHand = readTableStatement(text, backslashEscapes);
    if (byHand === undefined) return;
    if (schema !== undefined && byHand.table.schema === undefined) byHand.table = { schema, name: byHand.table.name };
    if (byHand.kind === 'unsupported') {
      this.options.warn(`${byHand.what} for ${displayName(byHand.table)} declares no column list; table skipped`, line);
      return;
    }
    if (byHand.kind === 'create' && this.tables.isDeclaredAt(byHand.table, line)) return;
    const verdict = parseTableStatement(text, dialectOrder(text, this.options.dialect));
    const positions = new PositionMap(text, line, column);
    if (!verdict.ok) {
      const skipped = byHand.kind === 'create' && byHand.skipped > 0 ? `; skipped ${byHand.skipped} element(s) it could not read` : '';
      this.options.warn(
        `the SQL parsers rejected this statement (${verdict.reason}); ` +
          `read ${displayName(byHand.table)} with the tolerant reader instead${skipped}`,
        line,
      );
    }
    if (byHand.kind === 'column-comment') {
      const path = verdict.ok && verdict.columnComment ? verdict.columnComment.path : undefined;
      const table: QualifiedName =
        path && path.length >= 2 ? { name: path[path.length - 2], ...(path.length > 2 ? { schema: path[path.length - 3] } : {}) } : byHand.table;
      const columnName = path && path.length >= 2 ? path[path.length - 1] : byHand.column;
      const comment = verdict.ok && verdict.columnComment ? verdict.columnComment.comment : byHand.comment;
      this.applyComment(table, columnName, comment);
      return;
    }
    const fields = this.fieldsOf(byHand, verdict.ok ? verdict.columns : undefined, positions);
    if (byHand.kind === 'create') {
      const { duplicate } = this.tables.declare(byHand.table, fields, line);
      if (duplicate) this.options.warn(`table ${displayName(byHand.table)} is declared again; keeping the first declaration`, line);
      return;
    }
    const index = this.tables.find(byHand.table) ?? this.tables.forData(byHand.table, [], 0);
    this.tables.addFields(index, fields);
  }

  /** Columns the parser accepted, with type text and position from the tolerant reader. */
  private fieldsOf(
    byHand: Extract<TableStatement, { kind: 'create' | 'add-columns' }>,
    parsed: ParsedColumn[] | undefined,
    positions: PositionMap,
  ): DeclaredField[] {
    // The tolerant reader's spelling wins: PostgreSQL's parser folds unquoted `FirstName` to `firstname`.
    const declared = (column: ColumnDeclaration | undefined, name: string, parsedComment?: string): DeclaredField => {
      const field: DeclaredField = { name: column?.name ?? name };
      if (column?.type !== undefined) field.type = column.type;
      const comment = parsedComment ?? column?.comment;
      if (comment !== undefined) field.comment = comment;
      if (column !== undefined) Object.assign(field, positions.at(column.offset));
      return field;
    };
    if (parsed === undefined || parsed.length === 0) return byHand.columns.map((column) => declared(column, column.name));
    return parsed.map(({ name, comment }) => {
      const column =
        byHand.columns.find((candidate) => candidate.name === name) ??
        byHand.columns.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      return declared(column, name, comment);
    });
  }

  private applyComment(table: QualifiedName, columnName: string, comment: string | undefined): void {
    const index = this.tables.find(table);
    if (index === undefined) return;
    const fieldIndex = this.tables.fieldIndex(index, columnName, false);
    if (fieldIndex === undefined) return;
    const field = this.tables.fields(index)[fieldIndex];
    if (comment === undefined || comment === '') delete field.comment;
    else field.comment = comment;
  }
}
