// The two audit-report charts as standalone SVG: findings by severity, and personal-data
// categories by dataset (stacked by sensitivity). Inline in the HTML report and passed to
// pdfmake's `svg` node in the PDF, so both formats draw the same picture. Presentation
// attributes only (no `style`), so the HTML's Content-Security-Policy needs no 'unsafe-inline'.
import { SEVERITIES, type Severity, type Sensitivity } from '../model/index.js';
import { escapeHtml } from '../util/escape.js';
import { SENSITIVITIES, type Summary } from './audit-content.js';

/** Fills with at least 4.5:1 contrast against white (WCAG 2.1 SC 1.4.3), also used for badges. */
export const LEVEL_COLOURS: Record<Severity | Sensitivity, string> = {
  critical: '#7f1d1d',
  high: '#b91c1c',
  medium: '#92400e',
  low: '#1d4ed8',
  info: '#4b5563',
};

const TEXT = '#1f2937';
const GRID = '#d1d5db';

export interface ChartOptions {
  /** Font family for SVG text (the PDF names its embedded font). */
  font: string;
  /** Adds role/aria attributes and <title>/<desc> for the HTML report. */
  accessibleId?: string;
}

interface Bar {
  label: string;
  segments: Array<{ value: number; colour: string }>;
}

function barChart(title: string, description: string, bars: Bar[], legend: Array<{ label: string; colour: string }>, options: ChartOptions): string {
  const width = 520;
  const labelWidth = 130;
  const barArea = width - labelWidth - 50;
  const rowHeight = 26;
  const top = 8;
  const legendHeight = legend.length > 0 ? 28 : 0;
  const height = top + bars.length * rowHeight + 8 + legendHeight;
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const font = escapeHtml(options.font);
  const parts: string[] = [];
  const id = options.accessibleId;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      (id ? ` role="img" aria-labelledby="${escapeHtml(id)}-title ${escapeHtml(id)}-desc"` : '') +
      '>',
  );
  if (id) parts.push(`<title id="${escapeHtml(id)}-title">${escapeHtml(title)}</title><desc id="${escapeHtml(id)}-desc">${escapeHtml(description)}</desc>`);
  parts.push(`<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${top + bars.length * rowHeight}" stroke="${GRID}" stroke-width="1"/>`);
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const label = bar.label.length > 20 ? `${bar.label.slice(0, 19)}…` : bar.label;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-family="${font}" font-size="12" fill="${TEXT}">${escapeHtml(label)}</text>`);
    let x = labelWidth;
    let total = 0;
    for (const segment of bar.segments) {
      if (segment.value === 0) continue;
      const w = Math.max(2, (segment.value / max) * barArea);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${segment.colour}"/>`);
      x += w;
      total += segment.value;
    }
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 16}" font-family="${font}" font-size="12" fill="${TEXT}">${total}</text>`);
  });
  let lx = labelWidth;
  const ly = top + bars.length * rowHeight + 14;
  if (legend.length > 0) parts.push(`<text x="${labelWidth - 8}" y="${ly + 10}" text-anchor="end" font-family="${font}" font-size="11" fill="${TEXT}">sensitivity</text>`);
  for (const item of legend) {
    parts.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${item.colour}"/>`);
    parts.push(`<text x="${lx + 16}" y="${ly + 10}" font-family="${font}" font-size="11" fill="${TEXT}">${escapeHtml(item.label)}</text>`);
    lx += 24 + item.label.length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}

export function severityChart(s: Summary, options: ChartOptions): string {
  const bars = SEVERITIES.map((severity) => ({ label: severity, segments: [{ value: s.bySeverity[severity], colour: LEVEL_COLOURS[severity] }] }));
  const description = SEVERITIES.map((severity) => `${severity}: ${s.bySeverity[severity]}`).join(', ');
  return barChart('Findings by severity', description, bars, [], options);
}

export function categoriesChart(s: Summary, options: ChartOptions): string {
  const bars = s.categoriesByDataset.map((d) => ({
    label: d.dataset,
    segments: SENSITIVITIES.map((level) => ({ value: d.counts[level], colour: LEVEL_COLOURS[level] })),
  }));
  const legend = SENSITIVITIES.map((level) => ({ label: level, colour: LEVEL_COLOURS[level] }));
  const description = s.categoriesByDataset.map((d) => `${d.dataset}: ${d.total} categories`).join(', ');
  return barChart('Personal-data categories by dataset', description, bars, legend, options);
}
