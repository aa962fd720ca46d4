// Issue 28: custom categories (`x-…`) declared in datamin.yaml, under `categories:` or on a
// detector, with a label, a sensitivity and a GDPR class, are treated like built-in ones by the
// rules (an Art. 9 one needs an Art. 9(2) condition, an Art. 10 one an authority), every report,
// the record of processing and overrides; a wrong declaration stops the run naming its line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';
import { setCustomCategories } from '../../src/model/taxonomy.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-custom-categories-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const codes = Array.from({ length: 40 }, (_, i) => `WC-${String(100_000 + ((i * 7919) % 900_000)).padStart(6, '0')}`);
const offences = Array.from({ length: 40 }, (_, i) => `OFF/${String(1000 + i * 37)}`);
writeFileSync(path.join(work, 'members.csv'), `id,c7,c8,c9\n${codes.map((c, i) => `${i},${c},${offences[i]},note ${i}`).join('\n')}\n`);

const CONFIG = `version: 1
purposes:
  loyalty:
    legal_basis: contract
    retention: P1Y
datasets:
  members:
    fields:
      c7: [loyalty]
      c8: [loyalty]
      c9: [loyalty]
categories:
  x-wellness:
    label: Wellness programme data
    sensitivity: critical
    gdpr_class: special
    hint: Keep the programme's codes in the programme's system only.
detectors:
  x-wellness-code:
    label: Wellness code
    category: x-wellness
    pattern: '^WC-\\d{6}$'
    examples:
      match: ['WC-123456']
      no_match: ['WC-12345']
  x-offence-ref:
    label: Offence reference
    category:
      id: x-offence
      label: Offence file reference
      sensitivity: critical
      gdpr_class: criminal
    pattern: '^OFF/\\d{4,5}$'
    examples:
      match: ['OFF/1234']
overrides:
  - field: c9
    categories: [x-wellness]
    reason: the notes of the wellness programme
`;
writeFileSync(path.join(work, 'datamin.yaml'), CONFIG);

const field = (result: ScanResult, name: string) => result.fields.find((f) => f.field === name)!;

describe('custom categories declared in datamin.yaml', () => {
  it('are reported with their facts, and the Art. 9 and Art. 10 rules fire on them', async () => {
    const run = await runCli(['scan', 'members.csv', '--format', 'json'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(field(result, 'c7').categories.map((c) => [c.id, c.labels])).toEqual([['x-wellness', ['Wellness code']]]);
    expect(field(result, 'c8').categories.map((c) => c.id)).toEqual(['x-offence']);
    // An override may set a custom category, as it may a built-in one.
    expect(field(result, 'c9').categories.map((c) => [c.id, c.setBy])).toEqual([['x-wellness', 'purpose-map']]);
    const fired = result.findings.map((f) => `${f.ruleId} ${f.field ?? ''}`).sort();
    expect(fired).toContain('special-category-without-condition c7');
    expect(fired).toContain('special-category-without-condition c9');
    expect(fired).toContain('criminal-data-without-authority c8');
    expect(result.method?.categories?.map((c) => [c.id, c.title, c.sensitivity, c.gdprClass])).toEqual([
      ['x-wellness', 'Wellness programme data', 'critical', 'special'],
      ['x-offence', 'Offence file reference', 'critical', 'criminal'],
    ]);
    // The record of processing lists them among the purpose's categories.
    const loyalty = result.processing?.purposes.find((p) => p.id === 'loyalty');
    expect(loyalty?.categories).toEqual(expect.arrayContaining(['x-wellness', 'x-offence']));
  });

  it.each(['table', 'sarif', 'html'] as const)('the %s report names them', async (format) => {
    const run = await runCli(['scan', 'members.csv', '--format', format], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('x-wellness');
    expect(run.stdout).toContain('x-offence');
    if (format === 'html') {
      expect(run.stdout).toContain('Wellness programme data');
      expect(run.stdout).toContain('Offence file reference');
    }
  });

  // Both list findings only: the rules' findings on the custom categories.
  it.each(['markdown', 'junit'] as const)('the %s report lists their findings', async (format) => {
    const run = await runCli(['scan', 'members.csv', '--format', format], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('members.c7 holds x-wellness');
    expect(run.stdout).toContain('members.c8 holds criminal-offence data');
  });

  it('datamin detectors lists them with their class', async () => {
    const run = await runCli(['detectors'], { cwd: work });
    expect(run.stdout).toMatch(/custom categories \(2\)\n {2}x-wellness +Wellness programme data {2}\[critical, special: Art\. 9, datamin\.yaml\]/);
    expect(run.stdout).toMatch(/x-offence +Offence file reference {2}\[critical, criminal: Art\. 10, datamin\.yaml\]/);
  });

  it('the PDF report renders them', async () => {
    const run = await runCli(['scan', 'members.csv', '--format', 'pdf', '--output', 'report.pdf'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(readFileSync(path.join(work, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a saved result re-renders with their labels (datamin report)', async () => {
    // A later run without the datamin.yaml: the categories come from the result.
    const saved = await runCli(['scan', 'members.csv', '--format', 'json'], { cwd: work });
    // As in a new process: nothing known but what the result carries.
    setCustomCategories([]);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'datamin-custom-categories-report-'));
    try {
      writeFileSync(path.join(elsewhere, 'result.json'), saved.stdout);
      const run = await runCli(['report', 'result.json', '--format', 'html'], { cwd: elsewhere });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Wellness programme data');
      expect(run.stdout).toContain('Offence file reference');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('a wrong category declaration stops the run with its line', () => {
  async function fails(config: string): Promise<string> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-custom-categories-bad-'));
    try {
      writeFileSync(path.join(dir, 'members.csv'), readFileSync(path.join(work, 'members.csv')));
      writeFileSync(path.join(dir, 'datamin.yaml'), config);
      const run = await runCli(['scan', 'members.csv', '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain('    at ');
      return run.stderr;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('an unknown GDPR class', async () => {
    const stderr = await fails(CONFIG.replace('gdpr_class: special', 'gdpr_class: art9'));
    expect(stderr).toMatch(/datamin\.yaml:16:\d+: categories\.x-wellness\.gdpr_class/);
    expect(stderr).toContain('personal');
  });

  it('an id that does not start with x-', async () => {
    expect(await fails(CONFIG.replace('  x-wellness:\n', '  wellness:\n').replace('category: x-wellness', 'category: wellness').replace('[x-wellness]', '[wellness]')))
      .toContain("datamin.yaml:13:3: categories.wellness: a custom category id starts with 'x-'");
    expect(await fails(CONFIG.replace('id: x-offence', 'id: offence'))).toMatch(/datamin\.yaml:29:\d+: detectors\.x-offence-ref\.category: a custom category id starts with 'x-'/);
  });

  it('an id declared twice, under categories: and on a detector', async () => {
    expect(await fails(CONFIG.replace('id: x-offence', 'id: x-wellness'))).toContain("datamin.yaml:28:5: category 'x-wellness' is declared twice (first at datamin.yaml:13)");
  });

  it('a detector or an override naming an undeclared custom category', async () => {
    expect(await fails(CONFIG.replace('category: x-wellness', 'category: x-welness'))).toContain("datamin.yaml:21:15: detectors.x-wellness-code.category: unknown category 'x-welness'");
    expect(await fails(CONFIG.replace('[x-wellness]', '[x-welness]'))).toMatch(/datamin\.yaml:38:\d+: overrides\.0\.categories\.0: unknown category 'x-welness'/);
  });
});
