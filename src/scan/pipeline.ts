// The scan engine's pipeline: discover inputs → scan each (in parallel on worker threads with
// --jobs, big splittable files in byte ranges: run-tasks.ts) → consistency, lineage, overrides
// → counts and rules → one ScanResult. Failures of one input become entries in `errors`; every other input
// is still scanned, and the result is the same whatever order inputs finish in.
import path from 'node:path';
import type { DatasetEvidence, FieldOverride, PurposeMap, SubjectCounts } from '../model/rule.js';
import type { CustomDetectorSpec } from '../model/detector.js';
import type { DatasetSummary, ScanError, ScanResult, Severity, SourceSummary, RuleMeta, Finding, FieldProfile } from '../model/result.js';
import { RESULT_SCHEMA_VERSION } from '../model/result.js';
import type { SampleSize } from '../model/sample.js';
import { discoverInputs, type UnreadableFolder } from '../sources/discover.js';
import { isUrlInput, supportedExtensions } from '../sources/index.js';
import { toEvidence } from '../classify/evidence.js';
import { applyCalibration } from '../classify/calibration.js';
import { applyConsistency, applyEveryTable } from '../classify/consistency.js';
import { applyLineage } from '../classify/lineage.js';
import { applyOverrides } from '../classify/overrides.js';
import { annotateLinkability } from '../classify/linkability.js';
import type { InputOutcome, InputTask } from './scan-input.js';
import { scanInputs } from './run-tasks.js';
import { redactUrl } from './url-label.js';
import { buildMethod, buildProcessingRecord } from './processing-record.js';
import type { CountInput } from './subject-counts/index.js';
import { sharedDatasetNames } from '../rules/engine.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  /** Keep each field's evidence items in the result (datamin explain); a published result has none. */
  keepEvidence?: boolean;
  include?: string[];
  exclude?: string[];
  sample: SampleSize;
  /** --max-bytes: what each warehouse billed by bytes (BigQuery) may process, checked by dry runs first. */
  maxBytes?: number;
  showValues: boolean;
  failOn: Severity;
  now: Date;
  version: string;
  /** Organisation and title for report covers (datamin.yaml `organization`, --title). */
  organization?: string;
  project?: string;
  /**
   * File → the folder it was found in, when `paths` were narrowed to single files (--changed-only)
   * but `$ref`s should still reach the folders first given. Default: what discovery finds.
   */
  scanRoots?: ReadonlyMap<string, string>;
  /** `overrides:` of datamin.yaml, applied after classification and before the rules. */
  overrides?: readonly FieldOverride[];
  /**
   * The scan covers part of the inputs (--changed-only): an override matching no scanned field
   * may match one that was not scanned, so it is not reported as unused.
   */
  partial?: boolean;
  /** `detectors:` of datamin.yaml, run beside the built-in detectors. */
  customDetectors?: readonly CustomDetectorSpec[];
  /** Worker threads; default: one per core. */
  jobs?: number;
  /**
   * Called with the files found, before any is read: throws to stop the scan (the CLI refuses to
   * write a report onto one of its inputs).
   */
  checkInputs?: (files: readonly string[]) => Promise<void>;
  /** A CSV file of at least twice this size is read in ranges of about this size (split-input.ts). */
  rangeBytes?: number;
  /**
   * Progress callback for the terminal line (see progress.ts): input being read, rows and bytes
   * so far, and the input's size when known (files; databases report rows only).
   */
  onProgress?: (input: string, rows: number, bytes: number, totalBytes: number | undefined) => void;
}

export interface RuleStage {
  purposeMap?: PurposeMap;
  rules: RuleMeta[];
  run(datasets: DatasetEvidence[], today: string, counts?: SubjectCounts): { findings: Finding[]; errors: ScanError[] };
  /** Rule ids that run; the counts of a disabled rule are not made. */
  enabled?: ReadonlySet<string>;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What discovery could not find or read. A folder that cannot be listed inside an input is a
 * warning (everything around it is scanned); an input that is itself such a folder is an error,
 * as nothing of it was scanned.
 */
/** "no supported input in this folder; skipped 3 .txt, 1 .xml (datamin reads …)". */
function nothingSupported(skipped: Record<string, number>): string {
  const counts = Object.entries(skipped).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([type, n]) => `${n} ${type}`);
  const total = Object.values(skipped).reduce((a, b) => a + b, 0);
  const what = total === 0 ? 'it holds no files' : `skipped ${total} file${total === 1 ? '' : 's'}: ${counts.join(', ')}`;
  return `no supported input in this folder (${what}); datamin reads ${supportedExtensions().join(' ')} files and database URLs`;
}

