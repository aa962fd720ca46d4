// Flattens parsed JSON records into rows aligned with a growing field list, shared by the JSON
// and NDJSON sources: nested objects → dotted paths, arrays → `[]` paths holding scalar lists.
import type { Cell, DeclaredField, Row, Scalar } from '../model/index.js';

/**
 * One node of the path tree. Walking records through cached nodes avoids building the same
 * path strings (`customer.address.city`) again for every record.
 */
class PathNode {
  private children: Map<string, PathNode> | undefined;
  private itemsNode: PathNode | undefined;
  /** Index into the field list, or -1 until a value is first seen at this path. */
  fieldIndex = -1;

  constructor(readonly path: string) {}

  child(key: string): PathNode {
    this.children ??= new Map();
    let node = this.children.get(key);
    if (!node) {
      node = new PathNode(this.path === '' ? key : `${this.path}.${key}`);
      this.children.set(key, node);
    }
    return node;
  }

  /** The keys of a map keyed by values: `scores` → `scores.{key}` (see isValueKey). */
  mapKeys(): PathNode {
    return this.child(MAP_KEYS);
  }

  /** The values of a map keyed by values: `scores` → `scores.*`. */
  mapValues(): PathNode {
    return this.child(MAP_VALUES);
  }

  /** The node for this path's array elements: `items` → `items[]`. */
  items(): PathNode {
    this.itemsNode ??= new PathNode(`${this.path}[]`);
    return this.itemsNode;
  }
}

/** Path segments of a map keyed by values: its keys and its values, each as a list. */
export const MAP_KEYS = '{key}';
export const MAP_VALUES = '*';

/** Keys no schema would name a property: an e-mail, a phone, a date, a number, words, a hash. */
const VALUE_KEY = /[@\s]|^[+(]?\d[\d\s().:/+-]*$|^[0-9a-f]{16,}$|^[0-9a-f]{8}-[0-9a-f]{4}-|^\d{4}-\d{2}-\d{2}/i;
/** Longer than any real property name. */
const MAX_NAME_KEY = 64;

/**
 * A JSON object used as a map (`{"scores": {"alice@example.com": 3, "+44 20 7946 0958": 1}}`)
 * has values for keys. Taken as property names they would be printed verbatim as field names in
 * every report and classified as nothing (issue 26); instead the keys of such a map become one
 * field, `scores.{key}`, classified like any column, and its values `scores.*`.
 */
export function isValueKey(key: string): boolean {
  return key.length > MAX_NAME_KEY || VALUE_KEY.test(key);
}

/** Name of the single field for records that are not objects (a scalar or an array of scalars). */
export const VALUE_FIELD = 'value';

/**
 * Turns JSON values into rows. Owns the dataset's `fields` array and appends to it when a record
 * brings a new path; a returned row is aligned with `fields` as they are at that moment.
 *
 * Rules: `{a:{b:1}}` → `a.b`; `{tags:["x","y"]}` → `tags[]` = ["x","y"]; `{items:[{sku:1},{sku:2}]}`
 * → `items[].sku` = [1,2]; nested arrays concatenate into the same `[]` path; an empty array gives
 * its `[]` path an empty list; an empty object gives nothing. A record that is not an object
 * (a scalar, or an array) goes to the field `value`. Keys that are values (isValueKey) go to
 * `path.{key}` and their values to `path.*`, both as lists.
 */
export class RecordFlattener {
  private readonly root = new PathNode('');

  constructor(readonly fields: DeclaredField[]) {}

  /** Flattens one parsed record. `line` marks where a new field was first seen. */
  flatten(record: unknown, line?: number): Row {
    const cells: Cell[] = [];
    if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
      this.walkObject(record as Record<string, unknown>, this.root, false, cells, line);
    } else {
      this.walkValue(record, this.root.child(VALUE_FIELD), false, cells, line, true);
    }
    return cells;
  }

  private fieldIndex(node: PathNode, line: number | undefined): number {
    if (node.fieldIndex === -1) {
      node.fieldIndex = this.fields.length;
      this.fields.push(line === undefined ? { name: node.path } : { name: node.path, line });
    }
    return node.fieldIndex;
  }

  private walkObject(object: Record<string, unknown>, node: PathNode, inArray: boolean, cells: Cell[], line: number | undefined): void {
    for (const key in object) {
      if (isValueKey(key)) {
        appendScalar(cells, this.fieldIndex(node.mapKeys(), line), key);
        this.walkValue(object[key], node.mapValues(), true, cells, line, false);
      } else this.walkValue(object[key], node.child(key), inArray, cells, line, false);
    }
  }

  /** `topLevelArray` keeps a non-object record's array under `value` rather than `value[]`. */
  private walkValue(value: unknown, node: PathNode, inArray: boolean, cells: Cell[], line: number | undefined, topLevelArray: boolean): void {
    if (value === null || typeof value !== 'object') {
      const index = this.fieldIndex(node, line);
      if (inArray) appendScalar(cells, index, value as Scalar);
      else cells[index] = value as Scalar;
      return;
    }
    if (Array.isArray(value)) {
      const itemsNode = topLevelArray ? node : node.items();
      if (value.length === 0) {
        const emptyIndex = this.fieldIndex(itemsNode, line);
        cells[emptyIndex] ??= [];
        return;
      }
      for (const item of value as unknown[]) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
          this.walkObject(item as Record<string, unknown>, itemsNode, true, cells, line);
        } else if (Array.isArray(item)) {
          // [[1,2],[3]] concatenates into the same list: the path has no deeper `[][]` level.
          this.walkValue(item, itemsNode, true, cells, line, true);
        } else {
          appendScalar(cells, this.fieldIndex(itemsNode, line), item as Scalar);
        }
      }
      return;
    }
    this.walkObject(value as Record<string, unknown>, node, inArray, cells, line);
  }
}

function appendScalar(cells: Cell[], index: number, value: Scalar): void {
  const current = cells[index];
  if (Array.isArray(current)) current.push(value);
  else cells[index] = current === undefined ? [value] : [current, value];
}
