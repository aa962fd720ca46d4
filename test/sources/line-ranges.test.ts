// planLineRanges: NDJSON ranges start right after a line break, cover the file without gaps, and
// a line longer than the search window moves no cut into its middle.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planLineRanges } from '../../src/sources/line-ranges.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-line-ranges-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<{ file: string; size: number; bytes: Buffer }> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  const bytes = Buffer.from(text);
  return { file, size: bytes.length, bytes };
}

describe('planLineRanges', () => {
  it('cuts after line breaks, covering the file', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, name: `Zoë ${i}`, note: 'x'.repeat(i % 50) }));
    const { file, size, bytes } = await write('events.ndjson', lines.join('\n') + '\n');
    const ranges = await planLineRanges(file, size, 20_000);
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges[0].start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(size);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i].start).toBe(ranges[i - 1].end);
      expect(bytes[ranges[i].start - 1]).toBe(0x0a);
    }
  });

  it('reads a file under two ranges in one piece', async () => {
    const { file, size } = await write('small.ndjson', '{"a":1}\n{"a":2}\n');
    expect(await planLineRanges(file, size, size)).toEqual([{ start: 0, end: size }]);
  });

  it('moves no cut into a line longer than the search window', async () => {
    const long = JSON.stringify({ blob: 'y'.repeat(3 * 1024 * 1024) });
    const { file, size, bytes } = await write('long.ndjson', `{"a":1}\n${long}\n{"a":2}\n`);
    const ranges = await planLineRanges(file, size, 400_000);
    for (const range of ranges.slice(1)) expect(bytes[range.start - 1]).toBe(0x0a);
    // Nominal cuts inside the first 2 MB of the long line find no break within 1 MB and are dropped.
    expect(ranges.length).toBeLessThan(8);
  });
});
