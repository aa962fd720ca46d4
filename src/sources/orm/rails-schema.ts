// Rails schema definitions as tables of columns: `db/schema.rb` (create_table blocks) and the
// migrations under `db/migrate/` (create_table, change_table, add/remove/rename/change column,
// references and timestamps), interpreted call by call in file order over the syntax tree of
// tree-sitter's Ruby grammar. Every column
// remembers the file and line that declared it (a rename counts as declaring the new name).
// Reference: api.rubyonrails.org/classes/ActiveRecord/ConnectionAdapters/SchemaStatements.html
// and …/TableDefinition.html.
import type { SourceWarning } from '../../model/index.js';
import { WARNING_CAP } from '../text-stream.js';
import { readCall, textOf, type RbCall, type RbValue } from './ruby-calls.js';
import { withSyntaxTree, type SyntaxNode } from './tree-sitter.js';

export interface RailsColumn {
  name: string;
  type: string;
  comment?: string;
  file: string;
  line: number;
  column: number;
}

/** Table → column name → column, in declaration order. */
export type RailsTables = Map<string, Map<string, RailsColumn>>;

/** Column types `t.<type>` declares (TableDefinition's column methods, plus adapter types). */
const COLUMN_TYPES = new Set([
  'string', 'text', 'integer', 'bigint', 'float', 'decimal', 'numeric', 'datetime', 'timestamp', 'timestamptz', 'time', 'date',
  'binary', 'blob', 'boolean', 'json', 'jsonb', 'uuid', 'inet', 'cidr', 'macaddr', 'citext', 'hstore', 'ltree', 'money', 'xml',
  'tsvector', 'point', 'line', 'interval', 'bit', 'bit_varying', 'daterange', 'tsrange', 'tstzrange', 'numrange', 'int4range',
  'int8range', 'enum', 'virtual', 'smallint', 'char', 'varchar', 'primary_key',
]);
/** Table-block methods that declare no column. */
const NOT_COLUMNS = new Set(['index', 'foreign_key', 'check_constraint', 'exclusion_constraint', 'unique_constraint', 'remove_index', 'rename_index', 'remove_foreign_key', 'remove_check_constraint']);

interface Frame {
  kind: 'table' | 'skip' | 'other';
  table?: string;
  variable?: string;
}

/** Methods whose body is undone when rolling back, never applied going forward. */
const ROLLBACK_ONLY = new Set(['down']);
/** Nodes that hold no statement: never walked into. */
const LEAVES = new Set(['comment', 'heredoc_body', 'string', 'chained_string', 'array', 'hash', 'argument_list', 'method_parameters', 'block_parameters', 'lambda']);

export class RailsInterpreter {
  readonly tables: RailsTables = new Map();
  readonly warnings: SourceWarning[] = [];
  private skipped = 0;

  /** Starts a new file: its warnings are its own. */
  beginFile(): void {
    this.warnings.length = 0;
    this.skipped = 0;
  }

  /** Parses one file with the Ruby grammar and applies its statements. */
  async apply(text: string, file: string): Promise<void> {
    await withSyntaxTree('ruby', text, file, (root) => this.applyTree(root, file));
  }

