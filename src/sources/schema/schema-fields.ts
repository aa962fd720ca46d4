// Flattens a resolved JSON Schema (also an OpenAPI schema object) into declared fields: dotted
// paths of `properties` (`basics.location.city`), `[]` for arrays (`work[].name`, `tags[]`),
// type plus format (`string/email`) and title/description as the comment.
import type { DeclaredField } from '../../model/index.js';
import { isRecord, type Position, type SchemaDocument } from './document.js';

/** Nesting deeper than this is cut: real schemas stay far below it, generated recursive ones do not. */
export const MAX_SCHEMA_DEPTH = 16;
/** Fields kept per dataset; a schema reusing a large definition many times could otherwise explode. */
export const MAX_SCHEMA_FIELDS = 10_000;

/** Keywords whose member schemas all contribute properties (JSON Schema 2020-12 §10.2). */
const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;
/** Keywords holding one further schema that may contribute properties (§10.2.2). */
const CONDITIONALS = ['then', 'else'] as const;

export interface FlattenedSchema {
  fields: DeclaredField[];
  /** True when MAX_SCHEMA_FIELDS cut the list. */
  truncated: boolean;
}

/**
 * The fields a schema declares. `fallback` is where fields point when their schema came from
 * another file (no position here): the nearest place in this file that led to them. A root
 * array schema flattens its items without a prefix, as the JSON export reader does for records.
 */
export function schemaFields(schema: unknown, document: SchemaDocument, fallback?: Position): FlattenedSchema {
  const walker = new SchemaWalker(document);
  if (isRecord(schema) && !hasProperties(schema, new Set()) && isRecord(schema.items)) walker.walkObject(schema.items, '', fallback, 0);
  else walker.walkObject(schema, '', fallback, 0);
  return { fields: walker.fields, truncated: walker.truncated };
}

class SchemaWalker {
  readonly fields: DeclaredField[] = [];
  truncated = false;
  private readonly byName = new Map<string, DeclaredField>();
  /** Schemas on the current path: re-entering one is a recursive definition. */
  private readonly ancestors = new Set<object>();

  constructor(private readonly document: SchemaDocument) {}

  walkObject(schema: unknown, prefix: string, fallback: Position | undefined, depth: number): void {
    if (!isRecord(schema) || this.ancestors.has(schema) || depth > MAX_SCHEMA_DEPTH) return;
    this.ancestors.add(schema);
    const properties = schema.properties;
    if (isRecord(properties)) {
      for (const [key, child] of Object.entries(properties)) {
        this.addProperty(`${prefix}${key}`, child, this.document.positionOf(properties, key) ?? fallback, depth);
      }
    }
    const mapValues = mapValueSchema(schema);
    if (mapValues && !this.ancestors.has(mapValues)) {
      // An object used as a map (`additionalProperties: {…}`): any key, so `*` stands for it.
      this.walkObject(mapValues, `${prefix}*.`, this.document.positionOf(schema, 'additionalProperties') ?? fallback, depth + 1);
    }
    for (const member of subschemas(schema)) this.walkObject(member, prefix, fallback, depth + 1);
    this.ancestors.delete(schema);
  }

  private addProperty(name: string, schema: unknown, position: Position | undefined, depth: number): void {
    if (!isRecord(schema)) {
      // `"name": true` (any value allowed) still declares the property.
      this.addLeaf(name, undefined, undefined, position);
      return;
    }
    const recursive = this.ancestors.has(schema) || depth >= MAX_SCHEMA_DEPTH;
    if (!recursive && hasProperties(schema, new Set())) {
      this.walkObject(schema, `${name}.`, position, depth + 1);
      return;
    }
    const items = arrayItems(schema);
    if (!recursive && items) {
      if (!this.ancestors.has(items) && hasProperties(items, new Set())) {
        this.ancestors.add(schema);
        this.walkObject(items, `${name}[].`, position, depth + 1);
        this.ancestors.delete(schema);
      } else {
        this.addLeaf(`${name}[]`, typeOf(items), commentOf(schema) ?? commentOf(items), position);
      }
      return;
    }
    this.addLeaf(name, recursive ? 'object' : typeOf(schema), commentOf(schema), position);
  }

