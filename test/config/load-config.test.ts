// loadConfig: discovery, parsing with positions, schema errors worded for people, all errors at once.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/index.js';
import { expectLinearTime } from '../helpers/linear-time.js';

const fixtures = fileURLToPath(new URL('../fixtures/config/', import.meta.url));
const RULE_IDS = ['minimization-sparse-field', 'never-store', 'retention-exceeded', 'stale-declaration'];

/** Parses an inline config (file name `datamin.yaml`) against a fixed rule list. */
function parse(text: string) {
  return parseConfig(text, 'datamin.yaml', RULE_IDS);
}

describe('loadConfig: a valid file', () => {
  it('returns the purpose map, overrides and scan settings', async () => {
    const { config, errors } = await loadConfig({ searchFrom: join(fixtures, 'valid') });
    expect(errors).toEqual([]);
    expect(config?.file).toBe(join(fixtures, 'valid', 'datamin.yaml'));
    expect(config?.organization).toBe('Acme GmbH');
    expect(config?.purposeMap?.purposes['wellness-programme']).toEqual({
      legal_basis: 'consent',
      special_category_condition: 'explicit_consent',
      retention: 'P1Y',
    });
    expect(config?.purposeMap?.datasets['export_*']?.fields?.email).toEqual(['order-fulfilment', 'fraud-prevention']);
    expect(config?.rules).toEqual({
      'retention-exceeded': { severity: 'critical' },
      'minimization-sparse-field': { enabled: false },
      'stale-declaration': { enabled: false },
      'never-store': { severity: 'high' },
    });
    expect(config?.scan).toEqual({ sample: 10000, include: ['**/*.csv'], exclude: ['archive/**'], failOn: 'high' });
  });

  it('records where purposes, datasets and fields are declared', async () => {
    const { config } = await loadConfig({ searchFrom: join(fixtures, 'valid') });
    const locations = config?.purposeMap?.locations ?? {};
    const file = join(fixtures, 'valid', 'datamin.yaml');
    expect(locations['purposes.fraud-prevention']).toEqual({ file, line: 9, column: 3 });
    expect(locations['datasets.customers']).toEqual({ file, line: 21, column: 3 });
    expect(locations['datasets.customers.retention_field']).toEqual({ file, line: 22, column: 5 });
    expect(locations['datasets.customers.fields.shipping.*']).toEqual({ file, line: 26, column: 7 });
  });

  it('leaves the purpose map undefined when the file has only settings', () => {
    const { config, errors } = parse('version: 1\nscan:\n  fail_on: low\n');
    expect(errors).toEqual([]);
    expect(config?.purposeMap).toBeUndefined();
    expect(config?.scan.failOn).toBe('low');
  });
});

describe('loadConfig: discovery', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'datamin-config-'));
  });
  afterAll(async () => {
    await rm(empty, { recursive: true, force: true });
  });

  it('finds datamin.yml in a parent folder', async () => {
    const { config, errors } = await loadConfig({ searchFrom: join(fixtures, 'nested', 'one', 'two') });
    expect(errors).toEqual([]);
    expect(config?.file).toBe(join(fixtures, 'nested', 'datamin.yml'));
    expect(config?.scan.failOn).toBe('medium');
  });

  it('returns neither config nor error when no file exists up to the root', async () => {
    expect(await loadConfig({ searchFrom: empty })).toEqual({ errors: [] });
  });

  it('reports a missing --config file', async () => {
    const { config, errors } = await loadConfig({ searchFrom: empty, explicitPath: 'nope/datamin.yaml' });
    expect(config).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ConfigError);
    expect(errors[0]).toMatchObject({ code: 'config-error', reason: 'not-found', file: 'nope/datamin.yaml', line: undefined });
    expect(errors[0].format()).toBe('nope/datamin.yaml: config file not found: nope/datamin.yaml');
  });

  it('uses an explicit --config path relative to searchFrom', async () => {
    const { config, errors } = await loadConfig({ searchFrom: fixtures, explicitPath: 'valid/datamin.yaml' });
    expect(errors).toEqual([]);
    expect(config?.organization).toBe('Acme GmbH');
  });
});

