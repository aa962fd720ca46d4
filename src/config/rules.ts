// The rule catalog: loads rules.default.yaml from the package root, validates it against its
// schema, and applies the user's `rules:` overrides from datamin.yaml.
import { readFile } from 'node:fs/promises';
import type { RuleMeta, Severity } from '../model/index.js';
import { ConfigError } from './errors.js';
import { packageFile } from './package-files.js';
import { validateSource } from './validate.js';
import { parseYamlSource } from './yaml-source.js';

/** One entry of rules.default.yaml. */
export interface RuleDefinition extends RuleMeta {
  /** Message template with `{{placeholders}}` filled from the finding and its data. */
  message: string;
  enabled: boolean;
}

/** A rule as the engine runs it: `severity` and `enabled` already include the user's override. */
export interface LoadedRule extends RuleDefinition {
  /** The severity rules.default.yaml ships, for `datamin rules` to show what was overridden. */
  defaultSeverity: Severity;
}

/** What a user may change about a rule in datamin.yaml (`off`, a severity, or this mapping). */
export interface RuleOverride {
  severity?: Severity;
  enabled?: boolean;
}

export interface RuleCatalog {
  rules: RuleDefinition[];
  errors: ConfigError[];
}

/** Path of the shipped catalog. */
export const DEFAULT_RULES_FILE = packageFile('rules.default.yaml');

/** Parses and validates a catalog; ids must be unique. Rules come back sorted by id. */
export function parseRuleCatalog(text: string, file: string): RuleCatalog {
  const source = parseYamlSource(text, file);
  if (source.errors.length > 0) return { rules: [], errors: source.errors };
  const errors = validateSource('rules-default', source);
  if (errors.length > 0) return { rules: [], errors };
  const rules = (source.value as { rules: RuleDefinition[] }).rules;
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      const { line, column } = source.locate(['rules', String(index)]);
      errors.push(new ConfigError('duplicate-rule', `rules.${index}.id: duplicate rule id '${rule.id}'`, file, line, column, `rules.${index}.id`));
    }
    seen.add(rule.id);
  });
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rules: sorted, errors };
}

let shipped: Promise<RuleCatalog> | undefined;

/** The shipped catalog, read once per process. */
export function loadRuleCatalog(): Promise<RuleCatalog> {
  shipped ??= readFile(DEFAULT_RULES_FILE, 'utf8').then(
    (text) => parseRuleCatalog(text, DEFAULT_RULES_FILE),
    (error: unknown) => ({
      rules: [],
      errors: [new ConfigError('unreadable', `cannot read the rule catalog: ${(error as Error).message}`, DEFAULT_RULES_FILE)],
    }),
  );
  return shipped;
}

/** Applies overrides by rule id; ids not in the catalog are ignored here (loadConfig reports them). */
export function applyRuleOverrides(catalog: readonly RuleDefinition[], overrides: Readonly<Record<string, RuleOverride>> = {}): LoadedRule[] {
  return catalog.map((rule) => {
    const override = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
    return {
      ...rule,
      defaultSeverity: rule.severity,
      severity: override?.severity ?? rule.severity,
      enabled: override?.enabled ?? (override?.severity !== undefined ? true : rule.enabled),
    };
  });
}

/** The shipped rules with the user's overrides applied: what `runRules` and `datamin rules` take. */
export async function loadRules(overrides: Readonly<Record<string, RuleOverride>> = {}): Promise<{ rules: LoadedRule[]; errors: ConfigError[] }> {
  const catalog = await loadRuleCatalog();
  return { rules: applyRuleOverrides(catalog.rules, overrides), errors: catalog.errors };
}
