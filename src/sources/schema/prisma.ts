// Prisma schema files (`schema.prisma`): parsed with @mrleebo/prisma-ast (with node locations for
// line numbers); a file it rejects is read again by the tolerant line reader, with a warning.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PrismaParser, VisitorClassFactory, getSchema, type Attribute, type BlockAttribute, type Block, type Schema } from '@mrleebo/prisma-ast';
import type { OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { MAX_SCHEMA_BYTES, readSchemaText } from './document.js';
import { COLUMN_ATTRIBUTES, commentText, joinComments, prismaDatasets, unquote, type PrismaBlockDecl, type PrismaFieldDecl } from './prisma-blocks.js';
import { readPrismaLines } from './prisma-lines.js';

type ParseOptions = NonNullable<Parameters<typeof getSchema>[1]>;

/** Built on first use: the chevrotain parser is costly to construct and stateless between files. */
let parseOptions: ParseOptions | undefined;

function locatingParser(): ParseOptions {
  if (!parseOptions) {
    const parser = new PrismaParser({ nodeLocationTracking: 'full' });
    const Visitor = VisitorClassFactory(parser);
    parseOptions = { parser, visitor: new Visitor(parser) };
  }
  return parseOptions;
}

export async function openPrisma(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const warnings: SourceWarning[] = [];
  let blocks: PrismaBlockDecl[];
  try {
    blocks = blocksFromAst(getSchema(text, locatingParser()));
  } catch (error) {
    const line = errorLine(error);
    // The parser's message quotes tokens of the file (default values may be examples); keep only the line.
    warnings.push({
      message: `the Prisma parser could not read ${line === undefined ? 'the file' : `line ${line}`} (unknown syntax or attribute); the file was read line by line instead`,
      ...(line === undefined ? {} : { line }),
    });
    const fallback = readPrismaLines(text);
    blocks = fallback.blocks;
    warnings.push(...fallback.warnings);
  }
  return {
    kind: 'prisma',
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets: prismaDatasets(blocks, source.location, await siblingBlocks(source.file)),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** Sibling files read for their enums and composite types; a schema folder holds far fewer. */
const MAX_SIBLING_FILES = 200;

/**
 * The blocks of the other `.prisma` files in the file's folder. Prisma's multi-file schemas
 * (`prismaSchemaFolder`, GA in Prisma 6.7) spread models and enums over the files of one folder,
 * so an enum used here may be declared there. Read with the tolerant line reader (only names,
 * kinds and composite-type fields are needed); a file that cannot be read is left out, its own
 * scan reports it.
 */
async function siblingBlocks(file: string): Promise<PrismaBlockDecl[]> {
  const folder = path.dirname(file);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const siblings = names
    .filter((name) => name.toLowerCase().endsWith('.prisma') && path.join(folder, name) !== file)
    .sort()
    .slice(0, MAX_SIBLING_FILES);
  const blocks: PrismaBlockDecl[] = [];
  for (const name of siblings) {
    const sibling = path.join(folder, name);
    try {
      const { size } = await stat(sibling);
      if (size > MAX_SCHEMA_BYTES) continue;
      blocks.push(...readPrismaLines(await readSchemaText(sibling, name, size)).blocks);
    } catch {
      // Unreadable or not a file: its own scan says so.
    }
  }
  return blocks;
}

/** chevrotain errors carry the offending token with its 1-based line. */
function errorLine(error: unknown): number | undefined {
  const token = (error as { token?: { startLine?: unknown } } | null)?.token;
  return typeof token?.startLine === 'number' && Number.isFinite(token.startLine) ? token.startLine : undefined;
}

function blocksFromAst(schema: Schema): PrismaBlockDecl[] {
  const blocks: PrismaBlockDecl[] = [];
  for (const block of schema.list) {
    const decl = blockFromAst(block);
    if (decl) blocks.push(decl);
  }
  return blocks;
}

function blockFromAst(block: Block): PrismaBlockDecl | undefined {
  if (block.type === 'enum') return { kind: 'enum', name: block.name, fields: [] };
  if (block.type !== 'model' && block.type !== 'view' && block.type !== 'type') return undefined;
  const fields: PrismaFieldDecl[] = [];
  let mapped: string | undefined;
  let docComments: (string | undefined)[] = [];
  for (const property of block.properties) {
    if (property.type === 'comment') {
      // Only `///` lines directly above a field document it; a plain `//` line ends the run.
      // Pushed, not spread into a new array: a run of `///` lines would be copied once per line.
      if (property.text.trimStart().startsWith('///')) docComments.push(commentText(property.text));
      else docComments = [];
      continue;
    }
    if (property.type === 'attribute') {
      if (property.kind === 'object' && property.name === 'map' && !property.group) mapped = attributeString(property) ?? mapped;
      docComments = [];
      continue;
    }
    if (property.type !== 'field') {
      docComments = [];
      continue;
    }
    const mapAttribute = property.attributes?.find((attribute) => attribute.name === 'map' && !attribute.group);
    const column = mapAttribute ? attributeString(mapAttribute) : undefined;
    const comment = joinComments([...docComments, property.comment === undefined ? undefined : commentText(property.comment)]);
    const columnAttribute = property.attributes?.some((attribute) => (attribute.group ? attribute.group === 'db' : COLUMN_ATTRIBUTES.has(attribute.name))) === true;
    fields.push({
      name: property.name,
      type: typeof property.fieldType === 'string' ? property.fieldType : functionType(property.fieldType),
      array: property.array === true,
      optional: property.optional === true,
      ...(column === undefined ? {} : { mapped: column }),
      ...(comment === undefined ? {} : { comment }),
      ...(columnAttribute ? { columnAttribute } : {}),
      line: property.location?.startLine ?? 0,
      column: property.location?.startColumn ?? 0,
    });
    docComments = [];
  }
  return { kind: block.type, name: block.name, ...(mapped === undefined ? {} : { mapped }), fields };
}

/** `Unsupported("circle")` comes back as a function node. */
function functionType(fieldType: { name: string; params?: unknown[] }): string {
  return `${fieldType.name}(${(fieldType.params ?? []).map((param) => (typeof param === 'string' ? param : '…')).join(', ')})`;
}

/** The first argument of `@map`/`@@map` when it is a string (positional or `name:`). */
function attributeString(attribute: Attribute | BlockAttribute): string | undefined {
  const value = attribute.args?.[0]?.value;
  if (typeof value === 'string') return unquote(value);
  if (typeof value === 'object' && value !== null && 'type' in value && value.type === 'keyValue' && typeof value.value === 'string') return unquote(value.value);
  return undefined;
}
