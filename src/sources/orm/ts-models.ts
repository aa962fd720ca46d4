// TypeScript/JavaScript model files (`*.entity.ts`, `models/user.js`, `db/schema.ts`): TypeORM
// and MikroORM entities, Mongoose schemas, Sequelize models and Drizzle tables. A cheap text test
// decides first, so the many .ts/.js files of an application that define no model are never
// parsed; the TypeScript compiler (loaded only then) parses the ones that do.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, OpenedSource, SourceKind, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { readSchemaText } from '../schema/document.js';

/** Model files are hand-written; a larger .js is a bundle, never read as a model. */
const MAX_MODEL_BYTES = 4 * 1024 * 1024;

export type TsModelKind = Extract<SourceKind, 'typeorm' | 'mikro-orm' | 'mongoose' | 'sequelize' | 'drizzle'>;

const ENTITY_DECORATOR = /@(?:\w+\.)?(?:Entity|ViewEntity|ChildEntity)\s*\(/;

/**
 * The ORMs a model file's text names, in the order its datasets are read. Each test pairs the
 * package's import with the idiom that declares a model, so a file that only uses models (a
 * service importing an entity) is not opened.
 */
export function modelKinds(text: string): TsModelKind[] {
  const kinds: TsModelKind[] = [];
  if (ENTITY_DECORATOR.test(text) && text.includes('typeorm')) kinds.push('typeorm');
  if (text.includes('@mikro-orm/') && (ENTITY_DECORATOR.test(text) || text.includes('EntitySchema'))) kinds.push('mikro-orm');
  if (text.includes('mongoose') && text.includes('Schema')) kinds.push('mongoose');
  if (text.includes('sequelize') && /\.(?:define|init)\s*\(|@Table\b/.test(text)) kinds.push('sequelize');
  if (text.includes('drizzle-orm') && /\b(?:pg|mysql|sqlite|singlestore)Table\s*\(|\.table\s*\(/.test(text)) kinds.push('drizzle');
  return kinds;
}

/** Discovery's test for a .ts/.js file: does it define a model of an ORM datamin reads? */
export async function isModelFile(file: string): Promise<boolean> {
  const { size } = await stat(file);
  if (size > MAX_MODEL_BYTES) return false;
  return modelKinds(await readFile(file, 'utf8')).length > 0;
}

export async function openTsModels(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const kinds = modelKinds(text);
  const warnings: SourceWarning[] = [];
  const datasets: Dataset[] = [];
  if (kinds.length > 0) {
    // The compiler is some 9 MB of JavaScript: loaded only when a model is to be read.
    const readers = await import('./ts-readers.js');
    datasets.push(...readers.readTsModels(text, source, kinds, modelStem(source.file), warnings));
  } else {
    warnings.push({ message: 'no TypeORM entity, MikroORM entity, Mongoose schema, Sequelize model or Drizzle table found; nothing to scan in this file' });
  }
  return {
    kind: kinds[0] ?? 'typeorm',
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** `user.model.ts` → `user`: the name of a schema nothing else names. */
function modelStem(file: string): string {
  const base = path.basename(file);
  return base.slice(0, base.indexOf('.') > 0 ? base.indexOf('.') : undefined);
}
