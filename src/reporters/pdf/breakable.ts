// Break opportunities in identifiers for the PDF: pdfmake wraps only at spaces (UAX #14), so a
// dotted path or a long snake_case name was one word that widened its table past the right
// margin. A zero-width space (U+200B, a break opportunity that draws nothing and that pdftotext
// drops) after `_`, `.` and `/` and between a lower-case letter and an upper-case one lets long
// identifiers wrap inside their cells. Only names, paths and messages get them: ids that are
// looked up (category and rule ids, dates) are left as they are.
import type { Finding, ScanResult } from '../../model/index.js';

const ZWSP = '\u200b';
const BREAK_AFTER = /([_./])(?=[^\s_./])/g;
const CAMEL = /(\p{Ll})(?=\p{Lu})/gu;

export function breakable(text: string): string {
  return text.replace(BREAK_AFTER, `$1${ZWSP}`).replace(CAMEL, `$1${ZWSP}`);
}

function finding(f: Finding): Finding {
  return {
    ...f,
    message: breakable(f.message),
    ...(f.source === undefined ? {} : { source: breakable(f.source) }),
    ...(f.dataset === undefined ? {} : { dataset: breakable(f.dataset) }),
    ...(f.field === undefined ? {} : { field: breakable(f.field) }),
    ...(f.acceptance?.file === undefined ? {} : { acceptance: { ...f.acceptance, file: breakable(f.acceptance.file) } }),
  };
}

/** A copy of the result for display, with break opportunities in every name, path and message. */
export function withBreakableNames(result: ScanResult): ScanResult {
  return {
    ...result,
    sources: result.sources.map((s) => ({ ...s, path: breakable(s.path), datasets: s.datasets.map(breakable) })),
    datasets: result.datasets.map((d) => ({ ...d, name: breakable(d.name), source: breakable(d.source) })),
    fields: result.fields.map((f) => ({ ...f, dataset: breakable(f.dataset), field: breakable(f.field), source: breakable(f.source) })),
    findings: result.findings.map(finding),
    errors: result.errors.map((e) => ({ ...e, message: breakable(e.message), ...(e.file === undefined ? {} : { file: breakable(e.file) }) })),
    ...(result.resolved === undefined ? {} : { resolved: result.resolved.map((r) => ({ ...r, ...(r.dataset === undefined ? {} : { dataset: breakable(r.dataset) }), ...(r.field === undefined ? {} : { field: breakable(r.field) }) })) }),
    ...(result.processing === undefined
      ? {}
      : {
          processing: {
            ...result.processing,
            ...(result.processing.file === undefined ? {} : { file: breakable(result.processing.file) }),
            purposes: result.processing.purposes.map((p) => ({
              ...p,
              datasets: p.datasets.map(breakable),
              fields: p.fields.map((f) => ({ ...f, dataset: breakable(f.dataset), field: breakable(f.field) })),
            })),
          },
        }),
  };
}
