// --sample has one meaning (values per field judged by the value detectors, or 'all') and one
// default; a database's row limit follows from it under its own name, and only sources that
// declare `pushdown` get one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ALL_ROWS, DEFAULT_SAMPLE, rowLimitFor } from '../../src/model/sample.js';
import { sourceKinds, type SourceOpener, type StreamOptions } from '../../src/sources/index.js';
import { openCsv } from '../../src/sources/csv.js';
import { scanInput } from '../../src/scan/scan-input.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample size', () => {
  it('gives a database every row under --sample all, else the sample size', () => {
    expect(rowLimitFor('all')).toBe(ALL_ROWS);
    expect(rowLimitFor(250)).toBe(250);
  });

  it('has one help text and one default in every command that scans', async () => {
    const lines = await Promise.all(
      ['scan', 'baseline', 'explain', 'init'].map(async (command) => {
        const run = await runCli([command, '--help'], { cwd: dir });
        // The option's text, over however many lines the help wraps it.
        return /--sample <n>\s+(.*?)\s+(?=-{1,2}[a-z])/s.exec(run.stdout)?.[1].replace(/\s+/g, ' ');
      }),
    );
    expect(lines[0]).toContain(`(default: ${DEFAULT_SAMPLE})`);
    expect(lines[0]).toContain("'all'");
    expect(new Set(lines).size).toBe(1);
  });

  it('means the same in init: --sample all is accepted', async () => {
    writeFileSync(path.join(dir, 'people.csv'), 'email\nann@example.com\nbob@example.org\n');
    const run = await runCli(['init', '--sample', 'all', 'people.csv', '--output', 'draft.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('row limits', () => {
  const seen: Array<StreamOptions | undefined> = [];
  const spy: SourceOpener = (source, options) => {
    seen.push(options);
    return openCsv(source, options);
  };
  afterEach(() => {
    delete sourceKinds['.pushed'];
    delete sourceKinds['.plain'];
    seen.length = 0;
  });

  it('go only to sources that declare pushdown', async () => {
    sourceKinds['.pushed'] = { open: spy, pushdown: true };
    sourceKinds['.plain'] = spy;
    for (const name of ['t.pushed', 't.plain']) writeFileSync(path.join(dir, name), 'email\nann@example.com\n');
    const task = { cwd: dir, showValues: false };
    await scanInput({ ...task, file: path.join(dir, 't.pushed'), label: 't.pushed', sample: 'all' });
    await scanInput({ ...task, file: path.join(dir, 't.pushed'), label: 't.pushed', sample: 40 });
    await scanInput({ ...task, file: path.join(dir, 't.plain'), label: 't.plain', sample: 40 });
    expect(seen.map((o) => o?.rowLimit)).toEqual([ALL_ROWS, 40, undefined]);
  });
});
