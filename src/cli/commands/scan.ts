// `datamin scan`: options → pipeline → baseline and acceptances → reporter outputs → exit code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printLine, type Io } from '../io.js';
import { UsageError } from '../errors.js';
import { packageVersion } from '../version.js';
import { outputsGuard, writeOutputFile } from '../output-file.js';
import { runScan } from '../../scan/pipeline.js';
import { configSearchStart, loadPolicy, ruleStage, type Policy } from '../../scan/policy.js';
import { resolveTargets, type FormatSpec, type OutputTarget } from '../output-targets.js';
import { decidableDatasets, selectChanged } from '../changed-only.js';
import { applyBaseline, parseBaseline, BaselineError, BASELINE_FILE_NAME, type AcceptanceRule, type Baseline } from '../../baseline/index.js';
import { severityRank, type Finding, type ScanError, type ScanResult, type Severity } from '../../model/result.js';
import { DEFAULT_SAMPLE, type SampleSize } from '../../model/sample.js';
import { ProgressTracker, showsProgress } from '../progress.js';

export interface ScanFlags {
  include?: string[];
  exclude?: string[];
  /** Repeatable `--format <id>[=<file>]`. */
  format?: FormatSpec[];
  output?: string;
  sample?: string;
  jobs?: string;
  failOn?: Severity;
  config?: string;
  /** `--baseline <file>`: findings listed there are accepted. */
  baseline?: string;
  changedOnly?: boolean;
  since?: string;
  showValues?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
  /** Cover of html/pdf reports. */
  title?: string;
  organization?: string;
  /** `--max-bytes <size>`: what a warehouse billed by bytes may process (default 10GB). */
  maxBytes?: string;
  /** `--dbt <folder...>`: dbt target or project folders, scanned as `dbt:<folder>` inputs. */
  dbt?: string[];
  /** `--fail-on-unused-accepts`: an `accept:` or baseline entry that no finding used exits 1. */
  failOnUnusedAccepts?: boolean;
}

