// The rule engine: runs the enabled evaluators, stamps each finding with its rule's severity,
// rendered message and fingerprint, isolates rules that throw, and sorts the result.
import { createHash } from 'node:crypto';
import type { DatasetEvidence, DatasetSummary, Finding, FindingDraft, RuleContext, RuleEvaluator, RuleMeta, ScanError, Severity } from '../model/index.js';
import { RULE_EVALUATORS } from './index.js';

/** A rule as the engine runs it (config's LoadedRule fits): metadata, template, switch. */
export interface ActiveRule extends RuleMeta {
  /** Message template with `{{placeholders}}`. */
  message: string;
  enabled: boolean;
  /** Present when loaded with overrides: a severity differing from it is the user's choice. */
  defaultSeverity?: Severity;
}

export interface RuleRun {
  findings: Finding[];
  /** One `rule-error` per rule that threw or has no evaluator; the other rules still ran. */
  errors: ScanError[];
}

/**
 * Stable finding id for baselines: sha256 of `ruleId|dataset|field`, first 16 hex digits. Never a
 * value or a line number, so it survives data changes and edits above the field. Findings about a
 * purpose rather than a field (no dataset, no field) add the purpose id, so that two purposes do
 * not share one fingerprint.
 */
export function findingFingerprint(ruleId: string, dataset?: string, field?: string, purpose?: string, apart?: string): string {
  const parts = [ruleId, dataset ?? '', field ?? ''];
  if (dataset === undefined && field === undefined && purpose !== undefined) parts.push(purpose);
  if (apart !== undefined) parts.push(apart);
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}

/**
 * Dataset names that several inputs give (`2024/customers.csv` and `2025/customers.csv` are both
 * `customers`): name → source (in path order) → the shortest tail of the source's path that no
 * other of them ends with. A name only one source gives (many tables of one SQL file) is not
 * listed. See `fingerprintTail` for how findings use it.
 */
export function sharedDatasetNames(datasets: readonly Pick<DatasetSummary, 'name' | 'source'>[]): Map<string, Map<string, string>> {
  const sourcesOf = new Map<string, Set<string>>();
  for (const d of datasets) sourcesOf.set(d.name, (sourcesOf.get(d.name) ?? new Set()).add(d.source));
  const shared = new Map<string, Map<string, string>>();
  for (const [name, sources] of sourcesOf) {
    if (sources.size < 2) continue;
    const split = [...sources].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((source) => ({ source, parts: source.split('/') }));
    const tails = new Map<string, string>();
    for (const { source, parts } of split) {
      let tail = source;
      for (let k = 1; k <= parts.length; k++) {
        const candidate = parts.slice(-k).join('/');
        if (split.every((other) => other.source === source || !(other.source === candidate || other.source.endsWith(`/${candidate}`)))) {
          tail = candidate;
          break;
        }
      }
      tails.set(source, tail);
    }
    shared.set(name, tails);
  }
  return shared;
}

function placeholderValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => placeholderValue(item) ?? '').join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Fills `{{name}}` from the finding (`dataset`, `field`, `categories`) and its `data`; data keys
 * win. Unknown placeholders stay visible (`{{name}}`) so a wrong template shows in tests.
 */
export function renderMessage(template: string, draft: FindingDraft): string {
  const values: Record<string, unknown> = { dataset: draft.dataset, field: draft.field, categories: draft.categories, ...draft.data };
  return template.replace(/\{\{\s*([A-Za-z][\w]*)\s*\}\}/g, (whole, name: string) => placeholderValue(values[name]) ?? whole);
}

/** Orders by dataset, field, rule id, then message (datasetless findings first). */
export function compareFindings(a: Finding, b: Finding): number {
  const keys = (f: Finding): string[] => [f.dataset ?? '', f.field ?? '', f.ruleId, f.message];
  const [ka, kb] = [keys(a), keys(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] < kb[i]) return -1;
    if (ka[i] > kb[i]) return 1;
  }
  return 0;
}

/**
 * What a finding about `dataset` of `source` adds to its fingerprint so that inputs sharing the
 * name do not share findings (accepting one in a baseline must not accept the other): the path's
 * distinguishing tail, not the whole path, so moving the scanned folder changes nothing. The
 * first source in path order adds nothing, so a baseline taken before `2025/customers.csv`
 * appeared still matches `2024/customers.csv`.
 */
export function fingerprintTail(shared: ReadonlyMap<string, ReadonlyMap<string, string>>, dataset: string | undefined, source: string | undefined): string | undefined {
  if (dataset === undefined || source === undefined) return undefined;
  const tails = shared.get(dataset);
  if (tails === undefined || tails.keys().next().value === source) return undefined;
  return tails.get(source);
}

function stamp(rule: ActiveRule, draft: FindingDraft, shared: ReadonlyMap<string, ReadonlyMap<string, string>>): Finding {
  const overridden = rule.defaultSeverity !== undefined && rule.defaultSeverity !== rule.severity;
  const { severity: draftSeverity, ...rest } = draft;
  const purpose = typeof draft.data?.purpose === 'string' ? draft.data.purpose : undefined;
  const apart = fingerprintTail(shared, draft.dataset, draft.source);
  return {
    ...rest,
    ruleId: rule.id,
    severity: overridden ? rule.severity : (draftSeverity ?? rule.severity),
    fingerprint: findingFingerprint(rule.id, draft.dataset, draft.field, purpose, apart),
    message: rule.message ? renderMessage(rule.message, draft) : draft.message,
  };
}

