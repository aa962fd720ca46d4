// SARIF 2.1.0 output: valid against the official schema (test/fixtures/sarif/, copied from
// ../shared/schemas so CI needs nothing outside the repo), every rule with its help, each
// finding at its declaration line or its table and column, fingerprints and baseline state.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { FINGERPRINT_KEY, sarif, sarifLevel, toSarif } from '../../src/reporters/sarif.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/sarif');
const ciResult = JSON.parse(readFileSync(path.join(fixtures, 'ci-result.json'), 'utf8')) as ScanResult;

function sarifValidator(): (log: unknown) => string[] {
  const ajv = new AjvDraft04.default({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8')) as object);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}
const validateSarif = sarifValidator();

async function cliSarif(args: string[], cwd: string): Promise<{ code: number; log: Sarif.Log }> {
  const run = await runCli(['scan', ...args, '--format', 'sarif'], { cwd });
  return { code: run.code, log: JSON.parse(run.stdout) as Sarif.Log };
}

describe('sarif reporter', () => {
  it('the test result fixture is itself a valid scan result', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas/scan-result.schema.json'), 'utf8')) as object);
    expect(validate(ciResult), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an invalid log (the validator can fail)', () => {
    const log = toSarif(ciResult);
    const broken = { ...log, runs: [{ ...log.runs[0], results: [{ message: {}, level: 'fatal' }] }] };
    expect(validateSarif(broken).length).toBeGreaterThan(0);
  });

  it('the SARIF of the bundled examples validates against the SARIF 2.1.0 schema', async () => {
    const { code, log } = await cliSarif(['examples'], root);
    expect(code).toBe(1);
    expect(validateSarif(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results?.length).toBeGreaterThan(10);
  });

  it('lists every rule of the result with help, regulation and remediation', async () => {
    const json = await runCli(['scan', 'examples', '--format', 'json'], { cwd: root });
    const result = JSON.parse(json.stdout) as ScanResult;
    const driver = toSarif(result).runs[0].tool.driver;
    expect(driver.name).toBe('datamin');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules?.map((r) => r.id)).toEqual(result.rules.map((r) => r.id));
    for (const [i, rule] of (driver.rules ?? []).entries()) {
      const meta = result.rules[i];
      expect(rule.shortDescription?.text).toBe(meta.title);
      expect(rule.fullDescription?.text).toBe(meta.description);
      expect(rule.help?.markdown).toContain(meta.remediation);
      expect(rule.help?.markdown).toContain(meta.regulation);
      expect(rule.help?.text).toContain(meta.regulation);
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*#rule-${meta.id}$`));
      expect(rule.properties?.tags).toContain('privacy');
    }
  });

  it('points a schema-file finding at the line that declares the field', async () => {
    const { log } = await cliSarif(['.'], path.join(fixtures, 'prisma'));
    expect(validateSarif(log)).toEqual([]);
    const phone = log.runs[0].results?.find((r) => r.ruleId === 'undeclared-personal-field');
    expect(phone?.locations?.[0].physicalLocation).toEqual({ artifactLocation: { uri: 'schema.prisma', uriBaseId: '%SRCROOT%' }, region: { startLine: 10 } });
    expect(phone?.locations?.[0].logicalLocations).toEqual([{ name: 'phone', fullyQualifiedName: 'Customer.phone', kind: 'column' }]);
  });

  it('points a CSV finding at the header line and a database finding at its table and column', () => {
    const results = toSarif(ciResult).runs[0].results ?? [];
    const csv = results.find((r) => r.partialFingerprints?.[FINGERPRINT_KEY] === '0123456789abcdef');
    expect(csv?.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('exports/customers.csv');
    expect(csv?.locations?.[0].physicalLocation?.region?.startLine).toBe(1);
    const database = results.find((r) => r.partialFingerprints?.[FINGERPRINT_KEY] === '3333333333333333');
    expect(database?.locations).toEqual([{ logicalLocations: [{ name: 'ip', fullyQualifiedName: 'public.users.ip', kind: 'column' }] }]);
    expect(JSON.stringify(database)).not.toContain('postgres://');
  });

  it('maps severities to levels', () => {
    expect(['critical', 'high', 'medium', 'low', 'info'].map((s) => sarifLevel(s as 'high'))).toEqual(['error', 'error', 'warning', 'note', 'note']);
  });

  it('carries fingerprints, baseline state and the reason of an accepted finding', () => {
    const log = toSarif(ciResult);
    expect(validateSarif(log)).toEqual([]);
    const results = log.runs[0].results ?? [];
    expect(results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])).toEqual(ciResult.findings.map((f) => f.fingerprint));
    expect(results.map((r) => r.baselineState)).toEqual(['new', 'new', 'unchanged', 'new', 'unchanged']);
    expect(results[2].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'in the baseline since 2026-06-01' }]);
    expect(results[4].suppressions?.[0].justification).toBe('legal basis under review');
    expect(results[0].suppressions).toBeUndefined();
    expect(results[1].properties?.acceptanceExpired).toBe('2026-01-31');
    expect(results.map((r) => r.ruleIndex)).toEqual([2, 1, 2, 0, 1]);
  });

  it('has no baseline state when the scan ran without a baseline', async () => {
    const { log } = await cliSarif(['.'], path.join(fixtures, 'prisma'));
    expect(log.runs[0].results?.every((r) => r.baselineState === undefined)).toBe(true);
  });

  it('never prints field evidence, even when the result carries raw values', async () => {
    const text = await sarif(ciResult, { color: false });
    expect(text).not.toContain('anna.raw@example.org');
  });
});
