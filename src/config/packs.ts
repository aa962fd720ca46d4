// Detector packs: `extends: [./detectors/brazil.yaml]` in datamin.yaml loads the `detectors:` of
// other files, so a team shares one set of declarations. A pack holds `version: 1` and
// `detectors:` (and `categories:`) only, is checked like datamin.yaml itself, and its errors name
// its own lines.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseCategories, parseDetectors, type DeclaredCategory, type DeclaredDetector } from './classifier.js';
import { ConfigError } from './errors.js';
import { validateSource } from './validate.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** Largest pack read: a few hundred declarations fit in far less. */
const MAX_PACK_BYTES = 1024 * 1024;

function readPack(file: string, shown: string, at: { file: string; line: number; column: number; path: string }): { source?: YamlSource; errors: ConfigError[] } {
  const fail = (message: string): { errors: ConfigError[] } => ({ errors: [new ConfigError('invalid-value', `${at.path}: ${message}`, at.file, at.line, at.column, at.path)] });
  let text: string;
  try {
    if (statSync(file).size > MAX_PACK_BYTES) return fail(`detector pack ${shown} is over 1 MiB`);
    text = readFileSync(file, 'utf8');
  } catch {
    return fail(`detector pack not found or unreadable: ${shown}`);
  }
  const source = parseYamlSource(text, file);
  if (source.errors.length > 0) return { errors: source.errors };
  const errors = validateSource('datamin-config', source);
  const value = source.value as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (key === 'version' || key === 'detectors' || key === 'categories') continue;
    const { line, column } = source.locate([key]);
    errors.push(new ConfigError('unknown-key', `${key}: a detector pack holds only 'version', 'categories' and 'detectors'`, file, line, column, key));
  }
  return { source, errors };
}

/**
 * The detectors and custom categories of every pack `extends` names (paths relative to the config
 * file), in order, each detector checked against its examples. A pack's detectors may report the
 * categories of the config (`configCategories`), of an earlier pack or of their own pack.
 */
export function loadPacks(extendsList: readonly string[], configSource: YamlSource, configCategories: readonly DeclaredCategory[]): { detectors: DeclaredDetector[]; categories: DeclaredCategory[]; errors: ConfigError[] } {
  const detectors: DeclaredDetector[] = [];
  const categories: DeclaredCategory[] = [];
  const errors: ConfigError[] = [];
  const base = dirname(configSource.file);
  extendsList.forEach((entry, index) => {
    const { line, column } = configSource.locate(['extends', String(index)], 'value');
    const file = resolve(base, entry);
    const loaded = readPack(file, relative(base, file) || entry, { file: configSource.file, line, column, path: `extends.${index}` });
    errors.push(...loaded.errors);
    if (!loaded.source || loaded.errors.length > 0) return;
    const value = loaded.source.value as { categories?: unknown; detectors?: unknown };
    const declared = parseCategories(value, loaded.source);
    errors.push(...declared.errors);
    categories.push(...declared.categories);
    const known = new Set([...configCategories, ...categories].map((c) => c.id));
    const parsed = parseDetectors(value.detectors, loaded.source, known);
    errors.push(...parsed.errors);
    detectors.push(...parsed.detectors);
  });
  return { detectors, categories, errors };
}

/** An error at each later declaration of a detector id (in two packs, or in a pack and the config). */
export function duplicateDetectors(all: readonly DeclaredDetector[], configFile: string): ConfigError[] {
  const base = dirname(configFile);
  const seen = new Map<string, DeclaredDetector>();
  const errors: ConfigError[] = [];
  for (const d of all) {
    const first = seen.get(d.id);
    if (first) {
      const where = `${relative(base, first.file) || first.file}:${first.line}`;
      errors.push(new ConfigError('invalid-detector', `detectors.${d.id}: '${d.id}' is declared twice (first at ${where})`, d.file, d.line, d.column, `detectors.${d.id}`));
    } else {
      seen.set(d.id, d);
    }
  }
  return errors;
}
