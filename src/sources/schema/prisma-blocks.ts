// The parser-neutral shape of a Prisma schema (blocks and fields with lines) and how it becomes
// datasets: one per model, named by @@map, fields by @map, relation fields left out.
import type { Dataset, DeclaredField } from '../../model/index.js';

export interface PrismaFieldDecl {
  name: string;
  /** The type as written, without `[]` or `?` (`String`, `Role`, `Unsupported("point")`). */
  type: string;
  array: boolean;
  optional: boolean;
  /** The column name from `@map("…")`. */
  mapped?: string;
  /** `///` doc comments above the field and a trailing `//` comment, markers removed. */
  comment?: string;
  /**
   * The field carries an attribute only a column can have (`@id`, `@default`, `@unique`, `@map`,
   * `@updatedAt`, `@db.…`), so its type is an enum even when no scanned file declares it.
   */
  columnAttribute?: boolean;
  line: number;
  column: number;
}

export interface PrismaBlockDecl {
  kind: 'model' | 'view' | 'type' | 'enum';
  name: string;
  /** The table name from `@@map("…")`. */
  mapped?: string;
  fields: PrismaFieldDecl[];
}

/** Composite types nest at most this deep (they cannot be recursive in Prisma, but a broken file might be). */
const MAX_TYPE_DEPTH = 8;

/** Prisma's scalar field types (Prisma schema reference, "Model field scalar types"); `Unsupported("…")` too. */
const SCALAR_TYPES = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes']);

/** Attributes a relation field cannot carry (it has only `@relation`, and `@ignore`). */
export const COLUMN_ATTRIBUTES = new Set(['id', 'default', 'unique', 'map', 'updatedAt']);

/** What the scanned files declare besides the file's own blocks: enums and composite types of sibling files. */
interface TypeScope {
  enums: ReadonlySet<string>;
  compositeTypes: ReadonlyMap<string, PrismaBlockDecl>;
}

/**
 * Models become datasets. A field is a column when its type is a Prisma scalar, `Unsupported(…)`,
 * or an enum declared in the file or in `siblingBlocks` (the other `.prisma` files of its folder:
 * Prisma's multi-file schemas); a field of a composite `type` (MongoDB) is flattened into
 * `address.street`. Any other type names a model, declared here or not (a trimmed schema, a model
 * in another file), so the field is a relation, not a column (Prisma schema reference, "Relation
 * fields"), and is skipped; lists of models (`Label[]`) too. An undeclared type on a field with
 * a column-only attribute (`@default(USER)`, `@map`) is an enum declared elsewhere.
 */
export function prismaDatasets(blocks: readonly PrismaBlockDecl[], location: string, siblingBlocks: readonly PrismaBlockDecl[] = []): Dataset[] {
  // The file's own declarations win over a sibling's of the same name.
  const scopeBlocks = [...siblingBlocks, ...blocks];
  const scope: TypeScope = {
    enums: new Set(scopeBlocks.filter((block) => block.kind === 'enum').map((block) => block.name)),
    compositeTypes: new Map(scopeBlocks.filter((block) => block.kind === 'type').map((block) => [block.name, block])),
  };
  const datasets: Dataset[] = [];
  for (const block of blocks) {
    if (block.kind !== 'model') continue;
    const fields: DeclaredField[] = [];
    appendFields(block, '', fields, scope, 0);
    datasets.push({ kind: 'prisma', name: block.mapped ?? block.name, location, fields });
  }
  return datasets;
}

function isColumnType(field: PrismaFieldDecl, scope: TypeScope): boolean {
  return SCALAR_TYPES.has(field.type) || field.type.startsWith('Unsupported(') || scope.enums.has(field.type) || field.columnAttribute === true;
}

function appendFields(block: PrismaBlockDecl, prefix: string, out: DeclaredField[], scope: TypeScope, depth: number): void {
  for (const field of block.fields) {
    const name = `${prefix}${field.mapped ?? field.name}`;
    const composite = scope.compositeTypes.get(field.type);
    if (composite && depth < MAX_TYPE_DEPTH) {
      appendFields(composite, `${name}${field.array ? '[]' : ''}.`, out, scope, depth + 1);
      continue;
    }
    if (!composite && !isColumnType(field, scope)) continue;
    out.push({
      name,
      type: `${field.type}${field.array ? '[]' : ''}${field.optional ? '?' : ''}`,
      ...(field.comment === undefined ? {} : { comment: field.comment }),
      line: field.line,
      column: field.column,
    });
  }
}

/** Comment text without its `///` or `//` marker; undefined when nothing is left. */
export function commentText(raw: string): string | undefined {
  const text = raw.replace(/^\s*\/\/\/?/, '').trim();
  return text === '' ? undefined : text;
}

/** Doc comments and a trailing comment joined into one field comment. */
export function joinComments(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined && part !== '');
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** The string argument of `@map("x")`/`@@map("x")` or `@map(name: "x")`, quotes removed. */
export function unquote(value: string): string {
  const match = /^\s*(?:name\s*:\s*)?"((?:[^"\\]|\\.)*)"\s*$/.exec(value);
  return match ? match[1] : value.trim();
}
