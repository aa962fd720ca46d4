// The scan result: the one contract every reporter reads (published as
// schemas/scan-result.schema.json). Everything in here is already redacted.
import type { Category, CategoryId } from './taxonomy.js';
import type { DeclaredRetention, FieldDeclaration, FieldRef, SourceKind } from './dataset.js';

export const RESULT_SCHEMA_VERSION = '1.0';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export interface CategoryMatch {
  id: CategoryId;
  /**
   * 0..1: how often a field reported with this confidence holds the category, as calibrated on
   * labelled sources no rule was tuned on (src/classify/calibration.ts). Raw for custom
   * categories and for categories set by an override.
   */
  confidence: number;
  /** The classifier's raw score (name, context and value evidence combined), which the category's threshold decides on; present once calibrated. */
  score?: number;
  /** Ids of the detectors that fired. */
  detectors: string[];
  /** Labels of the detectors declared in datamin.yaml among them (`Brazilian CPF`). */
  labels?: string[];
  /** Sampled non-empty values that matched a value detector. */
  matched: number;
  /** Non-empty values run through value detectors. */
  sampled: number;
  /** True when the values embed the category inside free text in some rows. */
  embedded?: boolean;
  /** Up to three redacted examples (never raw unless --show-values). */
  examples: string[];
  /** Human-readable reasons: which name token, how many values. */
  reasons: string[];
  /** `purpose-map`: an `overrides:` entry of datamin.yaml set this category; it was not detected. */
  setBy?: 'purpose-map';
}

/** What a piece of evidence was read from (`datamin explain` groups by it). */
export type EvidenceKind = 'name' | 'type' | 'parent' | 'subject' | 'comment' | 'value' | 'consistency' | 'lineage';

/**
 * One piece of evidence the classifier used for or against a category: a named feature with a
 * value, and the weight the combiner gave it (src/classify/weights.ts). Never holds a raw value.
 */
export interface EvidenceItem {
  category: CategoryId;
  kind: EvidenceKind;
  /** Stable feature name, the key of its weight (`name.lexicon`, `type.uuid`, `value.whole`). */
  feature: string;
  /** The detector or context rule that produced it. */
  detector: string;
  /** Feature value, 0..1 (a lexicon confidence, strength × match share, 1 for a plain fact). */
  value: number;
  /** Weight the combiner applied to the value. */
  weight: number;
  /** `for` raises the confidence; `against` scales it down by (1 − value × weight); 1 is a veto. */
  direction: 'for' | 'against';
  /** Which evidence it acts on: the field's definition (name, type, path, comment), its values, or both. */
  channel: 'definition' | 'values' | 'all';
  reason: string;
}

export interface FieldStats {
  /** Rows in which the field was present (not absent). */
  count: number;
  /** Present but null or empty string. */
  empty: number;
  /**
   * Approximate number of distinct non-empty values (HyperLogLog) among the values read; for a
   * warehouse or database table whose engine can estimate it, the engine's estimate over every
   * row (non-null values) instead of the sample's.
   */
  distinct: number;
  /** Earliest and latest date among values that parse as dates (ISO 8601 day). */
  minDate?: string;
  maxDate?: string;
  /** Non-empty values that parsed as dates. */
  dates?: number;
}

export interface FieldProfile {
  source: string;
  dataset: string;
  field: string;
  /** Declared type and comment, if the source had them. */
  type?: string;
  comment?: string;
  line?: number;
  /** What the source itself declares about the field (dbt column `meta` and tags). */
  declared?: FieldDeclaration;
  /** Upstream fields this one copies under the same name (dbt lineage), whose categories it inherits. */
  upstream?: FieldRef[];
  /** The retention the source declares for the field's rows (an ODCS contract), used where datamin.yaml declares none. */
  retention?: DeclaredRetention;
  categories: CategoryMatch[];
  /** Present when an `overrides:` entry of datamin.yaml replaced the detected categories. */
  override?: FieldOverrideNote;
  stats: FieldStats;
  /**
   * Every piece of evidence classification used, for `datamin explain`. Kept while the scan runs
   * (consistency across tables reads it) and dropped from the published result.
   */
  evidence?: EvidenceItem[];
}

/** What an override changed on a field, so every output can say the verdict is the user's. */
export interface FieldOverrideNote {
  /** The override's reason, as written in datamin.yaml. */
  reason: string;
  /** datamin.yaml and the 1-based line of the entry. */
  file: string;
  line: number;
  /** The categories datamin detected before the override, in the order it reported them. */
  detected: CategoryId[];
}

export interface DatasetSummary {
  name: string;
  source: string;
  kind: SourceKind;
  /** Rows read (undefined for schema sources). */
  rows?: number;
  fields: number;
  /**
   * For a dataset of personalization data keyed by a pseudonymous id and holding no direct
   * identifier of its own: whether another dataset of the scan links that key to a person.
   */
  linkability?: DatasetLinkability;
}

/** Another dataset that holds a pseudonymous key beside direct identifiers. */
export interface LinkingDataset {
  source: string;
  dataset: string;
  /** The field there that carries the same key. */
  field: string;
  /** The direct identifiers beside it, in taxonomy order. */
  identifiers: CategoryId[];
}

