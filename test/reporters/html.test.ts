// The HTML audit report: self-contained (a hash-only Content-Security-Policy, no URL to load),
// every interpolated string escaped, every section and finding present, no raw personal value,
// and in Debian's headless Chromium (playwright-core) it loads without a console error or any
// request but the file itself, and its filters hide and show rows from the keyboard.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { runCli } from '../helpers/run-cli.js';
import { renderHtml } from '../../src/reporters/html.js';
import { SECTION_TITLES } from '../../src/reporters/audit-content.js';
import { escapeHtml, jsonForScript } from '../../src/util/escape.js';
import { breakable } from '../../src/reporters/html/template.js';
import type { ScanResult } from '../../src/model/index.js';
import { CHROMIUM, CHROMIUM_ARGS, itWithTool, rawValues, requireTool, root, scanExamplesTo, tempDir } from './html-pdf-support.js';

const HINT = "install Debian's chromium (scripts/ci-browser.sh)";
const itChromium = itWithTool('chromium', HINT);

function inlineScripts(page: string): string[] {
  return [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

describe('escaping', () => {
  it('breaks long names at their parts, still escaped', () => {
    expect(breakable('customer_billing.addressLine1').value).toBe('customer_<wbr>billing.<wbr>address<wbr>Line1');
    expect(breakable('a/<script>x').value).toBe('a/<wbr>&lt;script&gt;x');
    expect(breakable('plain').value).toBe('plain');
  });
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('Łódź 42')).toBe('Łódź 42');
  });
  it('keeps embedded JSON inert and equal', () => {
    const value = { s: '</script><!-- \u2028\u2029 & >' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('html report of the bundled examples', () => {
  const dir = tempDir();
  const file = path.join(dir, 'examples.html');
  let page: string;
  let result: ScanResult;

  beforeAll(async () => {
    const run = await scanExamplesTo('html', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    page = readFileSync(file, 'utf8');
    result = JSON.parse((await runCli(['scan', 'examples', '--format', 'json'], { cwd: root })).stdout) as ScanResult;
  });

  it('allows only its own hashed style and script, and references nothing outside the file', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1].replace(/&#39;/g, "'") ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const [script] = inlineScripts(page);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(inlineScripts(page)).toHaveLength(1);
    expect(page).not.toMatch(/\s(src|srcset|action|style)=/);
    expect(page).not.toMatch(/href="(?!#)/);
    expect(page).not.toMatch(/url\(/);
  });

  it('has every section, every finding with its regulation and remediation, and every personal field', () => {
    for (const title of Object.values(SECTION_TITLES)) expect(page).toContain(escapeHtml(title));
    for (const f of result.findings) {
      expect(page).toContain(`<code>${escapeHtml(f.ruleId)}</code>`);
      if (f.field !== undefined) expect(page.replaceAll('<wbr>', '')).toContain(escapeHtml(f.field));
    }
    for (const rule of result.rules) expect(page).toContain(escapeHtml(rule.remediation));
    // Names carry <wbr> break opportunities; read without them they are whole.
    const text = page.replaceAll('<wbr>', '');
    for (const field of result.fields.filter((f) => f.categories.length > 0)) expect(text).toContain(`<code>${escapeHtml(field.field)}</code>`);
    const embedded = /<script type="application\/json" id="datamin-result">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect((JSON.parse(embedded) as ScanResult).findings).toHaveLength(result.findings.length);
  });

  it('prints no raw personal value of the examples', () => {
    const raw = rawValues();
    expect(raw.length).toBeGreaterThan(200);
    expect(raw.filter((v) => page.includes(v) || page.includes(escapeHtml(v)))).toEqual([]);
  });

  it('escapes hostile names from the result', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>\u2028';
    const rendered = renderHtml({ ...result, organization: hostile, project: hostile, fields: [{ ...result.fields[0], field: hostile }] });
    expect(rendered).not.toContain('<script>alert(1)');
    expect(rendered).not.toContain('<img src=x');
    expect(inlineScripts(rendered)).toHaveLength(1);
    expect(rendered).toContain(escapeHtml(hostile));
  });

  itChromium('loads in headless Chromium with no console error and no request but the file, and its filters work', async () => {
    requireTool('chromium', HINT);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      tab.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(file).href;
      await tab.goto(url);
      await tab.waitForLoadState('load');

      const findingRows = tab.locator('#findings tr[data-text]');
      const status = tab.locator('#findings [role=status]');
      await expect.poll(() => status.textContent()).toBe(`Showing ${result.findings.length} of ${result.findings.length} findings.`);
      expect(await findingRows.count()).toBe(result.findings.length);

      // Search by field name, from the keyboard: the labelled input takes the text.
      const search = tab.getByLabel('Search findings');
      await search.focus();
      await tab.keyboard.type('sick_leave_diagnosis');
      const religion = tab.locator('#findings tr[data-text*="employees.religion"]');
      const diagnosis = tab.locator('#findings tr[data-text*="sick_leave_diagnosis"]');
      await expect.poll(() => diagnosis.first().isVisible()).toBe(true);
      expect(await religion.first().isVisible()).toBe(false);
      expect(await status.textContent()).toMatch(/^Showing [1-9]\d* of /);
      expect(await tab.locator('#sev-low').isVisible()).toBe(false);

      // Severity checkbox: unticking critical hides the critical rows that matched.
      await search.fill('');
      await tab.getByRole('checkbox', { name: 'critical' }).uncheck();
      expect(await diagnosis.first().isVisible()).toBe(false);
      const critical = result.findings.filter((f) => f.severity === 'critical').length;
      expect(await status.textContent()).toBe(`Showing ${result.findings.length - critical} of ${result.findings.length} findings.`);
      await tab.getByRole('button', { name: 'Reset filters' }).first().press('Enter');
      expect(await diagnosis.first().isVisible()).toBe(true);

      // Field inventory: search and the special-category switch.
      const iban = tab.locator('#inventory tr[data-text*="financial.iban"]').first();
      await tab.getByLabel('Search fields').fill('iban');
      expect(await iban.isVisible()).toBe(true);
      expect(await tab.locator('#inventory tr[data-text*="contact.email"]').first().isVisible()).toBe(false);
      await tab.getByLabel('Search fields').fill('');
      await tab.getByLabel('only special-category and criminal data').check();
      expect(await iban.isVisible()).toBe(false);
      expect(await tab.locator('#inventory tr[data-special="true"]').first().isVisible()).toBe(true);

      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  });
});
