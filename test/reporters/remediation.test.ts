// Remediation specific to what was found (issue 22): a plaintext password is not told to delete
// card codes, and retention advice names the field that forces the short period and erases it
// rather than rows other purposes keep longer. Checked on the bundled examples, through every
// reporter that prints remediation.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/model/index.js';
import { remediationFor } from '../../src/reporters/remediation.js';
import { table } from '../../src/reporters/table.js';
import { markdown } from '../../src/reporters/markdown.js';
import { renderHtml } from '../../src/reporters/html.js';
import { escapeHtml } from '../../src/util/escape.js';
import { runCli } from '../helpers/run-cli.js';
import { root } from './html-pdf-support.js';

describe('remediation by what was found', () => {
  let result: ScanResult;
  const find = (rule: string, dataset: string, field?: string): Finding => {
    const f = result.findings.find((x) => x.ruleId === rule && x.dataset === dataset && (field === undefined || x.field === field));
    if (!f) throw new Error(`no ${rule} finding on ${dataset}.${field ?? ''}`);
    return f;
  };

  beforeAll(async () => {
    result = JSON.parse((await runCli(['scan', 'examples', '--format', 'json', '-q'], { cwd: root })).stdout) as ScanResult;
  });

  it('tells a plaintext password to hash, and stored card codes to go, each without the other', () => {
    const password = remediationFor(result, find('never-store', 'app-users', 'password'));
    expect(password).toMatch(/argon2id/);
    expect(password).not.toMatch(/card/i);
    const cvv = remediationFor(result, find('never-store', 'orders', 'payment.cvv'));
    expect(cvv).toMatch(/card security codes/);
    expect(cvv).not.toMatch(/password/i);
  });

  it('names the fields that force a short retention and erases them rather than rows other purposes keep longer', () => {
    const orders = remediationFor(result, find('retention-exceeded', 'orders'));
    expect(orders).toContain('`client_ip`, `user_agent` are what force the 6 months of purpose \'fraud-prevention\'');
    expect(orders).toContain("rather than deleting the rows, which 'order-fulfilment' (2 years) still needs");
    // Every personal field of employees serves the one purpose: the rows themselves go.
    const employees = remediationFor(result, find('retention-exceeded', 'employees'));
    expect(employees).toBe(result.rules.find((r) => r.id === 'retention-exceeded')?.remediation);
  });

  it('is what the table, markdown and HTML reports print', () => {
    const text = table(result, { color: false }) as string;
    const page = renderHtml(result);
    const md = markdown(result, { color: false }) as string;
    for (const f of [find('never-store', 'app-users', 'password'), find('retention-exceeded', 'orders')]) {
      const fix = remediationFor(result, f);
      expect(text.replace(/\s+/g, ' ')).toContain(fix);
      expect(page).toContain(escapeHtml(fix));
      expect(md).toContain(fix.slice(0, 30).replace(/`/g, '\\`'));
    }
  });
});
