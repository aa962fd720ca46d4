// A tiny HTML template tag: every interpolated string or number is escaped, and only markup
// built by `html` itself (SafeHtml) is inserted as is. Escaping is therefore the default, not
// something each call site has to remember.
import { escapeHtml } from '../../util/escape.js';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = string | number | SafeHtml | undefined | null | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(render).join('');
  return escapeHtml(value as string | number);
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup produced elsewhere and already safe (the SVG charts, which escape their own text). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An id fragment safe in attributes and CSS selectors: letters, digits and dashes only. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/**
 * A name or path with break opportunities (`<wbr>`) after `_`, `.` and `/` and between a lower-case
 * and an upper-case letter: `customer_billing.addressLine1` wraps at its parts inside a narrow cell
 * instead of anywhere (the CSS `overflow-wrap:anywhere` stays as the last resort).
 */
export function breakable(text: string): SafeHtml {
  return new SafeHtml(escapeHtml(text).replace(/([_./])(?=[^\s_./])/g, '$1<wbr>').replace(/(\p{Ll})(?=\p{Lu})/gu, '$1<wbr>'));
}
