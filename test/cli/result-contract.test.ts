// The JSON result is a public contract: it validates against the published schema, and no raw
// value of the scanned data appears in any output format unless --show-values is given.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { FORMAT_IDS } from '../../src/reporters/index.js';
import { rawValues } from '../helpers/example-values.js';

const root = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/scan-result.schema.json'), 'utf8')) as object;


describe('result contract', () => {
  it('validates against schemas/scan-result.schema.json', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const run = await runCli(['scan', 'examples', '--format', 'json'], { cwd: root });
    const result: unknown = JSON.parse(run.stdout);
    expect(validate(result), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('a result with errors validates too', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const run = await runCli(['scan', 'broken.json', 'people.csv', 'nothing.csv', '--format', 'json'], { cwd: path.join(root, 'test/fixtures/cli/ng.truncated-json') });
    expect(run.code).toBe(2);
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

describe('redaction', () => {
  const raw = rawValues();
  it('has raw values to look for', () => {
    expect(raw.length).toBeGreaterThan(200);
  });
  for (const format of FORMAT_IDS) {
    it(`prints no raw personal value in --format ${format}`, async () => {
      const run = await runCli(['scan', 'examples', '--format', format, '--verbose'], { cwd: root });
      const output = run.stdout + run.stderr;
      expect(output.length).toBeGreaterThan(1000);
      const leaked = raw.filter((v) => output.includes(v));
      expect(leaked).toEqual([]);
    });
  }
  it('shows raw values only with --show-values', async () => {
    const run = await runCli(['scan', 'examples/customers.csv', '--format', 'json', '--show-values'], { cwd: root });
    const leaked = raw.filter((v) => run.stdout.includes(v));
    expect(leaked.length).toBeGreaterThan(0);
  });
});
