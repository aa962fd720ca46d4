// One odd value must not cost a rule its findings on every dataset: an IPv6-shaped value with
// too many groups made minimization-precision throw, and its findings vanished for the whole scan.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-rule-isolation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, rows: string[]): void {
  writeFileSync(path.join(dir, name), ['id,ip_address', ...rows.map((ip, i) => `${i},${ip}`)].join('\n') + '\n');
}

describe('rule evaluation over odd values', () => {
  it('an IPv6-shaped value with too many groups keeps minimization-precision findings for every dataset', async () => {
    csv('good.csv', Array.from({ length: 40 }, (_, i) => `10.0.${i}.${i + 1}`));
    csv('odd.csv', [...Array.from({ length: 38 }, (_, i) => `2001:db8:${i.toString(16)}::${(i + 1).toString(16)}`), '1:2:3:4:5:6:7:8::9', 'fe80::1']);
    const run = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'critical'], { cwd: dir });
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    const precise = result.findings.filter((f) => f.ruleId === 'minimization-precision').map((f) => f.dataset);
    expect(precise).toEqual(['good', 'odd']);
    expect(run.code).toBe(0);
  });
});