export interface DatasetLinkability {
  /**
   * `linked`: a key of this dataset sits beside direct identifiers elsewhere in the scan, so its
   * rows are personal data of identified people; `pseudonymous`: no scanned dataset links it
   * (still personal data, GDPR Recital 26, but held apart from identities).
   */
  status: 'linked' | 'pseudonymous';
  /** The fields that key rows to a person (cookie, advertising, device or customer ids). */
  keys: string[];
  /** The datasets that link the keys; present when `status` is `linked`. */
  linkedBy?: LinkingDataset[];
}

export interface SourceSummary {
  path: string;
  kind: SourceKind;
  datasets: string[];
  bytes?: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Stable id: rule + dataset + field, never a value or a line (baseline key). */
  fingerprint: string;
  message: string;
  source?: string;
  dataset?: string;
  field?: string;
  line?: number;
  categories?: CategoryId[];
  /** Rule-specific facts (rows over retention, k, share unique...). */
  data?: Record<string, string | number | boolean | string[]>;
  /** Set by the baseline step. */
  baseline?: 'new' | 'accepted';
  /** Why the finding is accepted (or was: an expired acceptance fails again). Set by the baseline step. */
  acceptance?: FindingAcceptance;
}

/** An acceptance that matched a finding: a baseline entry or an `accept:` entry of datamin.yaml. */
export interface FindingAcceptance {
  /** `baseline`: the fingerprint is in the baseline file; `config`: an `accept:` entry matched. */
  by: 'baseline' | 'config';
  /** Day the finding was accepted into the baseline (ISO 8601 date). */
  since?: string;
  reason?: string;
  owner?: string;
  /** Last day the acceptance holds (ISO 8601 date). */
  expires?: string;
  /** True when `expires` is before the scan day: the finding counts as new again. */
  expired?: boolean;
  /** Where the `accept:` entry is (datamin.yaml, 1-based line). */
  file?: string;
  line?: number;
}

/** A baseline entry whose finding no longer occurs (`datamin baseline --prune` drops it). */
export interface ResolvedFinding {
  ruleId: string;
  severity: Severity;
  fingerprint: string;
  dataset?: string;
  field?: string;
  /** Day it was accepted into the baseline. */
  since: string;
}

export interface ScanError {
  /** 'source-error', 'config-error', 'detector-error', 'warning' ... */
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Warnings do not change the exit code; errors make it 2. */
  level: 'error' | 'warning';
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  regulation: string;
  remediation: string;
  docs: string;
}

/** One purpose of the purpose map as a record of processing entry (GDPR Art. 30(1)(b)–(f)). */
export interface ProcessingPurpose {
  /** The purpose id under `purposes:` in datamin.yaml. */
  id: string;
  description?: string;
  /** GDPR Art. 6(1) basis, as declared. */
  legalBasis?: string;
  /** GDPR Art. 9(2) condition, as declared. */
  specialCategoryCondition?: string;
  /** GDPR Art. 10 authority, as declared. */
  criminalDataAuthority?: string;
  /** ISO 8601 duration, as declared. */
  retention?: string;
  /** Declared as profiling (GDPR Art. 4(4)). */
  profiling?: boolean;
  /** Declared as direct marketing (GDPR Art. 21(2)). */
  directMarketing?: boolean;
  /** The dataset holding the consent log the purpose rests on, as declared. */
  consentLog?: string;
  /** False for ids that fields name but `purposes:` does not declare. */
  declared: boolean;
  /** Scanned datasets with at least one field declared for this purpose, sorted. */
  datasets: string[];
  /** Scanned fields declared for this purpose, with the categories found in them. */
  fields: Array<{ dataset: string; field: string; categories: CategoryId[] }>;
  /** Union of the categories of those fields, in taxonomy order. */
  categories: CategoryId[];
}

/** The record of processing derived from the purpose map and the field profiles. */
export interface ProcessingRecord {
  /** The datamin.yaml the map came from, as given to the scan. */
  file?: string;
  purposes: ProcessingPurpose[];
}

/** How the scan decided: what a report's appendix needs to defend its findings. */
export interface ScanMethod {
  /** Every detector that ran, sorted by id. */
  /** `label` names a detector declared in datamin.yaml. */
  detectors: Array<{ id: string; label?: string; kind: 'name' | 'value'; categories: CategoryId[]; description: string }>;
  /** Values per field run through value detectors, or 'all'. */
  sample: number | 'all';
  /** Confidence at or above which a field is reported, per category. */
  thresholds: Array<{ category: CategoryId; threshold: number }>;
  /** The custom categories (`x-…`) datamin.yaml declared, with their facts: `datamin report` renders them from here. */
  categories?: Category[];
}

export interface ScanResult {
  version: string;
  tool: { name: 'datamin'; version: string };
  startedAt: string;
  durationMs: number;
  /** `sample` is values per field through value detectors, or 'all'. */
  settings: { sample: number | 'all'; redact: boolean; failOn: Severity };
  sources: SourceSummary[];
  datasets: DatasetSummary[];
  fields: FieldProfile[];
  findings: Finding[];
  rules: RuleMeta[];
  errors: ScanError[];
  /** Baseline entries no longer found; present only when the scan ran with a baseline. */
  resolved?: ResolvedFinding[];
  /** Controller or organisation named on report covers (datamin.yaml `organization`). */
  organization?: string;
  /** Report or project title (`--title`). */
  project?: string;
  /** Record of processing, present when a purpose map was loaded. */
  processing?: ProcessingRecord;
  /** Detectors, sample size and thresholds the scan used. */
  method?: ScanMethod;
}
