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

/**
 * Resolves the targets: formats with their own file write there; at most one other format goes
 * to `--output` or stdout; with no `--format` at all, the default is table on a terminal and JSON
 * otherwise (or the format the `--output` extension names).
 */
export function resolveTargets(specs: readonly FormatSpec[], output: string | undefined, stdoutIsTty: boolean): OutputTarget[] {
  if (specs.length === 0) {
    if (output !== undefined) return [{ format: formatForFile(output), file: output }];
    return [{ format: stdoutIsTty ? 'table' : 'json' }];
  }
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
