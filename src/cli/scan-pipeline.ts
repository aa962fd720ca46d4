// Wires one scan: discover inputs → open sources → profile → rules → one ScanResult. Failures of
// one input become entries in `errors`; every other input is still scanned.
import path from 'node:path';
import type { DatasetEvidence, PurposeMap } from '../model/rule.js';
import type { OpenedSource, ReadContext } from '../model/dataset.js';
import type { ScanError, ScanResult, Severity, SourceSummary, RuleMeta, Finding } from '../model/result.js';
import { RESULT_SCHEMA_VERSION } from '../model/result.js';
import { discoverInputs } from '../sources/discover.js';
import { isUrlInput, openSource, openUrl } from '../sources/index.js';
import { DatasetProfiler, profileDataset, type ProfileOptions } from '../classify/profile-dataset.js';
import { detectorSet } from '../detectors/index.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  include?: string[];
  exclude?: string[];
  sample: number;
  showValues: boolean;
  failOn: Severity;
  now: Date;
  version: string;
  /** Progress callback for the spinner: input being read, rows so far. */
  onProgress?(input: string, rows: number): void;
}

export interface RuleStage {
  purposeMap?: PurposeMap;
  rules: RuleMeta[];
  run(datasets: DatasetEvidence[], today: string): { findings: Finding[]; errors: ScanError[] };
}

const MAX_WARNINGS_PER_INPUT = 20;

function describe(error: unknown): { message: string; line?: number } {
  if (error instanceof Error) {
    const line = (error as { line?: unknown }).line;
    return typeof line === 'number' ? { message: error.message, line } : { message: error.message };
  }
  return { message: String(error) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collects errors and warnings of one input, capping warnings so a ragged file cannot flood the report. */
class InputDiagnostics {
  private warnings = 0;
  private readonly detectorFailures = new Set<string>();
  constructor(
    private readonly errors: ScanError[],
    readonly file: string,
  ) {}

  warn(message: string, line?: number): void {
    this.warnings++;
    if (this.warnings <= MAX_WARNINGS_PER_INPUT) this.errors.push({ code: 'source-warning', level: 'warning', file: this.file, message, ...(line ? { line } : {}) });
  }

  error(error: unknown, suffix = ''): void {
    const d = describe(error);
    this.errors.push({ code: 'source-error', level: 'error', file: this.file, ...d, message: d.message + suffix });
  }

  detectorFailed(id: string, error: unknown): void {
    if (this.detectorFailures.has(id)) return;
    this.detectorFailures.add(id);
    // The message of a detector's exception could quote the value: keep only its type.
    const kind = error instanceof Error ? error.name : typeof error;
    this.errors.push({ code: 'detector-error', level: 'error', file: this.file, message: `detector ${id} failed (${kind}) and was skipped for this input` });
  }

  done(): void {
    if (this.warnings > MAX_WARNINGS_PER_INPUT) {
      this.errors.push({ code: 'source-warning', level: 'warning', file: this.file, message: `${this.warnings - MAX_WARNINGS_PER_INPUT} more warnings not shown` });
    }
  }
}

async function profileOpened(opened: OpenedSource, diag: InputDiagnostics, ctx: ReadContext, options: ProfileOptions): Promise<DatasetEvidence[]> {
  for (const w of opened.warnings ?? []) diag.warn(w.message, w.line);
  if (opened.interleaved) {
    // Datasets may be appended while streaming (a dump declares tables as it goes).
    const profilers: DatasetProfiler[] = [];
    const profilerFor = (i: number): DatasetProfiler => (profilers[i] ??= new DatasetProfiler(opened.datasets[i], options));
    opened.datasets.forEach((_, i) => profilerFor(i));
    try {
      for await (const { dataset, rows } of opened.interleaved(ctx)) profilerFor(dataset).add(rows);
    } catch (error) {
      const rows = profilers.reduce((n, p) => n + p.rows, 0);
      diag.error(error, ` (the ${rows} rows before it were scanned)`);
    }
    opened.datasets.forEach((_, i) => profilerFor(i));
    return Promise.all(profilers.map((p) => p.finish()));
  }
  const evidence: DatasetEvidence[] = [];
  for (const dataset of opened.datasets) {
    const outcome = await profileDataset(dataset, ctx, options);
    if (outcome.readError !== undefined) {
      const rows = outcome.evidence.summary.rows ?? 0;
      diag.error(outcome.readError, dataset.rows || dataset.batches ? ` (the ${rows} rows before it were scanned)` : '');
    }
    evidence.push(outcome.evidence);
  }
  return evidence;
}

export async function runScan(options: ScanOptions, ruleStage?: RuleStage): Promise<{ result: ScanResult; evidence: DatasetEvidence[] }> {
  const started = Date.now();
  const errors: ScanError[] = [];
  const sources: SourceSummary[] = [];
  const evidence: DatasetEvidence[] = [];
  const detectors = detectorSet();

  const urls = options.paths.filter(isUrlInput);
  const { files, missing } = await discoverInputs(
    options.paths.filter((p) => !isUrlInput(p)),
    { cwd: options.cwd, ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) },
  );
  for (const m of missing) errors.push({ code: 'source-error', level: 'error', file: m, message: 'no such file, folder or matching glob' });

  const inputs: Array<{ label: string; open: () => Promise<OpenedSource> }> = [
    ...files.map((file) => ({ label: path.relative(options.cwd, file).split(path.sep).join('/') || path.basename(file), open: () => openSource(file, options.cwd) })),
    ...urls.map((url) => ({ label: url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@'), open: () => openUrl(url, { cwd: options.cwd, sample: options.sample }) })),
  ];

  for (const input of inputs) {
    const diag = new InputDiagnostics(errors, input.label);
    let opened: OpenedSource;
    try {
      opened = await input.open();
    } catch (error) {
      diag.error(error);
      continue;
    }
    const ctx: ReadContext = {
      warn: (w) => diag.warn(w.message, w.line),
      progress: (_bytes, rows) => options.onProgress?.(input.label, rows),
    };
    const profileOptions: ProfileOptions = {
      sample: options.sample,
      showValues: options.showValues,
      detectors,
      onDetectorError: (id, error) => diag.detectorFailed(id, error),
    };
    try {
      evidence.push(...(await profileOpened(opened, diag, ctx, profileOptions)));
    } catch (error) {
      diag.error(error);
    } finally {
      await opened.close?.().catch((error: unknown) => diag.error(error));
    }
    diag.done();
    sources.push({
      path: opened.location,
      kind: opened.kind,
      datasets: opened.datasets.map((d) => d.name),
      ...(opened.sizeBytes === undefined ? {} : { bytes: opened.sizeBytes }),
    });
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
  };
  return { result, evidence };
}
