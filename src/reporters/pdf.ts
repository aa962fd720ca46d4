// The PDF audit report, laid out by pdfmake in plain Node (no browser): cover, table of
// contents, page numbers, tables that repeat their header row across pages, the SVG charts,
// and Roboto embedded (subset) so accented names render anywhere. Returns the PDF bytes.
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ScanResult } from '../model/index.js';
import { cover } from './audit-content.js';
import { withBreakableNames } from './pdf/breakable.js';
import { FONT_FAMILY, robotoFiles } from './pdf/fonts.js';
import { coverPage, findingsPages, inventoryPages, methodPages, minimizationPages, processingPages, summaryPage, transparencyPages } from './pdf/sections.js';
import type { Reporter } from './types.js';

const require = createRequire(import.meta.url);

/** Longest run of characters without a space that the PDF shows whole. */
const MAX_UNBROKEN = 200;
const UNBROKEN_RUN = new RegExp(`\\S{${MAX_UNBROKEN + 1},}`, 'gu');

/**
 * pdfmake breaks a word wider than its cell one character at a time and re-measures the rest
 * each time: a field name of 1 MB of `[` (from a hostile header) took minutes (issue 26). Every
 * string of the result is copied for display with each run of more than 200 characters that
 * holds no space cut to its first 120 and a count of the rest; the result itself is untouched.
 */
export function shortenUnbrokenRuns<T>(value: T): T {
  if (typeof value === 'string') {
    if (value.length <= MAX_UNBROKEN) return value;
    return value.replace(UNBROKEN_RUN, (run) => `${run.slice(0, 120)}… (${run.length - 120} more characters)`) as T;
  }
  if (Array.isArray(value)) return value.map((v) => shortenUnbrokenRuns(v as unknown)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortenUnbrokenRuns(v as unknown)])) as T;
  }
  return value;
}

export function pdfDefinition(full: ScanResult): TDocumentDefinitions {
  // Runs are shortened first: the zero-width spaces of withBreakableNames are not \s.
  const result = withBreakableNames(shortenUnbrokenRuns(full));
  const c = cover(result);
  const running = c.organization === undefined ? c.title : `${c.title} · ${c.organization}`;
  return {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    info: {
      title: running,
      author: c.organization ?? 'datamin',
      creator: `datamin ${c.version}`,
      producer: `datamin ${c.version}`,
      // The scan's own date, so the same result renders to the same document.
      creationDate: new Date(result.startedAt),
      modDate: new Date(result.startedAt),
    },
    header: (page) => (page === 1 ? null : { text: running, fontSize: 8, color: '#4b5563', margin: [40, 20, 40, 0] }),
    footer: (page, pages) => ({ text: `Page ${page} of ${pages}`, alignment: 'center', fontSize: 8, color: '#4b5563', margin: [0, 20, 0, 0] }),
    content: [
      ...coverPage(result),
      ...summaryPage(result),
      ...findingsPages(result),
      ...processingPages(result),
      ...transparencyPages(result),
      ...inventoryPages(result),
      ...minimizationPages(result),
      ...methodPages(result),
    ],
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, lineHeight: 1.15, color: '#1f2937' },
    styles: {
      title: { fontSize: 26, bold: true },
      org: { fontSize: 16 },
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
      th: { bold: true, fillColor: '#f3f4f6' },
      table: { fontSize: 7.5, margin: [0, 2, 0, 8] },
    },
  };
}

interface PdfMake {
  setFonts(fonts: Record<string, object>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

/** pdfmake's Node entry is a CommonJS singleton; it is loaded on first use, not at CLI start. */
function loadPdfMake(): PdfMake {
  const pdfmake = require('pdfmake') as PdfMake;
  const fonts = robotoFiles();
  const allowed = new Set(Object.values(fonts));
  pdfmake.setFonts({ [FONT_FAMILY]: fonts });
  // The document references nothing but the embedded fonts: no URL, no other local file.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  return pdfmake;
}

export async function renderPdf(result: ScanResult): Promise<Uint8Array> {
  const buffer = await loadPdfMake().createPdf(pdfDefinition(result)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export const pdfReport: Reporter = (result) => renderPdf(result);
