// The GitLab code-quality reporter (`artifacts:reports:codequality`): a JSON array of issues,
// each with the keys GitLab's documentation requires of a custom tool — `description`,
// `check_name`, `fingerprint`, `severity` (info, minor, major, critical, blocker),
// `location.path` and `location.lines.begin` — plus `type` and `categories`, which make each
// issue valid under the Code Climate spec GitLab's format is a subset of (GitLab ignores them).
// https://docs.gitlab.com/ci/testing/code_quality/#implement-a-custom-tool
// https://github.com/codeclimate/platform/blob/master/spec/analyzers/SPEC.md#data-types
//
// Accepted findings (baseline or `accept:`) are left out: GitLab has no suppressed state, and the
// merge-request widget would list reviewed exceptions as issues. Scan errors are issues too (a
// file that could not be read is what a reviewer must see), warnings are not.
import { createHash } from 'node:crypto';
import type { Finding, ScanError, ScanResult, Severity } from '../model/result.js';
import { visibleControls } from '../util/escape.js';
import type { Reporter } from './types.js';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface GitlabIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

/** datamin's five severities onto GitLab's five, in order. */
export const GITLAB_SEVERITY: Record<Severity, GitlabSeverity> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
  info: 'info',
};

/**
 * A finding without a source (none today, but the type allows it) is reported against the
 * repository root; GitLab needs some path. Database findings carry their redacted URL.
 */
function location(source: string | undefined, line: number | undefined): GitlabIssue['location'] {
  return { path: (source ?? '.').replace(/\\/g, '/'), lines: { begin: line !== undefined && line >= 1 ? line : 1 } };
}

function findingIssue(finding: Finding): GitlabIssue {
  return {
    type: 'issue',
    check_name: finding.ruleId,
    description: visibleControls(finding.message),
    categories: ['Security'],
    // Rule + dataset + field: stable across runs, so GitLab tells new issues from old ones.
    fingerprint: finding.fingerprint,
    severity: GITLAB_SEVERITY[finding.severity],
    location: location(finding.source, finding.line),
  };
}

function errorIssue(error: ScanError): GitlabIssue {
  const fingerprint = createHash('sha256').update(['datamin-error', error.code, error.file ?? '', String(error.line ?? ''), error.message].join('\u0000')).digest('hex').slice(0, 32);
  return {
    type: 'issue',
    check_name: `datamin/${error.code}`,
    description: visibleControls(error.message),
    categories: ['Bug Risk'],
    fingerprint,
    severity: 'major',
    location: location(error.file, error.line),
  };
}

export function toGitlab(result: ScanResult): GitlabIssue[] {
  return [
    ...result.findings.filter((f) => f.baseline !== 'accepted').map(findingIssue),
    ...result.errors.filter((e) => e.level === 'error').map(errorIssue),
  ];
}

export const gitlab: Reporter = (result) => `${JSON.stringify(toGitlab(result), null, 2)}\n`;
