// The terminal reporter: fields grouped by dataset and coloured by sensitivity, then findings,
// then errors, then a one-line summary. Reads only the finished (redacted) result.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CategoryMatch, FieldProfile, Finding, ScanResult, Severity } from '../model/result.js';
import { SEVERITIES } from '../model/result.js';
import { categoryInfo, type Sensitivity } from '../model/taxonomy.js';
import { mapStrings, visibleControls } from '../util/escape.js';
import type { Reporter } from './types.js';
import { linkabilityNote } from './linkability-note.js';
import { remediationFor } from './remediation.js';

function paint(c: ChalkInstance): Record<Sensitivity | Severity, (s: string) => string> {
  return {
    critical: (s) => c.red.bold(s),
    high: (s) => c.red(s),
    medium: (s) => c.yellow(s),
    low: (s) => c.cyan(s),
    info: (s) => c.gray(s),
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function why(m: CategoryMatch): string {
  const parts: string[] = [];
  if (m.setBy === 'purpose-map') parts.push('set by the purpose map');
  if (m.labels?.length) parts.push(`by ${m.labels.join(', ')}`);
  const nameReason = m.reasons.find((r) => r.startsWith('name:'));
  if (nameReason) parts.push(nameReason.replace(/^name: /, '').replace(/ \([^)]*\)$/, ''));
  const lineage = m.reasons.find((r) => r.startsWith('lineage:'));
  if (lineage) parts.push(lineage.replace(/^lineage: /, '').replace(/ \([^)]*\)$/, ''));
  if (m.sampled > 0 && m.matched > 0) {
    parts.push(m.embedded ? `${m.matched}/${m.sampled} values embed one (${((100 * m.matched) / m.sampled).toFixed(1)}%)` : `${m.matched}/${m.sampled} values match`);
  }
  return parts.join('; ');
}

function fieldLines(f: FieldProfile, c: ChalkInstance, colours: ReturnType<typeof paint>): string[] {
  return f.categories.map((m, i) => {
    const cat = categoryInfo(m.id);
    const name = i === 0 ? pad(f.field, 28) : pad('', 28);
    const label = colours[cat.sensitivity](pad(m.id, 28));
    const examples = m.examples.length > 0 ? c.gray(`  e.g. ${m.examples.join(', ')}`) : '';
    return `  ${name} ${label} ${m.confidence.toFixed(2)}  ${why(m)}${examples}`;
  });
}

/** Indent of a finding's message and fix lines, under its severity. */
const INDENT = '           ';

/**
 * Words of `text` in lines of at most `width` columns after the indent (a word longer than that
 * stays whole on its own line); the text as one line when the width is unknown or too narrow.
 */
