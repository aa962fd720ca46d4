// `datamin report RESULT.json`: renders a saved JSON result in any format without rescanning.
// The file must validate against the published result schema first; anything else is a usage
// problem reported in one line (exit 2), never a half-rendered report.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Io } from '../io.js';
import { UsageError } from '../errors.js';
import { refuseOutputsOntoInputs, writeOutputFile } from '../output-file.js';
import { refuseBinaryOnTerminal } from '../output-targets.js';
import { useColor } from './scan.js';
import { packageFile } from '../../config/index.js';
import { setCustomCategories } from '../../model/taxonomy.js';
import { FORMAT_IDS, reporters, type FormatId } from '../../reporters/index.js';
import type { ScanResult } from '../../model/index.js';

export interface ReportFlags {
  format?: FormatId;
  output?: string;
  /** Overrides the result's `project` on the cover. */
  title?: string;
  /** Overrides the result's `organization` on the cover. */
  organization?: string;
  verbose?: boolean;
  color: boolean;
}

let validator: ValidateFunction | undefined;

async function resultValidator(): Promise<ValidateFunction> {
  if (!validator) {
    const schema = JSON.parse(await readFile(packageFile('schemas/scan-result.schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** The first schema problem by JSON pointer; ajv's messages name rules, never the data. */
function describe(errors: readonly ErrorObject[]): string {
  const [first] = errors;
  if (!first) return 'it does not match the result schema';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : '';
  const extra = first.keyword === 'additionalProperties' ? ` '${String((first.params as { additionalProperty?: string }).additionalProperty)}'` : '';
  return `${first.instancePath || '/'} ${first.message ?? 'is invalid'}${extra}${more}`;
}

/** Reads, parses and validates a saved result; every failure is one line naming the file. */
export async function readResult(file: string, cwd: string): Promise<ScanResult> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`${file}: cannot read the file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text around the problem, which may be personal data: keep only where.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    throw new UsageError(`${file}: not JSON${at ? ` (syntax error at character ${at[1]})` : ''}; expected the output of 'datamin scan --format json'`);
  }
  const validate = await resultValidator();
  if (!validate(value)) {
    throw new UsageError(`${file}: not a datamin scan result: ${describe(validate.errors ?? [])} (schemas/scan-result.schema.json)`);
  }
  return value as ScanResult;
}

/** Format from `--format`, else from the `--output` extension, else table. */
export function reportFormat(flags: Pick<ReportFlags, 'format' | 'output'>): FormatId {
  if (flags.format) return flags.format;
  const extension = flags.output === undefined ? '' : path.extname(flags.output).toLowerCase().slice(1);
  const byExtension: Record<string, FormatId> = { md: 'markdown', xml: 'junit', htm: 'html' };
  const guess = byExtension[extension] ?? extension;
  return FORMAT_IDS.find((id) => id === guess) ?? 'table';
}

export async function reportCommand(file: string, raw: Record<string, unknown>, io: Io): Promise<number> {
  const flags = raw as unknown as ReportFlags;
  const format = reportFormat(flags);
  refuseBinaryOnTerminal([{ format, ...(flags.output === undefined ? {} : { file: flags.output }) }], io.stdout.isTTY === true);
  if (flags.output !== undefined) await refuseOutputsOntoInputs([{ file: path.resolve(io.cwd, flags.output), shown: flags.output }], [path.resolve(io.cwd, file)]);
  const saved = await readResult(file, io.cwd);
  // The custom categories of the scan travel in its result: the reports name and weigh them alike.
  setCustomCategories(saved.method?.categories ?? []);
  const result: ScanResult = {
    ...saved,
    ...(flags.title === undefined ? {} : { project: flags.title }),
    ...(flags.organization === undefined ? {} : { organization: flags.organization }),
  };
  const rendered = await reporters[format](result, {
    color: flags.output === undefined ? useColor(io, io.stdout, flags.color) : false,
    verbose: flags.verbose === true,
    ...(io.stdout.columns ? { width: io.stdout.columns } : {}),
  });
  if (flags.output === undefined) {
    io.stdout.write(rendered);
    return 0;
  }
  await writeOutputFile(path.resolve(io.cwd, flags.output), rendered, flags.output);
  return 0;
}
