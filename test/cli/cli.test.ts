// End-to-end CLI cases: each test/fixtures/cli/{ok,ng}.<case>/ holds inputs, args.txt and
// expected.json (exit code, per-field categories, errors, findings). A missing expected.json
// fails the case; only `npm run golden:update` (scripts/golden-update.mjs) writes them, from the
// current behaviour; review the diff.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';
import { readGolden } from '../helpers/golden.js';

const casesDir = path.resolve(import.meta.dirname, '../fixtures/cli');

interface Expected {
  exitCode: number;
  fields?: Record<string, string[]>;
  errors?: Array<{ code: string; level: string; file?: string; line?: number }>;
  findings?: string[];
  stdoutIncludes?: string[];
  stderrIncludes?: string[];
  /** Raw strings that must appear in no output (redaction). */
  neverPrinted?: string[];
}

function parseArgs(text: string): string[] {
  return [...text.trim().matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function observe(stdout: string): Pick<Expected, 'fields' | 'errors' | 'findings'> {
  let result: ScanResult;
  try {
    result = JSON.parse(stdout) as ScanResult;
  } catch {
    return {};
  }
  return {
    fields: Object.fromEntries(result.fields.map((f) => [`${f.dataset}.${f.field}`, f.categories.map((c) => c.id).sort()])),
    errors: result.errors.map((e) => ({ code: e.code, level: e.level, ...(e.file ? { file: e.file } : {}), ...(e.line ? { line: e.line } : {}) })),
    findings: result.findings.map((f) => `${f.ruleId} ${f.dataset ?? ''}.${f.field ?? ''}`),
  };
}

const cases = existsSync(casesDir) ? readdirSync(casesDir).filter((d) => /^(ok|ng)\./.test(d)).sort() : [];

describe('cli fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(3);
  });
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(casesDir, name);
      const args = parseArgs(readFileSync(path.join(dir, 'args.txt'), 'utf8'));
      const run = await runCli(args, { cwd: dir });
      const seen = { exitCode: run.code, ...observe(run.stdout) };
      const expected = readGolden<Expected>(path.join(dir, 'expected.json'), seen);
      expect(run.code, run.stderr).toBe(expected.exitCode);
      if (name.startsWith('ok.')) expect(run.code).not.toBe(2);
      else expect(run.code).not.toBe(0);
      if (expected.fields) expect(seen.fields).toEqual(expected.fields);
      if (expected.errors) expect(seen.errors).toEqual(expected.errors);
      if (expected.findings) expect(seen.findings).toEqual(expected.findings);
      for (const s of expected.stdoutIncludes ?? []) expect(run.stdout).toContain(s);
      for (const s of expected.stderrIncludes ?? []) expect(run.stderr).toContain(s);
      for (const s of expected.neverPrinted ?? []) {
        expect(run.stdout).not.toContain(s);
        expect(run.stderr).not.toContain(s);
      }
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    });
  }
});
