// Fingerprints are stable: the same input gives the same fingerprints wherever the scanned folder
// lives, whatever it is called and whatever folder the scan runs from.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { findingFingerprint } from '../../src/rules/engine.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'datamin-fingerprint-'));

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

async function fingerprints(args: string[], cwd: string): Promise<string[]> {
  const run = await runCli(['scan', ...args, '--format', 'json'], { cwd });
  const result = JSON.parse(run.stdout) as ScanResult;
  expect(result.findings.length).toBeGreaterThan(10);
  return result.findings.map((f) => `${f.ruleId} ${f.dataset ?? ''}.${f.field ?? ''} ${f.fingerprint}`).sort();
}

describe('finding fingerprints', () => {
  it('are rule + dataset + field only', () => {
    expect(findingFingerprint('undeclared-personal-field', 'customers', 'email')).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint('undeclared-personal-field', 'customers', 'email')).toBe(findingFingerprint('undeclared-personal-field', 'customers', 'email'));
    expect(findingFingerprint('undeclared-personal-field', 'customers', 'email')).not.toBe(findingFingerprint('undeclared-personal-field', 'customers', 'phone'));
    expect(findingFingerprint('undeclared-personal-field', 'customers', 'email')).not.toBe(findingFingerprint('stale-declaration', 'customers', 'email'));
  });

  it('do not change when the scanned folder is renamed, moved or scanned from elsewhere', async () => {
    const original = await fingerprints(['examples'], root);
    const renamed = path.join(temp, 'renamed-shop');
    cpSync(path.join(root, 'examples'), renamed, { recursive: true });
    const moved = path.join(temp, 'deep', 'er', 'exports');
    mkdirSync(path.dirname(moved), { recursive: true });
    cpSync(path.join(root, 'examples'), moved, { recursive: true });
    expect(await fingerprints(['renamed-shop'], temp)).toEqual(original);
    expect(await fingerprints(['.'], moved)).toEqual(original);
    expect(await fingerprints([moved], root)).toEqual(original);
  });
});
