// The HTML and PDF reports at real size (issue 22): the generated 150-dataset, ~5,000-field scan
// with long names and dotted paths. The PDF, read back with `pdftotext -bbox-layout`, has no
// word outside the page's content box but the running header and the page number, and names
// every dataset with personal data; the HTML, in Chromium at 1280 px, overflows neither the
// page nor any table cell.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { largeScan, personalDatasetNames, renderLargeScan } from '../helpers/large-scan.js';
import { CHROMIUM, CHROMIUM_ARGS, itWithTool, requireTool, tempDir } from './html-pdf-support.js';

const POPPLER_HINT = "install Debian's poppler-utils (scripts/ci-browser.sh)";
const CHROMIUM_HINT = "install Debian's chromium (scripts/ci-browser.sh)";

/** pdf.ts page margins: [left, top, right, bottom] in points. */
const MARGINS = { left: 40, top: 50, right: 40, bottom: 50 };
/** Rounding of glyph boxes in pdftotext's output. */
const SLACK = 0.5;

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every page and word of a PDF from `pdftotext -bbox-layout` (XHTML with one box per word). */
function pdfWords(file: string): Page[] {
  const run = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('<page ').slice(1).map((chunk, index) => {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    if (!size) throw new Error(`page ${index + 1} has no size`);
    const words = [...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: index + 1,
      text: decode(m[5]),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

/**
 * Words drawn outside the content box, except the running header (top band, on pages after the
 * cover) and the "Page n of m" footer (bottom band): those two are all that belongs there.
 */
function wordsOutsideContent(pages: Page[], headerWords: Set<string>): string[] {
  const out: string[] = [];
  for (const [index, page] of pages.entries()) {
    const n = index + 1;
    for (const w of page.words) {
      const inside =
        w.xMin >= MARGINS.left - SLACK &&
        w.xMax <= page.width - MARGINS.right + SLACK &&
        w.yMin >= MARGINS.top - SLACK &&
        w.yMax <= page.height - MARGINS.bottom + SLACK;
      if (inside) continue;
      const inHeader = w.yMax <= MARGINS.top && w.xMin >= MARGINS.left - SLACK && w.xMax <= page.width - MARGINS.right + SLACK;
      const inFooter = w.yMin >= page.height - MARGINS.bottom && w.yMax <= page.height;
      if (inHeader && n > 1 && headerWords.has(w.text)) continue;
      if (inFooter && /^(Page|of|\d+)$/.test(w.text)) continue;
      out.push(`page ${n}: "${w.text}" at x ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)}, y ${w.yMin.toFixed(0)}–${w.yMax.toFixed(0)} (page ${page.width.toFixed(0)}×${page.height.toFixed(0)})`);
    }
  }
  return out;
}

describe('reports of a 150-dataset, 5,000-field scan', () => {
  const dir = tempDir();
  const pdf = path.join(dir, 'large.pdf');
  const html = path.join(dir, 'large.html');

  beforeAll(async () => {
    const { result } = await largeScan();
    // The generator's promises: real size, every severity, open and accepted findings.
    expect(result.datasets).toHaveLength(150);
    expect(result.fields.length).toBeGreaterThan(4500);
    expect(new Set(result.findings.map((f) => f.severity))).toEqual(new Set(['critical', 'high', 'medium', 'low', 'info']));
    expect(result.findings.some((f) => f.baseline === 'accepted' && f.acceptance?.by === 'baseline')).toBe(true);
    expect(result.findings.some((f) => f.baseline === 'accepted' && f.acceptance?.by === 'config')).toBe(true);
    expect(result.findings.some((f) => f.acceptance?.expired === true)).toBe(true);
    await renderLargeScan(pdf);
    await renderLargeScan(html);
  }, 240_000);

  itWithTool('poppler', POPPLER_HINT)('PDF: no word outside the content box, and every dataset with personal data named', async () => {
    requireTool('poppler', POPPLER_HINT);
    const { result } = await largeScan();
    const pages = pdfWords(pdf);
    expect(pages.length).toBeGreaterThan(20);
    const header = new Set(`Personal data audit report · ${result.organization ?? ''}`.split(/\s+/));
    expect(wordsOutsideContent(pages, header)).toEqual([]);

    // Names may wrap inside their cells (at `_`, `.` and camelCase): compare without spaces.
    const text = pages.flatMap((p) => p.words.map((w) => w.text)).join('');
    const names = personalDatasetNames();
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name) => !text.includes(name))).toEqual([]);
    // The summary's table lists each of them, not only the inventory: every name appears on the
    // summary pages, which run up to the Findings heading. The table's last rows may share that
    // heading's page, above it, so that page counts up to the heading.
    const findingsPage = pages.findIndex((p, i) => i > 2 && p.words.some((w) => w.text === 'Findings' && w.yMin < 200));
    const heading = pages[findingsPage].words.find((w) => w.text === 'Findings')!;
    const summaryWords = [...pages.slice(2, findingsPage).flatMap((p) => p.words), ...pages[findingsPage].words.filter((w) => w.yMax <= heading.yMin)];
    const summaryText = summaryWords.map((w) => w.text).join('');
    expect(names.filter((name) => !summaryText.includes(name))).toEqual([]);
  }, 120_000);

  itWithTool('chromium', CHROMIUM_HINT)('HTML: no horizontal overflow in Chromium at 1280 px, in the page or in any cell', async () => {
    requireTool('chromium', CHROMIUM_HINT);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(pathToFileURL(html).href);
      await tab.waitForLoadState('load');
      // Scrolled as far right as the page allows, the screenshot is the same as unscrolled:
      // a page wider than the window would move (a full-page shot of 5,000 rows takes minutes).
      const before = await tab.screenshot({ type: 'png' });
      await tab.evaluate(() => window.scrollTo(100_000, 0));
      expect(await tab.evaluate(() => window.scrollX)).toBe(0);
      expect((await tab.screenshot({ type: 'png' })).equals(before)).toBe(true);
      const measures = await tab.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        const cells = Array.from(document.querySelectorAll('th, td, figure, svg, code, dd, li, p, h1, h2, h3, h4'))
          .filter((el) => el.getBoundingClientRect().width > 0)
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 || (el.tagName !== 'svg' && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline'))
          .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 60)}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, overflowing: cells.slice(0, 20) };
      });
      expect(measures.scrollWidth).toBeLessThanOrEqual(measures.clientWidth);
      expect(measures.overflowing).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('writes no raw value of the generated export', () => {
    const raw = readFileSync(html, 'utf8');
    expect(raw).not.toMatch(/subscriber\d{4}@example\.org/);
    expect(raw).not.toMatch(/\+44 7700 900\d{3}/);
  });
});
