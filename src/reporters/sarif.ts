// The SARIF 2.1.0 reporter for code-scanning UIs (GitHub code scanning and others): every rule
// with its help, every finding at the file and line of the field (or the table and column of a
// database), with the stable fingerprint and the baseline state. Spec: OASIS SARIF v2.1.0,
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html (§3.27 result, §3.49
// reportingDescriptor); GitHub's accepted subset:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import type * as Sarif from 'sarif';
import type { Finding, RuleMeta, ScanResult, Severity } from '../model/result.js';
import { visibleControls } from '../util/escape.js';
import type { Reporter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where the project lives; rule docs links that are relative (`README.md#rule-x`) resolve against it. */
export const DATAMIN_HOME = 'https://github.com/datamin/datamin';
/** The key of `partialFingerprints`: versioned so a future fingerprint scheme can sit beside it. */
export const FINGERPRINT_KEY = 'datamin/v1';

/** SARIF has three result levels (§3.27.10); critical and high block, medium warns. */
export function sarifLevel(severity: Severity): Sarif.Result.level {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/**
 * GitHub ranks security alerts by `security-severity` (a CVSS-like 0.0–10.0 string): over 9.0
 * is critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. Info findings get none.
 */
const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: undefined };

function helpUri(docs: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(docs)) return docs;
  return `${DATAMIN_HOME}/blob/main/${docs.replace(/^\.?\//, '')}`;
}

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const securitySeverity = SECURITY_SEVERITY[rule.severity];
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}\n\nRemediation: ${rule.remediation}\n\nRegulation: ${rule.regulation}`,
      markdown: `${rule.description}\n\n**Remediation:** ${rule.remediation}\n\n**Regulation:** ${rule.regulation}\n\n[Rule documentation](${helpUri(rule.docs)})`,
    },
    helpUri: helpUri(rule.docs),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: ['privacy', 'gdpr', 'security'],
      regulation: rule.regulation,
      ...(securitySeverity === undefined ? {} : { 'security-severity': securitySeverity }),
    },
  };
}

/** A database URL or other scheme-qualified locator (not a file in the repository). */
function isUrlLocator(source: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(source);
}

/** RFC 3986 relative reference for a POSIX path, each segment percent-encoded. */
/**
 * Message text as viewers show it (code scanning, IDEs, CI logs): names inside it come from the
 * scanned data, so their control characters (ESC, bidi overrides, newlines) are shown as escapes.
 * JSON escaping alone keeps the document valid but hands the raw characters to every viewer.
 */
function plainText(text: string): string {
  return visibleControls(text);
}

function fileUri(source: string): { uri: string; uriBaseId?: string } {
  const posix = source.replace(/\\/g, '/');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  // An absolute path (a config file outside the scanned root) cannot be relative to the source root.
  if (posix.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function logicalLocations(finding: Finding): Sarif.LogicalLocation[] {
  if (finding.dataset === undefined) return [];
  if (finding.field === undefined) return [{ name: finding.dataset, kind: 'table' }];
  return [{ name: finding.field, fullyQualifiedName: `${finding.dataset}.${finding.field}`, kind: 'column' }];
}

/** Schema files and exports: the file and the declaration line; databases: table and column. */
function locations(finding: Finding, databaseSources: ReadonlySet<string>): Sarif.Location[] {
  const logical = logicalLocations(finding);
  const source = finding.source;
  if (source === undefined || databaseSources.has(source) || isUrlLocator(source)) {
    return logical.length > 0 ? [{ logicalLocations: logical }] : [];
  }
  const physicalLocation: Sarif.PhysicalLocation = {
    artifactLocation: fileUri(source),
    ...(finding.line === undefined ? {} : { region: { startLine: finding.line } }),
  };
  return [{ physicalLocation, ...(logical.length > 0 ? { logicalLocations: logical } : {}) }];
}

function sarifResult(finding: Finding, ruleIndex: Map<string, number>, databaseSources: ReadonlySet<string>): Sarif.Result {
  const index = ruleIndex.get(finding.ruleId);
  const acceptance = finding.acceptance;
  const accepted = finding.baseline === 'accepted';
  const justification = acceptance?.reason ?? (acceptance?.since ? `in the baseline since ${acceptance.since}` : undefined);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: sarifLevel(finding.severity),
    message: { text: plainText(finding.message) },
    locations: locations(finding, databaseSources),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.baseline === undefined ? {} : { baselineState: accepted ? 'unchanged' : 'new' }),
    // §3.35: an accepted finding is suppressed externally (baseline or datamin.yaml), with why.
    ...(accepted ? { suppressions: [{ kind: 'external', status: 'accepted', ...(justification ? { justification: plainText(justification) } : {}) }] } : {}),
    properties: {
      severity: finding.severity,
      ...(finding.dataset === undefined ? {} : { dataset: finding.dataset }),
      ...(finding.field === undefined ? {} : { field: finding.field }),
      ...(finding.categories ? { categories: finding.categories } : {}),
      ...(acceptance?.expired ? { acceptanceExpired: acceptance.expires ?? true } : {}),
    },
  };
}

export function toSarif(result: ScanResult): Sarif.Log {
  const ruleIndex = new Map(result.rules.map((rule, i) => [rule.id, i]));
  const databaseKinds = new Set(['postgres', 'mysql']);
  const databaseSources = new Set(result.sources.filter((s) => databaseKinds.has(s.kind)).map((s) => s.path));
  const notifications = result.errors.map((e): Sarif.Notification => ({
    level: e.level === 'error' ? 'error' : 'warning',
    message: { text: plainText(e.message) },
    descriptor: { id: e.code },
    ...(e.file === undefined || isUrlLocator(e.file)
      ? {}
      : { locations: [{ physicalLocation: { artifactLocation: fileUri(e.file), ...(e.line === undefined ? {} : { region: { startLine: e.line } }) } }] }),
  }));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'datamin',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: DATAMIN_HOME,
            rules: result.rules.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: !result.errors.some((e) => e.level === 'error'),
            startTimeUtc: result.startedAt,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: result.findings.map((f) => sarifResult(f, ruleIndex, databaseSources)),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}

export const sarif: Reporter = (result) => `${JSON.stringify(toSarif(result), null, 2)}\n`;
