// `datamin init`: scans, then writes a draft datamin.yaml listing every detected personal field
// under its dataset with a TODO purpose, so adoption starts with one command and a review.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { printLine, type Io } from '../io.js';
import { UsageError } from '../errors.js';
import { packageVersion } from '../version.js';
import { outputsGuard, writeOutputFile } from '../output-file.js';
import { runScan } from '../../scan/pipeline.js';
import { configSearchStart } from '../../scan/policy.js';
import type { ScanResult } from '../../model/result.js';
import { parseSample } from './scan.js';
import { DEFAULT_SAMPLE } from '../../model/sample.js';
import { formatLocation } from '../errors.js';
import { yamlCommentText, yamlKey } from '../../util/escape.js';

/**
 * A commented `overrides:` entry closing the draft: uncommented with a dataset and field filled
 * in, it is valid (README: "Correcting and extending the classifier").
 */
export const OVERRIDE_HINT = [
  '# Where datamin is wrong about a field, override it with a reason (README: Correcting and extending the classifier):',
  '# overrides:',
  '#   - dataset: DATASET',
  '#     field: FIELD',
  '#     personal: false             # or: categories: [contact.email]',
  '#     reason: TODO why the field holds no personal data',
];

const LEGAL_BASES = 'consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests';

/**
 * The draft: valid against the config schema, so `datamin scan` runs on it and flags each TODO.
 * Dataset and field names are keys from the scanned data: each is a plain key only when YAML reads
 * it back as the same string, otherwise double-quoted; names in comments keep to one line.
 */
export function draftConfig(result: ScanResult, today: string): string {
  const lines = [
    `# datamin purpose map: a draft written by \`datamin init\` on ${today} (datamin ${result.tool.version}).`,
    '# Review every TODO: name the purpose each personal field serves, its legal basis (GDPR Art. 6(1)),',
    '# its retention, and for special-category data an Art. 9(2) condition. Remove fields you should not hold.',
    'version: 1',
    'purposes:',
    '  todo:',
    '    description: TODO say why this data is processed, then rename this purpose',
    `    # legal_basis: TODO one of ${LEGAL_BASES}`,
    '    # retention: TODO an ISO 8601 duration such as P2Y, P6M or P30D',
    'datasets:',
  ];
  // Two files may share a stem (a/users.csv, b/users.csv): one key per name, fields merged.
  const byName = new Map<string, { sources: string[]; fields: ScanResult['fields'] }>();
  for (const d of result.datasets) {
    const entry = byName.get(d.name) ?? { sources: [], fields: [] };
    entry.sources.push(d.source);
    entry.fields.push(...result.fields.filter((f) => f.dataset === d.name && f.source === d.source));
    byName.set(d.name, entry);
  }
  let datasets = 0;
  for (const [name, { sources, fields }] of byName) {
    const personal = new Map<string, ScanResult['fields'][number]>();
    for (const f of fields) if (f.categories.length > 0 && !personal.has(f.field)) personal.set(f.field, f);
    if (personal.size === 0) continue;
    datasets++;
    lines.push(`  ${yamlKey(name)}:   # ${yamlCommentText(sources.join(', '))}`);
    const dateFields = [...new Set(fields.filter((f) => (f.stats.dates ?? 0) > 0 && f.categories.length === 0).map((f) => f.field))];
    if (dateFields.length > 0) lines.push(`    # retention_field: TODO the date a row's retention starts (candidates: ${yamlCommentText(dateFields.join(', '))})`);
    lines.push('    fields:');
    for (const f of personal.values()) {
      const cats = f.categories.map((c) => `${c.id} ${c.confidence.toFixed(2)}`).join(', ');
      lines.push(`      ${yamlKey(f.field)}: [todo]   # ${yamlCommentText(cats)}`);
    }
  }
  if (datasets === 0) lines[lines.length - 1] = 'datasets: {}   # no personal data was found';
  // Where detection is wrong, the fix is an override with a reason, not a deleted field.
  lines.push(...OVERRIDE_HINT);
  return `${lines.join('\n')}\n`;
}

export async function initCommand(paths: string[], opts: { sample?: string; force?: boolean; output?: string }, io: Io): Promise<number> {
  const sample = opts.sample === undefined ? DEFAULT_SAMPLE : parseSample(opts.sample);
  const folder = await configSearchStart(paths, io.cwd);
  const target = path.resolve(io.cwd, opts.output ?? path.join(folder, 'datamin.yaml'));
  if (!opts.force) {
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) throw new UsageError(`${path.relative(io.cwd, target) || target} already exists; use --force to overwrite it`);
  }
  const shown = path.relative(io.cwd, target) || target;
  const { result } = await runScan({ paths, cwd: io.cwd, sample, showValues: false, failOn: 'high', now: io.now(), version: packageVersion(), ...outputsGuard([target], io.cwd) });
  for (const e of result.errors) printLine(io.stderr, `datamin: ${e.level}: ${formatLocation(e)}${e.message}`);
  await writeOutputFile(target, draftConfig(result, io.now().toISOString().slice(0, 10)), shown);
  const personal = result.fields.filter((f) => f.categories.length > 0).length;
  printLine(io.stdout, `wrote ${shown}: ${personal} personal fields in ${result.datasets.length} datasets to review`);
  return result.errors.some((e) => e.level === 'error') ? 2 : 0;
}
