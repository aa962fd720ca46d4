// Where each report goes: repeated `--format <id>[=<file>]` plus `--output <file>` turn into a
// list of (format, file | stdout) targets, so CI scans once and writes SARIF, JUnit and a
// terminal table from the same result (Spectral's per-format outputs, STYLE.md guideline 7).
import path from 'node:path';
import type * as Commander from 'commander';
import { requireCjs } from '../util/require-cjs.js';
import { FORMAT_IDS, type FormatId } from '../reporters/formats.js';
import { UsageError } from './errors.js';

const { InvalidArgumentError } = requireCjs('commander') as typeof Commander;

export interface FormatSpec {
  format: FormatId;
  /** Set by `--format sarif=out.sarif`; otherwise the report goes to --output or stdout. */
  file?: string;
}

export interface OutputTarget {
  format: FormatId;
  /** Undefined: stdout. */
  file?: string;
}

function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value);
}

/** commander argParser for a repeatable `--format`: `sarif` or `sarif=reports/datamin.sarif`. */
export function collectFormat(value: string, previous: FormatSpec[] | undefined): FormatSpec[] {
  const at = value.indexOf('=');
  const id = at < 0 ? value : value.slice(0, at);
  const file = at < 0 ? undefined : value.slice(at + 1);
  if (!isFormatId(id)) throw new InvalidArgumentError(`'${id}' is not a format (choose from ${FORMAT_IDS.join(', ')}; add =FILE to write it to a file)`);
  if (file === '') throw new InvalidArgumentError(`'${value}' names no file after '='`);
  return [...(previous ?? []), { format: id, ...(file === undefined ? {} : { file }) }];
}

/** The format a bare `--output` file gets: by extension, else table. */
export function formatForFile(file: string): FormatId {
  const byExtension: Record<string, FormatId> = {
    '.json': 'json',
    '.sarif': 'sarif',
    '.md': 'markdown',
    '.xml': 'junit',
    '.html': 'html',
    '.htm': 'html',
    '.pdf': 'pdf',
  };
  return byExtension[path.extname(file).toLowerCase()] ?? 'table';
}

/** Formats whose bytes are not text: never written to a terminal. */
const BINARY_FORMATS: readonly FormatId[] = ['pdf'];

/** A usage error for a binary report bound for a terminal (it would fill the screen with bytes). */
export function refuseBinaryOnTerminal(targets: readonly OutputTarget[], stdoutIsTty: boolean): void {
  const binary = targets.find((t) => t.file === undefined && BINARY_FORMATS.includes(t.format));
  if (binary && stdoutIsTty) {
    throw new UsageError(`a ${binary.format.toUpperCase()} is binary: write it with --output report.${binary.format} or --format ${binary.format}=report.${binary.format}, or redirect stdout to a file`);
  }
}

/**
 * Resolves the targets: formats with their own file write there; at most one other format goes
 * to `--output` or stdout; with no `--format` at all, the format the `--output` extension names,
 * else the table, also when stdout is a pipe (as ESLint does: `datamin scan | less` shows the
 * table; scripts ask for `--format json`). A binary format bound for a terminal is refused.
 */
export function resolveTargets(specs: readonly FormatSpec[], output: string | undefined, stdoutIsTty: boolean): OutputTarget[] {
  const targets = resolveUnchecked(specs, output);
  refuseBinaryOnTerminal(targets, stdoutIsTty);
  return targets;
}

function resolveUnchecked(specs: readonly FormatSpec[], output: string | undefined): OutputTarget[] {
  if (specs.length === 0) return [output === undefined ? { format: 'table' } : { format: formatForFile(output), file: output }];
  const unbound = specs.filter((s) => s.file === undefined);
  if (unbound.length > 1) {
    const [, second] = unbound;
    throw new UsageError(`only one --format can go to ${output === undefined ? 'stdout' : '--output'}; give the others a file, for example --format ${second?.format ?? 'sarif'}=datamin.${second?.format ?? 'sarif'}`);
  }
  if (output !== undefined && unbound.length === 0) throw new UsageError('--output has no format to write: every --format already names its own file');
  const files = specs.map((s) => s.file ?? output).filter((f): f is string => f !== undefined);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError(`two formats would write the same file '${twice}'`);
  return specs.map((s) => {
    const file = s.file ?? output;
    return { format: s.format, ...(file === undefined ? {} : { file }) };
  });
}
