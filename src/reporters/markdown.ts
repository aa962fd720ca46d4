// The Markdown reporter: a short pull-request summary (new / accepted / resolved counts and a
// table of new findings with their remediation) for a CI step summary or a PR comment.
import type { Finding, ScanResult } from '../model/result.js';
import { severityRank } from '../model/result.js';
import { markdownCode, markdownText } from '../util/escape.js';
import type { Reporter } from './types.js';
import { linkabilityNote } from './linkability-note.js';
import { remediationFor } from './remediation.js';

/** GitHub comments stop at 65,536 characters; a long table is cut well before that. */
export const MAX_MARKDOWN_ROWS = 100;

/**
 * A table cell of markdown datamin itself wrote (a rule's remediation from the catalog, which
 * may use code spans): `|` and backslashes escaped, line breaks folded, and `<`, `>`, `&` as
 * entities so no cell can open HTML (GFM spec §4.10 tables, §6.6 raw HTML). Names, messages and
 * anything else that quotes the scanned data go through markdownText instead.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The catalog's remediation is datamin's own markdown; one specific to the finding names fields
 * from the scanned data, so it is escaped like any other scanned text.
 */
function remediationCell(result: ScanResult, f: Finding, catalog: string): string {
  const specific = remediationFor(result, f);
  return specific === catalog ? markdownCell(catalog) : markdownText(specific);
}

function isNew(finding: Finding): boolean {
  return finding.baseline !== 'accepted';
}

export const markdown: Reporter = (result: ScanResult) => {
  const threshold = severityRank(result.settings.failOn);
  const remediation = new Map(result.rules.map((r) => [r.id, r.remediation]));
  const fresh = result.findings.filter(isNew).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const failing = fresh.filter((f) => severityRank(f.severity) >= threshold);
  const accepted = result.findings.length - fresh.length;
  const resolved = result.resolved ?? [];
  const errors = result.errors.filter((e) => e.level === 'error');

  const lines: string[] = [];
  const verdict = errors.length > 0 ? '⛔ errors' : failing.length > 0 ? `❌ ${plural(failing.length, 'new finding')} at or above ${result.settings.failOn}` : '✅ no new finding at or above ' + result.settings.failOn;
  lines.push(`## datamin: ${verdict}`, '');
  lines.push('| New | Accepted | Resolved | Errors |', '| ---: | ---: | ---: | ---: |', `| ${fresh.length} | ${accepted} | ${resolved.length} | ${errors.length} |`, '');

  if (fresh.length > 0) {
    lines.push('### New findings', '', '| Severity | Dataset | Field | Rule | Finding | Remediation |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of fresh.slice(0, MAX_MARKDOWN_ROWS)) {
      const severity = severityRank(f.severity) >= threshold ? `**${f.severity}**` : f.severity;
      const cells = [severity, markdownText(f.dataset ?? '—'), markdownText(f.field ?? '—'), markdownCode(f.ruleId, { inTable: true }), markdownText(f.message), remediationCell(result, f, remediation.get(f.ruleId) ?? '')];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    if (fresh.length > MAX_MARKDOWN_ROWS) lines.push('', `…and ${fresh.length - MAX_MARKDOWN_ROWS} more (see the full report).`);
    lines.push('');
  }

  const notes = result.datasets.flatMap((d) => (d.linkability === undefined ? [] : [{ d, note: linkabilityNote(d.linkability) }]));
  if (notes.length > 0) {
    lines.push('### Linkability of pseudonymous data', '');
    for (const { d, note } of notes) lines.push(`- ${markdownText(d.name)} (${markdownText(d.source)}): ${markdownText(note)}`);
    lines.push('');
  }

  const expired = result.findings.filter((f) => f.acceptance?.expired);
  if (expired.length > 0) {
    lines.push('### Expired acceptances', '');
    for (const f of expired) {
      const where = f.acceptance?.file && f.acceptance.line ? ` (${markdownText(f.acceptance.file)}:${f.acceptance.line})` : '';
      lines.push(`- ${markdownCode(f.ruleId)} ${markdownText(`${f.dataset ?? ''}.${f.field ?? ''}`)}: expired on ${markdownText(f.acceptance?.expires ?? '?')}${where}: ${markdownText(f.acceptance?.reason ?? '')}`);
    }
    lines.push('');
  }

  if (resolved.length > 0) {
    lines.push('### Resolved since the baseline', '');
    for (const r of resolved) lines.push(`- ${markdownCode(r.ruleId)} ${markdownText(`${r.dataset ?? ''}${r.field === undefined ? '' : `.${r.field}`}`)} (accepted ${markdownText(r.since)})`);
    lines.push('', "Run `datamin baseline --prune` to drop them from the baseline.", '');
  }

  if (errors.length > 0) {
    lines.push('### Errors', '');
    for (const e of errors) lines.push(`- ${e.file ? `${markdownCode(`${e.file}${e.line ? `:${e.line}` : ''}`)}: ` : ''}${markdownText(e.message)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
};
