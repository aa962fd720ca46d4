// The parts of datamin.yaml that correct and extend the classifier: `overrides:` (the user's
// verdict on fields) and `detectors:` (detectors declared as data). Both are checked here, at
// load, so a wrong declaration stops the run with file:line:col instead of silently never firing.
import type { CustomDetectorSpec, FieldOverride } from '../model/index.js';
import { DEFAULT_THRESHOLD, isBuiltInCategoryId, type Category, type CategoryId, type GdprClass, type IdentifierKind, type Sensitivity } from '../model/taxonomy.js';
import { compileCustomDetector, CustomDetectorError } from '../detectors/custom.js';
import { ConfigError } from './errors.js';
import type { YamlSource } from './yaml-source.js';

/** A declared detector with the place of its declaration. */
export type DeclaredDetector = CustomDetectorSpec & { file: string; line: number; column: number };

interface RawOverride {
  dataset?: string;
  field: string;
  personal?: false;
  categories?: string[];
  reason: string;
}

/** A custom category declared in datamin.yaml, with the place of its declaration. */
export type DeclaredCategory = Category & { file: string; line: number; column: number };

/** The category's facts without the place of its declaration. */
export function categoryFacts(declared: DeclaredCategory): Category {
  const { id, title, sensitivity, gdprClass, identifier, hint, threshold } = declared;
  return { id, title, sensitivity, gdprClass, identifier, hint, threshold };
}

interface RawCategory {
  id?: string;
  label: string;
  sensitivity: Sensitivity;
  gdpr_class: GdprClass;
  identifier?: IdentifierKind;
  hint?: string;
}

interface RawDetector {
  label: string;
  category: string | RawCategory;
  description?: string;
  names?: string[];
  not_names?: string[];
  pattern?: string;
  validator?: string;
  strength?: number;
  weak_check?: boolean;
  canonical_format?: boolean;
  examples?: { match: string[]; no_match?: string[] };
}

/** Whether `id` names a built-in category or one of `custom`. */
function knownCategory(id: string, custom: ReadonlySet<string>): boolean {
  return isBuiltInCategoryId(id) || custom.has(id);
}

const CUSTOM_ID = /^x-[a-z0-9][a-z0-9-]*$/;

function declaredCategory(id: string, raw: RawCategory, at: string[], source: YamlSource): { category?: DeclaredCategory; error?: ConfigError } {
  const { line, column } = source.locate(at);
  if (!CUSTOM_ID.test(id)) {
    const where = source.locate(at[0] === 'categories' ? at : [...at, 'id'], at[0] === 'categories' ? 'key' : 'value');
    const message = `${at.join('.')}: a custom category id starts with 'x-' and holds lower-case letters, digits and dashes (x-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^x-/, '')}), so it never takes a built-in id`;
    return { error: new ConfigError('invalid-category', message, source.file, where.line, where.column, at.join('.')) };
  }
  return {
    category: {
      id: id as CategoryId,
      title: raw.label,
      sensitivity: raw.sensitivity,
      gdprClass: raw.gdpr_class,
      identifier: raw.identifier ?? 'none',
      hint: raw.hint ?? `Declared in ${source.file.replace(/.*[\\/]/, '')}: hold it only where a purpose needs it.`,
      threshold: DEFAULT_THRESHOLD,
      file: source.file,
      line,
      column,
    },
  };
}

/**
 * The custom categories a file declares: under `categories:` and on a detector (`category:` as a
 * mapping with an `id`). Ids not starting with `x-` are errors; duplicates are checked across
 * every file by `duplicateCategories`.
 */
export function parseCategories(raw: { categories?: unknown; detectors?: unknown }, source: YamlSource): { categories: DeclaredCategory[]; errors: ConfigError[] } {
  const categories: DeclaredCategory[] = [];
  const errors: ConfigError[] = [];
  const add = (found: { category?: DeclaredCategory; error?: ConfigError }): void => {
    if (found.category) categories.push(found.category);
    if (found.error) errors.push(found.error);
  };
  if (typeof raw.categories === 'object' && raw.categories !== null) {
    for (const [id, declaration] of Object.entries(raw.categories as Record<string, RawCategory>)) add(declaredCategory(id, declaration, ['categories', id], source));
  }
  if (typeof raw.detectors === 'object' && raw.detectors !== null) {
    for (const [detector, declaration] of Object.entries(raw.detectors as Record<string, RawDetector>)) {
      const category = declaration.category;
      if (typeof category === 'object' && category.id !== undefined) add(declaredCategory(category.id, category, ['detectors', detector, 'category'], source));
    }
  }
  return { categories, errors };
}

/** An error at each later declaration of an id declared before (in this file or another). */
export function duplicateCategories(categories: readonly DeclaredCategory[], shown: (file: string) => string): ConfigError[] {
  const seen = new Map<string, DeclaredCategory>();
  const errors: ConfigError[] = [];
  for (const c of categories) {
    const first = seen.get(c.id);
    if (first === undefined) {
      seen.set(c.id, c);
      continue;
    }
    errors.push(new ConfigError('invalid-category', `category '${c.id}' is declared twice (first at ${shown(first.file)}:${first.line})`, c.file, c.line, c.column, c.id));
  }
  return errors;
}

/** The category id a detector declaration names, whether as a string or as an inline declaration. */
function categoryIdOf(declaration: RawDetector): string {
  return typeof declaration.category === 'string' ? declaration.category : (declaration.category.id ?? '');
}

