// bin/datamin.js runs the bundle scripts/bundle.mjs builds (dist/bundle/): one module graph of a
// few files instead of some 300. If the bundle fell back to dist/'s separate modules, or a path
// spelled relative to a module (the precompiled validators, the worker) broke in it, the CLI
// would still work, only slower; these tests catch that.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datamin-bundle-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** A loader hook printing every ES module URL Node loads, and a preload printing the CommonJS modules required by the exit. */
const esmHook = path.join(tempRoot, 'record-module-loads.mjs');
writeFileSync(esmHook, 'export async function load(url, context, nextLoad) {\n  process.stderr.write(`esm ${url}\\n`);\n  return nextLoad(url, context);\n}\n');
const cjsHook = path.join(tempRoot, 'record-requires.cjs');
writeFileSync(cjsHook, "process.on('exit', () => {\n  for (const file of Object.keys(require.cache)) process.stderr.write(`cjs ${file}\\n`);\n});\n");

/** Runs the CLI with both hooks; returns the ES module URLs and CommonJS files it loaded. */
async function modulesLoaded(args: string[], cwd: string): Promise<{ esm: string[]; cjs: string[]; stdout: string }> {
  const argv = ['--no-warnings', '--experimental-loader', esmHook, '--require', cjsHook, path.join(root, 'bin/datamin.js'), ...args];
  const { stdout, stderr } = await run(process.execPath, argv, { cwd, env: { ...process.env, NO_COLOR: '1' } }).catch((error: { stdout: string; stderr: string; code: number }) => {
    // Exit code 1 means findings: the run itself went through.
    if (error.code !== 1) throw error;
    return error;
  });
  const lines = stderr.split('\n');
  return {
    esm: lines.filter((l) => l.startsWith('esm file:')).map((l) => l.slice(4)),
    cjs: lines.filter((l) => l.startsWith('cjs ')).map((l) => l.slice(4)),
    stdout,
  };
}

describe('the bundled CLI', () => {
  it('loads its own code from dist/bundle/ and only a few package modules', async () => {
    const dir = mkdtempSync(path.join(tempRoot, 'scan-'));
    writeFileSync(path.join(dir, 'users.csv'), 'id,email,phone\n1,anna.rossi@example.com,+49 30 1234567\n');
    writeFileSync(path.join(dir, 'datamin.yaml'), ['version: 1', 'purposes:', '  accounts:', '    legal_basis: contract', '    retention: P2Y', ''].join('\n'));
    const { esm, cjs, stdout } = await modulesLoaded(['scan', 'users.csv', '--format', 'json'], dir);
    expect(JSON.parse(stdout).fields.map((f: { field: string }) => f.field)).toEqual(['id', 'email', 'phone']);
    const ours = esm.filter((url) => url.includes('/dist/'));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((url) => !url.includes('/dist/bundle/'))).toEqual([]);
    // Unbundled, libphonenumber-js alone was 93 modules.
    expect(esm.filter((url) => url.includes('/node_modules/')).length).toBeLessThan(10);
    // The CommonJS packages of every start are in the bundle too (util/require-cjs.ts).
    expect(cjs.filter((file) => /\/node_modules\/(yaml|commander|fast-glob|ignore|papaparse|tinyduration)\//.test(file))).toEqual([]);
    // The config was checked by the precompiled validator, not by ajv compiling the schema.
    expect(cjs.some((file) => file.includes('/dist/config/validators/'))).toBe(true);
    expect(cjs.filter((file) => file.includes('/node_modules/ajv/') && !file.includes('/node_modules/ajv/dist/runtime/'))).toEqual([]);
  });

  it('runs the bundled worker under --jobs 2', async () => {
    const dir = mkdtempSync(path.join(tempRoot, 'jobs-'));
    // Two inputs of 64 MiB in all: the size from which a scan starts workers.
    const row = 'x'.repeat(1000);
    const body = `id,note\n${Array.from({ length: 34_000 }, (_, i) => `${i},${row}`).join('\n')}\n`;
    writeFileSync(path.join(dir, 'a.csv'), body);
    writeFileSync(path.join(dir, 'b.csv'), body);
    const { esm, stdout } = await modulesLoaded(['scan', '.', '--jobs', '2', '--format', 'json', '--quiet'], dir);
    expect(JSON.parse(stdout).datasets.map((d: { rows: number }) => d.rows)).toEqual([34_000, 34_000]);
    expect(esm.filter((url) => url.endsWith('/dist/bundle/scan-worker.js'))).toHaveLength(1);
  });
});