describe('loadConfig: errors', () => {
  it('reports bad YAML syntax once, with line and column', async () => {
    const { config, errors } = await loadConfig({ searchFrom: join(fixtures, 'bad-syntax') });
    expect(config).toBeUndefined();
    expect(errors).toHaveLength(1);
    // The yaml parser points at the start of the misaligned line.
    expect(errors[0]).toMatchObject({ reason: 'yaml-syntax', line: 5, column: 1 });
    expect(errors[0].message).toBe('YAML syntax error: All mapping items must start at the same column');
  });

  it('reports a duplicate key at the second occurrence', () => {
    const { errors } = parse('version: 1\nscan:\n  sample: 1\n  sample: 2\n');
    expect(errors.map((e) => [e.reason, e.line, e.column, e.message])).toEqual([['yaml-syntax', 4, 3, 'YAML syntax error: Map keys must be unique']]);
  });

  it('treats an empty file as a map without version, and rejects a list at the top', () => {
    expect(parse('').errors.map((e) => [e.line, e.column, e.message])).toEqual([[1, 1, "missing required key 'version'"]]);
    expect(parse('- version: 1\n').errors.map((e) => e.message)).toEqual(['expected a mapping (key: value), got a list']);
  });

  it('names an unknown key and the keys that are allowed', () => {
    const { errors } = parse('version: 1\ndatasets:\n  customers:\n    feilds:\n      email: [a]\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      reason: 'unknown-key',
      message: "datasets.customers: unknown key 'feilds' (expected one of retention_field, fields, subject, timestamp_field, release, group_by, k)",
      line: 4,
      column: 5,
      path: 'datasets.customers',
    });
  });

  it('lists the allowed values of an enum', () => {
    const { errors } = parse('version: 1\npurposes:\n  marketing:\n    legal_basis: consnt\n');
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [
        4,
        18,
        "purposes.marketing.legal_basis: 'consnt' is not one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests",
      ],
    ]);
  });

  it('rejects a retention that is not an ISO 8601 duration', () => {
    for (const bad of ['two years', 'P', 'P2Yjunk', 'P1.5Y', '-P1Y']) {
      const { errors } = parse(`version: 1\npurposes:\n  x:\n    retention: ${bad}\n`);
      expect(errors.map((e) => e.message)).toEqual([`purposes.x.retention: '${bad}' is not an ISO 8601 duration (for example P2Y, P6M, P30D)`]);
      expect(errors[0]).toMatchObject({ reason: 'invalid-duration', line: 4, column: 16 });
    }
  });

  it('rejects an override for a rule that does not exist', () => {
    const { errors } = parse('version: 1\nrules:\n  never-stor: off\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reason: 'unknown-rule', line: 3, column: 3, path: 'rules.never-stor' });
    expect(errors[0].message).toContain("unknown rule id 'never-stor'");
  });

  it('explains a malformed rule override', () => {
    const { errors } = parse('version: 1\nrules:\n  never-store: bogus\n  stale-declaration: { severty: low }\n');
    expect(errors.map((e) => e.message)).toEqual([
      "rules.never-store: expected 'off', a severity (critical, high, medium, low, info) or { severity, enabled }, got 'bogus'",
      "rules.stale-declaration: unknown key 'severty' (expected one of severity, enabled)",
    ]);
  });

  it('requires version 1', () => {
    expect(parse('purposes: {}\n').errors.map((e) => e.message)).toEqual(["missing required key 'version'"]);
    expect(parse('version: 2\n').errors.map((e) => e.message)).toEqual(['version: 2 is not supported (expected 1)']);
  });

  it('reports a wrong type with what it got', () => {
    const { errors } = parse('version: 1\ndatasets:\n  customers:\n    fields:\n      email: marketing\n');
    expect(errors.map((e) => e.message)).toEqual(["datasets.customers.fields.email: expected a list, got 'marketing'"]);
  });

  it('collects every error in file order, not only the first', async () => {
    const { config, errors } = await loadConfig({ searchFrom: join(fixtures, 'many-errors') });
    expect(config).toBeUndefined();
    expect(errors.map((e) => `${e.line}:${e.column} ${e.reason}`)).toEqual([
      '4:18 invalid-value',
      '5:16 invalid-duration',
      '9:5 unknown-key',
      '12:3 unknown-rule',
      '14:12 invalid-value',
    ]);
    expect(errors.every((e) => e.file.endsWith('datamin.yaml'))).toBe(true);
  });

  it('formats as file:line:column: message, relative to a working directory', async () => {
    const { errors } = await loadConfig({ searchFrom: join(fixtures, 'many-errors') });
    expect(errors[0].format(join(fixtures, 'many-errors'))).toBe(
      "datamin.yaml:4:18: purposes.marketing.legal_basis: 'consnt' is not one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests",
    );
    expect(errors[0].toScanError()).toMatchObject({ code: 'config-error', line: 4, column: 18, level: 'error' });
  });
});

describe('loadConfig: big purpose maps', () => {
  /** A purpose map declaring `n` datasets, as `datamin init` drafts them. */
  function purposeMap(n: number): string {
    let text = 'version: 1\npurposes:\n  billing:\n    legal_basis: contract\n    retention: P1Y\ndatasets:\n';
    for (let i = 0; i < n; i++) text += `  table_${i}:\n    fields:\n      email_${i}: [billing]\n      "address_${i}.*": [billing]\n`;
    return text;
  }

  // Each key's location was found by a linear search of its mapping, and the yaml package checked
  // each key against every earlier one for duplicates: a 50 MB file gave no answer in minutes.
  it('parses and locates the keys of many datasets in linear time', async () => {
    await expectLinearTime('datasets', 1_500, purposeMap, (text) => {
      const { config, errors } = parse(text);
      expect(errors).toEqual([]);
      expect(Object.keys(config?.purposeMap?.locations ?? {}).length).toBeGreaterThan(1_500);
    }, { runs: 2 });
  });

  it('still reports a repeated dataset key, at its second occurrence, and only the first', () => {
    const text = purposeMap(3) + '  table_1:\n    fields: {}\n  table_2: {}\n';
    expect(parse(text).errors.map((e) => [e.reason, e.line, e.column, e.message])).toEqual([['yaml-syntax', 19, 3, 'YAML syntax error: Map keys must be unique']]);
  });

  it('refuses a datamin.yaml over 4 MiB with one config error, before parsing it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'datamin-big-config-'));
    try {
      await writeFile(join(dir, 'datamin.yaml'), `version: 1\n${'#'.repeat(80)}\n`.repeat(60_000));
      const { config, errors } = await loadConfig({ searchFrom: dir });
      expect(config).toBeUndefined();
      expect(errors.map((e) => [e.reason, e.message])).toEqual([
        ['too-large', "config file is 5.3 MiB, over the 4.0 MiB a datamin.yaml may have; declare datasets with globs ('orders_*') to shorten it"],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
