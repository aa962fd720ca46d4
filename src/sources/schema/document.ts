// Parses a JSON or YAML schema file into plain values while remembering where every mapping key
// and sequence item sits, so fields found after `$ref` resolution still point at their line.
import { readFile } from 'node:fs/promises';
import type { Document, Node } from 'yaml';
import type * as Yaml from 'yaml';
import { requireCjs } from '../../util/require-cjs.js';
import { SourceError } from '../../model/index.js';

const { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } = requireCjs('yaml') as typeof Yaml;

/** 1-based line and column of a key in the file. */
export interface Position {
  line: number;
  column: number;
}

export interface SchemaDocument {
  /** The whole file as plain objects, arrays and scalars (objects keep their identity for `positionOf`). */
  root: unknown;
  /** Where `key` (a property name, or an index for arrays) of `container` is written, if it came from this file. */
  positionOf(container: object, key: string): Position | undefined;
}

/** Schema files are read whole; anything larger than this is not a hand-written schema. */
export const MAX_SCHEMA_BYTES = 64 * 1024 * 1024;

/** Reads a schema file as UTF-8 (a leading BOM is dropped), refusing very large files. */
export async function readSchemaText(file: string, location: string, sizeBytes: number): Promise<string> {
  if (sizeBytes > MAX_SCHEMA_BYTES) throw new SourceError(`schema file larger than ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB`, location);
  const text = await readFile(file, 'utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Parses JSON or YAML text. YAML 1.2 is a superset of JSON, so one parser gives line and column
 * for both (https://yaml.org/spec/1.2.2/#12-yaml-history). Duplicate keys are tolerated (the
 * last wins, as in JSON.parse); a syntax error becomes a SourceError on its line.
 */
export function parseSchemaDocument(text: string, location: string): SchemaDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const { line } = lineCounter.linePos(firstError.pos[0]);
    // The parser's own message quotes source text, which may hold example values; keep its code only.
    throw new SourceError(`not valid JSON or YAML (${firstError.code.toLowerCase().replaceAll('_', ' ')})`, location, line);
  }
  const positions = new WeakMap<object, Map<string, Position>>();
  const converted = new Map<Node, unknown>();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const root = toValue(document.contents, document, converted, positions, at);
  return { root, positionOf: (container, key) => positions.get(container)?.get(key) };
}

/**
 * Converts one YAML node to a plain value. Collections are registered in `converted` before
 * their children so an alias back to an ancestor becomes a real cycle instead of endless recursion.
 */
function toValue(
  node: unknown,
  document: Document,
  converted: Map<Node, unknown>,
  positions: WeakMap<object, Map<string, Position>>,
  at: (offset: number) => Position,
): unknown {
  if (isAlias(node)) {
    const target = node.resolve(document);
    return target ? toValue(target, document, converted, positions, at) : null;
  }
  if (isScalar(node)) return node.value;
  if (!isMap(node) && !isSeq(node)) return null;
  const done = converted.get(node);
  if (done !== undefined) return done;
  const keys = new Map<string, Position>();
  if (isSeq(node)) {
    const list: unknown[] = [];
    converted.set(node, list);
    positions.set(list, keys);
    node.items.forEach((item, index) => {
      const range = (item as Node | null)?.range;
      if (range) keys.set(String(index), at(range[0]));
      list.push(toValue(item, document, converted, positions, at));
    });
    return list;
  }
  const object: Record<string, unknown> = {};
  converted.set(node, object);
  positions.set(object, keys);
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(toValue(keyNode, document, converted, positions, at));
    if (keyNode?.range) keys.set(key, at(keyNode.range[0]));
    // defineProperty, so a key named `__proto__` stays an ordinary own property.
    Object.defineProperty(object, key, {
      value: toValue(pair.value, document, converted, positions, at),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
