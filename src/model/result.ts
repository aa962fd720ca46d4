// The scan result: the one contract every reporter reads (published as
// schemas/scan-result.schema.json). Everything in here is already redacted.
import type { CategoryId } from './taxonomy.js';
import type { SourceKind } from './dataset.js';

export const RESULT_SCHEMA_VERSION = '1.0';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export interface CategoryMatch {
  id: CategoryId;
  /** 0..1 combined confidence from name and value evidence. */
  confidence: number;
  /** Ids of the detectors that fired. */
  detectors: string[];
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
}

export interface FieldStats {
  /** Rows in which the field was present (not absent). */
  count: number;
  /** Present but null or empty string. */
  empty: number;
  /** Approximate number of distinct non-empty values (HyperLogLog). */
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
  categories: CategoryMatch[];
  stats: FieldStats;
}

export interface DatasetSummary {
  name: string;
  source: string;
  kind: SourceKind;
  /** Rows read (undefined for schema sources). */
  rows?: number;
  fields: number;
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
}
