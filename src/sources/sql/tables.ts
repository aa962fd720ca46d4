// The tables one SQL file declares or fills: one Dataset each, found by (schema-)name, named
// without the schema unless two schemas share a table name, with rows aligned to the fields.
import type { Cell, Dataset, DeclaredField, Row, Scalar, SourceKind } from '../../model/index.js';
import type { QualifiedName } from './tokens.js';

/** Schemas a bare table name means when several schemas have the table. */
const DEFAULT_SCHEMAS = ['public', 'dbo', 'main'];

interface TableEntry {
  table: QualifiedName;
  dataset: Dataset;
  /** Line of the CREATE TABLE that declared it; undefined when data created it. */
  declaredAt?: number;
  /** Lower-cased field name → index into dataset.fields. */
  byName: Map<string, number>;
}

export type DatasetFactory = (name: string, fields: DeclaredField[]) => Dataset;

export class SqlTables {
  private readonly entries: TableEntry[] = [];
  /**
   * Indexes into `entries` by lower-cased table name, in declaration order. Lookups and renames
   * touch only the tables of one name: scanning every entry made a dump of thousands of tables
   * quadratic.
   */
  private readonly byTableName = new Map<string, number[]>();

  constructor(
    /** The OpenedSource's list: tables are appended here, never removed. */
    readonly datasets: Dataset[],
    private readonly makeDataset: DatasetFactory,
    private readonly catalog?: ReadonlyMap<string, DeclaredField[]>,
  ) {}

  /** Sets the kind of every dataset (decided once the file is known to hold data or not). */
  setKind(kind: SourceKind): void {
    for (const dataset of this.datasets) dataset.kind = kind;
  }

  /** The dataset index for a name as an INSERT, COPY, ALTER or COMMENT writes it. */
  find(table: QualifiedName): number | undefined {
    const name = table.name.toLowerCase();
    const schema = table.schema?.toLowerCase();
    const sameName = this.byTableName.get(name) ?? [];
    const schemaOf = (index: number): string | undefined => this.entries[index].table.schema?.toLowerCase();
    const exact = sameName.find((index) => schemaOf(index) === schema);
    return (
      exact ??
      (schema === undefined
        ? (sameName.find((index) => DEFAULT_SCHEMAS.includes(schemaOf(index) ?? '')) ?? sameName[0])
        : sameName.find((index) => this.entries[index].table.schema === undefined))
    );
  }

  /** Whether the CREATE TABLE at `line` was already read (a second pass over the same file). */
  isDeclaredAt(table: QualifiedName, line: number): boolean {
    const index = this.find(table);
    return index !== undefined && this.entries[index].declaredAt === line;
  }

  /** Adds a declared table; returns its index. A repeated declaration keeps the first one. */
  declare(table: QualifiedName, fields: DeclaredField[], line: number): { index: number; duplicate: boolean } {
    const existing = this.find(table);
    if (existing !== undefined && this.entries[existing].table.schema?.toLowerCase() === table.schema?.toLowerCase()) {
      return { index: existing, duplicate: true };
    }
    return { index: this.add(table, fields, line), duplicate: false };
  }

  /** The table's index for data, creating it (from the catalog, the column list or column_N) if unknown. */
  forData(table: QualifiedName, columns: readonly string[] | undefined, width: number): number {
    const existing = this.find(table);
    if (existing !== undefined) return existing;
    const known = this.catalog?.get(qualifiedKey(table)) ?? this.catalog?.get(table.name.toLowerCase());
    const fields: DeclaredField[] = known
      ? known.map(({ name, type, comment }) => ({ name, ...(type === undefined ? {} : { type }), ...(comment === undefined ? {} : { comment }) }))
      : columns
        ? columns.map((name) => ({ name }))
        : Array.from({ length: width }, (_, i) => ({ name: `column_${i + 1}` }));
    return this.add(table, fields, undefined);
  }

  fields(index: number): DeclaredField[] {
    return this.entries[index].dataset.fields;
  }

