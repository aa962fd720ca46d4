// Per-rule end-to-end coverage: every shipped rule has a fixture case where it fires
// (test/fixtures/cli/ng.rule-<id>-fires) and a nearest-correct one where it stays quiet
// (ok.rule-<id>-quiet); cli.test.ts runs them, and this file checks that the pairs exist and that
// the fires case's exit code follows the rule's severity, --fail-on and a `rules:` override.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { SEVERITIES, type ScanResult, type Severity } from '../../src/model/result.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const casesDir = path.join(root, 'test/fixtures/cli');
const shipped = (parse(readFileSync(path.join(root, 'rules.default.yaml'), 'utf8')) as { rules: Array<{ id: string; severity: Severity }> }).rules;
const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datamin-rules-e2e-'));

afterAll(() => {
  rmSync(tempRoot, { recursive: true, force: true });
});

interface Expected {
  exitCode: number;
  findings?: string[];
}

function caseArgs(dir: string): string[] {
  return readFileSync(path.join(dir, 'args.txt'), 'utf8').trim().split(/\s+/);
}

function expectedOf(dir: string): Expected {
  return JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
}

/** The args of a case with `--fail-on` replaced (or dropped when `failOn` is undefined). */
function withFailOn(args: string[], failOn: Severity | undefined): string[] {
  const at = args.indexOf('--fail-on');
  const rest = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
  return failOn === undefined ? rest : [...rest, '--fail-on', failOn];
}

/** A copy of a case folder whose datamin.yaml sets `rules.<id>` to `override`. */
function copyWithOverride(dir: string, id: string, override: unknown): string {
  const copy = mkdtempSync(path.join(tempRoot, `${path.basename(dir)}-`));
  cpSync(dir, copy, { recursive: true });
  const configFile = path.join(copy, 'datamin.yaml');
  const config = parse(readFileSync(configFile, 'utf8')) as { rules?: Record<string, unknown> };
  config.rules = { ...config.rules, [id]: override };
  writeFileSync(configFile, stringify(config));
  return copy;
}

async function scanJson(args: string[], cwd: string): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(args, { cwd });
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

describe('rule fixture coverage', () => {
  it('covers exactly the rules of rules.default.yaml', () => {
    expect(shipped.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  for (const { id, severity } of shipped) {
    describe(id, () => {
      const fires = path.join(casesDir, `ng.rule-${id}-fires`);
      const quiet = path.join(casesDir, `ok.rule-${id}-quiet`);

      it('has a fires case that reports only this rule and exits 1 with --fail-on info', () => {
        expect(existsSync(fires), fires).toBe(true);
        const expected = expectedOf(fires);
        expect(expected.exitCode).toBe(1);
        expect(expected.findings?.length).toBeGreaterThan(0);
        for (const finding of expected.findings ?? []) expect(finding.split(' ')[0]).toBe(id);
        expect(caseArgs(fires)).toEqual(expect.arrayContaining(['--format', 'json', '--fail-on', 'info']));
      });

      it('has a quiet case with no finding at all that exits 0 with --fail-on info', () => {
        expect(existsSync(quiet), quiet).toBe(true);
        const expected = expectedOf(quiet);
        expect(expected).toMatchObject({ exitCode: 0, findings: [] });
        expect(caseArgs(quiet)).toEqual(expect.arrayContaining(['--format', 'json', '--fail-on', 'info']));
      });

      it(`fails the default --fail-on high only if its severity (${severity}) is high or critical`, async () => {
        const { code, result } = await scanJson(withFailOn(caseArgs(fires), undefined), fires);
        expect(result.findings.map((f) => [f.ruleId, f.severity])).toContainEqual([id, severity]);
        expect(code).toBe(severity === 'critical' || severity === 'high' ? 1 : 0);
      });

      it('exits 1 at --fail-on equal to its severity and 0 one step above', async () => {
        expect((await scanJson(withFailOn(caseArgs(fires), severity), fires)).code).toBe(1);
        const above = SEVERITIES[SEVERITIES.indexOf(severity) - 1];
        if (above !== undefined) expect((await scanJson(withFailOn(caseArgs(fires), above), fires)).code).toBe(0);
      });

      it('goes quiet when datamin.yaml switches it off', async () => {
        const copy = copyWithOverride(fires, id, 'off');
        const { code, result, stderr } = await scanJson(caseArgs(fires), copy);
        expect(code, stderr).toBe(0);
        expect(result.findings).toEqual([]);
      });

      it('reports the severity datamin.yaml overrides it to', async () => {
        const override: Severity = severity === 'info' ? 'critical' : 'info';
        const copy = copyWithOverride(fires, id, { severity: override });
        const { code, result } = await scanJson(caseArgs(fires), copy);
        expect(result.findings.length).toBeGreaterThan(0);
        for (const finding of result.findings) expect(finding.severity).toBe(override);
        expect(code).toBe(1); // --fail-on info: any finding fails
      });
    });
  }
});
