// A dbt project through the CLI (issue #25 done-when): an undeclared e-mail column is reported at
// its schema.yml line, and a downstream model that inherits it is reported too.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/sources/dbt/jaffle_shop');

describe('datamin scan of a dbt project', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'datamin-dbt-cli-'));
    await cp(fixture, path.join(root, 'jaffle_shop'), { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const scan = async (args: string[]): Promise<{ code: number; result: ScanResult }> => {
    const run = await runCli(['scan', ...args, '--format', 'json'], { cwd: root });
    return { code: run.code, result: JSON.parse(run.stdout) as ScanResult };
  };
  const sites = (result: ScanResult): string[] => result.findings.map((f) => `${f.ruleId} ${f.source}:${f.line} ${f.dataset}.${f.field}`);

  for (const [how, args] of [['a walk of the folder', ['.']], ['--dbt <target folder>', ['--dbt', 'jaffle_shop/target']]] as const) {
    it(`reports the undeclared e-mail column at its schema.yml line and the models inheriting it (${how})`, async () => {
      const { code, result } = await scan([...args]);
      expect(code).toBe(1);
      expect(result.errors).toEqual([]);
      expect(result.sources.map((s) => `${s.kind} ${s.path}`)).toEqual(['dbt jaffle_shop/dbt_project.yml']);
      const found = sites(result);
      expect(found).toContain('unmarked-personal-field jaffle_shop/models/staging/schema.yml:17 jaffle_shop.raw_customers.email');
      expect(found).toContain('unmarked-personal-field jaffle_shop/models/staging/schema.yml:44 stg_customers.email');
      expect(found).toContain('unmarked-personal-field jaffle_shop/models/marts/schema.yml:15 customers.email');
      // handle is an e-mail address only by its description, two models upstream.
      const handle = result.findings.find((f) => f.dataset === 'customers' && f.field === 'handle');
      expect(handle?.message).toBe('customers.handle holds online.username, contact.email but its project does not mark it as personal (meta.contains_pii, a pii tag or meta.datamin.purposes); inherited from stg_customers.handle');
      expect(found).toContain('marked-field-not-detected jaffle_shop/models/staging/schema.yml:21 jaffle_shop.raw_customers.loyalty_code');
      // Counted per channel: no login leaves customer_handles.
      expect(result.fields.find((f) => f.dataset === 'customer_handles' && f.field === 'handle')?.categories).toEqual([]);
      // Marked columns are not reported as unmarked.
      expect(found.filter((f) => /first_name|last_name/.test(f))).toEqual([]);
    });
  }

  it('shows the upstream column in the table report', async () => {
    const run = await runCli(['scan', '.', '--format', 'table', '--no-color'], { cwd: root });
    expect(run.stdout).toMatch(/handle\s+online\.username.*\n\s+contact\.email\s+0\.\d\d\s+inherited from stg_customers\.handle/);
  });

  it('--dbt on a folder without a manifest: one line naming it, exit 2', async () => {
    const run = await runCli(['scan', '--dbt', 'jaffle_shop/models', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors).toEqual([
      expect.objectContaining({ level: 'error', file: 'dbt:jaffle_shop/models', message: 'no jaffle_shop/models/manifest.json (run `dbt compile` or `dbt docs generate` first)' }),
    ]);
  });
});
