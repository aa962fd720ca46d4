// The JSON result is a public contract: it validates against the published schema, and no raw
// value of the scanned data appears in any output format unless --show-values is given.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { FORMAT_IDS } from '../../src/reporters/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/scan-result.schema.json'), 'utf8')) as object;

/** Raw personal values of the bundled examples, read straight from the files. */
function rawValues(): string[] {
  const values = new Set<string>();
  const csvColumns: Record<string, string[]> = {
    'customers.csv': ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'street', 'iban', 'signup_ip'],
    'app-users.csv': ['username', 'password', 'password_hash', 'api_token', 'last_login_ip', 'device_id', 'latitude'],
  };
  for (const [file, columns] of Object.entries(csvColumns)) {
    const [header, ...rows] = readFileSync(path.join(root, 'examples', file), 'utf8').trim().split('\n');
    const names = header.split(',');
    for (const row of rows.slice(0, 40)) {
      const cells = row.split(',');
      for (const c of columns) values.add(cells[names.indexOf(c)]);
    }
  }
  for (const line of readFileSync(path.join(root, 'examples/orders.ndjson'), 'utf8').trim().split('\n').slice(0, 40)) {
    const order = JSON.parse(line) as { customer: { email: string }; payment: { card_number: string; cvv: string }; client_ip: string };
    values.add(order.customer.email).add(order.payment.card_number).add(order.client_ip);
  }
  // Short values (a 3-digit CVV, a first name like "Liam") also occur inside unrelated text.
  return [...values].filter((v) => v.length >= 6);
}

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
