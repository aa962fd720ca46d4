// The schema validators precompiled by `npm run build` (dist/config/validators/) must behave
// exactly like ajv compiling the schemas at run time: same verdicts, same error objects.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaValidator, type SchemaName } from '../../src/config/validate.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datamin-precompiled-'));

afterAll(() => {
  rmSync(tempRoot, { recursive: true, force: true });
});

type ValidateModule = typeof import('../../src/config/validate.js');
/** dist/config/validate.js as `npm test` built it: its schemaValidator loads the precompiled modules. */
const dist = (await import(pathToFileURL(path.join(root, 'dist/config/validate.js')).href)) as ValidateModule;

const yamlFile = (relative: string): unknown => parseYaml(readFileSync(path.join(root, relative), 'utf8'));

interface InvalidCase {
  name: string;
  value: unknown;
  /** Keywords the errors must include, so each case provably reaches the keyword it is about. */
  keywords: string[];
}

const RULE = {
  id: 'never-store',
  severity: 'critical',
  title: 'Never store',
  message: 'Field {{field}}',
  description: 'A description',
  regulation: 'GDPR Art. 5(1)(c)',
  remediation: 'Drop it',
  docs: 'README.md#rule-never-store',
  enabled: true,
};

const rulesCases: InvalidCase[] = [
  { name: 'not a mapping', value: ['rules'], keywords: ['type'] },
  { name: 'missing version and rules, an unknown key', value: { extra: 1 }, keywords: ['required', 'additionalProperties'] },
  { name: 'version 2', value: { version: 2, rules: [RULE] }, keywords: ['const'] },
  { name: 'rules not a list', value: { version: 1, rules: { a: RULE } }, keywords: ['type'] },
  { name: 'an empty rule list', value: { version: 1, rules: [] }, keywords: ['minItems'] },
  {
    name: 'a rule with every field wrong',
    value: {
      version: 1,
      rules: [{ ...RULE, id: 'Never_Store', severity: 'loud', title: '', message: 3, docs: 'docs/rules.md', enabled: 'yes', extra: true }],
    },
    keywords: ['pattern', 'enum', 'minLength', 'type', 'additionalProperties'],
  },
  { name: 'a rule missing its required keys', value: { version: 1, rules: [{ id: 'never-store' }] }, keywords: ['required'] },
];

const configCases: InvalidCase[] = [
  { name: 'not a mapping', value: 'version: 1', keywords: ['type'] },
  { name: 'no version, an unknown key', value: { purpose: {} }, keywords: ['required', 'additionalProperties'] },
  { name: 'version 2, an empty organization', value: { version: 2, organization: '' }, keywords: ['const', 'minLength'] },
  {
    name: 'a purpose id against the pattern (propertyNames) and a purpose with bad values',
    value: {
      version: 1,
      purposes: {
        '-bad id': {},
        accounts: { legal_basis: 'consnt', special_category_condition: 'vibes', criminal_data_authority: '', retention: 'two years', extra: 1 },
      },
    },
    keywords: ['propertyNames', 'pattern', 'enum', 'minLength', 'format', 'additionalProperties'],
  },
  { name: 'iso-duration: P2Yjunk, a fraction and a bare P', value: { version: 1, purposes: { a: { retention: 'P2Yjunk' }, b: { retention: 'P1.5Y' }, c: { retention: 'P' } } }, keywords: ['format'] },
  { name: 'a retention that is a number', value: { version: 1, purposes: { a: { retention: 2 } } }, keywords: ['type'] },
  {
    name: 'datasets: an empty name, a field list with a duplicate, a single purpose, a bad purpose id',
    value: { version: 1, datasets: { '': {}, users: { retention_field: '', fields: { '': [], email: ['a', 'a'], phone: 'a', ip: ['bad id'] }, feilds: {} } } },
    keywords: ['propertyNames', 'minLength', 'uniqueItems', 'type', 'pattern', 'additionalProperties'],
  },
  {
    name: 'rule overrides: a bad severity, a mapping with bad values, a number',
    value: { version: 1, rules: { 'never-store': 'loud', 'over-collection': { severity: 'loud', enabled: 'yes', extra: 1 }, x: 3 } },
    keywords: ['anyOf', 'enum', 'type', 'additionalProperties'],
  },
  {
    name: 'accept: missing keys, empty strings, impossible and malformed dates',
    value: {
      version: 1,
      accept: [
        { rule: 'never-store' },
        { rule: '', reason: 'ok', dataset: '', field: '', owner: '', expires: '2026-02-30', extra: 1 },
        { rule: 'x', reason: 'ok', expires: '2026-2-3' },
        { rule: 'x', reason: 'ok', expires: 20260101 },
      ],
    },
    keywords: ['required', 'minLength', 'format', 'additionalProperties', 'type'],
  },
  { name: 'accept not a list', value: { version: 1, accept: { rule: 'x' } }, keywords: ['type'] },
  {
    name: 'scan: a sample below 1, an empty glob, globs not in a list, a bad fail_on',
    value: { version: 1, scan: { sample: 0, include: [''], exclude: 'x', fail_on: 'loud', extra: 1 } },
    keywords: ['minimum', 'minLength', 'type', 'enum', 'additionalProperties'],
  },
  { name: 'scan: a fractional sample', value: { version: 1, scan: { sample: 1.5 } }, keywords: ['type'] },
];

