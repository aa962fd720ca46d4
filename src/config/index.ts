// The config module's public surface: datamin.yaml loading, the rule catalog, ConfigError.
export { ConfigError, isConfigError, type ConfigErrorReason } from './errors.js';
export {
  CONFIG_FILE_NAMES,
  findConfigFile,
  loadConfig,
  parseConfig,
  type LoadConfigOptions,
  type LoadConfigResult,
  type AcceptEntry,
  type LoadedConfig,
  type ScanSettings,
} from './load.js';
export {
  DEFAULT_RULES_FILE,
  applyRuleOverrides,
  loadRuleCatalog,
  loadRules,
  parseRuleCatalog,
  type LoadedRule,
  type RuleCatalog,
  type RuleDefinition,
  type RuleOverride,
} from './rules.js';
export { packageFile } from './package-files.js';
