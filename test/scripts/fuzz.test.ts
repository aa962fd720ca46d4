// scripts/fuzz.mjs: its verdicts (crash, leak, lost file) as unit tests, the leak check against
// a real report with and without --show-values, and a small seeded budget of the whole script.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crashReason, findLeaks, lostFiles, valueForms } from '../../scripts/fuzz/checks.mjs';
import { luhnCheckDigit, sentinels } from '../../scripts/fuzz/sentinels.mjs';
import { mulberry32 } from '../helpers/mulberry32.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('findLeaks', () => {
  const email = 'fz0a.vikanopux@example.org';
  const card = '4111 1111 1111 1111';
  const phone = '+44 20 7946 0123';

  it('finds a planted value as written, as digits alone, and behind markdown or JSON escapes', () => {
    expect(findLeaks([{ name: 'table', text: `evidence: ${email}` }], [email])).toEqual([{ output: 'table', value: email, form: email }]);
    expect(findLeaks([{ name: 'json', text: '"4111111111111111"' }], [card])).toEqual([{ output: 'json', value: card, form: '4111111111111111' }]);
    expect(findLeaks([{ name: 'md', text: 'fz0a\\.vikanopux@example\\.org' }], [email])).toHaveLength(1);
    expect(findLeaks([{ name: 'sarif', text: 'tel 442079460123' }], [phone])).toHaveLength(1);
  });

  it('does not take redacted evidence, or other text, for a leak', () => {
    const outputs = [{ name: 'json', text: '"examples":["f***@e***.org","**** **** **** 1111","+** ** **** *123"], "file": "customers-vikanopux.csv"' }];
    expect(findLeaks(outputs, [email, card, phone])).toEqual([]);
  });

  it('refuses a value too short to search for', () => {
    expect(() => findLeaks([], ['ab12'])).toThrow(/too short/);
  });

  it('searches digits alone only for values made of digits and separators', () => {
    expect(valueForms(phone)).toEqual([phone, '442079460123']);
    expect(valueForms('Maria Vexlorind')).toEqual(['Maria Vexlorind']);
    expect(valueForms('order 12345678')).toEqual(['order 12345678']);
  });
});

describe('crashReason', () => {
  it('accepts exit codes 0, 1 and 2 with a clean stderr', () => {
    for (const code of [0, 1, 2]) expect(crashReason({ code, signal: null, stderr: 'datamin: x.csv:3: bad quote' })).toBeUndefined();
  });
  it('calls any other exit, a signal, a stack trace or an internal error a crash', () => {
    expect(crashReason({ code: 134, signal: null, stderr: '' })).toBe('exit code 134');
    expect(crashReason({ code: null, signal: 'SIGSEGV', stderr: '' })).toBe('killed by SIGSEGV');
    expect(crashReason({ code: 2, signal: null, stderr: 'TypeError: x\n    at f (file:///a/b.js:1:2)\n' })).toMatch(/stderr/);
    expect(crashReason({ code: 2, signal: null, stderr: 'datamin: unexpected error: boom' })).toMatch(/stderr/);
  });
});

describe('lostFiles', () => {
  it('lists inputs named neither as a source, a dataset source nor an error file', () => {
    const result = { sources: [{ path: 'a.csv' }], datasets: [{ source: 'b.sql' }], errors: [{ file: 'c.json' }, {}] };
    expect(lostFiles(result, ['a.csv', 'b.sql', 'c.json', 'd.ndjson'])).toEqual(['d.ndjson']);
  });
});

describe('sentinels', () => {
  it('plants card numbers with a valid Luhn digit and unique emails', () => {
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    const s = sentinels(7, mulberry32(1));
    const emails = new Set(Array.from({ length: 50 }, () => s.email()));
    expect(emails.size).toBe(50);
    for (let i = 0; i < 50; i++) {
      const digits = s.card().replace(/\D/g, '');
      expect(luhnCheckDigit(digits.slice(0, -1))).toBe(digits.at(-1));
    }
  });
});

describe('the leak check on a real report', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-fuzz-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const s = sentinels(1, mulberry32(26));
  const values: string[] = [];
  const rows = Array.from({ length: 12 }, (_, i) => {
    const row = [s.email(), s.card(), s.name()];
    values.push(...row);
    return `${i + 1},${row.join(',')}`;
  });
  writeFileSync(path.join(dir, 'customers.csv'), `id,email,card_number,full_name\n${rows.join('\n')}\n`);

  it('sees the values a --show-values report prints, and none in a default one', async () => {
    const shown = await runCli(['scan', 'customers.csv', '--format', 'json', '--show-values'], { cwd: dir });
    expect(findLeaks([{ name: 'json', text: shown.stdout }], values).length).toBeGreaterThan(0);
    const redacted = await runCli(['scan', 'customers.csv', '--format', 'json'], { cwd: dir });
    expect(findLeaks([{ name: 'json', text: redacted.stdout }], values)).toEqual([]);
  });
});

describe('npm run fuzz', () => {
  // A small seeded budget over every source kind and format; the shapes of leaks being fixed
  // elsewhere are left out (--ci). `npm run fuzz -- --inputs 10000` is the full run.
  it('finds no crash, hang, leak or lost file in 40 seeded inputs', () => {
    const run = spawnSync(process.execPath, ['scripts/fuzz.mjs', '--inputs', '40', '--seed', '26', '--ci', '--jobs', '2', '--timeout-seconds', '60'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/fuzz: seed 26, 40 inputs: 0 crashes, 0 hangs, 0 leaks, 0 lost files\n$/);
    expect(run.status).toBe(0);
  }, 300_000);
});

describe('the fuzz script documentation', () => {
  it('is described in CONTRIBUTING.md and wired as npm run fuzz', () => {
    expect(readFileSync(path.join(root, 'CONTRIBUTING.md'), 'utf8')).toMatch(/npm run fuzz/);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.fuzz).toMatch(/scripts\/fuzz\.mjs/);
  });
});
