// Issue 28: a detector declared only in datamin.yaml (a Brazilian CPF: pattern + stdnum check
// digits) finds an unnamed column, rejects wrong check digits, is listed by `datamin detectors`
// and named with its label in the reports; a broken declaration stops the run naming its line.
// The built-in br-cpf files a CPF as a national id (docs/labelling.md); this user files it as a
// taxpayer number, a category no built-in detector gives these values.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';
import { cpf, wrongLastDigit } from '../helpers/check-digits.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-custom-detectors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const valid = Array.from({ length: 50 }, (_, i) => cpf(100_000_000 + i * 7_654_321));
const rows = ['id,c7,c8', ...valid.map((v, i) => `${i},${v},${wrongLastDigit(v)}`)];
writeFileSync(path.join(work, 'people.csv'), `${rows.join('\n')}\n`);

const CPF_DETECTOR = `version: 1
detectors:
  x-br-cpf:
    label: Brazilian CPF
    category: government.tax_id
    names: [cpf, cadastro pessoa fisica]
    pattern: '^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$'
    validator: stdnum:br.cpf
    examples:
      match: ['${cpf(111_444_777)}', '${cpf(529_982_247).replace(/\D/g, '')}']
      no_match: ['${wrongLastDigit(cpf(111_444_777))}', '123.456']
`;

function configure(text: string): void {
  writeFileSync(path.join(work, 'datamin.yaml'), text);
}

async function scanJson(): Promise<ScanResult> {
  const run = await runCli(['scan', 'people.csv', '--format', 'json'], { cwd: work });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ScanResult;
}

const categoriesOf = (result: ScanResult, field: string): string[] => result.fields.find((f) => f.field === field)!.categories.map((c) => c.id);

