// Content sniffing for `.json` and `.yaml` files: a JSON file whose top level names a
// json-schema.org `$schema`, or holds `openapi`/`swagger`, is a schema, not a data export; a YAML
// file is read only when it is such a schema or an ODCS data contract (datamin.yaml configs live
// in scanned folders too).
import { SourceError, type Dataset, type OpenedSource } from '../../model/index.js';
import { openJson } from '../json.js';
import { ENCODING_SAMPLE_BYTES, readPrefix, type SourceFile, type StreamOptions } from '../text-stream.js';
import { openJsonSchema } from './json-schema.js';
import { isOdcsContract, openOdcs } from './odcs.js';
import { openOpenApi } from './openapi.js';

export type SchemaFileKind = 'json-schema' | 'openapi' | 'odcs';

/** Bytes read to decide; a schema's identifying keys sit at its top, long before this. */
const SNIFF_BYTES = ENCODING_SAMPLE_BYTES;
/** `$schema` values that identify JSON Schema itself (drafts 3–7 and 2019-09/2020-12 meta-schemas). */
const JSON_SCHEMA_META = /^https?:\/\/json-schema\.org\//i;

/** Keywords that make an object a schema rather than a record (JSON Schema 2020-12 core and validation). */
const SCHEMA_KEYWORDS = ['type', '$ref', 'properties', 'items', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'format', 'description', 'title'];

/** An object of named schemas: every member is an object holding at least one schema keyword. */
function isSchemaMap(value: unknown, needProperties: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const members = Object.values(value as Record<string, unknown>);
  if (members.length === 0) return false;
  const schemaLike = (member: unknown): member is Record<string, unknown> =>
    typeof member === 'object' && member !== null && !Array.isArray(member) && SCHEMA_KEYWORDS.some((keyword) => Object.hasOwn(member, keyword));
  if (!members.every(schemaLike)) return false;
  return !needProperties || members.some((member) => typeof member === 'object' && member !== null && Object.hasOwn(member, 'properties'));
}

/**
 * Classifies the top-level members of a document. Without `$schema`, a JSON file is a schema
 * only when its shape leaves no doubt: a `properties` object whose members are all schemas
 * (each with `type`, `$ref`, `description`, … — a GeoJSON feature's scalar `properties` are not),
 * at the top of an object typed `object` or untyped; or `$defs`/`definitions` whose members are
 * all schemas, one at least with `properties`. Data records rarely nest objects of that shape.
 */
function classify(members: ReadonlyMap<string, unknown>): SchemaFileKind | undefined {
  if (typeof members.get('openapi') === 'string' || members.has('swagger')) return 'openapi';
  if (isOdcsContract(members)) return 'odcs';
  const schema = members.get('$schema');
  if (typeof schema === 'string') return JSON_SCHEMA_META.test(schema) ? 'json-schema' : undefined;
  const type = members.get('type');
  if ((type === undefined || type === 'object') && isSchemaMap(members.get('properties'), false)) return 'json-schema';
  if (isSchemaMap(members.get('$defs'), true) || isSchemaMap(members.get('definitions'), true)) return 'json-schema';
  return undefined;
}

/** Object members whose value the sniffer parses (when complete in the prefix) to judge the shape. */
const PARSED_MEMBERS = new Set(['properties', '$defs', 'definitions']);

/**
 * The top-level members of a JSON object in `text` (which may be cut anywhere): string values are
 * kept, other values are skipped by bracket depth. Stops at the first thing that is not JSON.
 */
export function topLevelJsonMembers(text: string): Map<string, unknown> {
  const members = new Map<string, unknown>();
  let i = skipSpace(text, 0);
  if (text[i] !== '{') return members;
  i++;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] !== '"') return members;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return members;
    const key = parseString(text.slice(i, keyEnd));
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':' || key === undefined) return members;
    i = skipSpace(text, i + 1);
    if (text[i] === '"') {
      const valueEnd = stringEnd(text, i);
      if (valueEnd < 0) return members;
      members.set(key, parseString(text.slice(i, valueEnd)));
      i = valueEnd;
    } else {
      const valueStart = i;
      members.set(key, null);
      i = skipValue(text, i);
      if (i < 0) return members;
      if (PARSED_MEMBERS.has(key)) members.set(key, parseJson(text.slice(valueStart, i)));
    }
    i = skipSpace(text, i);
    if (text[i] !== ',') return members;
    i++;
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === '\uFEFF')) i++;
  return i;
}

/** Index just past the closing quote of the string starting at `start`, or -1 when it is cut off. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

function parseJson(literal: string): unknown {
  try {
    return JSON.parse(literal) as unknown;
  } catch {
    return null;
  }
}

function parseString(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/** Index just past a non-string value (number, literal, object or array), or -1 when it is cut off. */
function skipValue(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      i = stringEnd(text, i) - 1;
      if (i < 0) return -1;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && char === ',') return i;
  }
  return -1;
}

/**
 * Top-level YAML keys that identify a schema, read from column 0 lines (`openapi: 3.1.0`,
 * `swagger: "2.0"`, `$schema: https://json-schema.org/…`), or the JSON members when the YAML
 * file is written as JSON.
 */
export function topLevelYamlMembers(text: string): Map<string, unknown> {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(body)) return topLevelJsonMembers(body);
  const members = new Map<string, unknown>();
  for (const match of body.matchAll(/^(["']?)(openapi|swagger|\$schema|apiVersion|kind)\1[ \t]*:[ \t]*(["']?)([^\s"'#]+)\3/gm)) {
    if (!members.has(match[2])) members.set(match[2], match[4]);
  }
  return members;
}

/** What a `.json` file is, judged from its first 64 KiB. */
export async function sniffJsonFile(file: string): Promise<SchemaFileKind | undefined> {
  const prefix = await readPrefix(file, SNIFF_BYTES);
  return classify(topLevelJsonMembers(new TextDecoder('utf-8').decode(prefix)));
}

/** What a `.yaml`/`.yml` file is, judged from its first 64 KiB. */
export async function sniffYamlFile(file: string): Promise<SchemaFileKind | undefined> {
  const prefix = await readPrefix(file, SNIFF_BYTES);
  return classify(topLevelYamlMembers(new TextDecoder('utf-8').decode(prefix)));
}

/** Discovery's test for YAML files: only OpenAPI documents, JSON Schemas and ODCS contracts are scanned. */
export async function isSchemaYaml(file: string): Promise<boolean> {
  return (await sniffYamlFile(file)) !== undefined;
}

/** `.json`: a JSON Schema, OpenAPI document or ODCS contract by content, otherwise a data export. */
export async function openJsonFile(source: SourceFile, options?: StreamOptions): Promise<Dataset | OpenedSource> {
  const kind = await sniffJsonFile(source.file);
  if (kind === 'json-schema') return openJsonSchema(source);
  if (kind === 'openapi') return openOpenApi(source);
  if (kind === 'odcs') return openOdcs(source);
  return openJson(source, options);
}

/** `.yaml`/`.yml`: an OpenAPI document, a JSON Schema written in YAML or an ODCS contract; anything else is refused. */
export async function openYamlFile(source: SourceFile): Promise<OpenedSource> {
  const kind = await sniffYamlFile(source.file);
  if (kind === 'openapi') return openOpenApi(source);
  if (kind === 'json-schema') return openJsonSchema(source);
  if (kind === 'odcs') return openOdcs(source);
  throw new SourceError("not an OpenAPI document (no top-level 'openapi' or 'swagger' key) nor an ODCS data contract (no 'kind: DataContract' with 'apiVersion: v3…')", source.location, 1);
}
