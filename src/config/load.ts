// Finds and loads datamin.yaml: discovery from a folder upwards, YAML parsing with positions,
// schema validation, semantic checks, and conversion into a PurposeMap plus settings.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { DatasetDeclaration, FieldOverride, PurposeMap, Purpose, Severity, YamlLocation } from '../model/index.js';
import { isBuiltInDetectorId } from '../model/detector-ids.js';
import { setCustomCategories } from '../model/taxonomy.js';
import { categoryFacts, duplicateCategories, parseCategories, parseDetectors, parseOverrides, type DeclaredCategory, type DeclaredDetector } from './classifier.js';
import { duplicateDetectors, loadPacks } from './packs.js';
import { ConfigError } from './errors.js';
import { CONFIG_FILE_NAMES } from './file-names.js';
import { checkPersonalizationKeys } from './personalization-checks.js';
import { loadRuleCatalog, type RuleOverride } from './rules.js';
import { validateSource } from './validate.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** File names looked for in each folder, in this order. */
export { CONFIG_FILE_NAMES };

/** The `scan:` section. */
export interface ScanSettings {
  /** Values sampled per field for value detection. */
  sample?: number;
  /** Globs of files to scan when a folder is given. */
  include?: string[];
  /** Globs of files to skip. */
  exclude?: string[];
  /** Lowest severity that makes the scan exit 1. */
  failOn?: Severity;
}

/** One `accept:` entry: a reviewed exception to a rule for matching datasets and fields. */
export interface AcceptEntry {
  /** Rule id or glob. */
  rule: string;
  /** Dataset name or glob; absent: every dataset. */
  dataset?: string;
  /** Field name, dotted path or glob; absent: every field. */
  field?: string;
  /** Why the finding is acceptable (required). */
  reason: string;
  owner?: string;
  /** Last day the acceptance holds (YYYY-MM-DD). */
  expires?: string;
  /** The config file and the 1-based line of the entry, for reports naming an expired acceptance. */
  file: string;
  line: number;
}

export interface LoadedConfig {
  /** Absolute path of the file that was loaded. */
  file: string;
  /** Controller name for report covers. */
  organization?: string;
  /**
   * The purpose map, present when the file has `purposes` or `datasets`. A datamin.yaml with
   * only `rules`/`scan` settings leaves it undefined, so purpose rules stay silent.
   */
  purposeMap?: PurposeMap;
  /** Rule overrides by rule id, normalised from `off` / a severity / a mapping. */
  rules: Record<string, RuleOverride>;
  /** `accept:` entries in file order; empty when there are none. */
  accept: AcceptEntry[];
  /** `overrides:` entries in file order: the user's verdict on fields, applied after classification. */
  overrides: FieldOverride[];
  /** `detectors:` declarations, checked against their examples; they run beside the built-in detectors. */
  detectors: DeclaredDetector[];
  /** Custom categories (`x-…`) declared under `categories:` or on a detector, in this file or a pack. */
  categories: DeclaredCategory[];
  scan: ScanSettings;
}

export interface LoadConfigOptions {
  /** `--config <path>`: used as is; a missing file is an error. */
  explicitPath?: string;
  /** Folder to start discovery from (the working directory); parents are searched up to the root. */
  searchFrom: string;
  /** Known rule ids for checking `rules:` overrides; defaults to the shipped catalog's. */
  ruleIds?: readonly string[];
}

