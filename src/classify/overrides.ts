// Applies the `overrides:` of datamin.yaml to the finished field profiles: the user's verdict
// replaces the detected categories, the profile says so, and an override that matched nothing
// or changed nothing is reported, so overrides do not rot.
import type { CategoryMatch, FieldProfile, ScanError } from '../model/result.js';
import type { FieldOverride } from '../model/rule.js';
import { inTaxonomyOrder, type CategoryId } from '../model/taxonomy.js';
import { globMatch } from '../util/glob-match.js';

function covers(override: FieldOverride, field: FieldProfile): boolean {
  return (override.dataset === undefined || globMatch(override.dataset, field.dataset, '/')) && globMatch(override.field, field.field, '.');
}

/** The categories an override sets, each kept from detection when it was detected too (its evidence still holds). */
function overriddenCategories(override: FieldOverride, detected: readonly CategoryMatch[], where: string): CategoryMatch[] {
  const wanted = new Set<CategoryId>(override.categories ?? []);
  return inTaxonomyOrder(wanted).map((id): CategoryMatch => {
    const found = detected.find((c) => c.id === id);
    return {
      id,
      confidence: 1,
      detectors: found?.detectors ?? [],
      matched: found?.matched ?? 0,
      sampled: found?.sampled ?? 0,
      examples: found?.examples ?? [],
      reasons: [`set by the purpose map (${where}): ${override.reason}`, ...(found?.reasons ?? [])],
      setBy: 'purpose-map',
    };
  });
}

const sameIds = (a: readonly CategoryId[], b: readonly CategoryId[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Applies every override to the fields it covers, in place; where several cover a field, the
 * last one in the file wins (like later keys in a config). `file` is the config as reports name
 * it. Returns a warning per override that covers no scanned field, and per override that only
 * repeats what datamin detects on every field it covers.
 */
export function applyOverrides(fields: readonly FieldProfile[], overrides: readonly FieldOverride[], file: string): ScanError[] {
  const used = new Set<FieldOverride>();
  const changedSomething = new Set<FieldOverride>();
  for (const field of fields) {
    const override = overrides.findLast((o) => covers(o, field));
    if (!override) continue;
    used.add(override);
    const detected = field.categories.map((c) => c.id);
    const wanted = override.categories ?? [];
    if (!sameIds(detected, wanted)) changedSomething.add(override);
    field.categories = overriddenCategories(override, field.categories, `${file}:${override.line}`);
    field.override = { reason: override.reason, file, line: override.line, detected };
  }
  const warnings: ScanError[] = [];
  for (const override of overrides) {
    const target = `${override.dataset === undefined ? '' : `${override.dataset} `}${override.field}`;
    if (!used.has(override)) {
      warnings.push({ code: 'override-unused', level: 'warning', file, line: override.line, column: override.column, message: `override of ${target} matches no scanned field; remove it if the field is gone` });
    } else if (!changedSomething.has(override)) {
      warnings.push({ code: 'override-redundant', level: 'warning', file, line: override.line, column: override.column, message: `override of ${target} agrees with what datamin detects; it can be removed` });
    }
  }
  return warnings;
}
