// `datamin rules`: the shipped rules with the severity and switch that apply after datamin.yaml.
import { printLine, type Io } from '../io.js';
import { loadPolicy } from '../../scan/policy.js';

export async function rulesCommand(opts: { json?: boolean; config?: string }, io: Io): Promise<number> {
  const policy = await loadPolicy({ ...(opts.config ? { explicitConfig: opts.config } : {}), searchFrom: io.cwd, cwd: io.cwd });
  if (policy.errors.length > 0) {
    for (const e of policy.errors) printLine(io.stderr, `datamin: ${e.format(io.cwd)}`);
    return 2;
  }
  const rows = policy.rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    defaultSeverity: r.defaultSeverity ?? r.severity,
    enabled: r.enabled,
    title: r.title,
    regulation: r.regulation,
  }));
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  if (policy.config) {
    printLine(io.stdout, `overrides from ${policy.config.file}`);
    io.stdout.write('\n');
  }
  for (const r of rows) {
    const severity = r.enabled ? r.severity : 'off';
    const changed = !r.enabled || r.severity !== r.defaultSeverity ? ` (default ${r.defaultSeverity})` : '';
    io.stdout.write(`${r.id.padEnd(width)}  ${severity.padEnd(8)}${changed}\n  ${r.title} [${r.regulation}]\n`);
  }
  return 0;
}