function unknownCategory(id: string, path: string[], source: YamlSource): ConfigError {
  const { line, column } = source.locate(path, 'value');
  return new ConfigError('unknown-category', `${path.join('.')}: unknown category '${id}' (run 'datamin detectors' to see the categories)`, source.file, line, column, path.join('.'));
}

/** The `overrides:` entries, or the errors the schema cannot see (neither or both of personal/categories, unknown categories). */
export function parseOverrides(raw: unknown, source: YamlSource, custom: ReadonlySet<string> = new Set()): { overrides: FieldOverride[]; errors: ConfigError[] } {
  const overrides: FieldOverride[] = [];
  const errors: ConfigError[] = [];
  if (!Array.isArray(raw)) return { overrides, errors };
  (raw as RawOverride[]).forEach((entry, index) => {
    const at = ['overrides', String(index)];
    if (typeof entry !== 'object' || entry === null) return;
    const { line, column } = source.locate(at);
    if ((entry.personal === undefined) === (entry.categories === undefined)) {
      errors.push(new ConfigError('invalid-value', `overrides.${index}: give either 'personal: false' or 'categories: [...]'`, source.file, line, column, at.join('.')));
      return;
    }
    const unknown = (entry.categories ?? []).map((id, i) => [id, i] as const).filter(([id]) => typeof id === 'string' && !knownCategory(id, custom));
    for (const [id, i] of unknown) errors.push(unknownCategory(id, [...at, 'categories', String(i)], source));
    if (unknown.length > 0) return;
    overrides.push({
      ...(entry.dataset === undefined ? {} : { dataset: entry.dataset }),
      field: entry.field,
      ...(entry.personal === undefined ? {} : { personal: false as const }),
      ...(entry.categories === undefined ? {} : { categories: entry.categories as CategoryId[] }),
      reason: entry.reason,
      file: source.file,
      line,
      column,
    });
  });
  return { overrides, errors };
}

function toSpec(id: string, raw: RawDetector): CustomDetectorSpec {
  return {
    id,
    label: raw.label,
    category: categoryIdOf(raw) as CategoryId,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    ...(raw.names === undefined ? {} : { names: raw.names }),
    ...(raw.not_names === undefined ? {} : { notNames: raw.not_names }),
    ...(raw.pattern === undefined ? {} : { pattern: raw.pattern }),
    ...(raw.validator === undefined ? {} : { validator: raw.validator }),
    ...(raw.strength === undefined ? {} : { strength: raw.strength }),
    ...(raw.weak_check === undefined ? {} : { weakCheck: raw.weak_check }),
    ...(raw.canonical_format === undefined ? {} : { canonicalFormat: raw.canonical_format }),
  };
}

/**
 * The `detectors:` declarations, each compiled once and run on its own examples. Messages name
 * an example by its index only: a user's example may be a real person's identifier.
 */
export function parseDetectors(raw: unknown, source: YamlSource, custom: ReadonlySet<string> = new Set()): { detectors: DeclaredDetector[]; errors: ConfigError[] } {
  const detectors: DeclaredDetector[] = [];
  const errors: ConfigError[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { detectors, errors };
  for (const [id, declaration] of Object.entries(raw as Record<string, RawDetector>)) {
    const at = ['detectors', id];
    const fail = (path: string[], message: string, part: 'key' | 'value' = 'value'): void => {
      const { line, column } = source.locate(path, part);
      errors.push(new ConfigError('invalid-detector', `${path.join('.')}: ${message}`, source.file, line, column, path.join('.')));
    };
    const categoryId = categoryIdOf(declaration);
    if (!knownCategory(categoryId, custom)) {
      // An inline declaration with a wrong id was reported by parseCategories already.
      if (typeof declaration.category === 'string') errors.push(unknownCategory(categoryId, [...at, 'category'], source));
      continue;
    }
    if (declaration.names === undefined && declaration.pattern === undefined && declaration.validator === undefined) {
      fail(at, "declares nothing to match: give 'names', a 'pattern', a 'validator', or several", 'key');
      continue;
    }
    const spec = toSpec(id, declaration);
    let compiled;
    try {
      compiled = compileCustomDetector(spec);
    } catch (error) {
      if (!(error instanceof CustomDetectorError)) throw error;
      fail([...at, error.key], error.message);
      continue;
    }
    const { value } = compiled;
    if (value && declaration.examples === undefined) {
      fail(at, "a detector of values needs 'examples: { match: [...] }' (valid values it must find), checked whenever this file loads", 'key');
      continue;
    }
    if (!value && declaration.examples !== undefined) {
      fail([...at, 'examples'], "examples are values, and this detector matches names only: add a 'pattern' or a 'validator', or remove them", 'key');
      continue;
    }
    let failed = false;
    declaration.examples?.match.forEach((example, i) => {
      if (value?.match(example)) return;
      failed = true;
      fail([...at, 'examples', 'match', String(i)], `example ${i + 1} of 'match' is not matched by the detector`);
    });
    declaration.examples?.no_match?.forEach((example, i) => {
      if (!value?.match(example)) return;
      failed = true;
      fail([...at, 'examples', 'no_match', String(i)], `example ${i + 1} of 'no_match' is matched by the detector`);
    });
    if (failed) continue;
    const { line, column } = source.locate(at);
    detectors.push({ ...spec, file: source.file, line, column });
  }
  return { detectors, errors };
}
