// JSON Schema files (draft-07, 2019-09, 2020-12): the root schema becomes one dataset named after
// the file stem, its properties the declared fields, each with the line of its property key.
import { SourceError, type Dataset, type OpenedSource, type SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { isRecord, parseSchemaDocument, readSchemaText } from './document.js';
import { dereferenceInPlace } from './refs.js';
import { MAX_SCHEMA_FIELDS, schemaFields } from './schema-fields.js';

/**
 * Opens a JSON (or YAML) Schema. Unresolvable `$ref`s become warnings and the rest is read; the
 * file fails as a whole only when it is not an object, or when nothing but broken references is
 * left of it.
 */
export async function openJsonSchema(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const document = parseSchemaDocument(text, source.location);
  if (!isRecord(document.root)) throw new SourceError('not a JSON Schema (the top level is not an object)', source.location, 1);
  const { root, warnings } = await dereferenceInPlace(source.file, document, source.scanRoot);
  const { fields, truncated } = schemaFields(root, document);
  if (fields.length === 0 && warnings.length > 0) {
    throw new SourceError(`no field could be read: ${warnings[0].message}`, source.location, warnings[0].line);
  }
  const allWarnings: SourceWarning[] = [...warnings];
  if (truncated) allWarnings.push({ message: `only the first ${MAX_SCHEMA_FIELDS} fields were kept` });
  const dataset: Dataset = {
    kind: 'json-schema',
    name: source.name.replace(/\.schema$/i, ''),
    location: source.location,
    fields,
    sizeBytes: source.sizeBytes,
  };
  return {
    kind: 'json-schema',
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets: [dataset],
    ...(allWarnings.length > 0 ? { warnings: allWarnings } : {}),
  };
}
