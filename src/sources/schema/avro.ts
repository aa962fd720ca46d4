// Avro schema files (`.avsc`, JSON): each top-level record is a dataset; nested records become
// dotted paths (`address.street`), arrays `[]`, maps `.*`; `["null", "string"]` is an optional
// string; `doc` is the field's comment; a logicalType (`date`, `timestamp-millis`, `uuid`) is
// its type. Named types declared earlier in the file are followed by name (Avro 1.11 spec,
// "Schema Declaration" and "Names").
import type { Dataset, DeclaredField, OpenedSource, SourceWarning } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { isRecord, parseSchemaDocument, readSchemaText, type Position, type SchemaDocument } from './document.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_FIELDS } from './schema-fields.js';

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

type JsonObject = Record<string, unknown>;

export async function openAvro(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const document = parseSchemaDocument(text, source.location);
  const warnings: SourceWarning[] = [];
  const datasets = avroDatasets(document, source.location, warnings);
  return { kind: 'avro', location: source.location, sizeBytes: source.sizeBytes, datasets, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Top-level records (the root, or the members of a root union), except those another record nests. */
export function avroDatasets(document: SchemaDocument, location: string, warnings: SourceWarning[]): Dataset[] {
  const roots = Array.isArray(document.root) ? document.root : [document.root];
  const reader = new AvroReader(document, warnings);
  const records = roots.filter((root): root is JsonObject => isRecord(root) && root.type === 'record');
  if (records.length === 0) warnings.push({ message: 'no Avro record schema at the top of the file; nothing to scan' });
  const read = records.map((record) => ({ record, fields: reader.recordFields(record) }));
  return read
    .filter(({ record }) => !reader.nested.has(record) || records.length === 1)
    .map(({ record, fields }) => ({ kind: 'avro' as const, name: typeof record.name === 'string' ? shortName(record.name) : 'record', location, fields }));
}

/** `com.example.User` → `User`. */
function shortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

class AvroReader {
  /** Named types (records, enums, fixed) by short and full name, as declared so far. */
  private readonly named = new Map<string, JsonObject>();
  /** Records used as the type of another record's field. */
  readonly nested = new Set<JsonObject>();
  private count = 0;

  constructor(
    private readonly document: SchemaDocument,
    private readonly warnings: SourceWarning[],
  ) {}

  recordFields(record: JsonObject): DeclaredField[] {
    this.register(record);
    const out: DeclaredField[] = [];
    this.count = 0;
    this.appendRecord(record, '', out, new Set([record]), 0);
    return out;
  }

  private register(schema: JsonObject): void {
    if (typeof schema.name !== 'string') return;
    this.named.set(schema.name, schema);
    this.named.set(shortName(schema.name), schema);
    if (typeof schema.namespace === 'string') this.named.set(`${schema.namespace}.${schema.name}`, schema);
  }

  private appendRecord(record: JsonObject, prefix: string, out: DeclaredField[], ancestors: Set<JsonObject>, depth: number): void {
    const fields = record.fields;
    if (!Array.isArray(fields)) {
      this.warnings.push({ message: `record ${String(record.name)} has no "fields" list; skipped`, ...this.lineOf(record, 'name') });
      return;
    }
    fields.forEach((field: unknown, index) => {
      const position = isRecord(field) ? this.document.positionOf(field, 'name') : undefined;
      const fallback = this.document.positionOf(fields, String(index));
      if (!isRecord(field) || typeof field.name !== 'string' || field.type === undefined) {
        this.warnings.push({ message: `a field of record ${String(record.name)} has no name or type; skipped`, ...(fallback ? { line: fallback.line } : {}) });
        return;
      }
      const doc = typeof field.doc === 'string' && field.doc.trim() !== '' ? field.doc.trim() : undefined;
      this.appendType(`${prefix}${field.name}`, field.type, doc, position ?? fallback, out, ancestors, depth);
    });
  }

  private lineOf(container: object, key: string): { line?: number } {
    const position = this.document.positionOf(container, key);
    return position ? { line: position.line } : {};
  }

  /** Resolves a type name to its declaration; inline named types are registered as they are met. */
  private resolve(type: unknown): unknown {
    if (typeof type === 'string' && !PRIMITIVES.has(type)) return this.named.get(type) ?? type;
    if (isRecord(type) && (type.type === 'record' || type.type === 'enum' || type.type === 'fixed')) this.register(type);
    return type;
  }

  private appendType(name: string, rawType: unknown, doc: string | undefined, position: Position | undefined, out: DeclaredField[], ancestors: Set<JsonObject>, depth: number, optional = false): void {
    // The field cap also stops records that fan out exponentially (each used ten times by the next).
    if (this.count >= MAX_SCHEMA_FIELDS) return;
    const type = this.resolve(rawType);
    if (Array.isArray(type)) {
      // A union: `["null", X]` is an optional X; several non-null branches are listed by name.
      const branches = type.filter((branch) => branch !== 'null');
      const nullable = branches.length < type.length;
      if (branches.length === 1) {
        if (depth < MAX_SCHEMA_DEPTH) this.appendType(name, branches[0], doc, position, out, ancestors, depth + 1, nullable || optional);
        return;
      }
      const names = branches.map((branch) => typeLabel(this.resolve(branch)));
      this.leaf(name, `${names.join('|')}${nullable || optional ? '?' : ''}`, doc, position, out);
      return;
    }
    if (isRecord(type) && type.type === 'record') {
      // A record that refers to itself (a linked list) is still a top-level dataset.
      if (!ancestors.has(type)) this.nested.add(type);
      if (ancestors.has(type) || depth >= MAX_SCHEMA_DEPTH) {
        this.leaf(name, `record${optional ? '?' : ''}`, doc, position, out);
        return;
      }
      this.appendRecord(type, `${name}.`, out, new Set([...ancestors, type]), depth + 1);
      return;
    }
    if (isRecord(type) && (type.type === 'array' || type.type === 'map')) {
      const inner = this.resolve(type.type === 'array' ? type.items : type.values);
      const path = `${name}${type.type === 'array' ? '[]' : '.*'}`;
      if (isRecord(inner) && inner.type === 'record') {
        this.appendType(path, inner, doc, position, out, ancestors, depth + 1);
        return;
      }
      this.leaf(path, typeLabel(inner), doc, position, out);
      return;
    }
    this.leaf(name, `${typeLabel(type)}${optional ? '?' : ''}`, doc, position, out);
  }

  private leaf(name: string, type: string, doc: string | undefined, position: Position | undefined, out: DeclaredField[]): void {
    if (this.count++ >= MAX_SCHEMA_FIELDS) return;
    out.push({ name, type, ...(doc === undefined ? {} : { comment: doc }), ...(position ? { line: position.line, column: position.column } : {}) });
  }
}

/** A type as a label: the logicalType when there is one (`date`, `timestamp-millis`), else `string`, `enum`, `Address`. */
function typeLabel(type: unknown): string {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.map(typeLabel).join('|');
  if (!isRecord(type)) return 'unknown';
  if (typeof type.logicalType === 'string') return type.logicalType;
  if (type.type === 'enum' || type.type === 'fixed') return String(type.type);
  if (type.type === 'array') return `${typeLabel(type.items)}[]`;
  if (type.type === 'record') return typeof type.name === 'string' ? shortName(type.name) : 'record';
  return typeof type.type === 'string' ? type.type : 'unknown';
}
