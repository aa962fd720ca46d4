// Sequelize, Drizzle and MikroORM models through the built CLI (bin/datamin.js): a folder walk
// finds the model files (not a service that only queries them), classifies their columns and
// points each finding at the declaring line in JSON and SARIF.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/sources');
const KINDS = ['sequelize', 'drizzle', 'mikro-orm'];
const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-ts-orms-'));

function datamin(args: string[]): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/datamin.js'), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  writeFileSync(path.join(work, 'datamin.yaml'), 'version: 1\npurposes:\n  accounts:\n    legal_basis: contract\n    retention: P2Y\ndatasets:\n  members:\n    retention_field: created_at\n    fields:\n      id: [accounts]\n');
  for (const kind of KINDS) cpSync(path.join(fixtures, kind), path.join(work, kind), { recursive: true });
  // Queries the Drizzle tables but declares none: not a model file.
  writeFileSync(path.join(work, 'drizzle/users.service.ts'), "import { eq } from 'drizzle-orm';\nimport { users } from './schema';\nexport const byEmail = (db, email) => db.select().from(users).where(eq(users.email, email));\n");
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Where each fixture declares a personal column no purpose covers. */
const DECLARED_AT: Array<[dataset: string, field: string, category: string, file: string, line: number]> = [
  ['members', 'email', 'contact.email', 'sequelize/member.model.js', 9],
  ['members', 'birth_date', 'person.date_of_birth', 'sequelize/member.model.js', 13],
  ['invoices', 'iban', 'financial.iban', 'sequelize/invoice.ts', 14],
  ['patients', 'diagnosis', 'special.health', 'sequelize/patient.model.ts', 10],
  ['users', 'email', 'contact.email', 'drizzle/schema.ts', 6],
  ['users', 'date_of_birth', 'person.date_of_birth', 'drizzle/schema.ts', 9],
  ['login_audit', 'ip_address', 'online.ip_address', 'drizzle/audit.ts', 5],
  ['customers', 'email', 'contact.email', 'mikro-orm/customer.entity.ts', 29],
  ['customers', 'home_address_postal_code', 'contact.postal_code', 'mikro-orm/customer.entity.ts', 20],
  ['device', 'mac_address', 'online.mac_address', 'mikro-orm/device.schema.ts', 16],
];

describe('Sequelize, Drizzle and MikroORM models through the CLI', () => {
  it('finds every model file in a folder walk and points each finding at its declaring line', () => {
    const run = datamin(['scan', '.', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources.map((s) => [s.path, s.kind])).toEqual([
      ['drizzle/audit.ts', 'drizzle'],
      ['drizzle/schema.ts', 'drizzle'],
      ['mikro-orm/customer.entity.ts', 'mikro-orm'],
      ['mikro-orm/device.schema.ts', 'mikro-orm'],
      ['sequelize/invoice.ts', 'sequelize'],
      ['sequelize/member.model.js', 'sequelize'],
      ['sequelize/patient.model.ts', 'sequelize'],
    ]);
    // A file that only queries models declares none: the walk names what it did not read.
    expect(result.errors).toEqual([
      { code: 'files-skipped', level: 'warning', file: '.', message: expect.stringMatching(/^skipped 1 file datamin does not scan as inputs: 1 \.ts \(no TypeORM, Sequelize, Drizzle, MikroORM or Mongoose models\)$/) },
    ]);
    const sarif = JSON.parse(datamin(['scan', '.', '--format', 'sarif']).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; properties: { dataset: string; field: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    for (const [dataset, field, category, file, line] of DECLARED_AT) {
      const profile = result.fields.find((f) => f.dataset === dataset && f.field === field && f.source === file);
      expect(profile?.categories.map((c) => c.id), `${dataset}.${field}`).toContain(category);
      const finding = result.findings.find((f) => f.ruleId === 'undeclared-personal-field' && f.dataset === dataset && f.field === field && f.source === file);
      expect(finding?.line, `${dataset}.${field}`).toBe(line);
      const sarifResult = sarif.runs[0].results.find((r) => r.ruleId === 'undeclared-personal-field' && r.properties.dataset === dataset && r.properties.field === field && r.locations[0].physicalLocation.artifactLocation.uri === file);
      expect(sarifResult?.locations[0].physicalLocation.region.startLine, `${dataset}.${field}`).toBe(line);
    }
  });
});