describe('a CPF detector declared in datamin.yaml', () => {
  it('without it, the unnamed column of CPFs is not found', async () => {
    configure('version: 1\n');
    expect(categoriesOf(await scanJson(), 'c7')).not.toContain('government.tax_id');
  });

  it('finds the unnamed column of valid CPFs and not the one with wrong check digits', async () => {
    configure(CPF_DETECTOR);
    const result = await scanJson();
    const c7 = result.fields.find((f) => f.field === 'c7')!.categories.find((c) => c.id === 'government.tax_id');
    expect(c7).toMatchObject({ detectors: ['x-br-cpf'], labels: ['Brazilian CPF'], matched: 50, sampled: 50 });
    expect(categoriesOf(result, 'c8')).not.toContain('government.tax_id');
    expect(result.method?.detectors.filter((d) => d.id === 'x-br-cpf').map((d) => [d.kind, d.label])).toEqual([['name', 'Brazilian CPF'], ['value', 'Brazilian CPF']]);
    // Redacted like every national id: no value of the column in the result.
    const text = JSON.stringify(result);
    expect(valid.filter((v) => text.includes(v))).toEqual([]);
  });

  it('is listed by `datamin detectors`, with its label', async () => {
    configure(CPF_DETECTOR);
    const table = await runCli(['detectors'], { cwd: work });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/x-br-cpf +government\.tax_id +\[Brazilian CPF, datamin\.yaml\]/);
    const json = JSON.parse((await runCli(['detectors', '--json'], { cwd: work })).stdout) as Array<{ id: string; label?: string; kind: string }>;
    expect(json.filter((d) => d.id === 'x-br-cpf').map((d) => [d.kind, d.label])).toEqual([['name', 'Brazilian CPF'], ['value', 'Brazilian CPF']]);
  });

  it('`datamin detectors test` shows what it decides on a name and on lines of values, without printing them', async () => {
    configure(CPF_DETECTOR);
    const wrong = wrongLastDigit(valid[1]);
    writeFileSync(path.join(work, 'values.txt'), `${valid[0]}\n${wrong}\n\n${valid[2].replace(/\D/g, '')}\n`);
    const run = await runCli(['detectors', 'test', 'x-br-cpf', '--values', 'values.txt', '--name', 'cpf_cliente'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe([
      'x-br-cpf: name matches government.tax_id (confidence 0.90): name has "cpf"',
      'x-br-cpf: 2 of 3 values match',
      '  matching lines: 1, 4',
      '  other lines: 2',
      '',
    ].join('\n'));
    expect((await runCli(['detectors', 'test', 'x-br-cpf', '--name', 'cpf_count'], { cwd: work })).stdout).toBe('x-br-cpf: name does not match\n');
    const unknown = await runCli(['detectors', 'test', 'br-cfp', '--name', 'cpf'], { cwd: work });
    expect([unknown.code, unknown.stderr]).toEqual([2, "datamin: no detector 'br-cfp' (run 'datamin detectors' to list them)\n"]);
  });

  it('is named by its label in the table and HTML reports', async () => {
    configure(CPF_DETECTOR);
    const table = await runCli(['scan', 'people.csv', '--format', 'table'], { cwd: work });
    expect(table.stdout).toContain('by Brazilian CPF');
    await runCli(['scan', 'people.csv', '--format', 'html', '--output', 'report.html'], { cwd: work });
    const html = readFileSync(path.join(work, 'report.html'), 'utf8');
    const inventory = html.slice(html.indexOf('id="inventory"'), html.indexOf('id="minimization"'));
    expect(inventory).toContain('by Brazilian CPF');
  });
});

describe('a broken detector declaration stops the run with exit 2 and its line', () => {
  async function fails(text: string): Promise<string> {
    configure(text);
    const run = await runCli(['scan', 'people.csv', '--format', 'json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    return run.stderr;
  }

  it('an example that fails names the example by index, never by value', async () => {
    const wrong = wrongLastDigit(cpf(111_444_777));
    const stderr = await fails(CPF_DETECTOR.replace(`match: ['${cpf(111_444_777)}'`, `match: ['${wrong}'`));
    expect(stderr).toContain("datamin.yaml:10:15: detectors.x-br-cpf.examples.match.0: example 1 of 'match' is not matched by the detector");
    expect(stderr).not.toContain(wrong);
  });

  it('a no_match example that matches', async () => {
    const stderr = await fails(CPF_DETECTOR.replace("'123.456'", `'${cpf(1)}'`));
    expect(stderr).toMatch(/datamin\.yaml:11:\d+: detectors\.x-br-cpf\.examples\.no_match\.1: example 2 of 'no_match' is matched by the detector/);
  });

  it('a catastrophic regular expression, (a+)+$', async () => {
    const stderr = await fails(CPF_DETECTOR.replace(/pattern: .*/, () => "pattern: '(a+)+$'"));
    expect(stderr).toContain('datamin.yaml:7:14: detectors.x-br-cpf.pattern: the regular expression can backtrack catastrophically');
  });

  it('an invalid regular expression and an unknown validator', async () => {
    expect(await fails(CPF_DETECTOR.replace(/pattern: .*/, "pattern: '(\\d+'"))).toContain('datamin.yaml:7:14: detectors.x-br-cpf.pattern: invalid regular expression');
    expect(await fails(CPF_DETECTOR.replace('stdnum:br.cpf', 'stdnum:br.cfp'))).toContain("datamin.yaml:8:16: detectors.x-br-cpf.validator: unknown validator 'stdnum:br.cfp'");
  });

  it('an id of a built-in detector, and an unknown category', async () => {
    expect(await fails(CPF_DETECTOR.replace('x-br-cpf:', 'iban:'))).toContain("datamin.yaml:3:3: detectors.iban: 'iban' is the id of a built-in detector");
    expect(await fails(CPF_DETECTOR.replace('category: government.tax_id', 'category: government.cpf'))).toContain("datamin.yaml:5:15: detectors.x-br-cpf.category: unknown category 'government.cpf'");
  });

  it('a value detector without examples', async () => {
    const stderr = await fails(CPF_DETECTOR.replace(/ {4}examples:[\s\S]*$/, ''));
    expect(stderr).toContain("datamin.yaml:3:3: detectors.x-br-cpf: a detector of values needs 'examples: { match: [...] }'");
  });
});

describe('detector packs: extends', () => {
  const pack = (text: string): void => {
    mkdirSync(path.join(work, 'packs'), { recursive: true });
    writeFileSync(path.join(work, 'packs/brazil.yaml'), text);
  };

  it('loads the detectors of a pack named relative to datamin.yaml', async () => {
    pack(CPF_DETECTOR);
    configure('version: 1\nextends: [./packs/brazil.yaml]\n');
    const result = await scanJson();
    expect(categoriesOf(result, 'c7')).toContain('government.tax_id');
    expect(categoriesOf(result, 'c8')).not.toContain('government.tax_id');
  });

  it("names the pack's own line for its errors, and the config's for a missing pack or an id declared twice", async () => {
    pack(CPF_DETECTOR.replace("'123.456'", `'${cpf(1)}'`).replace('version: 1\n', 'version: 1\nrules: {}\n'));
    configure('version: 1\nextends: [./packs/brazil.yaml, ./packs/missing.yaml]\ndetectors:\n  x-br-cpf:\n    label: Mine\n    category: person.name\n    names: [mine]\n');
    const run = await runCli(['scan', 'people.csv'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('datamin.yaml:2:32: extends.1: detector pack not found or unreadable: packs/missing.yaml');
    expect(run.stderr).toContain("packs/brazil.yaml:2:1: rules: a detector pack holds only 'version', 'categories' and 'detectors'");
    pack(CPF_DETECTOR.replace("'123.456'", `'${cpf(1)}'`));
    const again = await runCli(['scan', 'people.csv'], { cwd: work });
    expect(again.stderr).toMatch(/packs\/brazil\.yaml:11:\d+: detectors\.x-br-cpf\.examples\.no_match\.1: example 2 of 'no_match' is matched/);
    pack(CPF_DETECTOR);
    configure('version: 1\nextends: [./packs/brazil.yaml]\ndetectors:\n  x-br-cpf:\n    label: Mine\n    category: person.name\n    names: [mine]\n');
    const twice = await runCli(['scan', 'people.csv'], { cwd: work });
    expect(twice.stderr).toContain("datamin.yaml:4:3: detectors.x-br-cpf: 'x-br-cpf' is declared twice (first at packs/brazil.yaml:3)");
  });
});
