// TypeScript/JavaScript model files (`*.entity.ts`, `models/user.js`): TypeORM entities and
// Mongoose schemas. A cheap text test decides first, so the many .ts/.js files of an
// application that define no model are neither tokenized nor reported.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { tokenize } from './code-tokens.js';
import { readSchemaText } from './document.js';
import { mongooseDatasets } from './mongoose.js';
import { typeormDatasets } from './typeorm.js';

/** Model files are hand-written; a larger .js is a bundle, never read as a model. */
const MAX_MODEL_BYTES = 4 * 1024 * 1024;

/** What a model file's text holds: a TypeORM entity (`@Entity(` and an import of typeorm) or a Mongoose schema. */
export function modelKinds(text: string): { typeorm: boolean; mongoose: boolean } {
  return {
    typeorm: /@(?:\w+\.)?(?:Entity|ViewEntity|ChildEntity)\s*\(/.test(text) && text.includes('typeorm'),
    mongoose: text.includes('mongoose') && text.includes('Schema'),
  };
}

/** Discovery's test for a .ts/.js file: does it define a TypeORM entity or a Mongoose schema? */
export async function isModelFile(file: string): Promise<boolean> {
  const { size } = await stat(file);
  if (size > MAX_MODEL_BYTES) return false;
  const kinds = modelKinds(await readFile(file, 'utf8'));
  return kinds.typeorm || kinds.mongoose;
}

export async function openTsModels(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const kinds = modelKinds(text);
  const warnings: SourceWarning[] = [];
  const datasets: Dataset[] = [];
  if (kinds.typeorm || kinds.mongoose) {
    const tokens = tokenize(text, { javascript: true });
    if (kinds.typeorm) datasets.push(...typeormDatasets(tokens, source.location, warnings));
    if (kinds.mongoose) datasets.push(...mongooseDatasets(tokens, source.location, modelStem(source.file), warnings));
  } else {
    warnings.push({ message: 'no TypeORM entity (@Entity) or Mongoose schema (new Schema) found; nothing to scan in this file' });
  }
  return {
    kind: kinds.typeorm || !kinds.mongoose ? 'typeorm' : 'mongoose',
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