/** "skipped 3 files datamin does not scan as inputs: 2 .rb (not db/schema.rb or a migration), 1 .xml". */
function skippedLine(skipped: Record<string, number>): string {
  const counts = Object.entries(skipped).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([type, n]) => `${n} ${type}`);
  const total = Object.values(skipped).reduce((a, b) => a + b, 0);
  return `skipped ${total} file${total === 1 ? '' : 's'} datamin does not scan as inputs: ${counts.join(', ')}`;
}

function discoveryErrors(
  missing: readonly string[],
  skipped: ReadonlyMap<string, Record<string, number>>,
  unreadable: readonly UnreadableFolder[],
  cwd: string,
  notRegular: ReadonlyMap<string, string>,
  skippedBeside: ReadonlyMap<string, Record<string, number>>,
): ScanError[] {
  const errors: ScanError[] = [];
  // A folder scanned in part says in one line what it left out, so no file is passed over silently.
  for (const [folder, inFolder] of skippedBeside) {
    errors.push({ code: 'files-skipped', level: 'warning', file: folder, message: skippedLine(inFolder) });
  }
  const roots = new Set(missing.map((m) => path.resolve(cwd, m)));
  for (const { folder, code } of unreadable) {
    const file = path.relative(cwd, folder).split(path.sep).join('/') || '.';
    if (roots.has(folder)) continue;
    errors.push({ code: 'source-warning', level: 'warning', file, message: `folder cannot be read (${code}); its files were not scanned` });
  }
  for (const m of missing) {
    const code = unreadable.find((u) => u.folder === path.resolve(cwd, m))?.code;
    const inFolder = skipped.get(m);
    const special = notRegular.get(m);
    const message = special !== undefined ? `${special}, not a regular file: never read` : code !== undefined ? `folder cannot be read (${code}); nothing in it was scanned` : inFolder !== undefined ? nothingSupported(inFolder) : 'no such file, folder or matching glob';
    errors.push({ code: 'source-error', level: 'error', file: m, message });
  }
  return errors;
}

/** A file as reports show it: POSIX, relative to the working directory. */
function portablePath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/**
 * One warning per dataset name that several inputs give: datamin.yaml's entry for the name
 * applies to all of them, and only the path tells their findings apart.
 */
function sharedNameWarnings(datasets: readonly DatasetSummary[]): ScanError[] {
  return [...sharedDatasetNames(datasets)].map(([name, tails]) => ({
    code: 'dataset-name-shared',
    level: 'warning',
    file: [...tails.keys()].sort(cmp)[0],
    message: `${tails.size} inputs give dataset '${name}' (${[...tails.keys()].sort(cmp).join(', ')}): a datamin.yaml entry for '${name}' applies to each; their findings are kept apart by path (${[...tails.values()].sort(cmp).join(', ')})`,
  }));
}

/** The purpose map's file as reports show it: POSIX, relative to the working directory. */
function mapFile(map: PurposeMap, cwd: string): string | undefined {
  return map.file === undefined ? undefined : portablePath(map.file, cwd);
}

