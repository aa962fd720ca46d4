// GitLab's code-quality report contract, as its documentation states it for a custom tool
// (https://docs.gitlab.com/ci/testing/code_quality/#implement-a-custom-tool): an array of
// objects with description, check_name, fingerprint, severity (info, minor, major, critical,
// blocker), location.path and location.lines.begin. Checked on parsed JSON, key by key, so a
// report our own types accept but GitLab would not still fails.
const GITLAB_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

/** Every way `report` breaks the contract; empty when it holds. */
export function gitlabContractViolations(report: unknown): string[] {
  if (!Array.isArray(report)) return ['the report is not an array'];
  const problems: string[] = [];
  report.forEach((issue: unknown, i) => {
    const at = `issue ${i}`;
    if (typeof issue !== 'object' || issue === null) return void problems.push(`${at} is not an object`);
    const o = issue as Record<string, unknown>;
    for (const key of ['description', 'check_name', 'fingerprint']) {
      if (typeof o[key] !== 'string' || o[key] === '') problems.push(`${at}: ${key} is not a non-empty string`);
    }
    if (typeof o.severity !== 'string' || !GITLAB_SEVERITIES.includes(o.severity)) problems.push(`${at}: severity ${String(o.severity)} is not one of ${GITLAB_SEVERITIES.join(', ')}`);
    const location = o.location as { path?: unknown; lines?: { begin?: unknown } } | undefined;
    if (typeof location?.path !== 'string' || location.path === '') problems.push(`${at}: location.path is not a non-empty string`);
    else if (location.path.startsWith('/')) problems.push(`${at}: location.path ${location.path} is not relative`);
    if (!Number.isInteger(location?.lines?.begin) || (location?.lines?.begin as number) < 1) problems.push(`${at}: location.lines.begin is not a line number`);
  });
  const fingerprints = report.map((issue: { fingerprint?: unknown }) => issue.fingerprint);
  if (new Set(fingerprints).size !== fingerprints.length) problems.push('fingerprints are not unique');
  return problems;
}
