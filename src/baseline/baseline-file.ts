// The baseline file (.datamin-baseline.json): accepted finding fingerprints with the day each was
// accepted. Pure: the CLI reads and writes the file; this module builds, merges, prunes, parses
// and prints it, always sorted so that a regenerated baseline diffs line by line.
import type { Finding, Severity } from '../model/result.js';
import { SEVERITIES } from '../model/result.js';

export const BASELINE_FILE_NAME = '.datamin-baseline.json';
export const BASELINE_VERSION = 1;

/** One accepted finding. `fingerprint` is the key; the rest is there for reviewers. */
export interface BaselineEntry {
  rule: string;
  severity: Severity;
  dataset?: string;
  field?: string;
  fingerprint: string;
  /** Day the finding was first accepted (ISO 8601 date, from the injected clock). */
  accepted: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be used; `code` makes the CLI print it as one line and exit 2. */
export class BaselineError extends Error {
  readonly code = 'baseline-error';
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'BaselineError';
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return cmp(a.dataset ?? '', b.dataset ?? '') || cmp(a.field ?? '', b.field ?? '') || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint);
}

function entryOf(finding: Finding, accepted: string): BaselineEntry {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    ...(finding.dataset === undefined ? {} : { dataset: finding.dataset }),
    ...(finding.field === undefined ? {} : { field: finding.field }),
    fingerprint: finding.fingerprint,
    accepted,
  };
}

export interface BuildBaselineOptions {
  /** Today (ISO 8601 date): the accepted day of entries not in `previous`. */
  today: string;
  /** The baseline file as it was: its entries keep their accepted day. */
  previous?: Baseline;
  /** Drop previous entries whose finding no longer occurs (`datamin baseline --prune`). */
  prune?: boolean;
}

/**
 * The baseline for `findings`: one entry per fingerprint, sorted by dataset, field and rule.
 * Entries already in `previous` keep their accepted day; entries no longer found are kept unless
 * `prune` is set, so that a regenerated baseline never silently forgets what was reviewed.
 */
export function buildBaseline(findings: readonly Finding[], options: BuildBaselineOptions): Baseline {
  const previous = new Map((options.previous?.findings ?? []).map((e) => [e.fingerprint, e]));
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (entries.has(finding.fingerprint)) continue;
    entries.set(finding.fingerprint, entryOf(finding, previous.get(finding.fingerprint)?.accepted ?? options.today));
  }
  if (!options.prune) {
    for (const [fingerprint, entry] of previous) if (!entries.has(fingerprint)) entries.set(fingerprint, entry);
  }
  return { version: BASELINE_VERSION, findings: [...entries.values()].sort(compareEntries) };
}

/** The file text: two-space JSON with a fixed key order and a final newline. */
export function serializeBaseline(baseline: Baseline): string {
  const findings = [...baseline.findings].sort(compareEntries).map((e) => ({
    rule: e.rule,
    severity: e.severity,
    ...(e.dataset === undefined ? {} : { dataset: e.dataset }),
    ...(e.field === undefined ? {} : { field: e.field }),
    fingerprint: e.fingerprint,
    accepted: e.accepted,
  }));
  return `${JSON.stringify({ version: baseline.version, findings }, null, 2)}\n`;
}

const FINGERPRINT = /^[0-9a-f]{16}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEntry(value: unknown, index: number, file: string): BaselineEntry {
  const where = `findings[${index}]`;
  if (!isRecord(value)) throw new BaselineError(`${where}: expected an object`, file);
  const { rule, severity, dataset, field, fingerprint, accepted } = value;
  if (typeof rule !== 'string' || rule === '') throw new BaselineError(`${where}.rule: expected a rule id`, file);
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new BaselineError(`${where}.severity: expected one of ${SEVERITIES.join(', ')}`, file);
  }
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) throw new BaselineError(`${where}.fingerprint: expected 16 hex digits`, file);
  if (typeof accepted !== 'string' || !ISO_DAY.test(accepted)) throw new BaselineError(`${where}.accepted: expected a date (YYYY-MM-DD)`, file);
  if (dataset !== undefined && typeof dataset !== 'string') throw new BaselineError(`${where}.dataset: expected text`, file);
  if (field !== undefined && typeof field !== 'string') throw new BaselineError(`${where}.field: expected text`, file);
  return {
    rule,
    severity: severity as Severity,
    ...(dataset === undefined ? {} : { dataset }),
    ...(field === undefined ? {} : { field }),
    fingerprint,
    accepted,
  };
}

/** Parses and checks a baseline file's text; every problem is a BaselineError naming `file`. */
export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`not valid JSON (${(error as Error).message}); regenerate it with 'datamin baseline'`, file);
  }
  if (!isRecord(value)) throw new BaselineError('expected a JSON object with "version" and "findings"', file);
  if (value.version !== BASELINE_VERSION) throw new BaselineError(`unsupported baseline version ${JSON.stringify(value.version)} (expected ${BASELINE_VERSION})`, file);
  if (!Array.isArray(value.findings)) throw new BaselineError('"findings" must be a list', file);
  return { version: BASELINE_VERSION, findings: value.findings.map((entry: unknown, i) => checkEntry(entry, i, file)) };
}