export async function runScan(options: ScanOptions, ruleStage?: RuleStage): Promise<{ result: ScanResult; evidence: DatasetEvidence[] }> {
  const started = Date.now();
  const errors: ScanError[] = [];
  const sources: SourceSummary[] = [];

  const urls = options.paths.filter(isUrlInput);
  const { files, missing, skipped, skippedBeside, unreadable, roots, notRegular } = await discoverInputs(
    options.paths.filter((p) => !isUrlInput(p)),
    { cwd: options.cwd, ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) },
  );
  errors.push(...discoveryErrors(missing, skipped, unreadable, options.cwd, notRegular, skippedBeside));
  await options.checkInputs?.(files);

  const sqlFiles = files.filter((f) => f.toLowerCase().endsWith('.sql'));
  const sqlCatalog = sqlFiles.length > 1 ? await (await import('../sources/sql/index.js')).collectSqlDeclarations(sqlFiles) : undefined;
  const common = {
    cwd: options.cwd,
    sample: options.sample,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    showValues: options.showValues,
    ...(sqlCatalog ? { sqlCatalog } : {}),
    ...(options.customDetectors?.length ? { customDetectors: options.customDetectors } : {}),
  };
  const inputs: InputTask[] = [
    ...files.map((file) => ({
      ...common,
      file,
      label: path.relative(options.cwd, file).split(path.sep).join('/') || path.basename(file),
      scanRoot: options.scanRoots?.get(file) ?? roots.get(file) ?? path.dirname(file),
    })),
    // `dbt:<folder>` (--dbt) is a folder, not a URL with credentials: shown as given.
    ...urls.map((url) => ({ ...common, url, label: /^dbt:/i.test(url) ? url : redactUrl(url) })),
  ];
  const outcomes = await scanInputs(inputs, options);

  const evidence: DatasetEvidence[] = [];
  for (const outcome of outcomes) {
    errors.push(...outcome.errors);
    evidence.push(...outcome.evidence.map(toEvidence));
    if (outcome.source) sources.push(outcome.source);
  }

  // The scan-wide stages below change these profiles in place, in this order.
  const profiles = evidence.flatMap((e) => e.fields);
  // One verdict per column definition across the whole scan, before any rule reads the fields.
  applyConsistency(profiles);
  // A definition most tables share is a per-row convention, not a credential.
  applyEveryTable(profiles);
  // Then down dbt lineage: a model's copy of a column holds what the column holds.
  applyLineage(profiles);
  // Every verdict is in: scores become calibrated confidences (the raw score is kept).
  applyCalibration(profiles);
  // The user's verdict comes last, so rules, inventory and record of processing all see it.
  if (options.overrides?.length) {
    const warnings = applyOverrides(profiles, options.overrides, portablePath(options.overrides[0].file, options.cwd));
    errors.push(...(options.partial ? warnings.filter((w) => w.code !== 'override-unused') : warnings));
  }

  const today = options.now.toISOString().slice(0, 10);
  const counted = ruleStage?.purposeMap ? await countsForRules(ruleStage, evidence, inputs, outcomes) : undefined;
  if (counted) errors.push(...counted.errors);
  const ruled = ruleStage ? ruleStage.run(evidence, today, counted?.counts) : { findings: [], errors: [] };
  errors.push(...ruled.errors);
  errors.push(...sharedNameWarnings(evidence.map((e) => e.summary)));

  const fields = evidence.flatMap((e) => e.fields).map((f) => (options.keepEvidence ? f : withoutEvidence(f)));
  fields.sort((a, b) => cmp(a.source, b.source) || cmp(a.dataset, b.dataset));
  annotateLinkability(evidence.map((e) => e.summary), fields);
  const result: ScanResult = {
    version: RESULT_SCHEMA_VERSION,
    tool: { name: 'datamin', version: options.version },
    startedAt: options.now.toISOString(),
    durationMs: Date.now() - started,
    settings: { sample: options.sample, redact: !options.showValues, failOn: options.failOn },
    sources: sources.sort((a, b) => cmp(a.path, b.path)),
    datasets: evidence.map((e) => e.summary).sort((a, b) => cmp(a.source, b.source) || cmp(a.name, b.name)),
    fields,
    findings: ruled.findings,
    rules: ruleStage?.rules ?? [],
    errors: errors.sort((a, b) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)),
    ...(options.organization === undefined ? {} : { organization: options.organization }),
    ...(options.project === undefined ? {} : { project: options.project }),
    ...(ruleStage?.purposeMap ? { processing: buildProcessingRecord(ruleStage.purposeMap, fields, mapFile(ruleStage.purposeMap, options.cwd)) } : {}),
    method: buildMethod((await import('../detectors/index.js')).allDetectors(options.customDetectors), options.sample),
  };
  return { result, evidence };
}

/**
 * The counts over every row that processing-after-withdrawal and aggregate-release need, made
 * only when the purpose map asks for them and those rules are on. Each dataset source is mapped
 * back to the input it was read from, to be read again or queried.
 */
async function countsForRules(stage: RuleStage, evidence: DatasetEvidence[], inputs: readonly InputTask[], outcomes: readonly InputOutcome[]) {
  const map = stage.purposeMap!;
  const wanted = (id: string): boolean => stage.enabled?.has(id) ?? true;
  const asks = Object.values(map.purposes).some((p) => p.consent) || Object.values(map.datasets).some((d) => d.release === 'aggregate');
  if (!asks || !(wanted('processing-after-withdrawal') || wanted('aggregate-release'))) return undefined;
  const bySource = new Map<string, CountInput>();
  outcomes.forEach((outcome, i) => {
    const input = inputs[i];
    if (outcome.source) bySource.set(outcome.source.path, { cwd: input.cwd, ...(input.file === undefined ? {} : { file: input.file }), ...(input.url === undefined ? {} : { url: input.url }) });
  });
  const { countSubjects } = await import('./subject-counts/index.js');
  const counted = await countSubjects(map, evidence, bySource);
  if (!wanted('processing-after-withdrawal')) counted.counts.consent = [];
  if (!wanted('aggregate-release')) counted.counts.groups = [];
  return counted;
}

/** A field profile as published: the evidence items stay inside the scan (explain asks for them). */
function withoutEvidence(field: FieldProfile): FieldProfile {
  if (field.evidence === undefined) return field;
  const published = { ...field };
  delete published.evidence;
  return published;
}
