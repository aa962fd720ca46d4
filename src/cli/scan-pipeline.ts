// Wires one scan: discover inputs → scan each (in parallel on worker threads with --jobs) →
// rules → one ScanResult. Failures of one input become entries in `errors`; every other input
// is still scanned, and the result is the same whatever order inputs finish in.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { DatasetEvidence, FieldOverride, PurposeMap, SubjectCounts } from '../model/rule.js';
import type { CustomDetectorSpec } from '../model/detector.js';
import type { DatasetSummary, ScanError, ScanResult, Severity, SourceSummary, RuleMeta, Finding, FieldProfile } from '../model/result.js';
import { RESULT_SCHEMA_VERSION } from '../model/result.js';
import { discoverInputs, type UnreadableFolder } from '../sources/discover.js';
import { isUrlInput, supportedExtensions } from '../sources/index.js';
import { redactUrl as redactDatabaseUrl } from '../sources/db/shared.js';
import { toEvidence } from '../classify/evidence.js';
import { applyConsistency } from '../classify/consistency.js';
import { applyLineage } from '../classify/lineage.js';
import { applyOverrides } from '../classify/overrides.js';
import { annotateLinkability } from '../classify/linkability.js';
import type { InputOutcome, InputTask } from './scan-input.js';
import { WorkerPool } from './worker-pool.js';
import { tuneGarbageCollection } from './gc-flags.js';
import { SplitMerger, maySplit, planSplit } from './split-input.js';
import { DEFAULT_RANGE_BYTES } from '../sources/csv-ranges.js';
import { buildMethod, buildProcessingRecord } from './processing-record.js';
import { refuseOutputsOntoInputs } from './output-file.js';
import type { CountInput } from './subject-counts/index.js';
import { sharedDatasetNames } from '../rules/engine.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  /** Keep each field's evidence items in the result (datamin explain); a published result has none. */
  keepEvidence?: boolean;
  include?: string[];
  exclude?: string[];
  sample: number | 'all';
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
   * Files this run will write (relative to cwd or absolute): one that is also an input stops the
   * scan with a usage error before anything is read or written.
   */
  outputs?: readonly string[];
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