  /** Index of a field by name (exact, else case-insensitive); appends it when `create` is set. */
  fieldIndex(index: number, name: string, create: boolean): number | undefined {
    const entry = this.entries[index];
    const fields = entry.dataset.fields;
    const exact = fields.findIndex((field) => field.name === name);
    if (exact !== -1) return exact;
    const loose = entry.byName.get(name.toLowerCase());
    if (loose !== undefined || !create) return loose;
    fields.push({ name });
    entry.byName.set(name.toLowerCase(), fields.length - 1);
    return fields.length - 1;
  }

  /** Appends declared fields (ALTER TABLE … ADD COLUMN), skipping ones the table already has. */
  addFields(index: number, fields: DeclaredField[]): void {
    const entry = this.entries[index];
    for (const field of fields) {
      if (this.fieldIndex(index, field.name, false) !== undefined) continue;
      entry.dataset.fields.push(field);
      entry.byName.set(field.name.toLowerCase(), entry.dataset.fields.length - 1);
    }
  }

  /**
   * Rows aligned to the table's fields. With a column list, values go to the named fields
   * (unknown names are appended); without one, by position (extra values get column_N).
   */
  align(index: number, columns: readonly string[] | undefined, rows: Scalar[][]): Row[] {
    const fields = this.entries[index].dataset.fields;
    if (columns === undefined) {
      for (const row of rows) {
        while (row.length > fields.length) this.fieldIndex(index, `column_${fields.length + 1}`, true);
      }
      return rows;
    }
    const targets = columns.map((name) => this.fieldIndex(index, name, true)!);
    const inOrder = targets.every((target, position) => target === position);
    return rows.map((row) => {
      if (inOrder && row.length === targets.length) return row;
      const out: Cell[] = new Array<Cell>(fields.length).fill(undefined);
      for (let i = 0; i < row.length && i < targets.length; i++) out[targets[i]] = row[i];
      return out;
    });
  }

  /** Every table's fields under its lower-cased `schema.table` and bare `table` keys (first table wins a bare key). */
  declarations(): [string, DeclaredField[]][] {
    const out = new Map<string, DeclaredField[]>();
    for (const { table, dataset } of this.entries) {
      out.set(qualifiedKey(table), dataset.fields);
      if (!out.has(table.name.toLowerCase())) out.set(table.name.toLowerCase(), dataset.fields);
    }
    return [...out];
  }

  private add(table: QualifiedName, fields: DeclaredField[], line: number | undefined): number {
    const dataset = this.makeDataset(table.name, fields);
    const byName = new Map<string, number>();
    fields.forEach((field, i) => {
      if (!byName.has(field.name.toLowerCase())) byName.set(field.name.toLowerCase(), i);
    });
    this.entries.push({ table, dataset, byName, ...(line === undefined ? {} : { declaredAt: line }) });
    this.datasets.push(dataset);
    const index = this.entries.length - 1;
    const sameName = this.byTableName.get(table.name.toLowerCase());
    if (sameName) sameName.push(index);
    else this.byTableName.set(table.name.toLowerCase(), [index]);
    this.rename(table.name.toLowerCase());
    return index;
  }

  /** `customer` unless another schema also has a `customer`: then both become `schema.customer`. */
  private rename(lowerName: string): void {
    const sameName = (this.byTableName.get(lowerName) ?? []).map((index) => this.entries[index]);
    const ambiguous = new Set(sameName.map(({ table }) => table.schema?.toLowerCase() ?? '')).size > 1;
    for (const { table, dataset } of sameName) {
      dataset.name = ambiguous && table.schema !== undefined ? `${table.schema}.${table.name}` : table.name;
    }
  }
}

/** Lower-cased `schema.table` (or `table`): the keys of a declarations catalog. */
export function qualifiedKey(table: QualifiedName): string {
  return (table.schema === undefined ? table.name : `${table.schema}.${table.name}`).toLowerCase();
}
