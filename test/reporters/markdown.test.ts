// The Markdown PR summary: counts, a table of new findings with remediation, expired
// acceptances and resolved entries, with every cell escaped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { markdown, markdownCell } from '../../src/reporters/markdown.js';

const ciResult = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/sarif/ci-result.json'), 'utf8')) as ScanResult;
const render = async (result: ScanResult): Promise<string> => String(await markdown(result, { color: false }));

describe('markdown reporter', () => {
  it('counts new, accepted and resolved findings', async () => {
    const text = await render(ciResult);
    expect(text).toContain('## datamin: ❌ 2 new findings at or above high');
    expect(text).toContain('| 3 | 2 | 1 | 0 |');
  });

  it('tables the new findings, most severe first, with remediation', async () => {
    const rows = (await render(ciResult)).split('\n').filter((l) => l.startsWith('| **') || l.startsWith('| low'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| \*\*critical\*\* \| customers \| email \| `missing-legal-basis` \|.*\| Add `legal_basis` to the purpose\. \|$/);
    expect(rows[1]).toContain('| **high** | customers | date_of_birth |');
    expect(rows[2]).toContain('| low | public.users | ip | `minimization-sparse-field` |');
    expect(rows.join('\n')).not.toContain('phone');
  });

  it('escapes table cells so a message cannot break the table or open HTML', async () => {
    expect(markdownCell('a | b <script>&\nc')).toBe('a \\| b &lt;script&gt;&amp; c');
    const text = await render(ciResult);
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\| pipe \\&');
  });

  it('names expired acceptances and resolved entries', async () => {
    const text = await render(ciResult);
    expect(text).toContain('### Expired acceptances');
    expect(text).toContain('`missing-legal-basis` customers.email: expired on 2026-01-31 (datamin.yaml:40): newsletter consent being collected');
    expect(text).toContain('### Resolved since the baseline');
    expect(text).toContain('`undeclared-personal-field` customers.fax (accepted 2026-03-01)');
    expect(text).toContain('datamin baseline --prune');
  });

  it('says so when nothing new fails', async () => {
    const clean: ScanResult = { ...ciResult, findings: ciResult.findings.filter((f) => f.baseline === 'accepted'), resolved: [] };
    const text = await render(clean);
    expect(text).toContain('## datamin: ✅ no new finding at or above high');
    expect(text).not.toContain('### New findings');
    expect(text).not.toContain('### Resolved');
  });

  it('never prints field evidence', async () => {
    expect(await render(ciResult)).not.toContain('anna.raw@example.org');
  });
});
