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

/**
 * Models become datasets. A field whose type is another model or view is a relation, not a
 * column (Prisma schema reference, "Relation fields"), so it is skipped; a field of a composite
 * `type` (MongoDB) is flattened into `address.street`.
 */
export function prismaDatasets(blocks: readonly PrismaBlockDecl[], location: string): Dataset[] {
  const relationTargets = new Set(blocks.filter((block) => block.kind === 'model' || block.kind === 'view').map((block) => block.name));
  const compositeTypes = new Map(blocks.filter((block) => block.kind === 'type').map((block) => [block.name, block]));
  const datasets: Dataset[] = [];
  for (const block of blocks) {
    if (block.kind !== 'model') continue;
    const fields: DeclaredField[] = [];
    appendFields(block, '', fields, relationTargets, compositeTypes, 0);
    datasets.push({ kind: 'prisma', name: block.mapped ?? block.name, location, fields });
  }
  return datasets;
}

function appendFields(
  block: PrismaBlockDecl,
  prefix: string,
  out: DeclaredField[],
  relationTargets: ReadonlySet<string>,
  compositeTypes: ReadonlyMap<string, PrismaBlockDecl>,
  depth: number,
): void {
  for (const field of block.fields) {
    if (relationTargets.has(field.type)) continue;
    const name = `${prefix}${field.mapped ?? field.name}`;
    const composite = compositeTypes.get(field.type);
    if (composite && depth < MAX_TYPE_DEPTH) {
      appendFields(composite, `${name}${field.array ? '[]' : ''}.`, out, relationTargets, compositeTypes, depth + 1);
      continue;
    }
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
