// NDJSON source: bad lines warned without content, blank lines, CRLF, warning cap, chunking.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSource } from '../../src/sources/index.js';
import { expectLinearTime } from '../helpers/linear-time.js';
import { fieldNames, readAll } from './read-all.js';

describe('ndjson source', () => {
  it('reads records across CRLF and blank lines, warning about a bad line by number only', async () => {
    const { dataset, rows, warnings } = await readAll('ndjson/events.ndjson');
    expect(dataset.kind).toBe('ndjson');
    expect(dataset.name).toBe('events');
    expect(fieldNames(dataset)).toEqual(['id', 'email', 'user.name', 'tags[]']);
    expect(rows).toEqual([[1, 'anna@example.com'], [2, undefined, 'Jean'], [4, undefined, undefined, ['a']]]);
    expect(warnings).toEqual([{ message: 'invalid JSON on line 4', line: 4 }]);
    expect(JSON.stringify(warnings)).not.toContain('secret@example.com');
  });

  it('opens .jsonl and caps warnings at five plus a count', async () => {
    const { dataset, rows, warnings } = await readAll('ndjson/many-bad.jsonl');
    expect(dataset.kind).toBe('ndjson');
    expect(rows).toHaveLength(8);
    expect(warnings.map((warning) => warning.line)).toEqual([2, 4, 6, 8, 10, undefined]);
    expect(warnings[5].message).toBe('8 invalid NDJSON lines in total (3 more not shown)');
  });

  it('yields the same rows and warnings with tiny read chunks', async () => {
    const whole = await readAll('ndjson/events.ndjson');
    for (const chunkBytes of [1, 2, 5, 9]) {
      const chunked = await readAll('ndjson/events.ndjson', { chunkBytes });
      expect(chunked.rows, `chunkBytes ${chunkBytes}`).toEqual(whole.rows);
      expect(chunked.warnings, `chunkBytes ${chunkBytes}`).toEqual(whole.warnings);
    }
  });
});

describe('fields that change shape between lines', () => {
  it('are one field per leaf path, in the seeded prefix and while streaming', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'datamin-ndjson-shape-'));
    try {
      const lines = [
        JSON.stringify({ title: 'A', genres: null, componentRecords: null }),
        JSON.stringify({ title: 'B', genres: ['jazz'], componentRecords: [{ recordId: 'r1' }] }),
      ];
      // Past the 50 seeded lines too: the shapes change again while streaming.
      for (let i = 0; i < 60; i++) lines.push(JSON.stringify({ title: `T${i}`, genres: i % 2 ? null : ['pop'], componentRecords: i % 3 ? [] : null, owner: i < 55 ? null : { name: 'x' } }));
      await writeFile(path.join(dir, 'albums.ndjson'), `${lines.join('\n')}\n`);
      const opened = await openSource('albums.ndjson', dir);
      const dataset = opened.datasets[0];
      for await (const _ of dataset.rows!({ warn: () => undefined })) void _;
      expect(dataset.fields.map((field) => field.name)).toEqual(['title', 'genres[]', 'componentRecords[].recordId', 'owner.name']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('ndjson long lines', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-ndjson-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The unfinished line was prepended to every chunk and searched again: quadratic in its length.
  it('reads a line spanning many chunks in linear time', async () => {
    await expectLinearTime(
      'one long line',
      1_000_000,
      (n) => {
        const file = path.join(dir, `long-${n}.ndjson`);
        writeFileSync(file, `{"id":1}\n{"note":"${'x'.repeat(n)}"}\n{"id":3}\n`);
        return file;
      },
      async (file) => {
        const { rows, error } = await readAll(file, { chunkBytes: 16 * 1024 });
        expect(error).toBeUndefined();
        expect(rows).toHaveLength(3);
      },
    );
  });
});
