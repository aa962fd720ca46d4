// The JUnit XML reporter for CI systems that read test reports (GitLab, Jenkins, Azure
// Pipelines, CircleCI): one test suite per dataset, one test case per finding. New findings at or
// above --fail-on fail, accepted ones are skipped with their reason, scan errors are errors.
// Format: the de-facto schema of the Ant JUnit task (https://github.com/windyroad/JUnit-Schema).
import type { Finding, ScanError, ScanResult } from '../model/result.js';
import { severityRank } from '../model/result.js';
import { visibleControls } from '../util/escape.js';
import type { Reporter } from './types.js';

/**
 * XML 1.0 text escaping (§2.4): the five predefined entities, and the characters XML 1.0 cannot
 * carry at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF; §2.2 Char)
 * shown as visible escapes (`\x1b`), since a character reference to them is not allowed either.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (c) => visibleControls(c) === c ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : visibleControls(c))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * An attribute value: text escaping, plus tab, newline and CR as character references, which a
 * parser keeps, where it would turn the raw characters into spaces (§3.3.3 normalization).
 */
export function xmlAttribute(text: string): string {
  return xmlEscape(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`)
    .join('');
}

interface Case {
  xml: string;
  failed: boolean;
  skipped: boolean;
  error: boolean;
}

function findingCase(finding: Finding, threshold: number, classname: string): Case {
  const name = `${finding.ruleId}: ${finding.field ?? finding.dataset ?? (typeof finding.data?.purpose === 'string' ? finding.data.purpose : 'policy')}`;
  const open = `    <testcase${attrs({ classname, name })}>`;
  if (finding.baseline === 'accepted') {
    const why = finding.acceptance?.reason ?? (finding.acceptance?.since ? `in the baseline since ${finding.acceptance.since}` : 'accepted');
    return { xml: `${open}\n      <skipped${attrs({ message: `accepted: ${why}` })}/>\n    </testcase>`, failed: false, skipped: true, error: false };
  }
  if (severityRank(finding.severity) < threshold) {
    return { xml: `${open}\n      <system-out>${xmlEscape(`${finding.severity}: ${finding.message}`)}</system-out>\n    </testcase>`, failed: false, skipped: false, error: false };
  }
  const location = finding.source ? `${finding.source}${finding.line ? `:${finding.line}` : ''}\n` : '';
  const body = xmlEscape(`${location}${finding.message}\nfingerprint ${finding.fingerprint}`);
  return {
    xml: `${open}\n      <failure${attrs({ message: finding.message, type: finding.severity })}>${body}</failure>\n    </testcase>`,
    failed: true,
    skipped: false,
    error: false,
  };
}

function errorCase(error: ScanError): Case {
  const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}` : error.code;
  const open = `    <testcase${attrs({ classname: 'datamin.errors', name: where })}>`;
  if (error.level === 'warning') return { xml: `${open}\n      <system-out>${xmlEscape(error.message)}</system-out>\n    </testcase>`, failed: false, skipped: false, error: false };
  return { xml: `${open}\n      <error${attrs({ message: error.message, type: error.code })}/>\n    </testcase>`, failed: false, skipped: false, error: true };
}

function suite(name: string, cases: Case[], timestamp: string): string {
  const counts = {
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.failed).length,
    errors: cases.filter((c) => c.error).length,
    skipped: cases.filter((c) => c.skipped).length,
    timestamp,
  };
  return `  <testsuite${attrs(counts)}>\n${cases.map((c) => c.xml).join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>`;
}

export const junit: Reporter = (result: ScanResult) => {
  const threshold = severityRank(result.settings.failOn);
  const timestamp = result.startedAt.replace(/\.\d+Z$/, 'Z').replace(/Z$/, '');
  const byDataset = new Map<string, Case[]>();
  // Every scanned dataset is a suite, so a clean dataset shows as a passing check.
  for (const d of result.datasets) byDataset.set(d.name, []);
  for (const finding of result.findings) {
    const key = finding.dataset ?? 'policy';
    const cases = byDataset.get(key) ?? [];
    cases.push(findingCase(finding, threshold, `datamin.${key}`));
    byDataset.set(key, cases);
  }
  const grouped: Array<[string, Case[]]> = [...byDataset.entries()].map(([name, cases]) => [
    name,
    cases.length > 0 ? cases : [{ xml: `    <testcase${attrs({ classname: `datamin.${name}`, name: 'no findings' })}/>`, failed: false, skipped: false, error: false }],
  ]);
  if (result.errors.length > 0) grouped.push(['errors', result.errors.map(errorCase)]);
  const suites = grouped.map(([name, cases]) => suite(name, cases, timestamp));
  const all = grouped.flatMap(([, cases]) => cases);
  const totals = attrs({
    name: 'datamin',
    tests: all.length,
    failures: all.filter((c) => c.failed).length,
    errors: all.filter((c) => c.error).length,
    skipped: all.filter((c) => c.skipped).length,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${totals}>\n${suites.join('\n')}\n</testsuites>\n`;
};
