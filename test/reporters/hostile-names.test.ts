// Every report renders hostile field, dataset and file names (test/helpers/hostile-names.ts) as
// inert text in its own syntax (issue 26): no live link, image, mention or HTML in markdown, no
// escape sequence on the terminal, well-formed XML, no raw control in SARIF, escaped HTML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { renderHtml } from '../../src/reporters/html.js';
import { junit } from '../../src/reporters/junit.js';
import { markdown } from '../../src/reporters/markdown.js';
import { sarif } from '../../src/reporters/sarif.js';
import { table } from '../../src/reporters/table.js';
import { markdownCode, markdownText, visibleControls } from '../../src/util/escape.js';
import { HOSTILE_NAMES, RAW_CONTROL, withHostileNames } from '../helpers/hostile-names.js';

const base = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/sarif/ci-result.json'), 'utf8')) as ScanResult;
const hostile = withHostileNames(base);
const text = async (rendered: string | Uint8Array | Promise<string | Uint8Array>): Promise<string> => {
  const value = await rendered;
  return typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
};

// GitHub renders comments as GFM with raw HTML and autolinks; markdown-it with html and linkify
// is the closest stand-in (GFM links no bare domain such as example.com, so neither does this).
const gfm = new MarkdownIt({ html: true, linkify: true });
gfm.linkify.set({ fuzzyLink: false });
/** The tags datamin's own markdown uses; anything else came from a name. */
const OWN_TAGS = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'code', 'strong']);
const ZWJ = /\u200d/g;

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
/** The text GitHub's mention, issue-reference and autolink filters see: rendered text outside code. */
function linkableText(rendered: string): string {
  return decodeEntities(rendered.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' '));
}
/** One rendered table cell or inline text back as plain text. */
function plain(rendered: string): string {
  return decodeEntities(rendered.replace(/<[^>]+>/g, '')).replace(ZWJ, '').trim();
}

describe('markdown: names are inert text', () => {
  it.each(HOSTILE_NAMES)('$why: renders as exactly the visible name, in a cell and in a code span', ({ name }) => {
    const row = gfm.render(`| a | b |\n| --- | --- |\n| ${markdownText(name)} | ${markdownCode(name, { inTable: true })} |\n`);
    const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(2);
    expect(plain(cells[0])).toBe(visibleControls(name).trim());
    expect(cells[1]).toMatch(/^<code>[\s\S]*<\/code>$/);
    expect(plain(cells[1])).toBe(visibleControls(name).trim());
    const inline = gfm.render(`- x ${markdownText(name)} and ${markdownCode(name)}\n`);
    expect(plain(inline)).toBe(`x ${visibleControls(name)} and ${visibleControls(name)}`);
  });

  it('the report has no link, image, HTML, mention, issue reference or broken table row', async () => {
    const source = await text(markdown(hostile, { color: false }));
    expect(source).not.toMatch(RAW_CONTROL);
    const rendered = gfm.render(source);
    const tags = new Set([...rendered.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase()));
    expect([...tags].filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    const linkable = linkableText(rendered);
    expect(linkable).not.toMatch(/(^|[^\w`])@[a-z0-9]/i);
    expect(linkable).not.toMatch(/#\d/);
    expect(linkable).not.toMatch(/https?:\/\/|www\./i);
    const table = rendered.slice(rendered.indexOf('<h3>New findings</h3>'));
    const rows = [...table.slice(0, table.indexOf('</table>')).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(HOSTILE_NAMES.length);
    for (const row of rows) expect(row[1].match(/<td>/g)).toHaveLength(6);
  });
});

describe('table: no escape sequence reaches the terminal', () => {
  it.each([false, true])('colour %s: names show their controls as visible escapes', async (color) => {
    const out = await text(table(hostile, { color, verbose: true }));
    // The only ESC sequences are chalk's own colours (SGR, `ESC [ … m`).
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const withoutColours = out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutColours).not.toMatch(RAW_CONTROL);
    expect(withoutColours).not.toContain('\r');
    expect(out).not.toContain('\u001b]8;;');
    expect(out).toContain('email\\x1b[31mRED\\x1b[0m');
    expect(out).toContain('user_\\u202egnp.exe');
    // A newline in a name does not start a line of output.
    expect(out.split('\n').some((line) => line.startsWith('error: fake'))).toBe(false);
  });
});

describe('junit: well-formed XML 1.0', () => {
  it('has no character XML 1.0 forbids, and every name is escaped', async () => {
    const xml = await text(junit(hostile, { color: false }));
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    // Attribute values keep their line breaks as character references, not raw (normalised to spaces).
    for (const [, value] of xml.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[\n\r\t<]/);
    // Only the elements the reporter writes.
    const elements = new Set([...xml.matchAll(/<([a-z-]+)[\s>/]/gi)].map((m) => m[1]));
    expect([...elements].sort()).toEqual(['error', 'failure', 'skipped', 'system-out', 'testcase', 'testsuite', 'testsuites']);
  });
});

describe('sarif: message texts carry no raw control character', () => {
  it('escapes controls in finding, notification and location text', async () => {
    const log = JSON.parse(await text(sarif(hostile, { color: false }))) as { runs: Array<{ results: Array<{ message: { text: string } }>; invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    const run = log.runs[0];
    const messages = [...run.results.map((r) => r.message.text), ...run.invocations[0].toolExecutionNotifications.map((n) => n.message.text)];
    expect(messages.length).toBeGreaterThan(HOSTILE_NAMES.length);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    for (const message of messages) expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/);
    expect(messages).toContain(`${visibleControls(HOSTILE_NAMES[0].name)}.${visibleControls(HOSTILE_NAMES[0].name)} holds contact.email but no purpose declares it`);
  });
});

describe('html: names stay text', () => {
  it('escapes every hostile name (no tag, attribute or link comes from one)', () => {
    const page = renderHtml(hostile);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toContain('<img src="https://evil.example/p.png">');
    expect(page).not.toMatch(/<a [^>]*evil\.example/);
    expect(page).not.toMatch(/<img[^>]*evil\.example/);
    expect(page).toContain('&lt;img src=&quot;https://evil.example/p.png&quot;&gt;');
  });
});
