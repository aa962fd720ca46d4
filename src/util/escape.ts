// Escaping for text placed into HTML: element content, attribute values, and JSON inside a
// <script> element.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes the five characters that are markup in element content and in quoted attribute
 * values (HTML Living Standard §13.1.2.6, "restrictions on the contents of raw text elements"
 * aside). Every interpolated string in the HTML report goes through this.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON that is safe inside a <script type="application/json"> element, as Lighthouse's
 * `sanitizeJson` does it: `<` becomes \u003c so no `</script>` or `<!--` can end or change the
 * element, and U+2028 / U+2029 (valid in JSON, line terminators in older JavaScript) are
 * escaped too. The result still parses as the same JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
