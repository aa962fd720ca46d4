// One odd value must not cost a rule its findings on every dataset: an IPv6-shaped value with
// too many groups made minimization-precision throw, and its findings vanished for the whole scan.
// Every rule of the registry is then made to throw on one dataset added to its own firing fixture
// (test/fixtures/cli/ng.rule-<id>-fires): the other datasets keep that rule's findings, the other
// rules keep theirs, and the error names the rule and the dataset.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Finding, ScanResult } from '../../src/model/result.js';
import { RULE_EVALUATORS, RULE_IDS } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-rule-isolation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, rows: string[]): void {
  writeFileSync(path.join(dir, name), ['id,ip_address', ...rows.map((ip, i) => `${i},${ip}`)].join('\n') + '\n');
}

describe('rule evaluation over odd values', () => {
  it('an IPv6-shaped value with too many groups keeps minimization-precision findings for every dataset', async () => {
    csv('good.csv', Array.from({ length: 40 }, (_, i) => `10.0.${i}.${i + 1}`));
    csv('odd.csv', [...Array.from({ length: 38 }, (_, i) => `2001:db8:${i.toString(16)}::${(i + 1).toString(16)}`), '1:2:3:4:5:6:7:8::9', 'fe80::1']);
    const run = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'critical'], { cwd: dir });
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    const precise = result.findings.filter((f) => f.ruleId === 'minimization-precision').map((f) => f.dataset);
    expect(precise).toEqual(['good', 'odd']);
    expect(run.code).toBe(0);
  });
});

const POISONED = 'poisoned_dataset';
const fixtures = path.resolve(import.meta.dirname, '../fixtures/cli');

/** Scans a copy of the rule's firing fixture with one more CSV dataset, `poisoned_dataset`. */
async function scanWithExtraDataset(id: string): Promise<{ code: number; result: ScanResult }> {
  const copy = mkdtempSync(path.join(os.tmpdir(), `datamin-rule-isolation-${id}-`));
  try {
    cpSync(path.join(fixtures, `ng.rule-${id}-fires`), copy, { recursive: true });
    writeFileSync(path.join(copy, `${POISONED}.csv`), ['id,email', ...Array.from({ length: 20 }, (_, i) => `${i},p${i}@example.org`)].join('\n') + '\n');
    const args = readFileSync(path.join(copy, 'args.txt'), 'utf8').trim().split(/\s+/);
    const run = await runCli([...args, `${POISONED}.csv`], { cwd: copy });
    return { code: run.code, result: JSON.parse(run.stdout) as ScanResult };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const key = (f: Finding): string => `${f.ruleId} ${f.fingerprint}`;

describe('every rule of the registry, made to throw on one dataset', () => {
  it.each(RULE_IDS)('%s keeps its findings on the other datasets, and the other rules keep theirs', async (id) => {
    const clean = await scanWithExtraDataset(id);
    expect(clean.result.errors).toEqual([]);
    const own = clean.result.findings.filter((f) => f.ruleId === id && f.dataset !== POISONED);
    expect(own.length, `ng.rule-${id}-fires must make ${id} fire on a dataset other than the added one`).toBeGreaterThan(0);

    const evaluator = RULE_EVALUATORS[id];
    const evaluate = evaluator.evaluate.bind(evaluator);
    const spy = vi.spyOn(evaluator, 'evaluate').mockImplementation((ctx) => {
      if (ctx.datasets.some((d) => d.summary.name === POISONED)) throw new TypeError(`cannot read ${POISONED} (a value)`);
      return evaluate(ctx);
    });
    let poisoned: Awaited<ReturnType<typeof scanWithExtraDataset>>;
    try {
      poisoned = await scanWithExtraDataset(id);
    } finally {
      spy.mockRestore();
    }

    expect(poisoned.result.errors.map((e) => [e.code, e.file, e.message])).toEqual([
      ['rule-error', `${POISONED}.csv`, `rule ${id} failed (TypeError) on dataset ${POISONED}; its findings for that dataset are missing`],
    ]);
    expect(JSON.stringify(poisoned.result)).not.toContain('(a value)');
    const after = new Map(poisoned.result.findings.map((f) => [key(f), f]));
    // The other rules: every finding, unchanged.
    const others = clean.result.findings.filter((f) => f.ruleId !== id);
    expect(others.filter((f) => !after.has(key(f)))).toEqual([]);
    for (const f of others) expect(after.get(key(f))).toEqual(f);
    // This rule: every finding about another dataset (or about a purpose) is still there; none about the poisoned one.
    expect(own.filter((f) => !after.has(key(f)))).toEqual([]);
    expect(poisoned.result.findings.filter((f) => f.ruleId === id && f.dataset === POISONED)).toEqual([]);
    expect(poisoned.code).toBe(2);
  }, 60_000);
});
