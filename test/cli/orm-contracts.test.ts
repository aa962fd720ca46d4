// ORM models and data contracts through the built CLI (bin/datamin.js): a TypeScript backend's
// TypeORM entities and Mongoose schemas, Avro, Protobuf and GraphQL contracts are found in a
// folder walk (an ordinary .ts helper is not), classified, and every finding points at the
// declaring line in JSON, SARIF and the terminal table. The CI gate fails on a new TypeORM
// column, and --changed-only scans the model file that gained it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/sources');
const KINDS = ['typeorm', 'mongoose', 'avro', 'protobuf', 'graphql'];
const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-orm-'));

const PURPOSES = `version: 1
purposes:
  accounts:
    legal_basis: contract
    retention: P2Y
datasets:
  customers:
    retention_field: created_at
    fields:
      email: [accounts]
`;

function datamin(args: string[], cwd = work): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/datamin.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

beforeAll(() => {
  for (const kind of KINDS) cpSync(path.join(fixtures, kind), path.join(work, kind), { recursive: true });
  writeFileSync(path.join(work, 'datamin.yaml'), PURPOSES);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Where each kind's fixture declares a personal field no purpose covers. */
const DECLARED_AT: Array<[kind: string, dataset: string, field: string, category: string, file: string, line: number]> = [
  ['typeorm', 'customers', 'phone', 'contact.phone', 'typeorm/customer.entity.ts', 44],
  ['typeorm', 'customers', 'address.postal_code', 'contact.postal_code', 'typeorm/customer.entity.ts', 19],
  ['mongoose', 'User', 'birthDate', 'person.date_of_birth', 'mongoose/user.model.js', 22],
  ['mongoose', 'User', 'addresses[].street', 'contact.address', 'mongoose/user.model.js', 6],
  ['avro', 'Customer', 'date_of_birth', 'person.date_of_birth', 'avro/customer.avsc', 11],
  ['protobuf', 'Customer', 'tax_number', 'government.tax_id', 'protobuf/customer.proto', 16],
  ['protobuf', 'Customer', 'home.street', 'contact.address', 'protobuf/customer.proto', 25],
  ['graphql', 'SignUpInput', 'password', 'credentials.password', 'graphql/schema.graphql', 50],
];

describe('ORM models and data contracts through the CLI', () => {
  it('finds every model and contract in a folder walk, classifies their fields and reports unreadable parts as warnings', () => {
    const run = datamin(['scan', '.', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources.map((s) => [s.path, s.kind])).toEqual([
      ['avro/customer.avsc', 'avro'],
      ['graphql/schema.graphql', 'graphql'],
      ['mongoose/session.model.ts', 'mongoose'],
      ['mongoose/user.model.js', 'mongoose'],
      ['protobuf/customer.proto', 'protobuf'],
      ['typeorm/company.entity.ts', 'typeorm'],
      ['typeorm/customer.entity.ts', 'typeorm'],
    ]);
    for (const [, dataset, field, category, file] of DECLARED_AT) {
      const profile = result.fields.find((f) => f.dataset === dataset && f.field === field && f.source === file);
      expect(profile?.categories.map((c) => c.id), `${dataset}.${field}`).toContain(category);
    }
    expect(result.errors.map((e) => `${e.level} ${e.file ?? ''}:${e.line ?? ''}`)).toEqual([
      // The TypeORM fixture's query-only file declares no model: the walk says it was not read.
      'warning .:',
      // Avro, Protobuf and GraphQL each declare a `Customer`: one warning per shared dataset name.
      'warning avro/customer.avsc:',
      'warning avro/customer.avsc:32',
      'warning graphql/schema.graphql:',
      'warning graphql/schema.graphql:67',
      'warning mongoose/user.model.js:33',
      'warning protobuf/customer.proto:49',
    ]);
  });

  it('points every finding at its declaring line in JSON, SARIF and the table', () => {
    const json = JSON.parse(datamin(['scan', '.', '--format', 'json']).stdout) as ScanResult;
    const sarif = JSON.parse(datamin(['scan', '.', '--format', 'sarif']).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; properties: { dataset: string; field: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    const table = datamin(['scan', '.', '--format', 'table']).stdout;
    for (const [, dataset, field, , file, line] of DECLARED_AT) {
      const finding = json.findings.find((f) => f.ruleId === 'undeclared-personal-field' && f.dataset === dataset && f.field === field && f.source === file);
      expect(finding?.line, `${dataset}.${field}`).toBe(line);
      const result = sarif.runs[0].results.find((r) => r.ruleId === 'undeclared-personal-field' && r.properties.dataset === dataset && r.properties.field === field && r.locations[0].physicalLocation.artifactLocation.uri === file);
      expect(result?.locations[0].physicalLocation.region.startLine, `${dataset}.${field}`).toBe(line);
      expect(table).toContain(`at ${file}:${line}`);
    }
  });
});

describe('CI gate and --changed-only on a TypeORM model', () => {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'datamin-orm-git-'));
  const entity = path.join(repo, 'src/customer.entity.ts');
  beforeAll(() => {
    cpSync(path.join(fixtures, 'typeorm'), path.join(repo, 'src'), { recursive: true });
    cpSync(path.join(fixtures, 'protobuf'), path.join(repo, 'proto'), { recursive: true });
    writeFileSync(path.join(repo, 'datamin.yaml'), PURPOSES);
    git(repo, 'init', '-q');
    expect(datamin(['baseline', '.'], repo).code).toBe(0);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'models');
    git(repo, 'tag', 'base');
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('passes on the baseline, then fails on a new column naming only it, at its line', () => {
    expect(datamin(['scan', '.', '--baseline', '.datamin-baseline.json', '--format', 'json'], repo).code).toBe(0);
    const text = readFileSync(entity, 'utf8');
    const added = text.replace('  @Column({ type: \'int\', default: 0 })', "  @Column({ name: 'national_id', nullable: true, comment: 'Passport or ID card number' })\n  nationalId: string;\n\n  @Column({ type: 'int', default: 0 })");
    expect(added).not.toBe(text);
    writeFileSync(entity, added);
    const line = added.split('\n').findIndex((l) => l.includes('nationalId: string')) + 1;
    const run = datamin(['scan', '.', '--baseline', '.datamin-baseline.json', '--format', 'json'], repo);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as ScanResult;
    const fresh = result.findings.filter((f) => f.baseline === 'new');
    expect(fresh.map((f) => `${f.ruleId} ${f.dataset ?? ''}.${f.field ?? ''} ${f.source ?? ''}:${f.line ?? ''}`)).toContain(`undeclared-personal-field customers.national_id src/customer.entity.ts:${line}`);
    expect(fresh.every((f) => f.field === 'national_id')).toBe(true);
  });

  it('--changed-only scans the changed model file and not the untouched contract', () => {
    const run = datamin(['scan', '.', '--changed-only', '--since', 'base', '--format', 'json'], repo);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources.map((s) => s.path)).toEqual(['src/customer.entity.ts']);
    expect(result.fields.some((f) => f.field === 'national_id')).toBe(true);
    // format-name.ts defines no model: it is no input at all.
    expect(run.stderr).toContain('scanning 1 of 3 inputs changed since base');
  });
});