export interface LoadConfigResult {
  /** Undefined when no file was found or the file has errors. */
  config?: LoadedConfig;
  errors: ConfigError[];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The nearest config file in `from` or its parents, or undefined. */
export async function findConfigFile(from: string): Promise<string | undefined> {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface RawConfig {
  version: number;
  organization?: string;
  purposes?: Record<string, Purpose>;
  datasets?: Record<string, DatasetDeclaration>;
  rules?: Record<string, 'off' | Severity | RuleOverride>;
  accept?: Array<Omit<AcceptEntry, 'file' | 'line'>>;
  overrides?: unknown;
  categories?: unknown;
  detectors?: unknown;
  extends?: string[];
  scan?: { sample?: number; include?: string[]; exclude?: string[]; fail_on?: Severity };
}

function normaliseOverride(value: 'off' | Severity | RuleOverride): RuleOverride {
  if (value === 'off') return { enabled: false };
  if (typeof value === 'string') return { severity: value };
  return { ...value };
}

function locationsOf(raw: RawConfig, source: YamlSource): Record<string, YamlLocation> {
  const locations: Record<string, YamlLocation> = {};
  const put = (path: string[]): void => {
    locations[path.join('.')] = { file: source.file, ...source.locate(path) };
  };
  for (const [id, purpose] of Object.entries(raw.purposes ?? {})) {
    put(['purposes', id]);
    if (purpose.consent !== undefined) put(['purposes', id, 'consent']);
  }
  for (const [name, declaration] of Object.entries(raw.datasets ?? {})) {
    put(['datasets', name]);
    if (declaration.retention_field !== undefined) put(['datasets', name, 'retention_field']);
    if (declaration.release !== undefined) put(['datasets', name, 'release']);
    for (const field of Object.keys(declaration.fields ?? {})) put(['datasets', name, 'fields', field]);
  }
  return locations;
}

/**
 * Largest datamin.yaml read. A parsed YAML document takes a few hundred times its size in memory
 * (4.5 MB: 1.2 GB, half a minute), while a purpose map drafted by `datamin init` for 5,000
 * tables is well under 1 MB: past this size the file is a config error, not a minutes-long load.
 */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

function tooLarge(file: string, size: number): ConfigError {
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return new ConfigError('too-large', `config file is ${mib(size)}, over the ${mib(MAX_CONFIG_BYTES)} a datamin.yaml may have; declare datasets with globs ('orders_*') to shorten it`, file);
}

/** Parses, validates and converts one config text. Exposed for tests and `datamin init`'s check. */
export function parseConfig(text: string, file: string, ruleIds: readonly string[]): LoadConfigResult {
  if (text.length > MAX_CONFIG_BYTES) return { errors: [tooLarge(file, Buffer.byteLength(text))] };
  const source = parseYamlSource(text, file);
  if (source.errors.length > 0) return { errors: source.errors };
  const errors = validateSource('datamin-config', source);
  const raw = source.value as RawConfig;
  // Overrides and detectors are checked beyond the schema only once their shape is right.
  const schemaValid = errors.length === 0;
  // Custom categories first: detectors and overrides may name them.
  const ownCategories = schemaValid ? parseCategories(raw, source) : { categories: [], errors: [] };
  const packs = schemaValid && raw.extends ? loadPacks(raw.extends, source, ownCategories.categories) : { detectors: [], categories: [], errors: [] };
  const categories = [...packs.categories, ...ownCategories.categories];
  const customIds = new Set(categories.map((c) => c.id));
  const { overrides: fieldOverrides, errors: overrideErrors } = schemaValid ? parseOverrides(raw.overrides, source, customIds) : { overrides: [], errors: [] };
  const { detectors: own, errors: detectorErrors } = schemaValid ? parseDetectors(raw.detectors, source, customIds) : { detectors: [], errors: [] };
  const shown = (f: string): string => relative(dirname(file), f) || basename(f);
  const clashes = duplicateDetectors([...packs.detectors, ...own], file);
  // A detector reporting a custom category carries its facts: worker threads only see the detectors.
  const facts = new Map(categories.map((c) => [c.id, categoryFacts(c)]));
  const detectors = [...packs.detectors, ...own].map((d) => (facts.has(d.category) ? { ...d, customCategory: facts.get(d.category)! } : d));
  errors.push(...ownCategories.errors, ...duplicateCategories(categories, shown), ...overrideErrors, ...detectorErrors, ...clashes);
  // A pack's problems are in its own file: they are listed after the config's.
  const packErrors = packs.errors;
  // Overrides naming no rule: checked even when the schema failed elsewhere, so all come at once.
  const overrides = typeof raw.rules === 'object' && raw.rules !== null ? raw.rules : {};
  const known = new Set(ruleIds);
  for (const id of Object.keys(overrides)) {
    if (known.has(id)) continue;
    const { line, column } = source.locate(['rules', id]);
    errors.push(new ConfigError('unknown-rule', `rules.${id}: unknown rule id '${id}' (run 'datamin rules' to list them)`, file, line, column, `rules.${id}`));
  }
  const acceptances = Array.isArray(raw.accept) ? raw.accept : [];
  acceptances.forEach((entry, index) => {
    const id = typeof entry === 'object' && entry !== null ? entry.rule : undefined;
    if (typeof id !== 'string' || id.includes('*') || known.has(id)) return;
    const { line, column } = source.locate(['accept', String(index), 'rule'], 'value');
    errors.push(new ConfigError('unknown-rule', `accept.${index}.rule: unknown rule id '${id}' (run 'datamin rules' to list them)`, file, line, column, `accept.${index}.rule`));
  });
  // Only on a map the schema accepted: the checks read the keys' types.
  if (errors.length === 0) errors.push(...checkPersonalizationKeys(raw.purposes ?? {}, raw.datasets ?? {}, source));
  if (errors.length > 0 || packErrors.length > 0) {
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { errors: [...errors, ...packErrors] };
  }

  const hasMap = raw.purposes !== undefined || raw.datasets !== undefined;
  const config: LoadedConfig = {
    file,
    ...(raw.organization === undefined ? {} : { organization: raw.organization }),
    rules: Object.fromEntries(Object.entries(overrides).map(([id, value]) => [id, normaliseOverride(value)])),
    accept: acceptances.map((entry, index) => ({ ...entry, file, line: source.locate(['accept', String(index)]).line })),
    overrides: fieldOverrides,
    detectors,
    categories,
    scan: {
      ...(raw.scan?.sample === undefined ? {} : { sample: raw.scan.sample }),
      ...(raw.scan?.include === undefined ? {} : { include: raw.scan.include }),
      ...(raw.scan?.exclude === undefined ? {} : { exclude: raw.scan.exclude }),
      ...(raw.scan?.fail_on === undefined ? {} : { failOn: raw.scan.fail_on }),
    },
  };
  if (hasMap) {
    config.purposeMap = {
      version: raw.version,
      purposes: raw.purposes ?? {},
      datasets: raw.datasets ?? {},
      file,
      locations: locationsOf(raw, source),
    };
  }
  return { config, errors: [] };
}

/**
 * Finds and loads datamin.yaml. No file found by discovery is not an error (config stays
 * undefined: detection runs alone); a missing `--config` file is. Every problem in the file is
 * returned, not only the first.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadConfigResult> {
  // A run without a datamin.yaml (or with a broken one) knows no custom category.
  setCustomCategories([]);
  let file: string | undefined;
  if (options.explicitPath !== undefined) {
    file = resolve(options.searchFrom, options.explicitPath);
    if (!(await isFile(file))) {
      return { errors: [new ConfigError('not-found', `config file not found: ${options.explicitPath}`, options.explicitPath)] };
    }
  } else {
    file = await findConfigFile(options.searchFrom);
    if (file === undefined) return { errors: [] };
  }
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_CONFIG_BYTES) return { errors: [tooLarge(file, size)] };
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { errors: [new ConfigError('unreadable', `cannot read config file: ${(error as Error).message}`, file)] };
  }
  let ruleIds = options.ruleIds;
  if (ruleIds === undefined) {
    const catalog = await loadRuleCatalog();
    if (catalog.errors.length > 0) return { errors: catalog.errors };
    ruleIds = catalog.rules.map((rule) => rule.id);
  }
  const parsed = parseConfig(text, file, ruleIds);
  // The run's taxonomy: every classification, rule and report from here on knows these categories.
  setCustomCategories((parsed.config?.categories ?? []).map(categoryFacts));
  if (parsed.config && parsed.config.detectors.length > 0) {
    const clashes = parsed.config.detectors.filter((d) => isBuiltInDetectorId(d.id));
    if (clashes.length > 0) {
      return { errors: clashes.map((d) => new ConfigError('invalid-detector', `detectors.${d.id}: '${d.id}' is the id of a built-in detector; choose another (x-${d.id}, for example)`, d.file, d.line, d.column, `detectors.${d.id}`)) };
    }
  }
  return parsed;
}
