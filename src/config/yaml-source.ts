// Parses a YAML file keeping its syntax tree and line counter, so that any key path found by
// the schema validator can be turned back into a line and column.
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type * as Yaml from 'yaml';
import { requireCjs } from '../util/require-cjs.js';
import { ConfigError } from './errors.js';

const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = requireCjs('yaml') as typeof Yaml;

export interface YamlSource {
  file: string;
  /** The plain JavaScript value (an empty file gives `{}`). */
  value: unknown;
  /** Syntax errors; when non-empty, `value` should not be trusted. */
  errors: ConfigError[];
  /** 1-based position of the key (or, for `'value'`, the value) at `path`; nearest ancestor if absent. */
  locate(path: readonly string[], at?: 'key' | 'value'): { line: number; column: number };
}

/** The first line of a yaml error message, without the `at line x, column y` suffix. */
function shortMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Offset of the first key that repeats an earlier key of the same mapping, or undefined. The yaml
 * package's own check (`uniqueKeys`) compares each key with every earlier one, quadratic in the
 * keys of a mapping (a purpose map drafted for thousands of tables); this one keeps a set per
 * mapping. Keys compare as the package compares them: scalars by value, anything else never.
 */
function firstDuplicateKey(doc: Document): number | undefined {
  let first: number | undefined;
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const at = pair.key.range?.[0];
          if (seen.has(pair.key.value) && at !== undefined && (first === undefined || at < first)) first = at;
          seen.add(pair.key.value);
        }
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      pending.push(...node.items);
    }
  }
  return first;
}

/** The pairs of a mapping by scalar key (the first of equal keys), built when first looked up. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && !pairs.has(String(item.key.value))) pairs.set(String(item.key.value), item);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
}

export function parseYamlSource(raw: string, file: string): YamlSource {
  // Editors on Windows save a byte order mark; it is not a column of line 1.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Only the first syntax error (the parser's later ones are mostly echoes of it), a repeated key
  // counting as one where the parser would have reported it.
  const syntax = doc.errors.slice(0, 1).map((error) => ({ offset: error.pos[0], message: shortMessage(error.message) }));
  const duplicate = firstDuplicateKey(doc);
  if (duplicate !== undefined && (syntax.length === 0 || duplicate < syntax[0].offset)) syntax[0] = { offset: duplicate, message: 'Map keys must be unique' };
  const errors = syntax.map((error) => {
    const { line, column } = position(error.offset);
    return new ConfigError('yaml-syntax', `YAML syntax error: ${error.message}`, file, line, column);
  });

  const locate = (path: readonly string[], at: 'key' | 'value' = 'key'): { line: number; column: number } => {
    let node: unknown = doc.contents;
    let offset = (doc.contents)?.range?.[0] ?? 0;
    for (const [index, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = pairOf(node, segment);
        if (!pair) break;
        const keyOffset = (pair.key as Node | null)?.range?.[0];
        const valueNode = pair.value as Node | null;
        // A key with no value (`retention:`) has no value range: point at the key instead.
        offset = at === 'value' && index === path.length - 1 ? (valueNode?.range?.[0] ?? keyOffset ?? offset) : (keyOffset ?? offset);
        node = valueNode;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item?.range) break;
        offset = item.range[0];
        node = item;
      } else {
        break;
      }
    }
    return position(offset);
  };

  const value: unknown = errors.length > 0 ? undefined : (doc.toJS() as unknown);
  return { file, value: value ?? {}, errors, locate };
}
