// A shadow key: `_birthDate` beside `birthDate`. Formats that attach metadata to a primitive
// value put it under the same key with a leading underscore (FHIR's primitive extensions,
// `_links`-style annotations): the shadow holds ids and extensions about the value, never the
// value itself, so what its name says is not what it holds.
import { splitPath } from '../../util/tokenize.js';

/** The last path segment and everything before it (`address[]._line[]` → `address[].`, `_line[]`). */
function splitLeaf(raw: string): { prefix: string; leaf: string } {
  const parts = splitPath(raw);
  const leafName = [...parts].reverse().find((s) => s.trim() !== '') ?? raw;
  const at = raw.lastIndexOf(leafName);
  return { prefix: raw.slice(0, at), leaf: raw.slice(at) };
}

/** The dataset's field names without a trailing array marker, built once per shared sibling list. */
const namesOf = new WeakMap<readonly string[], ReadonlySet<string>>();
const withoutArray = (s: string): string => s.replace(/\[[^\]]*\]$/, '');

function siblingNames(siblings: readonly string[]): ReadonlySet<string> {
  let names = namesOf.get(siblings);
  if (!names) {
    names = new Set(siblings.map(withoutArray));
    namesOf.set(siblings, names);
  }
  return names;
}

/**
 * The sibling a shadow key annotates, when the field is one: its leaf starts with underscores and
 * the same path without them is another field of the dataset. A lone `_id` or `_name` is not a
 * shadow (nothing beside it to annotate) and keeps its meaning.
 */
export function shadowedSibling(raw: string, siblings: readonly string[] | undefined): string | undefined {
  if (siblings === undefined || siblings.length === 0) return undefined;
  const { prefix, leaf } = splitLeaf(raw);
  if (!leaf.startsWith('_')) return undefined;
  const bare = leaf.replace(/^_+/, '');
  if (bare === '' || !/^[A-Za-z]/.test(bare)) return undefined;
  const target = withoutArray(`${prefix}${bare}`);
  return siblingNames(siblings).has(target) ? target : undefined;
}