export function parsePositiveInt(value: string, flag: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} expects a positive whole number, got '${value}'`);
  return Number(value);
}

/** `--max-bytes 10GB`: bytes as a whole number with an optional decimal unit (KB, MB, GB, TB). */
export function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?$/i.exec(value.trim());
  const units: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };
  if (!m || Number(m[1]) <= 0) throw new UsageError(`--max-bytes expects a size such as 500MB or 10GB, got '${value}'`);
  return Math.floor(Number(m[1]) * units[(m[2] ?? 'B').toUpperCase()]);
}

/** `--sample N` or `--sample all` (every value through every value detector). */
export function parseSample(value: string): SampleSize {
  return value === 'all' ? 'all' : parsePositiveInt(value, '--sample');
}

export function exitCodeFor(result: ScanResult, options: { failOnUnusedAccepts?: boolean } = {}): number {
  if (result.errors.some((e) => e.level === 'error')) return 2;
  const threshold = severityRank(result.settings.failOn);
  const failing = result.findings.some((f) => f.baseline !== 'accepted' && severityRank(f.severity) >= threshold);
  const unused = options.failOnUnusedAccepts === true && (result.errors.some((e) => e.code === UNUSED_ACCEPT) || (result.resolved?.length ?? 0) > 0);
  return failing || unused ? 1 : 0;
}

/** The code of the warning for an `accept:` entry that matched no finding. */
export const UNUSED_ACCEPT = 'accept-unused';

/**
 * A warning per `accept:` entry no finding used, at its line. With --changed-only, an entry is
 * judged only when the scan saw its dataset (a named one) or the config changed (one without).
 */
function unusedAcceptWarnings(unused: readonly AcceptanceRule[], cwd: string, decidable: PolicyScan['decidable']): ScanError[] {
  return unused
    .filter((rule) => !decidable || (rule.dataset?.includes('*') ? false : decidable(rule.dataset)))
    .map((rule) => {
      const where = [rule.dataset, rule.field].filter((s) => s !== undefined).join(' ');
      return {
        code: UNUSED_ACCEPT,
        level: 'warning' as const,
        ...(rule.file === undefined ? {} : { file: portable(rule.file, cwd) }),
        ...(rule.line === undefined ? {} : { line: rule.line }),
        message: `accept entry for ${rule.rule}${where === '' ? '' : ` on ${where}`} matched no finding; remove it if the finding is gone`,
      };
    });
}

export function useColor(io: Io, stream: Io['stdout'], flag: boolean): boolean {
  if (!flag || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** DATAMIN_RANGE_BYTES: split CSV files from twice this size into ranges of it (tests use small values). */
function rangeBytesFrom(env: Record<string, string | undefined>): { rangeBytes?: number } {
  const bytes = Number(env.DATAMIN_RANGE_BYTES);
  return Number.isInteger(bytes) && bytes > 0 ? { rangeBytes: bytes } : {};
}

/** A POSIX path relative to cwd for an absolute one (the config file), so reports stay portable. */
function portable(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
}

function portableFinding(finding: Finding, cwd: string): Finding {
  const { source, acceptance } = finding;
  return {
    ...finding,
    ...(source === undefined || /^[a-z][a-z0-9+.-]+:/i.test(source) ? {} : { source: portable(source, cwd) }),
    ...(acceptance?.file === undefined ? {} : { acceptance: { ...acceptance, file: portable(acceptance.file, cwd) } }),
  };
}

/** The `accept:` entries of the loaded datamin.yaml. */
export function acceptancesOf(policy: Policy): AcceptanceRule[] {
  return policy.config?.accept ?? [];
}

export interface PolicyScan {
  result: ScanResult;
  policy: Policy;
  /** With --changed-only: whether the scan saw enough to judge findings about a dataset. */
  decidable?: (dataset: string | undefined) => boolean;
}

/**
 * Loads datamin.yaml and the rules, then scans (only the changed inputs with --changed-only).
 * Returns the exit code instead when the configuration has problems (printed to stderr).
 */
export async function scanWithPolicy(paths: string[], flags: Omit<ScanFlags, 'format' | 'color'>, io: Io, outputs: readonly string[] = [], extra: { keepEvidence?: boolean } = {}): Promise<PolicyScan | number> {
  const flagSample = flags.sample === undefined ? undefined : parseSample(flags.sample);
  const jobs = flags.jobs === undefined ? undefined : parsePositiveInt(flags.jobs, '--jobs');
  const maxBytes = flags.maxBytes === undefined ? undefined : parseBytes(flags.maxBytes);
  if (flags.changedOnly && flags.since === undefined) throw new UsageError('--changed-only needs --since <ref>, for example --since origin/main');
  const policy = await loadPolicy({
    ...(flags.config ? { explicitConfig: flags.config } : {}),
    searchFrom: await configSearchStart(paths, io.cwd),
    cwd: io.cwd,
  });
  if (policy.errors.length > 0) {
    for (const e of policy.errors) printLine(io.stderr, `datamin: ${e.format(io.cwd)}`);
    io.stderr.write(`datamin: ${policy.errors.length} problem${policy.errors.length === 1 ? '' : 's'} in the configuration; nothing was scanned\n`);
    return 2;
  }
  const settings = policy.config?.scan ?? {};
  const organization = flags.organization ?? policy.config?.organization;
  const sample = flagSample ?? settings.sample ?? DEFAULT_SAMPLE;
  const failOn = flags.failOn ?? settings.failOn ?? 'high';
  const include = flags.include ?? settings.include;
  // The baseline file is JSON too: never scan it as a data export.
  const exclude = [...(flags.exclude ?? settings.exclude ?? []), BASELINE_FILE_NAME, ...(flags.baseline ? [portable(path.resolve(io.cwd, flags.baseline), io.cwd)] : [])];
  const filters = { ...(include ? { include } : {}), exclude };
  const selection = flags.since === undefined ? undefined : await selectChanged(paths, { cwd: io.cwd, since: flags.since, ...filters });
  if (selection && !flags.quiet) {
    const files = selection.paths.length;
    printLine(io.stderr, `datamin: --changed-only: scanning ${files} of ${selection.discovered} input${selection.discovered === 1 ? '' : 's'} changed since ${flags.since}`);
  }
  // A terminal that reports no width (some CI pseudo-terminals) would make ora redraw forever.
  const showProgress = showsProgress({ quiet: flags.quiet, isTTY: io.stderr.isTTY === true && io.stderr.columns !== 0 });
  const spinner = showProgress ? (await import('ora')).default({ text: 'scanning', stream: io.stderr as NodeJS.WritableStream }).start() : undefined;
  const progress = new ProgressTracker();
  try {
    const { result } = await runScan({
      paths: selection?.paths ?? paths,
      ...(selection ? { scanRoots: selection.roots, partial: true } : {}),
      cwd: io.cwd,
      ...filters,
      sample,
      ...(maxBytes === undefined ? {} : { maxBytes }),
      showValues: flags.showValues === true,
      ...(extra.keepEvidence ? { keepEvidence: true } : {}),
      ...(organization === undefined ? {} : { organization }),
      ...(flags.title === undefined ? {} : { project: flags.title }),
      failOn,
      ...(jobs === undefined ? {} : { jobs }),
      ...(policy.config?.overrides.length ? { overrides: policy.config.overrides } : {}),
      ...(policy.config?.detectors.length ? { customDetectors: policy.config.detectors } : {}),
      ...outputsGuard(outputs, io.cwd),
      ...rangeBytesFrom(io.env),
      now: io.now(),
      version: packageVersion(),
      onProgress(file, rows, bytes, totalBytes) {
        if (!spinner) return;
        const line = progress.update({ label: file, rows, bytes, ...(totalBytes === undefined ? {} : { totalBytes }) }, Date.now());
        if (line !== undefined) spinner.text = line;
      },
    }, ruleStage(policy));
    result.findings = result.findings.map((f) => portableFinding(f, io.cwd));
    if (!selection) return { result, policy };
    const decidable = await decidableDatasets(result, selection.changed, policy.config?.file);
    result.findings = result.findings.filter((f) => decidable(f.dataset));
    return { result, policy, decidable };
  } finally {
    spinner?.stop();
  }
}

/** Reads and checks `--baseline FILE`; a missing or broken file is a usage problem (exit 2). */
export async function readBaselineFile(file: string, cwd: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new BaselineError("baseline file not found (create it with 'datamin baseline')", file);
  }
  return parseBaseline(text, file);
}

async function writeTargets(result: ScanResult, targets: readonly OutputTarget[], flags: ScanFlags, io: Io): Promise<void> {
  // Loaded only now: the reporters are not needed, and not worth compiling, while the scan runs.
  const { reporters } = await import('../../reporters/index.js');
  for (const target of targets) {
    const rendered = await reporters[target.format](result, {
      color: target.file === undefined ? useColor(io, io.stdout, flags.color) : false,
      verbose: flags.verbose === true,
      ...(io.stdout.columns ? { width: io.stdout.columns } : {}),
    });
    if (target.file === undefined) {
      io.stdout.write(rendered);
      continue;
    }
    await writeOutputFile(path.resolve(io.cwd, target.file), rendered, target.file);
  }
}

export async function scanCommand(paths: string[], raw: Record<string, unknown>, io: Io): Promise<number> {
  const flags = raw as unknown as ScanFlags;
  // Usage problems (targets, baseline file) before the scan, so a typo costs no scanning time.
  const targets = resolveTargets(flags.format ?? [], flags.output, io.stdout.isTTY === true);
  const baseline = flags.baseline === undefined ? undefined : await readBaselineFile(flags.baseline, io.cwd);
  const outputs = targets.flatMap((t) => (t.file === undefined ? [] : [t.file]));
  const inputs = [...paths, ...(flags.dbt ?? []).map((folder) => `dbt:${folder}`)];
  const scanned = await scanWithPolicy(inputs.length > 0 ? inputs : ['.'], flags, io, outputs);
  if (typeof scanned === 'number') return scanned;
  const { result, policy, decidable } = scanned;
  const acceptances = acceptancesOf(policy);
  if (baseline || acceptances.length > 0) {
    const outcome = applyBaseline(result.findings, { ...(baseline ? { baseline } : {}), acceptances, today: result.startedAt.slice(0, 10) });
    result.findings = outcome.findings.map((f) => portableFinding(f, io.cwd));
    // A baseline entry about a dataset --changed-only did not scan is not resolved, just unseen.
    if (outcome.resolved) result.resolved = decidable ? outcome.resolved.filter((r) => decidable(r.dataset)) : outcome.resolved;
    const unused = unusedAcceptWarnings(outcome.unusedAcceptances, io.cwd, decidable);
    if (unused.length > 0) result.errors = [...result.errors, ...unused].sort((a, b) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  }
  await writeTargets(result, targets, flags, io);
  return exitCodeFor(result, { failOnUnusedAccepts: flags.failOnUnusedAccepts === true });
}
