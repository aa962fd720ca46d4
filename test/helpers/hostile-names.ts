// Names a hostile or unlucky export can give a field, a dataset or a file, shared by the tests of
// every output (terminal, markdown, YAML draft, JUnit, SARIF, HTML), so a new trick added here is
// checked everywhere at once (issue 26).
import type { ScanResult } from '../../src/model/result.js';

export interface HostileName {
  /** What the name tries to do. */
  why: string;
  name: string;
}

export const HOSTILE_NAMES: readonly HostileName[] = [
  { why: 'terminal colour (CSI)', name: 'email\u001b[31mRED\u001b[0m' },
  { why: 'terminal: clear screen and move the cursor', name: 'x\u001b[2J\u001b[H' },
  { why: 'terminal hyperlink (OSC 8) ended by BEL', name: '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007' },
  { why: 'window title (OSC 0) ended by ST', name: 'phone\u001b]0;owned\u001b\\' },
  { why: 'C1 CSI and NUL', name: 'a\u009b31mb\u0000c' },
  { why: 'carriage return overwriting the line', name: 'visible\rhidden' },
  { why: 'bidi override reversing what is shown', name: 'user_\u202egnp.exe' },
  { why: 'newline faking a line of output', name: 'first_name\nerror: fake' },
  { why: 'markdown link', name: '[click me](https://evil.example/)' },
  { why: 'markdown image fetched when rendered', name: '![x](https://evil.example/pixel.png)' },
  { why: 'raw HTML image', name: '<img src="https://evil.example/p.png">' },
  { why: 'raw HTML script', name: '<script>alert(1)</script>' },
  { why: 'mention', name: '@octocat' },
  { why: 'team mention and e-mail autolink', name: 'cc @org/team alice@example.com' },
  { why: 'bare URL autolink', name: 'see https://evil.example/x and www.evil.example' },
  { why: 'issue reference', name: 'closes #1' },
  { why: 'table-breaking pipe', name: 'a|b|c' },
  { why: 'heading and emphasis', name: '# **bold** _it_ ~~s~~' },
  { why: 'backticks in a code span', name: 'a`b``c' },
  { why: 'entity', name: 'AT&amp;T &lt;b&gt;' },
  { why: 'YAML comment and mapping', name: 'name # comment: x' },
  { why: 'YAML injection through a newline', name: 'x\n  evil: [todo]\nversion: 2' },
  { why: 'YAML quotes', name: `it's "quoted"` },
  { why: 'YAML anchor and alias', name: '&anchor *alias' },
  { why: 'YAML sequence and flow', name: '- [a, {b: c}]' },
  { why: 'YAML special plain scalars', name: 'null' },
  { why: 'YAML boolean', name: 'yes' },
  { why: 'YAML tag and directive', name: '!!python/object %YAML' },
  { why: 'backslash', name: 'C:\\temp\\x' },
  { why: 'XML: invalid control and markup', name: 'a\u0001b<c>&"\'' },
  { why: 'line and paragraph separators', name: 'a\u2028b\u2029c' },
];

/** Control characters that must never reach a terminal, a PR comment or a CI log raw. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/**
 * `base` with one dataset, field, finding, warning, error and resolved entry per hostile name,
 * the name standing for the dataset, the field, the file and inside each message, as a scan of
 * files and columns so named would report them.
 */
export function withHostileNames(base: ScanResult): ScanResult {
  const rule = base.rules[0];
  const result: ScanResult = structuredClone(base);
  HOSTILE_NAMES.forEach(({ name }, i) => {
    const source = `exports/${name}.csv`;
    result.sources.push({ path: source, kind: 'csv', datasets: [name] });
    result.datasets.push({ name, source, kind: 'csv', rows: 3, fields: 1 });
    result.fields.push({
      source,
      dataset: name,
      field: name,
      line: 1,
      categories: [{ id: 'contact.email', confidence: 0.9, detectors: ['email'], matched: 3, sampled: 3, examples: [], reasons: [`name: ${name}`] }],
      stats: { count: 3, empty: 0, distinct: 3 },
    });
    result.findings.push({
      source,
      dataset: name,
      field: name,
      line: 1,
      message: `${name}.${name} holds contact.email but no purpose declares it`,
      categories: ['contact.email'],
      ruleId: rule.id,
      severity: 'critical',
      fingerprint: `hostile${String(i).padStart(9, '0')}`,
      baseline: 'new',
    });
    result.errors.push({ code: 'source-warning', level: 'warning', file: source, line: 2, message: `column '${name}' is empty` });
    result.errors.push({ code: 'source-error', level: 'error', file: source, line: 3, message: `cannot read '${name}'` });
    result.resolved = [...(result.resolved ?? []), { ruleId: rule.id, severity: 'high', dataset: name, field: name, since: '2026-01-01', fingerprint: `resolved${String(i).padStart(8, '0')}` }];
  });
  return result;
}
