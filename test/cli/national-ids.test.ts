// End to end through bin/datamin.js (issue 28): for each national identity scheme, a CSV whose
// column c1 holds valid numbers and c2 the same numbers with a wrong check digit. c1 is reported
// with its category, c2 is not, and no number appears in the output.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aadhaar, cnp, cpf, egn, fodselsnummer, hetu, nric, personnummer, pesel, residentId, rijksregisternummer, seeded, tcKimlik, zaIdNumber } from '../helpers/natid-generators.js';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The value with its last digit shifted by one (the digit before a check letter: HETU, NRIC, an X check). */
function wrongCheck(value: string): string {
  const last = value.length - 1;
  const i = /\d/.test(value[last]) ? last : last - 1;
  return value.slice(0, i) + String((Number(value[i]) + 1) % 10) + value.slice(i + 1);
}

const rnd = seeded(2026);
const SCHEMES: Record<string, { category: string; values: string[] }> = {
  'pl-pesel': { category: 'government.national_id', values: Array.from({ length: 40 }, () => pesel(rnd)) },
  'se-personnummer': { category: 'government.national_id', values: Array.from({ length: 40 }, (_, i) => personnummer(rnd, i % 2 === 0 ? 'short' : 'long')) },
  'fi-hetu': { category: 'government.national_id', values: Array.from({ length: 40 }, () => hetu(rnd)) },
  'no-fodselsnummer': { category: 'government.national_id', values: Array.from({ length: 40 }, () => fodselsnummer(rnd)) },
  'be-rijksregisternummer': { category: 'government.national_id', values: Array.from({ length: 40 }, (_, i) => rijksregisternummer(rnd, i % 2 === 0)) },
  'ro-cnp': { category: 'government.national_id', values: Array.from({ length: 40 }, () => cnp(rnd)) },
  'bg-egn': { category: 'government.national_id', values: Array.from({ length: 40 }, () => egn(rnd)) },
  'tr-tc-kimlik': { category: 'government.national_id', values: Array.from({ length: 40 }, () => tcKimlik(rnd)) },
  'cn-resident-id': { category: 'government.national_id', values: Array.from({ length: 40 }, () => residentId(rnd)) },
  'za-id-number': { category: 'government.national_id', values: Array.from({ length: 40 }, () => zaIdNumber(rnd)) },
  'in-aadhaar': { category: 'government.national_id', values: Array.from({ length: 40 }, (_, i) => aadhaar(rnd, i % 2 === 0)) },
  'sg-nric': { category: 'government.national_id', values: Array.from({ length: 40 }, () => nric(rnd)) },
  'br-cpf': { category: 'government.national_id', values: Array.from({ length: 40 }, (_, i) => cpf(rnd, i % 2 === 0)) },
};

interface JsonField { dataset: string; field: string; categories: Array<{ id: string; detectors: string[]; examples: string[] }> }
let dir: string;
let stdout: string;
let fields: JsonField[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'datamin-natid-'));
  for (const [id, { values }] of Object.entries(SCHEMES)) {
    writeFileSync(path.join(dir, `${id}.csv`), 'c1,c2\n' + values.map((v) => `${v},${wrongCheck(v)}`).join('\n') + '\n');
  }
  ({ stdout } = await run(process.execPath, [path.join(root, 'bin/datamin.js'), 'scan', dir, '--format', 'json'], { cwd: dir }));
  fields = (JSON.parse(stdout) as { fields: JsonField[] }).fields;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.entries(SCHEMES))('%s', (id, { category, values }) => {
  const field = (name: string): JsonField => fields.find((f) => f.dataset === id && f.field === name)!;

  it('reports c1 (valid numbers) with the category and this detector', () => {
    const hit = field('c1').categories.find((c) => c.id === category);
    expect(hit?.detectors).toContain(id);
  });

  it('does not report c2 (wrong check digits) as an identity number', () => {
    expect(field('c2').categories.map((c) => c.id)).not.toContain(category);
  });

  it('prints no number, only redacted examples', () => {
    for (const v of values) {
      expect(stdout).not.toContain(v);
      expect(stdout).not.toContain(wrongCheck(v));
    }
    for (const example of field('c1').categories.flatMap((c) => c.examples)) expect(example).toMatch(/\*{3}/);
  });
});
