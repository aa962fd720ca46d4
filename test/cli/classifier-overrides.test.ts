// Issue 28: `overrides:` in datamin.yaml win over classification in every output (JSON inventory,
// HTML and PDF record of processing), say they were set by the purpose map, and an override that
// matches no field or changes nothing is reported.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { TAXONOMY } from '../../src/model/taxonomy.js';
import { runCli } from '../helpers/run-cli.js';
import { pdfText, tools } from '../reporters/html-pdf-support.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-overrides-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const rows = ['id,email,fingerprint'];
for (let i = 0; i < 40; i++) rows.push(`${i},user${i}@example.com,${(i * 7919).toString(16).padStart(8, '0')}`);
writeFileSync(path.join(work, 'visitors.csv'), `${rows.join('\n')}\n`);

const MAP = `version: 1
purposes:
  analytics:
    legal_basis: legitimate_interests
    retention: P1Y
datasets:
  visitors:
    fields:
      email: [analytics]
      fingerprint: [analytics]
`;

async function scan(config: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  writeFileSync(path.join(work, 'datamin.yaml'), MAP + config);
  return runCli(['scan', 'visitors.csv', ...args], { cwd: work });
}

async function json(config: string): Promise<ScanResult> {
  const run = await scan(config, '--format', 'json');
  expect(run.stderr).not.toContain('problem');
  return JSON.parse(run.stdout) as ScanResult;
}

const field = (result: ScanResult, name: string) => result.fields.find((f) => f.field === name)!;

/** The HTML report's record-of-processing section. */
function processingHtml(html: string): string {
  const start = html.indexOf('id="processing"');
  return html.slice(start, html.indexOf('</section>', start));
}

const PERSONAL_FALSE = `overrides:
  - dataset: visitors
    field: email
    personal: false
    reason: synthetic test addresses, no person behind them
`;

describe('overrides in datamin.yaml', () => {
  it('without an override, the email column is personal data in the inventory and the record', async () => {
    const result = await json('');
    expect(field(result, 'email').categories.map((c) => c.id)).toEqual(['contact.email']);
    expect(result.processing?.purposes[0].categories).toContain('contact.email');
  });

  it('personal: false removes the category from the JSON inventory and the record of processing, and says why', async () => {
    const result = await json(PERSONAL_FALSE);
    const email = field(result, 'email');
    expect(email.categories).toEqual([]);
    expect(email.override).toEqual({ reason: 'synthetic test addresses, no person behind them', file: 'datamin.yaml', line: 12, detected: ['contact.email'] });
    expect(result.processing?.purposes[0].categories).not.toContain('contact.email');
    expect(result.findings.filter((f) => f.field === 'email')).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('personal: false removes the category from the HTML record of processing', async () => {
    writeFileSync(path.join(work, 'datamin.yaml'), MAP);
    await runCli(['scan', 'visitors.csv', '--format', 'html', '--output', 'before.html'], { cwd: work });
    await scan(PERSONAL_FALSE, '--format', 'html', '--output', 'after.html');
    expect(processingHtml(readFileSync(path.join(work, 'before.html'), 'utf8'))).toContain('contact.email');
    expect(processingHtml(readFileSync(path.join(work, 'after.html'), 'utf8'))).not.toContain('contact.email');
  });

  it.runIf(tools.poppler)('personal: false removes the category from the PDF record of processing', async () => {
    writeFileSync(path.join(work, 'datamin.yaml'), MAP);
    await runCli(['scan', 'visitors.csv', '--format', 'pdf', '--output', 'before.pdf'], { cwd: work });
    await scan(PERSONAL_FALSE, '--format', 'pdf', '--output', 'after.pdf');
    // The record's page: from its heading (the second "Record of processing", after the contents) to the next section.
    const record = (file: string): string => {
      const text = pdfText(path.join(work, file));
      const start = text.indexOf('Record of processing', text.indexOf('Record of processing') + 1);
      return text.slice(start, text.indexOf('Inventory by dataset', start));
    };
    const title = TAXONOMY['contact.email'].title;
    expect(record('before.pdf')).toContain(title);
    expect(record('after.pdf')).not.toContain(title);
  });

  it('categories: [...] sets the category, marked as set by the purpose map, in the inventory and the record', async () => {
    const result = await json(`overrides:
  - field: fingerprint
    categories: [special.biometric]
    reason: raw fingerprint template from the door reader
`);
    const [match] = field(result, 'fingerprint').categories;
    expect(match).toMatchObject({ id: 'special.biometric', setBy: 'purpose-map', confidence: 1 });
    expect(match.reasons[0]).toBe('set by the purpose map (datamin.yaml:12): raw fingerprint template from the door reader');
    expect(result.processing?.purposes[0].categories).toContain('special.biometric');
  });

  it('reports an override that matches no scanned field, and one that agrees with detection, as warnings with their line', async () => {
    const run = await scan(`overrides:
  - field: no_such_column
    personal: false
    reason: the column was dropped last year
  - field: email
    categories: [contact.email]
    reason: it is an email
`, '--format', 'json');
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors.map((e) => [e.code, e.level, e.file, e.line])).toEqual([
      ['override-unused', 'warning', 'datamin.yaml', 12],
      ['override-redundant', 'warning', 'datamin.yaml', 15],
    ]);
    expect(run.code).not.toBe(2);
  });

  it('rejects an override with an unknown category or without a verdict, naming the line (exit 2)', async () => {
    const run = await scan(`overrides:
  - field: email
    categories: [contact.mail]
    reason: typo
  - field: id
    reason: no verdict
`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("datamin.yaml:13:18: overrides.0.categories.0: unknown category 'contact.mail'");
    expect(run.stderr).toContain("datamin.yaml:15:5: overrides.1: give either 'personal: false' or 'categories: [...]'");
  });

  it('under --changed-only, an override about a dataset the scan did not read is not reported as unused', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'datamin-overrides-git-'));
    try {
      const git = (...args: string[]): void => {
        execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
      };
      writeFileSync(path.join(repo, 'visitors.csv'), `${rows.join('\n')}\n`);
      writeFileSync(path.join(repo, 'staff.csv'), 'id,badge\n1,a\n');
      writeFileSync(path.join(repo, 'datamin.yaml'), `${MAP}overrides:\n  - dataset: staff\n    field: badge\n    personal: false\n    reason: door badge serials\n`);
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      writeFileSync(path.join(repo, 'visitors.csv'), `${rows.slice(0, -1).join('\n')}\n`);
      const changed = await runCli(['scan', '.', '--changed-only', '--since', 'HEAD', '--format', 'json'], { cwd: repo });
      expect((JSON.parse(changed.stdout) as ScanResult).errors).toEqual([]);
      rmSync(path.join(repo, 'staff.csv'));
      const full = await runCli(['scan', '.', '--format', 'json'], { cwd: repo });
      expect((JSON.parse(full.stdout) as ScanResult).errors.map((e) => e.code)).toEqual(['override-unused']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
