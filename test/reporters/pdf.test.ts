// The PDF audit report: rendered for the bundled examples and read back with Debian's
// poppler-utils (pdftotext, pdffonts, pdfinfo): every section and every finding is in the text,
// the font is embedded, accented names survive, tables repeat their header on every page, and
// no raw personal value of the examples appears.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectLinearTime } from '../helpers/linear-time.js';
import { runCli } from '../helpers/run-cli.js';
import { renderPdf } from '../../src/reporters/pdf.js';
import { SECTION_TITLES } from '../../src/reporters/audit-content.js';
import type { Finding, ScanResult } from '../../src/model/index.js';
import { itWithTool, pdfPages, pdfText, rawValues, requireTool, root, scanExamplesTo, tempDir } from './html-pdf-support.js';

const HINT = "install Debian's poppler-utils (scripts/ci-browser.sh)";
const itPoppler = itWithTool('poppler', HINT);

describe('pdf report of the bundled examples', () => {
  const dir = tempDir();
  const file = path.join(dir, 'examples.pdf');
  let result: ScanResult;

  beforeAll(async () => {
    const run = await scanExamplesTo('pdf', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = await runCli(['scan', 'examples', '--format', 'json'], { cwd: root });
    result = JSON.parse(json.stdout) as ScanResult;
  });

  itPoppler('is a PDF with a cover, a table of contents and page numbers', () => {
    requireTool('poppler', HINT);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(5);
    const cover = pdfText(file, 1);
    expect(cover).toContain('Personal data audit report');
    expect(pdfText(file, 2)).toContain('Executive summary');
    expect(cover).toContain('examples/customers.csv (csv)');
    expect(cover).toContain('datamin 0.1.0');
    expect(cover).toContain('2026-11-30 12:00 UTC');
    expect(cover).toContain('Example Shop GmbH');
    const contents = cover;
    expect(contents).toContain('Contents');
    for (const title of Object.values(SECTION_TITLES)) expect(contents).toMatch(new RegExp(`${title.replace(/[()]/g, '\\$&')} \\d+`));
    for (let page = 1; page <= pages; page++) expect(pdfText(file, page)).toContain(`Page ${page} of ${pages}`);
  });

  itPoppler('contains every section and every finding', () => {
    requireTool('poppler', HINT);
    const text = pdfText(file);
    for (const title of Object.values(SECTION_TITLES)) expect(text.split(title).length, title).toBeGreaterThanOrEqual(3);
    expect(result.findings.length).toBeGreaterThan(20);
    const missing = result.findings.filter((f) => !text.includes(f.ruleId) || (f.field !== undefined && !text.includes(f.field)));
    expect(missing.map((f) => `${f.ruleId} ${f.field ?? ''}`)).toEqual([]);
    for (const rule of result.rules.filter((r) => result.findings.some((f) => f.ruleId === r.id))) expect(text).toContain(rule.regulation);
    for (const purpose of result.processing?.purposes ?? []) expect(text).toContain(purpose.id);
    expect(text).toContain('hr-administration');
    expect(text).toContain('legal_obligation');
  });

  itPoppler('embeds its fonts', () => {
    requireTool('poppler', HINT);
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/Roboto.* yes +yes +yes/);
  });

  itPoppler('prints no raw personal value of the examples', () => {
    requireTool('poppler', HINT);
    const raw = rawValues();
    expect(raw.length).toBeGreaterThan(200);
    const text = pdfText(file);
    expect(text.length).toBeGreaterThan(5000);
    expect(raw.filter((v) => text.includes(v))).toEqual([]);
  });
});

describe('pdf layout', () => {
  const dir = tempDir();
  let base: ScanResult;

  beforeAll(async () => {
    const json = await runCli(['scan', 'examples', '--format', 'json'], { cwd: root });
    base = JSON.parse(json.stdout) as ScanResult;
  });

  itPoppler('renders accented names with the embedded font', async () => {
    requireTool('poppler', HINT);
    const file = path.join(dir, 'accents.pdf');
    const names = ['Müller', 'Søren', 'Łódź', 'Ærøskøbing', 'Dvořák', 'Ŝóŕéñ'];
    const result: ScanResult = { ...base, organization: names.join(' '), project: 'Prüfbericht für Łódź' };
    writeFileSync(file, await renderPdf(result));
    const text = pdfText(file, 1);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('Prüfbericht für Łódź');
  });

  itPoppler('repeats the header row on every page a long table spans', async () => {
    requireTool('poppler', HINT);
    const file = path.join(dir, 'long.pdf');
    const template = base.findings.find((f) => f.ruleId === 'retention-exceeded') as Finding;
    const findings = Array.from({ length: 160 }, (_, i) => ({ ...template, field: `field_${String(i).padStart(3, '0')}`, fingerprint: i.toString(16).padStart(16, '0') }));
    writeFileSync(file, await renderPdf({ ...base, findings }));
    const pages = Array.from({ length: pdfPages(file) }, (_, i) => pdfText(file, i + 1));
    const spanned = pages.filter((p) => /field_\d{3}/.test(p));
    expect(spanned.length).toBeGreaterThan(3);
    for (const page of spanned) expect(page).toMatch(/Where Rule What was found Regulation Remediation/);
  });

  // pdfmake's pageBreakBefore laid the whole document out again for each heading it moved to the
  // next page: 400 tables took 65 s, 1,000 gave no answer in minutes.
  it('lays out a report of many tables in linear time', async () => {
    const template = base.findings.find((f) => f.ruleId === 'retention-exceeded') as Finding;
    const manyTables = (n: number): ScanResult => ({
      ...base,
      findings: Array.from({ length: n * 2 }, (_, i) => ({
        ...template,
        dataset: `table_${String(i >> 1).padStart(4, '0')}`,
        field: `field_${i & 1}`,
        fingerprint: i.toString(16).padStart(16, '0'),
      })),
    });
    await expectLinearTime('tables', 40, manyTables, (result) => renderPdf(result), { runs: 1, noiseMs: 200 });
  });

  it('returns the same bytes for the same result', async () => {
    const first = await renderPdf(base);
    const second = await renderPdf(base);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

// A hostile header of 1 MB of brackets once made pdfmake break one unbreakable word a character
// at a time: minutes (found by npm run fuzz). Runs without a space are cut for display.
describe('pdf report of a field name without spaces', () => {
  const dir = tempDir();
  it('renders in time linear in the name length', async () => {
    await expectLinearTime(
      'unbroken field name',
      250_000,
      (n) => {
        const input = path.join(dir, `brackets-${n}.csv`);
        writeFileSync(input, `id,email,${'['.repeat(n)}\n1,ann@example.com,x\n2,bob@example.org,y\n`);
        return { input, output: path.join(dir, `brackets-${n}.pdf`) };
      },
      async ({ input, output }) => {
        const run = await runCli(['scan', input, '-v', '--format', `pdf=${output}`], { cwd: dir });
        expect([0, 1]).toContain(run.code);
      },
      { runs: 1, noiseMs: 100 },
    );
  }, 120_000);
});