/**
 * Runs every enabled rule that has an evaluator. A rule of `dataset` scope runs once per dataset,
 * so a rule that throws on one dataset (an odd value in its sample) still reports every other
 * dataset; a `scan` rule that throws is isolated the same way by `runScanRule`. A rule that throws
 * becomes a `rule-error` naming the rule (and dataset) and the other rules still run. The error
 * keeps only the exception's type: its message could quote a value.
 * `evaluators` defaults to the registry (tests pass their own).
 */
export function runRules(
  ctx: RuleContext,
  rules: readonly ActiveRule[],
  evaluators: Readonly<Record<string, RuleEvaluator>> = RULE_EVALUATORS,
): RuleRun {
  const findings: Finding[] = [];
  const errors: ScanError[] = [];
  const shared = sharedDatasetNames(ctx.datasets.map((d) => d.summary));
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const evaluator = Object.hasOwn(evaluators, rule.id) ? evaluators[rule.id] : undefined;
    if (!evaluator) {
      errors.push({ code: 'rule-error', message: `rule ${rule.id} has no evaluator`, level: 'error' });
      continue;
    }
    const run = evaluator.scope === 'dataset' ? runDatasetRule(evaluator, ctx) : runScanRule(evaluator, ctx);
    for (const draft of run.drafts) findings.push(stamp(rule, draft, shared));
    for (const failure of run.failures) errors.push(ruleFailure(rule.id, failure.error, failure.dataset));
  }
  return { findings: findings.sort(compareFindings), errors };
}

interface EvaluatorRun {
  drafts: FindingDraft[];
  /** What threw, and on which dataset (none: the whole scan). */
  failures: Array<{ error: unknown; dataset?: DatasetSummary }>;
}

/** The context narrowed to some datasets, with only their counts (joins and groups are per dataset). */
function narrowed(ctx: RuleContext, datasets: DatasetEvidence[], unjudged: DatasetSummary[] = []): RuleContext {
  const keep = new Set(datasets.map((d) => `${d.summary.name}\u0000${d.summary.source}`));
  const kept = (count: { dataset: string; source: string }): boolean => keep.has(`${count.dataset}\u0000${count.source}`);
  return {
    ...ctx,
    datasets,
    ...(ctx.counts ? { counts: { consent: ctx.counts.consent.filter(kept), groups: ctx.counts.groups.filter(kept) } } : {}),
    ...(unjudged.length > 0 ? { unjudged } : {}),
  };
}

function evaluateSafely(evaluator: RuleEvaluator, ctx: RuleContext): { drafts: FindingDraft[] } | { error: unknown } {
  try {
    return { drafts: evaluator.evaluate(ctx) };
  } catch (error) {
    return { error };
  }
}

function runDatasetRule(evaluator: RuleEvaluator, ctx: RuleContext): EvaluatorRun {
  const run: EvaluatorRun = { drafts: [], failures: [] };
  for (const evidence of ctx.datasets) {
    const outcome = evaluateSafely(evaluator, narrowed(ctx, [evidence]));
    if ('error' in outcome) run.failures.push({ error: outcome.error, dataset: evidence.summary });
    else run.drafts.push(...outcome.drafts);
  }
  return run;
}

/**
 * A scan-wide rule runs once over every dataset. When it throws, the datasets it throws on alone
 * are found (one run each: paid only on failure) and it runs again without them, told which
 * ones it could not judge, so one odd dataset costs only what depends on it. When no single
 * dataset explains the failure, or every dataset does, its findings are missing for the scan.
 */
function runScanRule(evaluator: RuleEvaluator, ctx: RuleContext): EvaluatorRun {
  const whole = evaluateSafely(evaluator, ctx);
  if (!('error' in whole)) return { drafts: whole.drafts, failures: [] };
  const culprits = new Map<DatasetEvidence, unknown>();
  if (ctx.datasets.length > 1) {
    for (const evidence of ctx.datasets) {
      const alone = evaluateSafely(evaluator, narrowed(ctx, [evidence]));
      if ('error' in alone) culprits.set(evidence, alone.error);
    }
  }
  if (culprits.size === 0 || culprits.size === ctx.datasets.length) return { drafts: [], failures: [{ error: whole.error }] };
  const rest = ctx.datasets.filter((evidence) => !culprits.has(evidence));
  const retried = evaluateSafely(evaluator, narrowed(ctx, rest, [...culprits.keys()].map((evidence) => evidence.summary)));
  if ('error' in retried) return { drafts: [], failures: [{ error: retried.error }] };
  return { drafts: retried.drafts, failures: [...culprits].map(([evidence, error]) => ({ error, dataset: evidence.summary })) };
}

function ruleFailure(id: string, error: unknown, dataset: DatasetSummary | undefined): ScanError {
  const kind = error instanceof Error ? error.name : typeof error;
  if (!dataset) return { code: 'rule-error', level: 'error', message: `rule ${id} failed (${kind}); its findings are missing for the whole scan` };
  return { code: 'rule-error', level: 'error', file: dataset.source, message: `rule ${id} failed (${kind}) on dataset ${dataset.name}; its findings for that dataset are missing` };
}