/** Values the custom formats and the other keywords must accept, beside the shipped files. */
const configValid: { name: string; value: unknown }[] = [
  { name: 'examples/datamin.yaml', value: yamlFile('examples/datamin.yaml') },
  {
    name: 'good durations and dates',
    value: {
      version: 1,
      purposes: { a: { retention: 'P2Y' }, b: { retention: 'P1Y6M' }, 'c.d_e-f': { retention: 'PT36H' }, g: { retention: 'P2W' } },
      accept: [
        { rule: 'never-store', reason: 'reviewed', expires: '2028-02-29' },
        { rule: 'x', reason: 'ok', expires: '2026-12-31' },
      ],
      rules: { 'never-store': 'off', x: { severity: 'low', enabled: false } },
      scan: { sample: 1, include: ['*.csv'], fail_on: 'info' },
    },
  },
];

const suites: { schema: SchemaName; invalid: InvalidCase[]; valid: { name: string; value: unknown }[] }[] = [
  { schema: 'rules-default', invalid: rulesCases, valid: [{ name: 'rules.default.yaml', value: yamlFile('rules.default.yaml') }] },
  { schema: 'datamin-config', invalid: configCases, valid: configValid },
];

describe.each(suites)('$schema: precompiled validator in dist', ({ schema, invalid, valid }) => {
  const precompiled = dist.schemaValidator(schema);
  const runtime = schemaValidator(schema);

  it('is the standalone module, while the sources compile with ajv', () => {
    // ajv attaches its compilation state to the functions it compiles; standalone code has none.
    expect('schemaEnv' in precompiled).toBe(false);
    expect('schemaEnv' in runtime).toBe(true);
  });

  it.each(invalid)('rejects $name with the same errors', ({ value, keywords }) => {
    expect(precompiled(value)).toBe(false);
    expect(runtime(value)).toBe(false);
    // Deep equality includes `schema`, `parentSchema` and `data`, which `verbose` adds.
    expect(precompiled.errors).toStrictEqual(runtime.errors);
    const seen = new Set((runtime.errors ?? []).map((e) => e.keyword));
    expect([...seen]).toEqual(expect.arrayContaining(keywords));
  });

  it.each(valid)('accepts $name', ({ value }) => {
    expect(runtime(value), JSON.stringify(runtime.errors)).toBe(true);
    expect(precompiled(value), JSON.stringify(precompiled.errors)).toBe(true);
    expect(precompiled.errors).toBeNull();
  });
});

describe('the compiled CLI', () => {
  it('loads the rule catalog without loading ajv itself', async () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const { loadRuleCatalog } = await import('./dist/config/rules.js');",
      'const catalog = await loadRuleCatalog();',
      'const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes("/node_modules/ajv/"));',
      'console.log(JSON.stringify({ rules: catalog.rules.length, errors: catalog.errors.length, loaded }));',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
    const report = JSON.parse(stdout) as { rules: number; errors: number; loaded: string[] };
    expect(report.rules).toBeGreaterThan(0);
    expect(report.errors).toBe(0);
    // Only the small runtime helpers the generated code requires, never ajv's compiler (dist/ajv.js, dist/core.js).
    expect(report.loaded.length).toBeGreaterThan(0);
    expect(report.loaded.every((file) => file.includes('/node_modules/ajv/dist/runtime/'))).toBe(true);
  });

  it('reports a broken datamin.yaml with the same located lines as the sources do', async () => {
    const dir = mkdtempSync(path.join(tempRoot, 'case-'));
    writeFileSync(path.join(dir, 'users.csv'), 'id,email\n1,anna.rossi@example.com\n');
    const config = [
      'version: 1',
      'purposes:',
      '  accounts:',
      '    legal_basis: consnt',
      '    retention: two years',
      'accept:',
      '  - rule: never-store',
      '    reason: reviewed',
      '    expires: 2026-02-30',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'datamin.yaml'), config);
    const spawned = await run(process.execPath, [path.join(root, 'bin/datamin.js'), 'scan', 'users.csv', '--format', 'json'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
    );
    expect(spawned.code, spawned.stderr).toBe(2);
    expect(spawned.stdout).toBe('');
    expect(spawned.stderr.split('\n').filter((line) => /^datamin: datamin\.yaml:\d+:\d+: /.test(line))).toEqual([
      "datamin: datamin.yaml:4:18: purposes.accounts.legal_basis: 'consnt' is not one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests",
      "datamin: datamin.yaml:5:16: purposes.accounts.retention: 'two years' is not an ISO 8601 duration (for example P2Y, P6M, P30D)",
      "datamin: datamin.yaml:9:14: accept.0.expires: '2026-02-30' is not a date (YYYY-MM-DD, for example 2026-01-31)",
    ]);
    const inProcess = await runCli(['scan', 'users.csv', '--format', 'json'], { cwd: dir });
    expect(spawned.stderr).toBe(inProcess.stderr);
  });
});
