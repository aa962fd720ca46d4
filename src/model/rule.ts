// The rule contract: rules.default.yaml holds the policy as data, src/rules/<id>.ts the small
// evaluator that turns field profiles and the purpose map into findings.
import type { DatasetSummary, FieldProfile, Finding, RuleMeta, Severity } from './result.js';
import type { Row } from './dataset.js';
import type { CategoryId } from './taxonomy.js';

export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interests'
  | 'public_task'
  | 'legitimate_interests';

export interface Purpose {
  description?: string;
  /** GDPR Art. 6(1) basis. */
  legal_basis?: string;
  /** GDPR Art. 9(2) condition, needed when the purpose processes special-category data. */
  special_category_condition?: string;
  /** GDPR Art. 10 authority, needed for criminal-offence data. */
  criminal_data_authority?: string;
  /** ISO 8601 duration (P2Y, P6M, P30D). */
  retention?: string;
  /** The purpose evaluates or predicts people from their data (profiling, GDPR Art. 4(4)). */
  profiling?: boolean;
  /** The purpose sends direct marketing, to which people may always object (Art. 21(2)-(3)). */
  direct_marketing?: boolean;
  /** Where the consent this purpose rests on is logged, so rows after a withdrawal can be counted. */
  consent?: ConsentSource;
}

/** A consent log: one row per consent given, with its subject key and times (GDPR Art. 7(1), 7(3)). */
export interface ConsentSource {
  /** Dataset (table name or file stem) holding the consent log. */
  dataset: string;
  /** Field of the log holding the person key; the purpose's datasets name theirs in `subject`. */
  subject: string;
  /** Field holding when the consent was given; absent: consent counts from the start. */
  granted_at?: string;
  /** Field holding when the consent was withdrawn; empty while it holds. */
  withdrawn_at: string;
  /** Only log rows whose `scope_field` equals this value count for the purpose. */
  scope?: string;
  /** Field of the log naming what the consent covers; needed with `scope`. */
  scope_field?: string;
}

export interface DatasetDeclaration {
  /** Field holding the date a row's retention clock starts. */
  retention_field?: string;
  /** Field name or glob → purpose ids. */
  fields?: Record<string, string[]>;
  /** Field holding the key of the person a row is about (counted per person, never shown). */
  subject?: string;
  /** Field holding when a row's processing happened; defaults to `retention_field`. */
  timestamp_field?: string;
  /** `aggregate`: released as groups (segments, reports, partner shares), checked for k subjects per group. */
  release?: 'aggregate';
  /** Fields whose values form the released groups. */
  group_by?: string[];
  /** Smallest number of distinct subjects a released group may cover (default 10). */
  k?: number;
}

/** Where a key sits in datamin.yaml, so findings about the map can point at it. */
export interface YamlLocation {
  file: string;
  line: number;
  column: number;
}

export interface PurposeMap {
  version: number;
  purposes: Record<string, Purpose>;
  /** Dataset name or glob → declaration. */
  datasets: Record<string, DatasetDeclaration>;
  /** File the map came from, when loaded from disk. */
  file?: string;
  /** Locations of keys by dotted path (`purposes.marketing`, `datasets.customers.fields.email`). */
  locations?: Record<string, YamlLocation>;
}

/**
 * One `overrides:` entry of datamin.yaml: the user's verdict on matching fields, applied after
 * classification so it wins in every output (inventory, findings, record of processing).
 */
export interface FieldOverride {
  /** Dataset name or glob; absent: every dataset. */
  dataset?: string;
  /** Field name, dotted path or glob. */
  field: string;
  /** `false`: the field holds no personal data, whatever datamin detects. */
  personal?: false;
  /** The categories the field holds, replacing what datamin detects. */
  categories?: CategoryId[];
  /** Why (required); shown wherever the override changed a verdict. */
  reason: string;
  /** The config file and the 1-based line and column of the entry. */
  file: string;
  line: number;
  column: number;
}

/** One dataset's evidence as rules see it: finished profiles plus a few raw-data helpers. */
export interface DatasetEvidence {
  summary: DatasetSummary;
  fields: FieldProfile[];
  /**
   * Counts rows whose `field` holds a date strictly before `isoDay` (YYYY-MM-DD), over the whole
   * stream (not a sample). Undefined when the field was not seen or holds no dates.
   */
  countBefore(field: string, isoDay: string): { rows: number; oldest: string } | undefined;
  /** A uniform sample of whole rows (raw values: rules must never copy them into findings). */
  rowSample: readonly Row[];
  /** Field names aligned with the cells of `rowSample`. */
  rowFields: readonly string[];
}

/** Rows and distinct subjects, counted over every row (never which ones). */
export interface SubjectTally {
  rows: number;
  subjects: number;
}

/** processing-after-withdrawal's count for one dataset of a purpose with a consent source. */
export interface ConsentCount {
  purpose: string;
  dataset: string;
  /** The dataset's source (file or redacted URL). */
  source: string;
  /** Rows dated at or after the withdrawal of every consent their subject gave. */
  afterWithdrawal: SubjectTally;
  /** Rows of subjects with no consent in the log covering the row's time (and never withdrawn before it). */
  withoutConsent: SubjectTally;
  /** Rows without a subject key or a readable time: they could not be checked. */
  unchecked: number;
  /** `database` when counted inside the database, `stream` when the rows were read. */
  countedBy: 'database' | 'stream';
}

/** aggregate-release's count for one dataset released as an aggregate. */
export interface GroupCount {
  dataset: string;
  source: string;
  groups: number;
  /** Groups covering fewer than k distinct subjects. */
  smallGroups: number;
  /** Distinct subjects of the smallest group. */
  smallest: number;
  countedBy: 'database' | 'stream';
}

/** Counts over every row that need the purpose map (joins, groups), made before the rules run. */
export interface SubjectCounts {
  consent: ConsentCount[];
  groups: GroupCount[];
}

export interface RuleContext {
  datasets: DatasetEvidence[];
  /** Counted by the scan for rules that join or group rows by person; absent: those rules stay silent. */
  counts?: SubjectCounts;
  /** Undefined when no datamin.yaml was found: purpose rules then stay silent. */
  purposeMap?: PurposeMap;
  /** Today, injected for deterministic tests (ISO day). */
  today: string;
  /**
   * Datasets of the scan this run of a `scan` rule could not judge (it threw on them alone), left
   * out of `datasets`. A rule whose finding could be undone by what such a dataset holds (a
   * declaration it would have matched, a consent record it might hold) does not report it.
   */
  unjudged?: DatasetSummary[];
}

/** A finding before the engine stamps severity and fingerprint from the rule's metadata. */
export type FindingDraft = Omit<Finding, 'ruleId' | 'severity' | 'fingerprint'> & { severity?: Severity };

export interface RuleEvaluator {
  id: string;
  /**
   * `dataset`: what the rule finds about a dataset depends on that dataset alone, so the engine
   * runs it once per dataset and a failure on one dataset loses only that dataset's findings.
   * `scan`: the rule reasons over all datasets together (a purpose used anywhere, a declaration
   * matched nowhere) and runs once; when it throws, the engine finds the datasets it throws on
   * alone and runs it again without them (named in `unjudged`), so a failure loses only what
   * depends on those datasets. Only a failure no single dataset explains loses the whole scan.
   * Either way a failure is reported as a `rule-error` (exit 2), never dropped silently.
   */
  scope: 'dataset' | 'scan';
  evaluate(ctx: RuleContext): FindingDraft[];
}

export type { RuleMeta };
