// Open Data Contract Standard (ODCS) v3 contracts (`apiVersion: v3.x`, `kind: DataContract`):
// each `schema:` object is a dataset (its physicalName, else its name), each of its `properties`
// a field at the line of its `name:` with its physical or logical type, description and
// classification; nested properties and array items become dotted paths (`address.city`,
// `phones[]`). A `retention` service level (`slaProperties`: value and unit, or an ISO 8601
// duration) is attached to the fields of the objects it covers, so the retention rules can use
// it where datamin.yaml declares none. Spec: https://bitol-io.github.io/open-data-contract-standard/
import type { Dataset, DeclaredField, DeclaredRetention, OpenedSource, SourceWarning } from '../../model/index.js';
import { isDuration } from '../../util/duration.js';
import type { SourceFile } from '../text-stream.js';
import { isRecord, parseSchemaDocument, readSchemaText, type SchemaDocument } from './document.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_FIELDS } from './schema-fields.js';

/** ODCS `unit` spellings (its examples use `d`/`day`/`days`, `y`/`yr`/`years`) → ISO 8601 designators. */
const UNITS: Record<string, string> = {
  d: 'D', day: 'D', days: 'D',
  w: 'W', week: 'W', weeks: 'W',
  m: 'M', month: 'M', months: 'M',
  y: 'Y', yr: 'Y', yrs: 'Y', year: 'Y', years: 'Y',
};

export async function openOdcs(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const warnings: SourceWarning[] = [];
  const datasets = odcsDatasets(parseSchemaDocument(text, source.location), source.location, warnings);
  return { kind: 'odcs', location: source.location, sizeBytes: source.sizeBytes, datasets, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Whether top-level members say the document is an ODCS v3 contract. */
export function isOdcsContract(members: ReadonlyMap<string, unknown>): boolean {
  const version = members.get('apiVersion');
  return members.get('kind') === 'DataContract' && typeof version === 'string' && /^v3(?:\.|$)/.test(version);
}

export function odcsDatasets(document: SchemaDocument, location: string, warnings: SourceWarning[]): Dataset[] {
  const root = document.root;
  if (!isRecord(root)) return [];
  const objects = Array.isArray(root.schema) ? root.schema : [];
  const retention = retentionsOf(root, document, location, warnings);
  const datasets: Dataset[] = [];
  for (const [index, object] of objects.entries()) {
    if (!isRecord(object)) {
      warnings.push({ message: 'a schema entry that is not an object was skipped', ...lineOf(document, objects, String(index)) });
      continue;
    }
    const name = textOf(object.physicalName) ?? textOf(object.name);
    if (name === undefined) {
      warnings.push({ message: 'a schema object without a name was skipped', ...lineOf(document, objects, String(index)) });
      continue;
    }
    const fields: DeclaredField[] = [];
    // Levels naming the object (by physical or logical name) and contract-wide ones: the shortest holds.
    const covering = [retention.get(name), retention.get(textOf(object.name) ?? name), retention.get('')].reduce<DeclaredRetention | undefined>(
      (best, candidate) => (candidate && (!best || shorter(candidate.duration, best.duration)) ? candidate : best),
      undefined,
    );
    appendProperties(object.properties, '', fields, document, covering, 0);
    datasets.push({ kind: 'odcs', name, location, fields });
  }
  return datasets;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function lineOf(document: SchemaDocument, container: object, key: string): { line?: number } {
  const line = document.positionOf(container, key)?.line;
  return line === undefined ? {} : { line };
}

/** `properties:` items (and their nested `properties`/`items`) flattened into fields. */
function appendProperties(properties: unknown, prefix: string, out: DeclaredField[], document: SchemaDocument, retention: DeclaredRetention | undefined, depth: number): void {
  if (!Array.isArray(properties) || depth > MAX_SCHEMA_DEPTH) return;
  for (const [index, property] of properties.entries()) {
    if (out.length >= MAX_SCHEMA_FIELDS || !isRecord(property)) continue;
    const name = textOf(property.physicalName) ?? textOf(property.name);
    if (name === undefined) continue;
    const path = `${prefix}${name}`;
    const position = document.positionOf(property, 'name') ?? document.positionOf(properties, String(index));
    const type = textOf(property.physicalType) ?? textOf(property.logicalType);
    const classification = textOf(property.classification);
    const description = textOf(property.description);
    const comment = [description, classification === undefined ? undefined : `classification: ${classification}`].filter((part) => part !== undefined).join('; ');
    out.push({
      name: path,
      ...(type === undefined ? {} : { type }),
      ...(comment === '' ? {} : { comment }),
      ...(position === undefined ? {} : { line: position.line, column: position.column }),
      ...(retention === undefined ? {} : { retention }),
    });
    appendProperties(property.properties, `${path}.`, out, document, retention, depth + 1);
    if (isRecord(property.items)) {
      const items = property.items;
      if (Array.isArray(items.properties)) appendProperties(items.properties, `${path}[].`, out, document, retention, depth + 1);
    }
  }
}

/**
 * The `retention` service levels by the object they cover (`element: customers.created_at` or
 * `customers`; '' for a contract-wide one). `value: 3, unit: y` → `P3Y`; `value: P1Y` as is. The
 * shortest wins where two cover the same object. An unreadable one is a warning on its line.
 */
function retentionsOf(root: Record<string, unknown>, document: SchemaDocument, location: string, warnings: SourceWarning[]): Map<string, DeclaredRetention> {
  const byObject = new Map<string, DeclaredRetention>();
  const levels = Array.isArray(root.slaProperties) ? root.slaProperties : [];
  for (const [index, level] of levels.entries()) {
    if (!isRecord(level) || String(level.property).toLowerCase() !== 'retention') continue;
    const { line } = lineOf(document, levels, String(index));
    const duration = isoDuration(level.value, level.unit);
    if (duration === undefined) {
      warnings.push({ message: 'a retention service level whose value and unit are not a period (for example value: 3, unit: y, or value: P3Y) was ignored', ...(line === undefined ? {} : { line }) });
      continue;
    }
    const retention: DeclaredRetention = { duration, source: location, ...(line === undefined ? {} : { line }) };
    const elements = textOf(level.element)?.split(',').map((element) => element.trim()) ?? [''];
    for (const element of elements) {
      const object = element.includes('.') ? element.slice(0, element.indexOf('.')) : element;
      const known = byObject.get(object);
      if (!known || shorter(retention.duration, known.duration)) byObject.set(object, retention);
    }
  }
  return byObject;
}

function isoDuration(value: unknown, unit: unknown): string | undefined {
  if (typeof value === 'string' && isDuration(value)) return value;
  const amount = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
  const designator = typeof unit === 'string' ? UNITS[unit.trim().toLowerCase()] : undefined;
  if (amount === undefined || !Number.isInteger(amount) || amount < 0 || designator === undefined) return undefined;
  return `P${amount}${designator}`;
}

/** Compares two periods by their length in days (a month as 30.44, a year as 365.25). */
function shorter(a: string, b: string): boolean {
  return approximateDays(a) < approximateDays(b);
}

function approximateDays(duration: string): number {
  const units: Record<string, number> = { Y: 365.25, M: 30.44, W: 7, D: 1 };
  let days = 0;
  for (const match of duration.split('T')[0].matchAll(/(\d+)([YMWD])/g)) days += Number(match[1]) * units[match[2]];
  return days;
}