  private addLeaf(name: string, type: string | undefined, comment: string | undefined, position: Position | undefined): void {
    const existing = this.byName.get(name);
    if (existing) {
      // The same property in two `anyOf` branches: one field, the first declaration's line.
      existing.type ??= type;
      existing.comment ??= comment;
      return;
    }
    if (this.fields.length >= MAX_SCHEMA_FIELDS) {
      this.truncated = true;
      return;
    }
    const field: DeclaredField = {
      name,
      ...(type === undefined ? {} : { type }),
      ...(comment === undefined ? {} : { comment }),
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
    };
    this.fields.push(field);
    this.byName.set(name, field);
  }
}

/** Member schemas whose properties belong to the same object. */
function subschemas(schema: Record<string, unknown>): unknown[] {
  const members: unknown[] = [];
  for (const keyword of COMBINATORS) {
    const list = schema[keyword];
    if (Array.isArray(list)) members.push(...(list as unknown[]));
  }
  for (const keyword of CONDITIONALS) {
    if (isRecord(schema[keyword])) members.push(schema[keyword]);
  }
  return members;
}

/** Whether a schema (or one of its combined members) declares named properties. */
function hasProperties(schema: unknown, seen: Set<object>): boolean {
  if (!isRecord(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (isRecord(schema.properties) && Object.keys(schema.properties).length > 0) return true;
  if (mapValueSchema(schema) !== undefined && hasProperties(schema.additionalProperties, seen)) return true;
  return subschemas(schema).some((member) => hasProperties(member, seen));
}

/**
 * The value schema of an object used as a map (`"additionalProperties": {"properties": …}`,
 * JSON Schema 2020-12 §10.3.2.3): the properties of its values are fields under `map.*.`.
 */
function mapValueSchema(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  return isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined;
}

/** The item schema of an array schema (`items`, or the first `prefixItems` of 2020-12), if any. */
function arrayItems(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  if (isRecord(schema.items)) return schema.items;
  if (Array.isArray(schema.items) && isRecord(schema.items[0])) return schema.items[0]; // draft-07 tuple form
  if (Array.isArray(schema.prefixItems) && isRecord(schema.prefixItems[0])) return schema.prefixItems[0];
  if (typeNames(schema).includes('array')) return {};
  return undefined;
}

/** `type` as a list (it may be a string or an array); `null` is dropped as it only marks optionality. */
function typeNames(schema: Record<string, unknown>): string[] {
  const declared = schema.type;
  const names = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared.filter((name) => typeof name === 'string') : [];
  return names.filter((name) => name !== 'null');
}

/**
 * `type` plus `format` (`string/email`, `string/date`). Without `type`, the types of `anyOf`/
 * `oneOf` members (OpenAPI 3.1 writes nullable as `anyOf: [{type: string}, {type: null}]`), then
 * what `enum`/`const` values are.
 */
export function typeOf(schema: Record<string, unknown>, seen = new Set<object>()): string | undefined {
  seen.add(schema);
  let names = typeNames(schema);
  if (names.length === 0) {
    const memberTypes = subschemas(schema)
      .filter((member): member is Record<string, unknown> => isRecord(member) && !seen.has(member))
      .map((member) => typeOf(member, seen))
      .filter((name): name is string => name !== undefined);
    names = [...new Set(memberTypes)];
  }
  if (names.length === 0) {
    const sample = Array.isArray(schema.enum) ? (schema.enum as unknown[]).find((value) => value !== null) : schema.const;
    if (typeof sample === 'string' || typeof sample === 'number' || typeof sample === 'boolean') names = [typeof sample];
  }
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  if (format) return `${names.length === 1 ? names[0] : 'string'}/${format}`;
  return names.length > 0 ? names.join('|') : undefined;
}

/** `title` and `description` together (either alone when only one is written). */
export function commentOf(schema: Record<string, unknown>): string | undefined {
  const parts = [schema.title, schema.description].filter((text): text is string => typeof text === 'string' && text.trim() !== '').map((text) => text.trim());
  if (parts.length === 2 && parts[0] === parts[1]) parts.pop();
  return parts.length > 0 ? parts.join(' — ') : undefined;
}
