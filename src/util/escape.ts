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

// ---- Names in text outputs -------------------------------------------------------------------
// Field, dataset and file names come from the scanned data: a name may hold ESC sequences, bidi
// overrides, newlines, markdown or YAML syntax. Each output escapes them for its own syntax.

/**
 * C0 controls (tab and newline too: a name is one line), DEL, C1 controls, the Unicode line and
 * paragraph separators, and the bidi formatting characters (Unicode TR9 §2: LRE…RLO, LRI…PDI,
 * ALM, LRM, RLM) that can make text display in a different order than it is (CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `\x1b`, `\u202e`: how a control character is shown instead of acting. */
function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text that is safe to print on a terminal: every control character (ESC, CSI, OSC 8 hyperlinks,
 * BEL, CR, newline, C1, bidi overrides) shown as a visible escape such as `\x1b`, so a name can
 * neither send escape sequences nor fake a line of output.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, visibleEscape);
}

/** ASCII punctuation that is markdown syntax inline (CommonMark §2.4: any of it may be backslash-escaped). */
const MARKDOWN_PUNCTUATION = /[\\`*{}[\]()<>#|~&!$^]/g;
/** `_` between two letters or digits can neither open nor close emphasis (CommonMark §6.2): `first_name` stays readable. */
const MARKDOWN_UNDERSCORE = /(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/** U+200D ZERO WIDTH JOINER: breaks what GitHub links by pattern, without changing what is shown. */
const ZWJ = '\u200d';

/**
 * Text for an inline position of GitHub-flavoured markdown (a table cell, a list item after its
 * marker; never the start of a line): nothing in it renders as a link, an image, HTML, an entity,
 * emphasis, a heading, a table column or a new line, and nothing notifies anyone. Controls become
 * visible escapes; markdown punctuation is backslash-escaped (`\|` is also how GFM tables take a
 * pipe, spec §4.10); and a zero-width joiner goes around `@` (mentions and e-mail autolinks),
 * inside `://` and `www.` (extended autolinks) and after `#` before a digit (issue references),
 * because GitHub finds those in the rendered text, where backslash escapes are already gone.
 */
export function markdownText(text: string): string {
  return visibleControls(text)
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(MARKDOWN_UNDERSCORE, '\\_')
    .replace(/@/g, `${ZWJ}@${ZWJ}`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`)
    .replace(/#(?=\d)/g, `#${ZWJ}`);
}

/**
 * A markdown code span holding `text` literally (CommonMark §6.1): a fence longer than any run of
 * backticks inside, padded with a space when the text starts or ends with a backtick or space.
 * Nothing inside a code span is a link, HTML or mention. `inTable`: a pipe becomes `\|`, which a
 * GFM table turns back into `|` even inside code (spec §4.10, example 200).
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  let content = visibleControls(text);
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  if (content === '') return '` `';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** YAML 1.2 c-printable (§5.1) minus what a double-quoted scalar must escape anyway. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const YAML_UNSAFE_IN_QUOTES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff"\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A YAML double-quoted scalar (§7.3.1) that reads back as exactly `text`: quotes and backslashes
 * escaped, and every character YAML does not allow printed (controls, DEL, C1, BOM, lone
 * surrogates), that a YAML 1.1 reader takes as a line break (U+2028/2029) or that reorders what
 * a reviewer sees (bidi controls) as a `\u` escape.
 */
export function yamlQuoted(text: string): string {
  const body = text.replace(YAML_UNSAFE_IN_QUOTES, (c) => (c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `"${body}"`;
}

/** Plain scalars the YAML core schema (and YAML 1.1 readers) would not read as the same string. */
const YAML_PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const YAML_RESERVED = /^(?:null|true|false|yes|no|on|off|y|n)$/i;

/** A mapping key: plain when it is an identifier that YAML reads as that string, else double-quoted. */
export function yamlKey(key: string): string {
  return YAML_PLAIN_KEY.test(key) && !YAML_RESERVED.test(key) ? key : yamlQuoted(key);
}

/** What YAML does not allow in a comment besides the controls: BOM, non-characters, lone surrogates. */
const YAML_UNPRINTABLE = /[\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for a YAML comment: one line (a newline would end the comment), only printable characters. */
export function yamlCommentText(text: string): string {
  return visibleControls(text).replace(YAML_UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A deep copy of plain data (objects, arrays) with every string passed through `escape`. */
export function mapStrings<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === 'string') return escape(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, escape)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item as unknown, escape)])) as T;
  }
  return value;
}
