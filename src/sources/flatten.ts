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
  /** Index into the field list, or -1 while no leaf value was seen at this path. */
  fieldIndex = -1;
  /** An object or an array was seen here: the path is a container, its leaves are below it. */
  container: 'object' | 'array' | undefined;
  /**
   * The field this path held before it showed itself a container (`genres: null` before
   * `genres: ["x"]`): the first leaf created below takes it over, so its nulls count as that
   * leaf's empty values instead of leaving a second field for the container. -1 when none.
   */
  heir = -1;

  constructor(
    readonly path: string,
    readonly parent: PathNode | undefined,
  ) {}

  child(key: string): PathNode {
    this.children ??= new Map();
    let node = this.children.get(key);
    if (!node) {
      node = new PathNode(this.path === '' ? key : `${this.path}.${key}`, this);
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
    this.itemsNode ??= new PathNode(`${this.path}[]`, this);
    return this.itemsNode;
  }

  /** The `[]` node when it exists and holds scalars (`genres[]`), not objects. */
  scalarItems(): PathNode | undefined {
    return this.itemsNode?.container === undefined ? this.itemsNode : undefined;
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
 *
 * One field per leaf path, whatever order the shapes come in: where a path holds an array in
 * some records, its scalars in others are one-element lists of `tags[]` and its nulls are empty
 * lists; where it holds objects (or an array of objects), a null there is an absent container,
 * not a field of its own (BODS `componentRecords: null` beside `componentRecords: [{…}]`). A
 * field declared before the path showed itself a container (the null came first) is taken over
 * by the first leaf below it, keeping its index so rows already read stay aligned. A path that
 * holds real scalars in some records and objects in others keeps both: both are leaves.
 */
export class RecordFlattener {
  private readonly root = new PathNode('', undefined);
  /** Per field index: 1 once a non-null scalar was stored there (a real leaf, never taken over). */
  private readonly hasValue: number[] = [];

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
      const inherited = this.takeHeir(node);
      if (inherited !== -1) {
        this.fields[inherited].name = node.path;
        node.fieldIndex = inherited;
      } else {
        node.fieldIndex = this.fields.length;
        this.fields.push(line === undefined ? { name: node.path } : { name: node.path, line });
      }
    }
    return node.fieldIndex;
  }

  /** The field a container above `node` left to its first leaf, if still unclaimed. */
  private takeHeir(node: PathNode): number {
    for (let ancestor = node.parent; ancestor !== undefined; ancestor = ancestor.parent) {
      if (ancestor.heir !== -1) {
        const heir = ancestor.heir;
        ancestor.heir = -1;
        return heir;
      }
    }
    return -1;
  }

  /**
   * Marks `node` a container. A field it held so far passes to its first leaf when it only ever
   * held nulls or empty lists, or when the container is an array (`tags: "x"` beside
   * `tags: ["y"]` is one field `tags[]`); a real scalar beside objects stays a leaf of its own.
   */
  private becomeContainer(node: PathNode, kind: 'object' | 'array'): void {
    const held = node.fieldIndex;
    if (held !== -1 && (kind === 'array' || this.hasValue[held] !== 1)) {
      node.heir = held;
      node.fieldIndex = -1;
    }
    node.container ??= kind;
  }

  private walkObject(object: Record<string, unknown>, node: PathNode, inArray: boolean, cells: Cell[], line: number | undefined): void {
    if (node !== this.root) this.becomeContainer(node, 'object');
    for (const key in object) {
      if (isValueKey(key)) {
        appendScalar(cells, this.fieldIndex(node.mapKeys(), line), key);
        this.walkValue(object[key], node.mapValues(), true, cells, line, false);
      } else this.walkValue(object[key], node.child(key), inArray, cells, line, false);
    }
  }

  /** Stores a scalar at `node`, or in its `[]` field when the path holds arrays of scalars. */
  private storeScalar(value: Scalar, node: PathNode, inArray: boolean, cells: Cell[], line: number | undefined): void {
    if (node.container !== undefined && node.fieldIndex === -1) {
      if (value === null) {
        // A null container: an empty list for `tags[]`, absent for object leaves, empty for an unclaimed heir.
        const items = node.container === 'array' ? node.scalarItems() : undefined;
        if (items && items.fieldIndex !== -1) cells[items.fieldIndex] ??= [];
        else if (node.heir !== -1 && !inArray) cells[node.heir] ??= null;
        return;
      }
      const items = node.container === 'array' ? node.scalarItems() : undefined;
      if (items) {
        const index = this.fieldIndex(items, line);
        this.hasValue[index] = 1;
        appendScalar(cells, index, value);
        return;
      }
    }
    const index = this.fieldIndex(node, line);
    if (value !== null) this.hasValue[index] = 1;
    if (inArray) appendScalar(cells, index, value);
    else cells[index] = value;
  }

  /** `topLevelArray` keeps a non-object record's array under `value` rather than `value[]`. */
  private walkValue(value: unknown, node: PathNode, inArray: boolean, cells: Cell[], line: number | undefined, topLevelArray: boolean): void {
    if (value === null || typeof value !== 'object') {
      this.storeScalar(value as Scalar, node, inArray, cells, line);
      return;
    }
    if (Array.isArray(value)) {
      if (!topLevelArray) this.becomeContainer(node, 'array');
      const itemsNode = topLevelArray ? node : node.items();
      if (value.length === 0) {
        if (itemsNode.container !== undefined) return;
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
        } else if (item !== null || itemsNode.container === undefined) {
          // A null element among objects is a missing object, not a scalar of its own.
          this.storeScalar(item as Scalar, itemsNode, true, cells, line);
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