  /**
   * Applies the statements of a syntax tree in source order: calls at any depth of classes,
   * methods, conditionals and blocks, except inside `def down` and `down`/`revert` blocks.
   * Walked with a stack, not recursion: a file of thousands of unclosed blocks nests as deep.
   */
  applyTree(root: SyntaxNode, file: string): void {
    const stack: { node: SyntaxNode; table?: Frame }[] = [{ node: root }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { node, table } = item;
      const children: SyntaxNode[] = [];
      if (node.type === 'call') {
        const call = readCall(node);
        if (!call) continue;
        const inTable = table !== undefined && call.receiver !== undefined && call.receiver === table.variable;
        if (inTable) this.tableStatement(table.table!, call, file);
        else this.topStatement(call, file);
        const block = node.childForFieldName('block');
        if (!block) continue;
        const frame = this.blockFrame(call);
        if (frame.kind === 'skip') continue;
        for (const child of block.namedChildren) if (child) children.push(child);
        const inherited = frame.kind === 'table' ? frame : table;
        for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], ...(inherited ? { table: inherited } : {}) });
        continue;
      }
      if ((node.type === 'method' || node.type === 'singleton_method') && ROLLBACK_ONLY.has(node.childForFieldName('name')?.text ?? '')) continue;
      if (LEAVES.has(node.type)) continue;
      for (const child of node.namedChildren) if (child) children.push(child);
      for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], ...(table ? { table } : {}) });
    }
  }

  private blockFrame(call: RbCall): Frame {
    if ((call.method === 'create_table' || call.method === 'change_table') && call.block?.[0] !== undefined) {
      const table = textOf(call.args[0]);
      if (table !== undefined) return { kind: 'table', table, variable: call.block[0] };
    }
    // `reversible do |dir| dir.down do … end end`: only the `up` side applies.
    if (call.method === 'down' || call.method === 'revert') return { kind: 'skip' };
    return { kind: 'other' };
  }

  private table(name: string): Map<string, RailsColumn> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table;
  }

  private add(table: string, name: string, type: string, call: RbCall, file: string, comment?: RbValue): void {
    const text = textOf(comment);
    this.table(table).set(name, { name, type, ...(text ? { comment: text } : {}), file, line: call.line, column: call.column });
  }

  /** `references :user, polymorphic: true` → `user_id` (and `user_type`). */
  private addReference(table: string, reference: string, call: RbCall, file: string): void {
    const keyType = textOf(call.options.get('type')) ?? 'bigint';
    this.add(table, `${reference}_id`, keyType, call, file, call.options.get('comment'));
    const polymorphic = call.options.get('polymorphic');
    if (polymorphic && !(polymorphic.kind === 'name' && (polymorphic.text === 'false' || polymorphic.text === 'nil'))) this.add(table, `${reference}_type`, 'string', call, file);
  }

  private addTimestamps(table: string, call: RbCall, file: string): void {
    for (const name of ['created_at', 'updated_at']) this.add(table, name, 'datetime', call, file);
  }

  private rename(table: string, from: string, to: string, call: RbCall, file: string): void {
    const columns = this.table(table);
    const old = columns.get(from);
    columns.delete(from);
    columns.set(to, { ...(old ?? { type: 'unknown' }), name: to, file, line: call.line, column: call.column });
  }

  private tableStatement(table: string, call: RbCall, file: string): void {
    const method = call.method;
    const names = call.args.map(textOf).filter((name): name is string => name !== undefined);
    if (NOT_COLUMNS.has(method)) return;
    if (method === 'column') {
      if (names[0] !== undefined) this.add(table, names[0], names[1] ?? 'unknown', call, file, call.options.get('comment'));
    } else if (COLUMN_TYPES.has(method)) {
      for (const name of names) this.add(table, name, method, call, file, call.options.get('comment'));
    } else if (method === 'references' || method === 'belongs_to') {
      for (const name of names) this.addReference(table, name, call, file);
    } else if (method === 'timestamps') {
      this.addTimestamps(table, call, file);
    } else if (method === 'remove') {
      for (const name of names) this.table(table).delete(name);
    } else if (method === 'remove_references' || method === 'remove_belongs_to') {
      for (const name of names) {
        this.table(table).delete(`${name}_id`);
        this.table(table).delete(`${name}_type`);
      }
    } else if (method === 'remove_timestamps') {
      this.table(table).delete('created_at');
      this.table(table).delete('updated_at');
    } else if (method === 'rename' && names.length >= 2) {
      this.rename(table, names[0], names[1], call, file);
    } else if (method === 'change' && names.length >= 2) {
      const existing = this.table(table).get(names[0]);
      if (existing) existing.type = names[1];
    } else {
      this.warn(call, `t.${method} is not a column definition this reader understands; skipped`);
    }
  }

  private topStatement(call: RbCall, file: string): void {
    const [table, second, third] = call.args.map(textOf);
    switch (call.method) {
      case 'create_table': {
        if (table === undefined) return;
        // `force: :cascade` recreates the table: a create_table replaces any earlier definition.
        this.tables.set(table, new Map());
        const id = call.options.get('id');
        if (!(id?.kind === 'name' && id.text === 'false')) {
          const idType = id && id.kind === 'symbol' ? id.text : 'bigint';
          this.add(table, textOf(call.options.get('primary_key')) ?? 'id', idType, call, file);
        }
        return;
      }
      case 'drop_table':
        if (table !== undefined) this.tables.delete(table);
        return;
      case 'rename_table':
        if (table !== undefined && second !== undefined && this.tables.has(table)) {
          this.tables.set(second, this.tables.get(table)!);
          this.tables.delete(table);
        }
        return;
      case 'add_column':
        if (table !== undefined && second !== undefined) this.add(table, second, third ?? 'unknown', call, file, call.options.get('comment'));
        return;
      case 'remove_column':
      case 'remove_columns':
        if (table !== undefined) for (const value of call.args.slice(1)) if (textOf(value) !== undefined) this.table(table).delete(textOf(value)!);
        return;
      case 'rename_column':
        if (table !== undefined && second !== undefined && third !== undefined) this.rename(table, second, third, call, file);
        return;
      case 'change_column':
        if (table !== undefined && second !== undefined && third !== undefined) {
          const existing = this.table(table).get(second);
          if (existing) existing.type = third;
        }
        return;
      case 'change_column_comment': {
        const existing = table !== undefined && second !== undefined ? this.table(table).get(second) : undefined;
        const comment = textOf(call.args[2]) ?? textOf(call.options.get('to'));
        if (existing) {
          if (comment) existing.comment = comment;
          else delete existing.comment;
        }
        return;
      }
      case 'add_reference':
      case 'add_belongs_to':
        if (table !== undefined && second !== undefined) this.addReference(table, second, call, file);
        return;
      case 'remove_reference':
      case 'remove_belongs_to':
        if (table !== undefined && second !== undefined) {
          this.table(table).delete(`${second}_id`);
          this.table(table).delete(`${second}_type`);
        }
        return;
      case 'add_timestamps':
        if (table !== undefined) this.addTimestamps(table, call, file);
        return;
      case 'remove_timestamps':
        if (table !== undefined) {
          this.table(table).delete('created_at');
          this.table(table).delete('updated_at');
        }
        return;
      default:
        // add_index, add_foreign_key, execute, create_join_table… declare no column of a model table.
        return;
    }
  }

  private warn(call: RbCall, message: string): void {
    this.skipped++;
    if (this.skipped <= WARNING_CAP) this.warnings.push({ message: `line ${call.line}: ${message}`, line: call.line });
    else if (this.skipped === WARNING_CAP + 1) this.warnings.push({ message: 'more statements this reader does not understand were skipped' });
  }
}
