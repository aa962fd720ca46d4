// `$ref` resolution for JSON Schema and OpenAPI files: replaces every reference in place with
// @apidevtools/json-schema-ref-parser, and turns each one that cannot be resolved into a warning
// naming the reference and its line, so the rest of the file is still read. Files are read only
// through the confined resolver of ref-files.ts.
import { $RefParser, JSONParserErrorGroup } from '@apidevtools/json-schema-ref-parser';
import path from 'node:path';
import type { SourceWarning } from '../../model/index.js';
import type { SchemaDocument } from './document.js';
import { confinedFileResolver, isNonFileUri, refTargetPath, type RefusedRefs } from './ref-files.js';

/** One `$ref` object as written in the file, and where it hangs. */
interface RefSite {
  ref: string;
  container: Record<string, unknown> | unknown[];
  key: string;
  line?: number;
}

export interface DereferencedRoot {
  /** The document root with references replaced (the same object unless the root was a `$ref`). */
  root: unknown;
  /** One per unresolved reference, in file order. */
  warnings: SourceWarning[];
}

/** Resolution of a pathological file stops after this long rather than hanging the scan. */
const DEREFERENCE_TIMEOUT_MS = 10_000;

/**
 * Resolves local (`#/definitions/…`, `#/$defs/…`, `#/components/…`) and relative-file references
 * in `document.root`, mutating it so a reference becomes the very object it points at (callers
 * rely on that identity: positions, and "is this body just a component"). Circular references
 * become real cycles; the field walker stops on them. Remote references (any scheme but `file:`)
 * are never fetched, and files are read only inside `scanRoot` (default: the file's own folder).
 */
export async function dereferenceInPlace(file: string, document: SchemaDocument, scanRoot = path.dirname(file)): Promise<DereferencedRoot> {
  const root = document.root;
  if (typeof root !== 'object' || root === null) return { root, warnings: [] };
  const sites = collectRefSites(root, document);
  const rootRef = (root as Record<string, unknown>).$ref;
  if (sites.length === 0 && typeof rootRef !== 'string') return { root, warnings: [] };
  const warnings: SourceWarning[] = [];
  // An instance rather than the static call: its `schema` holds the result even when errors are thrown.
  const parser = new $RefParser();
  const { resolver, refused } = confinedFileResolver(scanRoot);
  try {
    await parser.dereference(file, root, {
      mutateInputSchema: true,
      continueOnError: true,
      timeoutMs: DEREFERENCE_TIMEOUT_MS,
      // Replaces the parser's own file resolver, which reads any path; no resolver reads URLs.
      resolve: { file: resolver, http: false },
      dereference: { circular: true },
    });
  } catch (error) {
    if (error instanceof JSONParserErrorGroup) {
      warnings.push(...nestedFailures(error.errors, file, refused));
    } else {
      warnings.push({ message: `$ref resolution stopped (${error instanceof Error ? error.name : 'unknown error'}); references after that point are not followed` });
    }
  }
  // With continueOnError the parser leaves `null` where a reference could not be resolved.
  const warn = (ref: string, line: number | undefined): SourceWarning => refWarning(ref, line, file, refused);
  const broken = sites.filter((site) => readSlot(site) === null).map((site): SourceWarning => warn(site.ref, site.line));
  // Only a root that is itself a `$ref` comes back as a different object (or null when broken).
  const resolved: unknown = parser.schema;
  if (resolved === null && typeof rootRef === 'string') broken.unshift(warn(rootRef, document.positionOf(root, '$ref')?.line));
  return { root: typeof resolved === 'object' && resolved !== null ? resolved : root, warnings: [...broken, ...warnings, ...nestedRefusals([...sites.map((site) => site.ref), ...(typeof rootRef === 'string' ? [rootRef] : [])], file, refused)] };
}

/** Refusals of `$ref`s written in other files: no site here, so the referenced file's name and the reason. */
function nestedRefusals(ownRefs: readonly string[], file: string, refused: RefusedRefs): SourceWarning[] {
  const own = new Set(ownRefs.map((ref) => refTargetPath(ref, file)));
  return [...refused]
    .filter(([target]) => !own.has(target))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([target, reason]) => ({ message: `$ref to '${path.basename(target)}' in a referenced file not followed: ${reason}` }));
}

function refWarning(ref: string, line: number | undefined, file: string, refused: RefusedRefs): SourceWarning {
  const target = refTargetPath(ref, file);
  const reason = target === undefined ? undefined : refused.get(target);
  const message = reason === undefined ? brokenRefMessage(ref) : `$ref '${ref}' not followed: ${reason}`;
  return { message, ...(line === undefined ? {} : { line }) };
}

function readSlot(site: RefSite): unknown {
  return Array.isArray(site.container) ? site.container[Number(site.key)] : site.container[site.key];
}

function brokenRefMessage(ref: string): string {
  if (ref.startsWith('#')) return `unresolved $ref '${ref}': nothing at that path in this file`;
  if (isNonFileUri(ref)) return `unresolved $ref '${ref}': remote references are not fetched`;
  return `unresolved $ref '${ref}': the referenced file or path could not be read`;
}

/**
 * Failures inside other files reached through `$ref` have no site in this file: one warning per
 * file, with the reason when the confined resolver refused what that file referenced.
 */
function nestedFailures(errors: readonly { source?: string | undefined }[], rootFile: string, refused: RefusedRefs): SourceWarning[] {
  const files = new Set<string>();
  for (const error of errors) {
    if (error.source && path.resolve(error.source) !== path.resolve(rootFile) && !refused.has(path.resolve(error.source))) files.add(path.basename(error.source));
  }
  return [...files].sort().map((name) => ({ message: `unresolved $ref inside the referenced file '${name}'` }));
}

/** Every `{ "$ref": "…" }` in the tree with the line of its `$ref` key, visiting each object once. */
function collectRefSites(root: object, document: SchemaDocument): RefSite[] {
  const sites: RefSite[] = [];
  const visited = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (visited.has(container)) continue;
    visited.add(container);
    const entries: [string, unknown][] = Array.isArray(container) ? container.map((value, index) => [String(index), value]) : Object.entries(container);
    for (const [key, value] of entries) {
      if (typeof value !== 'object' || value === null) continue;
      const ref = (value as Record<string, unknown>).$ref;
      if (typeof ref === 'string') {
        const line = document.positionOf(value, '$ref')?.line;
        sites.push({ ref, container: container as RefSite['container'], key, ...(line === undefined ? {} : { line }) });
      }
      stack.push(value);
    }
  }
  return sites.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