/** A database URL as it may be shown: no password, no query parameter but the harmless ones. */
export function redactUrl(url: string): string {
  // `sqlite:shop.db`, `duckdb:data/shop.duckdb`: a file path with no authority, so no password;
  // shown as written (the URL parser would print `duckdb://data/…`, naming `data` a host), minus
  // the query.
  if (/^(sqlite|duckdb):(?!\/\/)/i.test(url)) return url.replace(/[?#].*$/s, '');
  try {
    const parsed = new URL(url);
    // `postgres://u:12/ab@host/db` parses as host `u`, port 12, path `/ab@host/db`: the password
    // leaked into the path. An `@` in the path means the authority was cut short.
    if (parsed.pathname.includes('@')) return redactUnparsedUrl(url);
    return redactDatabaseUrl(parsed);
  } catch {
    return redactUnparsedUrl(url);
  }
}

/**
 * A URL the WHATWG parser rejects is most often one whose password holds an unencoded `/`, `?`,
 * `#` or `@` (generated passwords do): the authority then cannot be told from the path, so
 * everything from `//` up to the last `@` is treated as credentials, and the query and fragment
 * (which may hold `password=`) are dropped. Without `//` (`sqlite:relative/path`) there is no
 * authority to hold a password.
 */
export function redactUnparsedUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:)\/\/(.*)$/is.exec(url);
  if (!m) return url;
  const rest = m[2];
  const at = rest.lastIndexOf('@');
  const afterCredentials = at < 0 ? rest : rest.slice(at + 1);
  const hostAndPath = afterCredentials.split(/[?#]/, 1)[0];
  return `${m[1]}//${at < 0 ? '' : '***@'}${hostAndPath}`;
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

function discoveryErrors(
  missing: readonly string[],
  skipped: ReadonlyMap<string, Record<string, number>>,
  unreadable: readonly UnreadableFolder[],
  cwd: string,
  notRegular: ReadonlyMap<string, string>,
): ScanError[] {
  const errors: ScanError[] = [];
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

/** Below this much input, starting workers (each loads every parser) costs more than it saves. */
const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/**
 * Scans every input, one outcome per input in input order. A big CSV becomes several range
 * tasks (split-input.ts) whose profiles are merged as they arrive; a file whose split point
 * proved wrong is read again in one piece.
 */
async function scanInputs(inputs: readonly InputTask[], options: ScanOptions): Promise<InputOutcome[]> {
  const rangeBytes = options.rangeBytes ?? DEFAULT_RANGE_BYTES;
  const sizes = await Promise.all(inputs.map(async (input) => (input.file === undefined ? 0 : stat(input.file).then((s) => s.size, () => 0))));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const severalTasks = inputs.length > 1 || inputs.some((input, i) => maySplit(input, sizes[i], rangeBytes));
  const jobs = options.jobs ?? (severalTasks && totalBytes >= PARALLEL_MIN_BYTES ? availableParallelism() : 1);
  tuneGarbageCollection();
  // Started before planning, so the workers boot while the ranges are planned.
  const pool = new WorkerPool(jobs);
  try {
    return await scanPlanned(inputs, sizes, rangeBytes, pool, options);
  } finally {
    await pool.close();
  }
}

/** Plans the range tasks of the big CSV and NDJSON files, runs every task on the pool, merges and classifies. */
async function scanPlanned(inputs: readonly InputTask[], sizes: readonly number[], rangeBytes: number, pool: WorkerPool, options: ScanOptions): Promise<InputOutcome[]> {
  const tasks: InputTask[] = [];
  /** Per task: the merger of its file's ranges, if it is one. */
  const mergerOfTask: Array<SplitMerger | undefined> = [];
  /** Per input: its (first) task and, when split, the merger of its range tasks. */
  const plan: Array<{ first: number; merger?: SplitMerger }> = [];
  for (const [i, input] of inputs.entries()) {
    const size = sizes[i];
    const split = await planSplit(input, size, rangeBytes);
    const merger = split ? new SplitMerger(input, split.ranges.length, split.opened) : undefined;
    plan.push({ first: tasks.length, ...(merger ? { merger } : {}) });
    if (split && merger) {
      split.ranges.forEach((r, index) => {
        tasks.push({ ...input, range: { ...r, index, count: split.ranges.length, fileBytes: size } });
        mergerOfTask.push(merger);
      });
    } else {
      tasks.push(input);
      mergerOfTask.push(undefined);
    }
  }
  const progress = new SplitProgress(options.onProgress, new Map(plan.flatMap((p, i) => (p.merger ? [[inputs[i].label, sizes[i]] as const] : []))));
  // A split file is classified as soon as its last range is merged, while other tasks still run.
  const finished = new Map<SplitMerger, Promise<InputOutcome | 'whole'>>();
  const outcomes = await pool.run(tasks, progress.callback, (index, outcome) => {
    const merger = mergerOfTask[index];
    if (!merger) return outcome;
    const kept = merger.add(tasks[index].range!.index, outcome);
    if (merger.complete) {
      const outcome = merger.finish();
      // Awaited below; until then a rejection must not count as unhandled.
      outcome.catch(() => undefined);
      finished.set(merger, outcome);
    }
    return kept;
  });

  const results: InputOutcome[] = [];
  const whole: number[] = [];
  for (const [i, { first, merger }] of plan.entries()) {
    const merged = merger ? await (finished.get(merger) ?? merger.finish()) : outcomes[first];
    if (merged === 'whole') whole.push(i);
    results.push(merged === 'whole' ? { label: inputs[i].label, evidence: [], errors: [] } : merged);
  }
  if (whole.length > 0) {
    const again = await pool.run(whole.map((i) => inputs[i]), progress.callback);
    whole.forEach((input, k) => (results[input] = again[k]));
  }
  return results;
}

/** Sums the progress of a split file's ranges, so the progress line shows one input of its whole size. */
class SplitProgress {
  private readonly byTask = new Map<number, { label: string; rows: number; bytes: number }>();
  constructor(
    private readonly onProgress: ScanOptions['onProgress'],
    /** Split files by label, with their sizes. */
    private readonly splitSizes: ReadonlyMap<string, number>,
  ) {}

  readonly callback = (label: string, rows: number, bytes: number, totalBytes: number | undefined, task: number): void => {
    if (!this.onProgress) return;
    const size = this.splitSizes.get(label);
    if (size === undefined) return this.onProgress(label, rows, bytes, totalBytes);
    this.byTask.set(task, { label, rows, bytes });
    let sumRows = 0;
    let sumBytes = 0;
    for (const p of this.byTask.values()) {
      if (p.label !== label) continue;
      sumRows += p.rows;
      sumBytes += p.bytes;
    }
    this.onProgress(label, sumRows, sumBytes, size);
  };
}

export async function runScan(options: ScanOptions, ruleStage?: RuleStage): Promise<{ result: ScanResult; evidence: DatasetEvidence[] }> {
  const started = Date.now();
  const errors: ScanError[] = [];
  const sources: SourceSummary[] = [];

  const urls = options.paths.filter(isUrlInput);
  const { files, missing, skipped, unreadable, roots, notRegular } = await discoverInputs(
    options.paths.filter((p) => !isUrlInput(p)),
    { cwd: options.cwd, ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) },
  );
  errors.push(...discoveryErrors(missing, skipped, unreadable, options.cwd, notRegular));
  if (options.outputs?.length) await refuseOutputsOntoInputs(options.outputs.map((file) => ({ file: path.resolve(options.cwd, file), shown: file })), files);

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

  // One verdict per column definition across the whole scan, before any rule reads the fields.
  applyConsistency(evidence.flatMap((e) => e.fields));
  // Then down dbt lineage: a model's copy of a column holds what the column holds.
  applyLineage(evidence.flatMap((e) => e.fields));
  // The user's verdict comes last, so rules, inventory and record of processing all see it.
  if (options.overrides?.length) {
    const warnings = applyOverrides(evidence.flatMap((e) => e.fields), options.overrides, portablePath(options.overrides[0].file, options.cwd));
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
