// The two audit-report charts as standalone SVG: findings by severity, and personal-data
// categories by dataset (stacked by sensitivity). Inline in the HTML report and passed to
// pdfmake's `svg` node in the PDF, so both formats draw the same picture. Presentation
// attributes only (no `style`), so the HTML's Content-Security-Policy needs no 'unsafe-inline'.
import { SEVERITIES, type Severity, type Sensitivity } from '../model/index.js';
import { escapeHtml } from '../util/escape.js';
import { CHART_DATASETS, SENSITIVITIES, type Summary } from './audit-content.js';

/** Fills with at least 4.5:1 contrast against white (WCAG 2.1 SC 1.4.3), also used for badges. */
export const LEVEL_COLOURS: Record<Severity | Sensitivity, string> = {
  critical: '#7f1d1d',
  high: '#b91c1c',
  medium: '#92400e',
  low: '#1d4ed8',
  info: '#4b5563',
};

/** Accepted findings: a grey that still meets 3:1 against white for a graphical object (SC 1.4.11). */
export const ACCEPTED_COLOUR = '#6b7280';
const TEXT = '#1f2937';
/** Longest label drawn whole; Roboto and system sans at 11 px average under 6.2 px a character. */
const LABEL_CHARS = 30;
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

/**
 * A label cut in the middle, so that the distinguishing ends of long generated names stay
 * (`customer_consent_…_migration_2020_060`); the full names are in the table under the chart.
 */
export function chartLabel(label: string): string {
  if (label.length <= LABEL_CHARS) return label;
  const head = Math.ceil((LABEL_CHARS - 1) / 2);
  return `${label.slice(0, head)}…${label.slice(label.length - (LABEL_CHARS - 1 - head))}`;
}

interface Legend {
  title: string;
  items: Array<{ label: string; colour: string }>;
}

function barChart(title: string, description: string, bars: Bar[], legend: Legend | undefined, options: ChartOptions): string {
  const width = 520;
  const labelWidth = 200;
  const barArea = width - labelWidth - 50;
  const rowHeight = 26;
  const top = 8;
  const legendHeight = legend === undefined ? 0 : 28;
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
    parts.push(`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-family="${font}" font-size="11" fill="${TEXT}">${escapeHtml(chartLabel(bar.label))}</text>`);
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
  if (legend !== undefined) parts.push(`<text x="${labelWidth - 8}" y="${ly + 10}" text-anchor="end" font-family="${font}" font-size="11" fill="${TEXT}">${escapeHtml(legend.title)}</text>`);
  for (const item of legend?.items ?? []) {
    parts.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${item.colour}"/>`);
    parts.push(`<text x="${lx + 16}" y="${ly + 10}" font-family="${font}" font-size="11" fill="${TEXT}">${escapeHtml(item.label)}</text>`);
    lx += 24 + item.label.length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Findings per severity, open in the severity's colour and accepted in grey on the same bar. */
export function severityChart(s: Summary, options: ChartOptions): string {
  const bars = SEVERITIES.map((severity) => ({
    label: severity,
    segments: [
      { value: s.bySeverity[severity].open, colour: LEVEL_COLOURS[severity] },
      { value: s.bySeverity[severity].accepted, colour: ACCEPTED_COLOUR },
    ],
  }));
  const description = SEVERITIES.map((severity) => `${severity}: ${s.bySeverity[severity].open} open, ${s.bySeverity[severity].accepted} accepted`).join('; ');
  const legend = { title: 'findings', items: [{ label: 'open', colour: LEVEL_COLOURS.high }, { label: 'accepted', colour: ACCEPTED_COLOUR }] };
  return barChart('Findings by severity', description, bars, legend, options);
}

/** The first CHART_DATASETS datasets with personal data (most sensitive first), stacked by sensitivity. */
export function categoriesChart(s: Summary, options: ChartOptions): string {
  const shown = s.categoriesByDataset.slice(0, CHART_DATASETS);
  const bars = shown.map((d) => ({
    label: d.dataset,
    segments: SENSITIVITIES.map((level) => ({ value: d.counts[level], colour: LEVEL_COLOURS[level] })),
  }));
  const legend = { title: 'sensitivity', items: SENSITIVITIES.map((level) => ({ label: level, colour: LEVEL_COLOURS[level] })) };
  const rest = s.categoriesByDataset.length - shown.length;
  const description = shown.map((d) => `${d.dataset}: ${d.total} categories`).join(', ') + (rest > 0 ? `; ${rest} more datasets in the table below` : '');
  return barChart('Personal-data categories by dataset', description, bars, legend, options);
}
