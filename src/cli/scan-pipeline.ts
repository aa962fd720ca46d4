// Wires one scan: discover inputs → scan each (in parallel on worker threads with --jobs) →
// rules → one ScanResult. Failures of one input become entries in `errors`; every other input
// is still scanned, and the result is the same whatever order inputs finish in.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { DatasetEvidence, PurposeMap } from '../model/rule.js';
import type { ScanError, ScanResult, Severity, SourceSummary, RuleMeta, Finding } from '../model/result.js';
import { RESULT_SCHEMA_VERSION } from '../model/result.js';
import { discoverInputs } from '../sources/discover.js';
import { isUrlInput } from '../sources/index.js';
import { redactUrl as redactDatabaseUrl } from '../sources/db/shared.js';
import { toEvidence } from '../classify/evidence.js';
import type { InputTask } from './scan-input.js';
import { runTasks } from './worker-pool.js';
import { detectors } from '../detectors/index.js';
import { buildMethod, buildProcessingRecord } from './processing-record.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  include?: string[];
  exclude?: string[];
  sample: number | 'all';
  showValues: boolean;
  failOn: Severity;
  now: Date;
  version: string;
  /** `duckdb` reads CSV/TSV with DuckDB's parallel reader (--engine). */
  engine?: 'builtin' | 'duckdb';
  /** Organisation and title for report covers (datamin.yaml `organization`, --title). */
  organization?: string;
  project?: string;
  /** Worker threads; default: one per core. */
  jobs?: number;
  /**
   * Progress callback for the terminal line (see progress.ts): input being read, rows and bytes
   * so far, and the input's size when known (files; databases report rows only).
   */
  onProgress?: (input: string, rows: number, bytes: number, totalBytes: number | undefined) => void;
}

export interface RuleStage {
  purposeMap?: PurposeMap;
  rules: RuleMeta[];
  run(datasets: DatasetEvidence[], today: string): { findings: Finding[]; errors: ScanError[] };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A database URL as it may be shown: no password, no query parameter but the harmless ones. */
export function redactUrl(url: string): string {
  try {
    return redactDatabaseUrl(new URL(url));
  } catch {
    // Not parseable as a URL (sqlite:relative/path): it cannot carry a password.
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** The purpose map's file as reports show it: POSIX, relative to the working directory. */
function mapFile(map: PurposeMap, cwd: string): string | undefined {
  return map.file === undefined ? undefined : path.relative(cwd, map.file).split(path.sep).join('/');
}

/** Below this much input, starting workers (each loads every parser) costs more than it saves. */
const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

async function defaultJobs(files: readonly string[]): Promise<number> {
  if (files.length < 2) return 1;
  let total = 0;
  for (const file of files) total += await stat(file).then((s) => s.size, () => 0);
  return total >= PARALLEL_MIN_BYTES ? availableParallelism() : 1;
}

export async function runScan(options: ScanOptions, ruleStage?: RuleStage): Promise<{ result: ScanResult; evidence: DatasetEvidence[] }> {
  const started = Date.now();
  const errors: ScanError[] = [];
  const sources: SourceSummary[] = [];

  const urls = options.paths.filter(isUrlInput);
  const { files, missing } = await discoverInputs(
    options.paths.filter((p) => !isUrlInput(p)),
    { cwd: options.cwd, ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) },
  );
  for (const m of missing) errors.push({ code: 'source-error', level: 'error', file: m, message: 'no such file, folder or matching glob' });

  const sqlFiles = files.filter((f) => f.toLowerCase().endsWith('.sql'));
  const sqlCatalog = sqlFiles.length > 1 ? await (await import('../sources/sql/index.js')).collectSqlDeclarations(sqlFiles) : undefined;
  const common = {
    cwd: options.cwd,
    sample: options.sample,
    showValues: options.showValues,
    ...(sqlCatalog ? { sqlCatalog } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  };
  const tasks: InputTask[] = [
    ...files.map((file) => ({ ...common, file, label: path.relative(options.cwd, file).split(path.sep).join('/') || path.basename(file) })),
    ...urls.map((url) => ({ ...common, url, label: redactUrl(url) })),
  ];
  const outcomes = await runTasks(tasks, options.jobs ?? (await defaultJobs(files)), options.onProgress);

  const evidence: DatasetEvidence[] = [];
  for (const outcome of outcomes) {
    errors.push(...outcome.errors);
    evidence.push(...outcome.evidence.map(toEvidence));
    if (outcome.source) sources.push(outcome.source);
  }

  const today = options.now.toISOString().slice(0, 10);
  const ruled = ruleStage ? ruleStage.run(evidence, today) : { findings: [], errors: [] };
  errors.push(...ruled.errors);

  const fields = evidence.flatMap((e) => e.fields);
  fields.sort((a, b) => cmp(a.source, b.source) || cmp(a.dataset, b.dataset));
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
    method: buildMethod(detectors, options.sample),
  };
  return { result, evidence };
}
