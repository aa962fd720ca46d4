// The README's "What stops a scan" lines that no other CLI test proved (the table of which test
// proves each line is in the issue 26 note): a datamin.yaml over the cap and two formats on one
// file bail before anything is read or written; an output onto an input through a link bails;
// a detector that throws costs that detector on that input only; the baseline and init commands
// after a scan with errors; capped warnings of a ragged CSV and a bad NDJSON leave the exit code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import email from '../../src/detectors/value/email.js';
import { runCli } from '../helpers/run-cli.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-what-stops-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const customers = ['id,email,name', ...Array.from({ length: 40 }, (_, i) => `${i},user${i}@example.org,Person ${i}`)].join('\n') + '\n';

/** A project folder with data/customers.csv (and any other files given). */
function project(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data/customers.csv'), customers);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('bails: exit 2, nothing scanned and nothing written', () => {
  it('a datamin.yaml over 4 MiB: one line naming the file and the count, no report', async () => {
    const cwd = project('big-config', { 'datamin.yaml': `version: 1\n${'# padding\n'.repeat(450_000)}` });
    const run = await runCli(['scan', 'data', '--format', 'json'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^datamin: datamin\.yaml: config file is 4\.\d MiB, over the 4\.0 MiB a datamin\.yaml may have/),
      'datamin: 1 problem in the configuration; nothing was scanned',
    ]);
  });

  it('two formats writing the same file: nothing is written', async () => {
    const cwd = project('same-file');
    const run = await runCli(['scan', 'data', '--format', 'json=out/report', '--format', 'sarif=out/report'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/two formats would write the same file/);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('an output that is a scanned input through a symbolic link: the input is left whole', async () => {
    const cwd = project('through-link');
    symlinkSync(path.join(cwd, 'data/customers.csv'), path.join(cwd, 'report.json'));
    for (const args of [['scan', 'data', '--output', 'report.json'], ['scan', 'data', '--format', 'table', '--format', 'json=report.json']]) {
      const run = await runCli(args, { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/is one of the scanned inputs/);
      expect(readFileSync(path.join(cwd, 'data/customers.csv'), 'utf8')).toBe(customers);
    }
  });
});

describe('errors: exit 2, everything else still scanned and reported', () => {
  it('a file of a kind datamin does not read, given by name, is an error naming it; the others are scanned', async () => {
    const cwd = project('unsupported-file', { 'data/notes.xyz': 'ann@example.com\n' });
    const run = await runCli(['scan', 'data/notes.xyz', 'data/customers.csv', '--format', 'json', '--fail-on', 'critical'], { cwd });
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors.map((e) => [e.level, e.file, e.message])).toEqual([['error', 'data/notes.xyz', expect.stringMatching(/^unsupported file type \(supported: .*\.csv/)]]);
    expect(result.datasets.map((d) => d.name)).toEqual(['customers']);
    expect(run.stdout).not.toContain('ann@example.com');
    expect(run.code).toBe(2);
  });

  it('a FIFO or a device given by name is never opened: an error saying what it is; the others are scanned', async () => {
    const cwd = project('not-regular');
    execFileSync('mkfifo', [path.join(cwd, 'data/export.csv')]);
    const run = await runCli(['scan', 'data/export.csv', '/dev/zero', 'data/customers.csv', '--format', 'json', '--fail-on', 'critical'], { cwd });
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors.map((e) => [e.file, e.message])).toEqual([
      ['/dev/zero', 'a device, not a regular file: never read'],
      ['data/export.csv', 'a FIFO, not a regular file: never read'],
    ]);
    expect(result.datasets.map((d) => d.name)).toEqual(['customers']);
    expect(run.code).toBe(2);
  });

  it('a detector that throws is skipped for that input only, named without the value', async () => {
    const cwd = project('detector-throws', { 'data/contacts.csv': ['id,email', ...Array.from({ length: 40 }, (_, i) => `${i},c${i}@example.org`)].join('\n') + '\n' });
    writeFileSync(path.join(cwd, 'data/customers.csv'), customers.replace('user7@example.org', 'boom7@example.org'));
    const match = email.match.bind(email);
    const spy = vi.spyOn(email, 'match').mockImplementation((value) => {
      if (value.startsWith('boom')) throw new RangeError(`cannot judge ${value}`);
      return match(value);
    });
    let run: Awaited<ReturnType<typeof runCli>>;
    try {
      run = await runCli(['scan', 'data', '--format', 'json', '--fail-on', 'critical'], { cwd });
    } finally {
      spy.mockRestore();
    }
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([
      { code: 'detector-error', level: 'error', file: 'data/customers.csv', message: 'detector email failed (RangeError) and was skipped for this input' },
    ]);
    expect(run.stdout).not.toContain('boom7');
    // The other input keeps the detector; the failing input is still profiled (its e-mail column by its name).
    const categories = (dataset: string): string[] => result.fields.filter((f) => f.dataset === dataset && f.field === 'email').flatMap((f) => f.categories.map((c) => c.id));
    expect(categories('contacts')).toEqual(['contact.email']);
    expect(categories('customers')).toEqual(['contact.email']);
    expect(result.fields.find((f) => f.dataset === 'contacts' && f.field === 'email')?.categories[0]?.detectors).toContain('email');
    expect(run.code).toBe(2);
  });

  it('datamin baseline writes nothing after a scan with errors', async () => {
    const cwd = project('baseline-after-errors');
    const run = await runCli(['baseline', 'data', 'missing.csv'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the scan had errors; (\S+) was not written/);
    const baseline = /the scan had errors; (\S+) was not written/.exec(run.stderr)?.[1] ?? '';
    expect(existsSync(path.join(cwd, baseline))).toBe(false);
  });

  it('datamin init writes its draft after a scan with errors, and exits 2', async () => {
    const cwd = project('init-after-errors');
    const run = await runCli(['init', 'data', 'missing.csv'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.csv/);
    expect(run.stdout).toMatch(/^wrote data\/datamin\.yaml/);
    expect(readFileSync(path.join(cwd, 'data/datamin.yaml'), 'utf8')).toMatch(/customers:/);
  });
});

describe('warnings: listed in the report, exit code unchanged', () => {
  it('ragged CSV rows and bad NDJSON lines: the first five of each by line, then a count', async () => {
    const ragged = customers.trimEnd().split('\n').map((line, i) => (i >= 5 && i < 40 ? `${line},extra` : line));
    const events = Array.from({ length: 60 }, (_, i) => (i % 2 ? JSON.stringify({ id: i, email: `n${i}@example.org` }) : '{bad'));
    const cwd = project('capped-warnings', { 'data/customers.csv': ragged.join('\n') + '\n', 'data/events.ndjson': events.join('\n') + '\n' });
    const run = await runCli(['scan', 'data', '--format', 'json', '--fail-on', 'critical'], { cwd });
    const result = JSON.parse(run.stdout) as ScanResult;
    const of = (file: string): Array<[number | undefined, string]> => result.errors.filter((e) => e.file === file).map((e) => [e.line, e.message]);
    expect(result.errors.every((e) => e.level === 'warning')).toBe(true);
    expect(of('data/customers.csv')).toEqual([
      [undefined, '35 CSV problems in total (30 more not shown)'],
      ...[6, 7, 8, 9, 10].map((line): [number, string] => [line, `row on line ${line} has 4 cells, the header has 3 (extra cells ignored)`]),
    ]);
    expect(of('data/events.ndjson')).toEqual([
      [undefined, '30 invalid NDJSON lines in total (25 more not shown)'],
      ...[1, 3, 5, 7, 9].map((line): [number, string] => [line, `invalid JSON on line ${line}`]),
    ]);
    expect(result.datasets.map((d) => [d.name, d.rows])).toEqual([['customers', 40], ['events', 30]]);
    expect(run.code).toBe(0);
  });
});
