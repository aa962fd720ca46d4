// JUnit XML: one suite per dataset, one case per finding; new findings at or above --fail-on
// fail, accepted ones are skipped with their reason, and everything is XML-escaped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { junit, xmlEscape } from '../../src/reporters/junit.js';

const ciResult = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/sarif/ci-result.json'), 'utf8')) as ScanResult;
const render = async (result: ScanResult): Promise<string> => String(await junit(result, { color: false }));

/** The attribute of the first element named `tag` whose attributes include `where`. */
function attribute(xml: string, tag: string, where: string, name: string): string | undefined {
  const found = [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) => m[1]).find((a) => a.includes(where));
  return found === undefined ? undefined : new RegExp(`\\s${name}="([^"]*)"`).exec(found)?.[1];
}

describe('junit reporter', () => {
  it('escapes the five XML entities and drops characters XML cannot carry', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('bell\u0007tab\tok')).toBe('bell\\x07tab\tok');
  });

  it('has one suite per dataset with counts', async () => {
    const xml = await render(ciResult);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="datamin" tests="7" failures="2" errors="0" skipped="2">')).toBe(true);
    expect(attribute(xml, 'testsuite', 'name="customers"', 'tests')).toBe('3');
    expect(attribute(xml, 'testsuite', 'name="customers"', 'failures')).toBe('2');
    expect(attribute(xml, 'testsuite', 'name="customers"', 'skipped')).toBe('1');
    expect(attribute(xml, 'testsuite', 'name="clean"', 'tests')).toBe('1');
    expect(xml).toContain('<testcase classname="datamin.clean" name="no findings"/>');
  });

  it('fails new findings at or above fail-on, skips accepted ones with the reason, passes the rest', async () => {
    const xml = await render(ciResult);
    expect(xml).toContain('<testcase classname="datamin.customers" name="undeclared-personal-field: date_of_birth">\n      <failure message="customers.date_of_birth holds person.date_of_birth but no purpose declares it &lt;script&gt;alert(1)&lt;/script&gt; | pipe &amp; &quot;quote&quot;" type="high">');
    expect(xml).toContain('<skipped message="accepted: in the baseline since 2026-06-01"/>');
    expect(xml).toContain('<skipped message="accepted: legal basis under review"/>');
    expect(xml).toContain('<testcase classname="datamin.public.users" name="minimization-sparse-field: ip">\n      <system-out>low: ');
    expect(xml).not.toContain('<script>');
  });

  it('reports scan errors as errored cases', async () => {
    const xml = await render({ ...ciResult, errors: [{ code: 'source-error', level: 'error', file: 'broken.json', line: 3, message: 'unexpected end of JSON' }] });
    expect(xml).toContain('<testcase classname="datamin.errors" name="broken.json:3">\n      <error message="unexpected end of JSON" type="source-error"/>');
    expect(attribute(xml, 'testsuites', 'name="datamin"', 'errors')).toBe('1');
  });

  it('never prints field evidence', async () => {
    expect(await render(ciResult)).not.toContain('anna.raw@example.org');
  });
});
