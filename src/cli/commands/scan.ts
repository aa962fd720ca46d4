// `datamin scan`: options → pipeline → reporter output → exit code.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ora from 'ora';
import type { Io } from '../io.js';
import { UsageError } from '../errors.js';
import { packageVersion } from '../version.js';
import { runScan } from '../scan-pipeline.js';
import { configSearchStart, loadPolicy, ruleStage } from '../policy.js';
import { reporters, type FormatId } from '../../reporters/index.js';
import { severityRank, type ScanResult, type Severity } from '../../model/result.js';

export interface ScanFlags {
  include?: string[];
  exclude?: string[];
  format?: FormatId;
  output?: string;
  sample?: string;
  jobs?: string;
  failOn?: Severity;
  config?: string;
  showValues?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
}

export function parsePositiveInt(value: string, flag: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} expects a positive whole number, got '${value}'`);
  return Number(value);
}

/** `--sample N` or `--sample all` (every value through every value detector). */
export function parseSample(value: string): number | 'all' {
  return value === 'all' ? 'all' : parsePositiveInt(value, '--sample');
}

export function exitCodeFor(result: ScanResult): number {
  if (result.errors.some((e) => e.level === 'error')) return 2;
  const threshold = severityRank(result.settings.failOn);
  const failing = result.findings.some((f) => f.baseline !== 'accepted' && severityRank(f.severity) >= threshold);
  return failing ? 1 : 0;
}

export function useColor(io: Io, stream: Io['stdout'], flag: boolean): boolean {
  if (!flag || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

function defaultFormat(io: Io, output: string | undefined): FormatId {
  if (output) return path.extname(output).toLowerCase() === '.json' ? 'json' : 'table';
  return io.stdout.isTTY ? 'table' : 'json';
}

const DEFAULT_SAMPLE = 10_000;

export async function scanCommand(paths: string[], raw: Record<string, unknown>, io: Io): Promise<number> {
  const flags = raw as unknown as ScanFlags;
  const flagSample = flags.sample === undefined ? undefined : parseSample(flags.sample);
  const jobs = flags.jobs === undefined ? undefined : parsePositiveInt(flags.jobs, '--jobs');
  const policy = await loadPolicy({
    ...(flags.config ? { explicitConfig: flags.config } : {}),
    searchFrom: await configSearchStart(paths, io.cwd),
    cwd: io.cwd,
  });
  if (policy.errors.length > 0) {
    for (const e of policy.errors) io.stderr.write(`datamin: ${e.format(io.cwd)}\n`);
    io.stderr.write(`datamin: ${policy.errors.length} problem${policy.errors.length === 1 ? '' : 's'} in the configuration; nothing was scanned\n`);
    return 2;
  }
  const settings = policy.config?.scan ?? {};
  const sample = flagSample ?? settings.sample ?? DEFAULT_SAMPLE;
  const failOn = flags.failOn ?? settings.failOn ?? 'high';
  const include = flags.include ?? settings.include;
  const exclude = flags.exclude ?? settings.exclude;
  const spinner = !flags.quiet && io.stderr.isTTY ? ora({ text: 'scanning', stream: io.stderr as NodeJS.WritableStream }).start() : undefined;
  let lastUpdate = 0;
  try {
    const { result } = await runScan({
      paths,
      cwd: io.cwd,
      ...(include ? { include } : {}),
      ...(exclude ? { exclude } : {}),
      sample,
      showValues: flags.showValues === true,
      failOn,
      ...(jobs === undefined ? {} : { jobs }),
      now: io.now(),
      version: packageVersion(),
      onProgress(file, rows) {
        const now = Date.now();
        if (!spinner || now - lastUpdate < 100) return;
        lastUpdate = now;
        spinner.text = `${file}: ${rows.toLocaleString('en-US')} rows`;
      },
    }, ruleStage(policy));
    spinner?.stop();
    const format = flags.format ?? defaultFormat(io, flags.output);
    const target = flags.output ? undefined : io.stdout;
    const rendered = await reporters[format](result, {
      color: target ? useColor(io, target, flags.color) : false,
      verbose: flags.verbose === true,
      ...(io.stdout.columns ? { width: io.stdout.columns } : {}),
    });
    if (flags.output) await writeFile(path.resolve(io.cwd, flags.output), rendered);
    else io.stdout.write(rendered);
    return exitCodeFor(result);
  } finally {
    spinner?.stop();
  }
}