export function wrap(text: string, width: number | undefined): string[] {
  const room = width === undefined ? Infinity : width - INDENT.length;
  if (room < 20 || text.length <= room) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function findingLines(findings: readonly Finding[], result: ScanResult, c: ChalkInstance, colours: ReturnType<typeof paint>, width: number | undefined): string[] {
  const accepted = findings.filter((f) => f.baseline === 'accepted').length;
  const lines: string[] = [c.bold(`Findings (${findings.length - accepted} open${accepted > 0 ? `, ${accepted} accepted` : ''})`)];
  const sorted = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  for (const f of sorted) {
    const where = [f.dataset, f.field].filter(Boolean).join('.');
    const tag = f.baseline === 'accepted' ? c.gray(' (accepted)') : f.acceptance?.expired ? c.red(' (acceptance expired)') : f.baseline === 'new' ? c.yellow(' (new)') : '';
    lines.push(`  ${colours[f.severity](pad(f.severity.toUpperCase(), 8))} ${pad(where, 30)} ${c.gray(f.ruleId)}${tag}`);
    for (const line of wrap(f.message, width)) lines.push(`${INDENT}${line}`);
    // Where the field is declared (a schema, model or contract line), so an editor can jump there.
    if (f.source && f.line) lines.push(c.gray(`${INDENT}at ${f.source}:${f.line}`));
    const fix = remediationFor(result, f);
    if (fix) for (const line of wrap(`fix: ${fix.trim().split('\n')[0]}`, width)) lines.push(c.gray(`${INDENT}${line}`));
  }
  return lines;
}

/** The footer: personal fields, open findings by severity and accepted ones apart (they never fail the scan). */
function summaryLine(result: ScanResult): string {
  const personal = result.fields.filter((f) => f.categories.length > 0).length;
  const open = result.findings.filter((f) => f.baseline !== 'accepted');
  const accepted = result.findings.length - open.length;
  const bySeverity = SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const errors = result.errors.filter((e) => e.level === 'error').length;
  const parts = [
    `${personal} personal field${personal === 1 ? '' : 's'} in ${result.datasets.length} dataset${result.datasets.length === 1 ? '' : 's'}`,
    bySeverity.length > 0 ? `open findings: ${bySeverity.join(', ')}` : 'no open findings',
  ];
  if (accepted > 0) parts.push(`${accepted} accepted`);
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  return parts.join('; ');
}

/**
 * The result with every string that can come from the scanned data (names, paths, messages,
 * reasons) made safe for a terminal: controls shown as `\x1b`-style escapes. Rule metadata is
 * datamin's own text and keeps its line breaks.
 */
function terminalSafe(result: ScanResult): ScanResult {
  const safe = <T>(value: T): T => mapStrings(value, visibleControls);
  return {
    ...result,
    sources: safe(result.sources),
    datasets: safe(result.datasets),
    fields: safe(result.fields),
    findings: safe(result.findings),
    errors: safe(result.errors),
    ...(result.resolved ? { resolved: safe(result.resolved) } : {}),
  };
}

export const table: Reporter = (raw, options) => {
  const result = terminalSafe(raw);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const colours = paint(c);
  const out: string[] = [];
  const rows = result.datasets.reduce((n, d) => n + (d.rows ?? 0), 0);
  out.push(
    c.bold(`datamin ${result.tool.version}`) +
      ` scanned ${result.sources.length} source${result.sources.length === 1 ? '' : 's'}, ${result.datasets.length} dataset${result.datasets.length === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows`,
    '',
  );
  const byDataset = groupBy(result.fields, (f) => `${f.source}\u0000${f.dataset}`);
  let hidden = 0;
  for (const d of result.datasets) {
    const fields = byDataset.get(`${d.source}\u0000${d.name}`) ?? [];
    const personal = fields.filter((f) => f.categories.length > 0);
    // A schema of 150 tables buried its 20 personal ones: the others only with -v.
    if (personal.length === 0 && !options.verbose) {
      hidden += 1;
      continue;
    }
    const rowInfo = d.rows === undefined ? '' : `, ${d.rows.toLocaleString('en-US')} rows`;
    out.push(`${c.bold(d.name)} ${c.gray(`(${d.source}${rowInfo}, ${d.fields} fields)`)}`);
    if (d.linkability) out.push(c.cyan(`  ${linkabilityNote(d.linkability)}`));
    for (const f of personal) out.push(...fieldLines(f, c, colours));
    const others = fields.filter((f) => f.categories.length === 0).map((f) => f.field);
    if (personal.length === 0) out.push(c.gray('  no personal data found'));
    if (others.length > 0) {
      const list = options.verbose || others.length <= 8 ? others.join(', ') : `${others.slice(0, 8).join(', ')}, … (${others.length - 8} more)`;
      out.push(c.gray(`  not personal: ${list}`));
    }
    out.push('');
  }
  if (hidden > 0) out.push(c.gray(`${hidden} dataset${hidden === 1 ? '' : 's'} without personal data not listed (-v lists them)`), '');
  if (result.findings.length > 0) out.push(...findingLines(result.findings, result, c, colours, options.width), '');
  if (result.resolved && result.resolved.length > 0) {
    out.push(c.bold(`Resolved since the baseline (${result.resolved.length})`));
    for (const r of result.resolved) out.push(c.green(`  ${pad(r.severity.toUpperCase(), 8)} ${pad([r.dataset, r.field].filter(Boolean).join('.'), 30)} ${r.ruleId}`));
    out.push(c.gray('  run `datamin baseline --prune` to drop them from the baseline'), '');
  }
  const problems = result.errors;
  if (problems.length > 0) {
    out.push(c.bold(`Problems (${problems.length})`));
    for (const e of problems) {
      const where = e.file ? `${e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''}: ` : '';
      out.push(`  ${e.level === 'error' ? c.red('error') : c.yellow('warning')} ${where}${e.message}`);
    }
    out.push('');
  }
  out.push(summaryLine(result));
  return `${out.join('\n')}\n`;
};
