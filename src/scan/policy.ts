// Loads the policy for a run: datamin.yaml (found from the scanned folder upwards, or --config)
// and the rule catalog with the user's overrides. Config problems bail with exit 2: scanning
// against a half-read policy would report the wrong findings.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, loadRules, type LoadedConfig, type LoadedRule } from '../config/index.js';
import type { ConfigError } from '../config/index.js';
import type { RuleMeta } from '../model/result.js';
import type { RuleStage } from './pipeline.js';
import { runRules } from '../rules/engine.js';

export interface Policy {
  config?: LoadedConfig;
  rules: LoadedRule[];
  errors: ConfigError[];
}

/** The folder config discovery starts from: the first scanned folder, a file's folder, or cwd. */
export async function configSearchStart(paths: readonly string[], cwd: string): Promise<string> {
  const first = paths.find((p) => !/^[a-z][a-z0-9+.-]+:/i.test(p));
  if (!first) return cwd;
  const resolved = path.resolve(cwd, first);
  try {
    const info = await stat(resolved);
    return info.isDirectory() ? resolved : path.dirname(resolved);
  } catch {
    return cwd;
  }
}

export async function loadPolicy(options: { explicitConfig?: string; searchFrom: string; cwd: string }): Promise<Policy> {
  const loaded = await loadConfig({
    ...(options.explicitConfig ? { explicitPath: path.resolve(options.cwd, options.explicitConfig) } : {}),
    searchFrom: options.searchFrom,
  });
  if (loaded.errors.length > 0) return { rules: [], errors: loaded.errors };
  const { rules, errors } = await loadRules(loaded.config?.rules ?? {});
  return { ...(loaded.config ? { config: loaded.config } : {}), rules, errors };
}

function toMeta(rule: LoadedRule): RuleMeta & { enabled: boolean } {
  return {
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    description: rule.description,
    regulation: rule.regulation,
    remediation: rule.remediation,
    docs: rule.docs,
    enabled: rule.enabled,
  };
}

export function ruleStage(policy: Policy): RuleStage {
  const purposeMap = policy.config?.purposeMap;
  return {
    ...(purposeMap ? { purposeMap } : {}),
    rules: policy.rules.map(toMeta),
    enabled: new Set(policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id)),
    run: (datasets, today, counts) => runRules({ datasets, today, ...(purposeMap ? { purposeMap } : {}), ...(counts ? { counts } : {}) }, policy.rules),
  };
}
