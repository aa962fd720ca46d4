// `datamin baseline`: scans, then writes .datamin-baseline.json with every current finding that
// no `accept:` entry of datamin.yaml covers (those stay governed by their reason and expiry).
// Existing entries keep their accepted day; `--prune` drops entries no longer found.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printLine, type Io } from '../io.js';
import { writeOutputFile } from '../output-file.js';
import { acceptancesOf, scanWithPolicy, type ScanFlags } from './scan.js';
import { BASELINE_FILE_NAME, applyBaseline, buildBaseline, parseBaseline, serializeBaseline, type Baseline } from '../../baseline/index.js';

export interface BaselineFlags extends Pick<ScanFlags, 'include' | 'exclude' | 'sample' | 'jobs' | 'config' | 'quiet'> {
  /** Where to write (default: .datamin-baseline.json in the working directory). */
  output?: string;
  prune?: boolean;
}

async function readExisting(file: string, shown: string): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseBaseline(text, shown);
}

export async function baselineCommand(paths: string[], flags: BaselineFlags, io: Io): Promise<number> {
  const shown = flags.output ?? BASELINE_FILE_NAME;
  const file = path.resolve(io.cwd, shown);
  // A broken existing file stops here (exit 2) rather than being overwritten unseen.
  const previous = await readExisting(file, shown);
  const scanned = await scanWithPolicy(paths, { ...flags, failOn: 'info' }, io, [file]);
  if (typeof scanned === 'number') return scanned;
  const { result, policy } = scanned;
  const errors = result.errors.filter((e) => e.level === 'error');
  if (errors.length > 0) {
    // A baseline from a partial scan would list the unread inputs' findings as resolved later.
    for (const e of errors) printLine(io.stderr, `datamin: ${e.file ? `${e.file}: ` : ''}${e.message}`);
    printLine(io.stderr, `datamin: the scan had errors; ${shown} was not written`);
    return 2;
  }
  const today = result.startedAt.slice(0, 10);
  const governed = applyBaseline(result.findings, { acceptances: acceptancesOf(policy), today }).findings;
  const findings = governed.filter((f) => f.acceptance?.by !== 'config');
  const baseline = buildBaseline(findings, { today, ...(previous ? { previous } : {}), ...(flags.prune ? { prune: true } : {}) });
  await writeOutputFile(file, serializeBaseline(baseline), shown);

  const before = new Set(previous?.findings.map((e) => e.fingerprint));
  const after = new Set(baseline.findings.map((e) => e.fingerprint));
  const added = baseline.findings.filter((e) => !before.has(e.fingerprint)).length;
  const dropped = [...before].filter((fp) => !after.has(fp)).length;
  const current = new Set(findings.map((f) => f.fingerprint));
  const resolvedKept = baseline.findings.filter((e) => !current.has(e.fingerprint)).length;
  const parts = [`${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'}`, `${added} added`];
  if (flags.prune) parts.push(`${dropped} pruned`);
  else if (resolvedKept > 0) parts.push(`${resolvedKept} no longer found (drop them with --prune)`);
  const skipped = governed.length - findings.length;
  if (skipped > 0) parts.push(`${skipped} left to accept: entries of datamin.yaml`);
  printLine(io.stderr, `datamin: wrote ${shown}: ${parts.join(', ')}`);
  return 0;
}
