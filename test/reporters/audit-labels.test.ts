// Human wording in the audit reports (issue 22): legal bases and Art. 9(2) conditions with their
// article, durations in words, and where, why, by whom and until when a finding was accepted;
// checked in the words themselves and in the HTML and PDF of the generated large scan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/index.js';
import { acceptanceNote, durationLabel, legalBasisLabel, specialConditionLabel } from '../../src/reporters/audit-labels.js';
import { summary } from '../../src/reporters/audit-content.js';
import { largeScan, renderLargeScan } from '../helpers/large-scan.js';
import { pdfText, itWithTool, requireTool, tempDir } from './html-pdf-support.js';

const base: Finding = { ruleId: 'undeclared-personal-field', severity: 'high', fingerprint: 'f', message: 'm', dataset: 'customers', field: 'email' };

describe('labels', () => {
  it('names legal bases and Art. 9(2) conditions with their article, and leaves unknown ids as written', () => {
    expect(legalBasisLabel('legitimate_interests')).toBe('Legitimate interests, Art. 6(1)(f)');
    expect(legalBasisLabel('contract')).toBe('Contract, Art. 6(1)(b)');
    expect(specialConditionLabel('explicit_consent')).toBe('Explicit consent, Art. 9(2)(a)');
    expect(specialConditionLabel('archiving_research_statistics')).toBe('Archiving, research or statistics, Art. 9(2)(j)');
    expect(legalBasisLabel('x-custom')).toBe('x-custom');
  });

  it('says durations in words', () => {
    expect(durationLabel('P2Y')).toBe('2 years');
    expect(durationLabel('P90D')).toBe('90 days');
    expect(durationLabel('P1Y6M')).toBe('1 year 6 months');
    expect(durationLabel('PT36H')).toBe('36 hours');
    expect(durationLabel('soon')).toBe('soon');
  });

  it('says where, why, by whom and until when a finding was accepted', () => {
    expect(acceptanceNote(base)).toBeUndefined();
    expect(acceptanceNote({ ...base, baseline: 'accepted', acceptance: { by: 'baseline', since: '2026-01-05' } })).toBe('accepted in the baseline on 2026-01-05');
    expect(acceptanceNote({ ...base, baseline: 'accepted', acceptance: { by: 'config', reason: 'Age check', owner: 'shop-team', expires: '2026-06-30', file: 'datamin.yaml', line: 12 } })).toBe(
      'accepted in datamin.yaml:12 until 2026-06-30: Age check; owner shop-team',
    );
    expect(acceptanceNote({ ...base, baseline: 'new', acceptance: { by: 'config', reason: 'Age check', expires: '2020-01-31', expired: true, file: 'datamin.yaml', line: 12 } })).toBe(
      'acceptance expired on 2020-01-31 (datamin.yaml:12): Age check',
    );
  });
});

describe('labels and acceptances in the reports of the large scan', () => {
  const dir = tempDir();
  const html = path.join(dir, 'large.html');
  const pdf = path.join(dir, 'large.pdf');
  beforeAll(async () => {
    await renderLargeScan(html);
    await renderLargeScan(pdf);
  }, 240_000);

  it('HTML: every accept: reason, owner and expiry, the counts of open and accepted, labels in the record of processing', async () => {
    const { result } = await largeScan();
    const page = readFileSync(html, 'utf8');
    const s = summary(result);
    expect(s.findings.accepted).toBeGreaterThan(0);
    expect(page).toContain(`${s.findings.open} open, ${s.findings.accepted} accepted`);
    for (const f of result.findings.filter((x) => x.acceptance?.by === 'config')) {
      expect(page).toContain(f.acceptance?.reason?.replace(/'/g, '&#39;'));
      expect(page).toContain(`owner ${f.acceptance?.owner ?? ''}`);
      expect(page).toContain(f.acceptance?.expired ? `acceptance expired on ${f.acceptance.expires ?? ''}` : `until ${f.acceptance?.expires ?? ''}`);
    }
    expect(page).not.toContain('accepted in baseline<');
    expect(page).toContain('Legitimate interests, Art. 6(1)(f)');
    expect(page).toContain('Explicit consent, Art. 9(2)(a)');
    expect(page).toContain('90 days');
  });

  itWithTool('poppler', "install Debian's poppler-utils (scripts/ci-browser.sh)")('PDF: the same acceptances, counts and labels', async () => {
    requireTool('poppler', "install Debian's poppler-utils");
    const { result } = await largeScan();
    // Cells wrap anywhere in a label: compare without spaces.
    const text = pdfText(pdf).replace(/\s/g, '');
    const bare = (s: string): string => s.replace(/\s/g, '');
    const s = summary(result);
    expect(text).toContain(bare(`${s.findings.open} open, ${s.findings.accepted} accepted`));
    const owners = new Set(result.findings.flatMap((f) => (f.acceptance?.by === 'config' && f.acceptance.owner ? [f.acceptance.owner] : [])));
    expect(owners.size).toBeGreaterThan(1);
    for (const owner of owners) expect(text).toContain(`owner${owner}`);
    expect(text).toContain(bare('Legitimate interests, Art. 6(1)(f)'));
    expect(text).toContain(bare('Explicit consent, Art. 9(2)(a)'));
    expect(text).toContain('90days');
  });
});
