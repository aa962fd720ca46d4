// The datamin command line: parses arguments with commander, wires the pipeline, writes
// reporter output, and returns the exit code (0 clean, 1 findings at/above --fail-on, 2 errors).
import type { Command } from 'commander';
import type * as Commander from 'commander';
import { requireCjs } from '../util/require-cjs.js';
import { printLine, processIo, safeLines, type Io } from './io.js';
import { UsageError, isKnownError, formatLocation } from './errors.js';
import { packageVersion } from './version.js';
import type { BaselineFlags } from './commands/baseline.js';
import { collectFormat } from './output-targets.js';
import { BASELINE_FILE_NAME } from '../baseline/index.js';
import { FORMAT_IDS } from '../reporters/formats.js';
import { SEVERITIES } from '../model/result.js';
import { DEFAULT_SAMPLE } from '../model/sample.js';

/** --sample means the same in every command (model/sample.ts). */
const SAMPLE_HELP = `values per field run through value detectors, drawn from the whole input, or 'all' (default: ${DEFAULT_SAMPLE}); a database returns as many rows per table`;

const { Command: CommandClass, CommanderError, Option } = requireCjs('commander') as typeof Commander;

// Each command's module is imported when the command runs: `--version`, `--help` and a scan do
// not pay for compiling the reporters, the report validator or the other commands.
export const EXIT_HELP = `
Exit status:
  0  no finding at or above --fail-on (default: high), and no error
  1  findings at or above --fail-on, or (with --fail-on-unused-accepts) unused exceptions, and no error
  2  usage, config, source, rule or output errors (every other input is still scanned and reported)`;

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new CommandClass('datamin')
    .description('Finds personal data in exports, schemas and databases, and checks it against your purpose map.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .addHelpText('after', EXIT_HELP)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(safeLines(s)),
    })
    .exitOverride()
    .showHelpAfterError('(run datamin --help for usage)');

  program
    .command('scan')
    .description('scan files, folders or globs and report the personal data in every field')
    .argument('[paths...]', 'files, folders, globs or database URLs to scan (default: the current folder unless --dbt is given)')
    .option('--include <glob...>', 'only scan files matching these globs')
    .option('--exclude <glob...>', 'skip files matching these globs')
    .option('--max-bytes <size>', 'the most a warehouse billed by bytes (BigQuery, Athena) may process for the scan, checked before anything runs (default: 10GB)')
    .option('--dbt <folder...>', "a dbt project's target folder (manifest.json, catalog.json) or project folder: scan its models and sources without a warehouse")
    .option('-f, --format <format[=file]>', `output format: ${FORMAT_IDS.join(', ')}; repeatable, each with its own file (--format sarif=datamin.sarif --format table); default: from the --output extension, else table (also when piped; scripts use --format json)`, collectFormat)
    .option('-o, --output <file>', 'write the report to a file instead of stdout (the format without its own =file)')
    .option('--baseline <file>', 'findings listed in this baseline file (datamin baseline) are accepted; only new ones fail')
    .option('--fail-on-unused-accepts', 'exit 1 when an accept: entry of datamin.yaml or a baseline entry matched no finding (they are always reported)')
    .option('--changed-only', 'scan only inputs changed since --since (committed on the branch, uncommitted and untracked)')
    .option('--since <ref>', 'git ref for --changed-only, e.g. origin/main (implies --changed-only)')
    .option('-c, --config <file>', 'the purpose map (default: datamin.yaml in the scanned folder or its parents)')
    .option('--sample <n>', SAMPLE_HELP)
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: high)').choices([...SEVERITIES]))
    .option('-j, --jobs <n>', 'threads scanning inputs, and byte ranges of CSV and NDJSON files of 128 MiB or more, in parallel (default: one per core when inputs total 64 MB or more, else 1)')
    .option('--show-values', 'show raw values as evidence (they are redacted by default)')
    .option('-q, --quiet', 'no progress display')
    .option('-v, --verbose', 'list every field, also those without personal data')
    .option('--no-color', 'no colours in terminal output')
    .option('--title <text>', 'report title on the cover (html, pdf)')
    .option('--organization <name>', 'organisation on the cover (html, pdf; default: datamin.yaml `organization`)')
    .addHelpText('after', EXIT_HELP)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      setExit(await (await import('./commands/scan.js')).scanCommand(paths, opts, io));
    });

  program
    .command('baseline')
    .description(`scan, then write ${BASELINE_FILE_NAME}: the current findings, accepted so that CI fails only on new ones`)
    .argument('[paths...]', 'files, folders or globs to scan', ['.'])
    .option('-o, --output <file>', `baseline file to write (default: ${BASELINE_FILE_NAME})`)
    .option('--prune', 'drop entries whose finding no longer occurs')
    .option('-c, --config <file>', 'the purpose map (default: datamin.yaml in the scanned folder or its parents)')
    .option('--include <glob...>', 'only scan files matching these globs')
    .option('--exclude <glob...>', 'skip files matching these globs')
    .option('--sample <n>', SAMPLE_HELP)
    .option('-j, --jobs <n>', 'threads scanning inputs and byte ranges of big CSV and NDJSON files in parallel')
    .option('-q, --quiet', 'no progress display')
    .action(async (paths: string[], opts: BaselineFlags) => {
      setExit(await (await import('./commands/baseline.js')).baselineCommand(paths, opts, io));
    });

  program
    .command('explain')
    .description('scan, then show for one field every piece of evidence for and against each category, its weight, and the verdict')
    .argument('<dataset.field>', 'the field to explain, as the scan names it (customers.email, resume.basics.name)')
    .argument('[paths...]', 'files, folders or globs to scan', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--show-values', 'show raw example values (they are redacted by default)')
    .option('-c, --config <file>', 'the purpose map (default: datamin.yaml in the scanned folder or its parents)')
    .option('--include <glob...>', 'only scan files matching these globs')
    .option('--exclude <glob...>', 'skip files matching these globs')
    .option('--sample <n>', SAMPLE_HELP)
    .addHelpText('after', EXIT_HELP.replace('1  findings at or above --fail-on', '1  (not used)').replace('usage, config or source errors', 'usage, config or source errors, or no such field'))
    .action(async (target: string, paths: string[], opts: Record<string, unknown>) => {
      setExit(await (await import('./commands/explain.js')).explainCommand(target, paths, opts, io));
    });

  const detectorsCommand = program
    .command('detectors')
    .description('list the detectors (built-in and declared in datamin.yaml) and the categories they find')
    .option('--json', 'print as JSON')
    .option('-c, --config <file>', 'datamin.yaml whose detectors to list (default: found from the working directory up)')
    .action(async (opts: { json?: boolean; config?: string }) => {
      setExit(await (await import('./commands/detectors.js')).detectorsCommand(opts, io));
    });
  detectorsCommand
    .command('test')
    .description('show what one detector decides on a field name or on the values of a file (one per line)')
    .argument('<id>', "the detector's id (datamin detectors lists them)")
    .option('--values <file>', 'a file of values, one per line: which lines match (values are not printed)')
    .option('--name <name>', 'a field name or dotted path: whether it matches, and why')
    .option('-c, --config <file>', 'datamin.yaml declaring the detector (default: found from the working directory up)')
    .action(async (id: string, opts: { values?: string; name?: string; config?: string }) => {
      setExit(await (await import('./commands/detectors.js')).detectorTestCommand(id, opts, io));
    });

  program
    .command('rules')
    .description('list the rules with the severity that applies after datamin.yaml')
    .option('-c, --config <file>', 'the purpose map (default: datamin.yaml here or in a parent folder)')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean; config?: string }) => {
      setExit(await (await import('./commands/rules.js')).rulesCommand(opts, io));
    });

  program
    .command('init')
    .description('scan, then write a draft datamin.yaml listing every personal field with a TODO purpose')
    .argument('[paths...]', 'files, folders or globs to scan', ['.'])
    .option('-o, --output <file>', 'where to write the draft (default: datamin.yaml in the scanned folder)')
    .option('--force', 'overwrite an existing file')
    .option('--sample <n>', SAMPLE_HELP)
    .action(async (paths: string[], opts: { sample?: string; force?: boolean; output?: string }) => {
      setExit(await (await import('./commands/init.js')).initCommand(paths, opts, io));
    });

  program
    .command('report')
    .description('render a saved JSON result (datamin scan --format json) in another format, without rescanning')
    .argument('<result>', 'the JSON result file; it must validate against schemas/scan-result.schema.json')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --output extension, else table)').choices(FORMAT_IDS))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--title <text>', 'report title on the cover (html, pdf)')
    .option('--organization <name>', 'organisation on the cover (default: datamin.yaml `organization` at scan time)')
    .option('-v, --verbose', 'list every field, also those without personal data (table)')
    .option('--no-color', 'no colours in terminal output')
    .action(async (file: string, opts: Record<string, unknown>) => {
      setExit(await (await import('./commands/report.js')).reportCommand(file, opts, io));
    });

  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every parse error is a usage error (2), never 1 ("findings").
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof UsageError || isKnownError(error)) {
      printLine(io.stderr, `datamin: ${formatLocation(error as { file?: string })}${error.message}`);
      return 2;
    }
    printLine(io.stderr, `datamin: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${safeLines(error.stack)}\n`);
    else io.stderr.write('Run again with --debug to see the stack trace, and report it at the project issue tracker.\n');
    return 2;
  }
}
