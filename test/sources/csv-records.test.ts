// The CSV record scanner (Dataset.feed) against the papaparse reader (Dataset.batches): on
// generated files full of quoting, line-break, encoding and malformation cases, at many chunk
// sizes and byte ranges, a profiler fed either way must end in exactly the same state (counts,
// distinct sketches, samples, date histograms, row sample) with the same warnings and range
// summaries. Plus the cases where the scanner must hand over to the reader.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LazyRecord, ReadContext, RecordSink, Row, SourceWarning } from '../../src/model/index.js';
import { DatasetProfiler, extrapolatingProgress, type ProfilerState } from '../../src/classify/profile-dataset.js';
import { openCsv } from '../../src/sources/csv.js';
import type { RangeReadSummary, StreamOptions } from '../../src/sources/text-stream.js';
import { seededRandom } from '../../src/util/reservoir.js';
import { valueHash } from '../../src/util/hyperloglog.js';
import { detectorSet } from '../../src/detectors/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-records-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  state: ProfilerState;
  warnings: SourceWarning[];
  summary?: RangeReadSummary;
  lazyRecords: number;
  rowBatches: number;
}

/** Profiles `file` (or one byte range of it) either way; the sink counts which path delivered. */
async function profile(file: string, way: 'feed' | 'batches', options: StreamOptions = {}, sample: number | 'all' = 20): Promise<Outcome> {
  const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
  let summary: RangeReadSummary | undefined;
  const range = options.range ? { ...options.range, onEnd: (s: RangeReadSummary) => (summary = s) } : undefined;
  const dataset = await openCsv({ file, name: 'generated', location: 'generated.csv', sizeBytes: size }, { ...options, ...(range ? { range } : {}) });
  const detectors = sample === 'all' ? detectorSet() : { name: [], value: [] };
  const profiler = new DatasetProfiler(dataset, { sample, rowSample: 15, range: range ? 1 : 0, detectors, showValues: false });
  const warnings: SourceWarning[] = [];
  const ctx: ReadContext = { warn: (w) => warnings.push(w), progress: extrapolatingProgress(profiler, size) };
  let lazyRecords = 0;
  let rowBatches = 0;
  const sink: RecordSink = {
    addRecord: (record: LazyRecord) => {
      lazyRecords++;
      profiler.addRecord(record);
    },
    add: (batch: readonly Row[]) => {
      rowBatches++;
      profiler.add(batch);
    },
  };
  if (way === 'feed') await dataset.feed!(sink, ctx);
  else for await (const batch of dataset.batches(ctx)) profiler.add(batch);
  return { state: profiler.exportState(), warnings, ...(summary ? { summary } : {}), lazyRecords, rowBatches };
}

const PLAIN_WORDS = ['anna', 'Jean Dupont', '42', '', '2024-03-05', '2024-03-05T10:00:00Z', '05.03.2024', 'x@example.com', '+49 30 123456', 'DE89 3704 0044 0532 0130 00'];
const UNICODE_WORDS = ['Müller', 'Zoë', '東京', 'emoji 🎉', 'Ørsted', '€5'];

interface Shape {
  delimiter: string;
  newline: string;
  width: number;
  rows: number;
  /** Probability of each special case per cell or row. */
  odd: number;
  unicode: boolean;
  bom: boolean;
  trailingNewline: boolean;
  /** Malformations that make the scanner hand over. */
  malformed: boolean;
  /** No header row (the reader names the fields column_1…), after some blank lines. */
  headless?: boolean;
}

/** A seeded CSV text: quoted cells with delimiters, escaped quotes and line breaks, blank lines, dates. */
function generate(shape: Shape, seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const words = shape.unicode ? [...PLAIN_WORDS, ...UNICODE_WORDS] : PLAIN_WORDS;
  const cell = (): string => {
    const r = random();
    if (r < shape.odd) return `"${pick(words)}${shape.delimiter}${pick(words)}"`;
    if (r < 2 * shape.odd) return `"say ""${pick(words)}"" twice"`;
    if (r < 3 * shape.odd) return `"line one${shape.newline}line ${pick(words)}"`;
    if (r < 4 * shape.odd) return '""';
    if (r < 4.5 * shape.odd) return `"${pick(words)}\n${pick(words)}"`;
    if (shape.malformed && r < 4.7 * shape.odd) return pick([`ab"cd`, `"closed"junk`, `a\rb`, `x\ny`]);
    return pick(words);
  };
  const lines: string[] = shape.headless ? ['', '', '1' + shape.delimiter.repeat(shape.width - 1)] : [Array.from({ length: shape.width }, (_, i) => `field_${i}`).join(shape.delimiter)];
  for (let r = 0; r < shape.rows; r++) {
    if (random() < shape.odd / 2) lines.push('');
    let width = shape.width;
    if (shape.malformed && random() < shape.odd / 2) width += pick([-1, 1, 2]);
    lines.push(Array.from({ length: Math.max(1, width) }, cell).join(shape.delimiter));
  }
  let text = (shape.bom ? '\ufeff' : '') + lines.join(shape.newline);
  if (shape.trailingNewline) text += shape.newline;
  if (shape.malformed && random() < 0.3) text += `${shape.delimiter}"never closed`;
  return text;
}

const SHAPES: Shape[] = [
  { delimiter: ',', newline: '\n', width: 5, rows: 300, odd: 0.05, unicode: false, bom: false, trailingNewline: true, malformed: false },
  { delimiter: ',', newline: '\r\n', width: 4, rows: 300, odd: 0.08, unicode: true, bom: true, trailingNewline: false, malformed: false },
  { delimiter: ';', newline: '\r', width: 3, rows: 200, odd: 0.05, unicode: true, bom: false, trailingNewline: true, malformed: false },
  { delimiter: '\t', newline: '\n', width: 6, rows: 250, odd: 0.1, unicode: true, bom: false, trailingNewline: false, malformed: false },
  { delimiter: '|', newline: '\n', width: 2, rows: 300, odd: 0.04, unicode: false, bom: true, trailingNewline: true, malformed: true },
  { delimiter: ',', newline: '\r\n', width: 5, rows: 300, odd: 0.06, unicode: true, bom: false, trailingNewline: true, malformed: true },
  { delimiter: ',', newline: '\n', width: 4, rows: 400, odd: 0.03, unicode: true, bom: false, trailingNewline: false, malformed: true },
  { delimiter: ',', newline: '\r\n', width: 3, rows: 200, odd: 0.05, unicode: true, bom: true, trailingNewline: true, malformed: false, headless: true },
];

async function writeGenerated(name: string, text: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('csv record scanner (Dataset.feed) matches the papaparse reader', () => {
  SHAPES.forEach((shape, index) => {
    it(`shape ${index}: ${JSON.stringify(shape.delimiter)} ${JSON.stringify(shape.newline)}${shape.malformed ? ', malformed' : ''}${shape.unicode ? ', unicode' : ''}`, async () => {
      let lazy = 0;
      let handedOver = 0;
      for (let seed = 1; seed <= 4; seed++) {
        const file = await writeGenerated(`shape-${index}-${seed}.csv`, generate(shape, seed * 7919 + index));
        if (shape.headless) {
          const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
          const dataset = await openCsv({ file, name: 'headless', location: 'headless.csv', sizeBytes: size });
          expect(dataset.dialect.hasHeader).toBe(false);
        }
        for (const chunkBytes of [undefined, 1, 3, 7, 64, 1000]) {
          const options = chunkBytes ? { chunkBytes } : {};
          const expected = await profile(file, 'batches', options);
          const actual = await profile(file, 'feed', options);
          expect(actual.state, `seed ${seed}, chunk ${chunkBytes}`).toEqual(expected.state);
          expect(actual.warnings).toEqual(expected.warnings);
          lazy += actual.lazyRecords;
          if (actual.rowBatches > 0) handedOver++;
        }
      }
      // Not vacuous: the scanner took records itself, and malformed files were handed over.
      expect(lazy).toBeGreaterThan(0);
      if (shape.malformed) expect(handedOver).toBeGreaterThan(0);
      else expect(handedOver).toBe(0);
    });
  });

  it('reads byte ranges the same way, ending summaries included (split points inside quotes too)', async () => {
    const text = generate(SHAPES[5], 99);
    const file = await writeGenerated('ranges.csv', text);
    const bytes = Buffer.from(text);
    const breaks: number[] = [];
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) breaks.push(at + 1);
    let compared = 0;
    for (let k = 0; k < breaks.length - 1; k += 37) {
      const range = { start: breaks[k], end: breaks[Math.min(k + 50, breaks.length - 1)] };
      for (const chunkBytes of [undefined, 5, 333]) {
        const options = { range, ...(chunkBytes ? { chunkBytes } : {}) };
        const expected = await profile(file, 'batches', options);
        const actual = await profile(file, 'feed', options);
        expect(actual.state).toEqual(expected.state);
        expect(actual.warnings).toEqual(expected.warnings);
        expect(actual.summary).toEqual(expected.summary);
        expect(actual.summary).toBeDefined();
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('matches under --sample all, where every value is judged as it streams past', async () => {
    const file = await writeGenerated('all.csv', generate(SHAPES[1], 5));
    const expected = await profile(file, 'batches', {}, 'all');
    const actual = await profile(file, 'feed', {}, 'all');
    expect(actual.state).toEqual(expected.state);
    expect(actual.state.fields.some((field) => field.tallies !== undefined)).toBe(true);
  });

  it('decodes windows-1252 cells (€, curly quotes, accents) as the reader does', async () => {
    const latin = Buffer.from('nom;prix\nRen\xe9e;12 \x80\n\x93Zo\xeb\x94;5\n', 'latin1');
    const file = await writeGenerated('latin.csv', latin);
    const dataset = await openCsv({ file, name: 'latin', location: 'latin.csv', sizeBytes: latin.length });
    expect((dataset).dialect.encoding).toBe('windows-1252');
    const texts: string[][] = [];
    await dataset.feed!({ addRecord: (r) => texts.push([r.text(0), r.text(1)]), add: () => expect.unreachable() }, { warn: () => undefined });
    expect(texts).toEqual([
      ['Renée', '12 €'],
      ['“Zoë”', '5'],
    ]);
    const expected = await profile(file, 'batches');
    expect((await profile(file, 'feed')).state).toEqual(expected.state);
  });

  it('hashes a cell in place exactly as valueHash hashes its text (escapes undone, non-ASCII)', async () => {
    const file = await writeGenerated('hash.csv', 'a,b\n"x ""y"" z",plain\n"Müller, A.",\n');
    const dataset = await openCsv({ file, name: 'hash', location: 'hash.csv', sizeBytes: 0 });
    const seen: Array<[string, number, boolean]> = [];
    await dataset.feed!({ addRecord: (r) => [0, 1].forEach((i) => seen.push([r.text(i), r.hash(i), r.isEmpty(i)])), add: () => expect.unreachable() }, { warn: () => undefined });
    expect(seen.map(([text]) => text)).toEqual(['x "y" z', 'plain', 'Müller, A.', '']);
    for (const [text, hash, empty] of seen) {
      expect(empty).toBe(text === '');
      if (!empty) expect(hash).toBe(valueHash(text));
    }
  });

  it("tells a cell's byte length, an ASCII character in it and white space only, without its text", async () => {
    const file = await writeGenerated('bytes.csv', 'a,b\n"x ""@"" z", \t \n\u00a0,Müller\n"",a@b\n');
    const dataset = await openCsv({ file, name: 'bytes', location: 'bytes.csv', sizeBytes: 0 });
    const seen: Array<[string, number, boolean, boolean]> = [];
    await dataset.feed!({ addRecord: (r) => [0, 1].forEach((i) => seen.push([r.text(i), r.byteLength(i), r.holds(i, 64), r.isBlank(i)])), add: () => expect.unreachable() }, { warn: () => undefined });
    expect(seen.map(([text]) => text)).toEqual(['x "@" z', ' \t ', '\u00a0', 'Müller', '', 'a@b']);
    for (const [text, bytes, at, blank] of seen) {
      expect(bytes).toBeGreaterThanOrEqual(text.length);
      expect(at).toBe(text.includes('@'));
      expect(blank).toBe(text.trim() === '');
    }
  });

  it('judges short values under --sample all as the reader does, counting those no detector can match without their text', async () => {
    const random = seededRandom(11);
    const short = ['1', '42', '7731', 'new', 'paid', ' ', '\u00a0', 'a@b.c', 'x@y.io', '12345678', 'ab@cdefg', ' 9 ', '"q""@"""'];
    const pick = (): string => short[Math.floor(random() * short.length)];
    const lines = ['id,status,amount,note'];
    for (let i = 0; i < 1500; i++) {
      const note = random() < 0.1 ? '"call +44 20 7946 0958 or mail a.b@example.com"' : pick();
      lines.push([String(i), pick(), (random() * 500).toFixed(2), note].join(','));
    }
    const file = await writeGenerated('short.csv', `${lines.join('\n')}\n`);
    const expected = await profile(file, 'batches', {}, 'all');
    const actual = await profile(file, 'feed', {}, 'all');
    expect(actual.state).toEqual(expected.state);
  });

  it('hashes a UTF-8 cell from its bytes exactly as valueHash hashes its decoded text, malformed bytes included', async () => {
    const random = seededRandom(3);
    const pieces = ['a', 'Z', ' ', 'é', 'ß', 'Ø', '€', '東', '京', '🎉', '𝄞', '\u00a0', '\ufeff', '\u07ff', '\u0800', '\uffff'];
    const malformed = [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8], [0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x8e], [0xff]];
    // Well-formed for longer than the encoding sample, so the file is read as UTF-8.
    const lines: Buffer[] = [Buffer.from(`a,b\n${'Zoë Müller,東京 🎉\n'.repeat(4000)}`)];
    for (let i = 0; i < 400; i++) {
      const cell = (): Buffer => {
        const parts: Buffer[] = [];
        for (let k = 0; k < 1 + Math.floor(random() * 6); k++) parts.push(Buffer.from(pieces[Math.floor(random() * pieces.length)]));
        if (random() < 0.2) parts.splice(Math.floor(random() * parts.length), 0, Buffer.from(malformed[Math.floor(random() * malformed.length)]));
        return Buffer.concat(parts);
      };
      lines.push(Buffer.concat([cell(), Buffer.from(','), cell(), Buffer.from('\n')]));
    }
    const bytes = Buffer.concat(lines);
    const file = await writeGenerated('utf8-hash.csv', bytes);
    const dataset = await openCsv({ file, name: 'utf8', location: 'utf8.csv', sizeBytes: bytes.length });
    expect(dataset.dialect.encoding).toBe('utf-8');
    const seen: Array<[string, number]> = [];
    await dataset.feed!({ addRecord: (r) => [0, 1].forEach((i) => seen.push([r.text(i), r.hash(i)])), add: () => undefined }, { warn: () => undefined });
    expect(seen.length).toBeGreaterThan(8500);
    expect(seen.some(([text]) => text.includes('\ufffd'))).toBe(true);
    for (const [text, hash] of seen) expect(hash).toBe(valueHash(text));
  });

  it('hands a record longer than its buffer to the reader, which reads it whole', async () => {
    const long = 'x'.repeat(1_200_000);
    const file = await writeGenerated('long.csv', `id,text\n1,short\n2,${long}\n3,after\n`);
    const expected = await profile(file, 'batches');
    const actual = await profile(file, 'feed');
    expect(actual.state).toEqual(expected.state);
    expect(actual.lazyRecords).toBe(1);
    expect(actual.rowBatches).toBeGreaterThan(0);
    expect(actual.state.rows).toBe(3);
  });

  it('goes back to scanning after papaparse took an irregular stretch', async () => {
    const regular = Array.from({ length: 500 }, (_, i) => `${i},name ${i},2024-01-0${(i % 9) + 1}`).join('\n');
    const file = await writeGenerated('resume.csv', `id,name,day\n1,2\n${regular}\n3,a"stray quote,x,y\n${regular}\n`);
    for (const chunkBytes of [256, 4096]) {
      const expected = await profile(file, 'batches', { chunkBytes });
      const actual = await profile(file, 'feed', { chunkBytes });
      expect(actual.state).toEqual(expected.state);
      expect(actual.warnings).toEqual(expected.warnings);
      expect(actual.warnings.map((w) => w.line)).toEqual([2, 503]);
      // Each irregular stretch ends with the bytes read so far (about 10 rows per 256 bytes);
      // the scanner takes the rest.
      expect(actual.lazyRecords).toBeGreaterThan(chunkBytes === 256 ? 950 : 700);
      expect(actual.rowBatches).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves warnings and their line numbers to the reader after a hand-over', async () => {
    const file = await writeGenerated('ragged.csv', 'a,b,c\n1,2,3\n"multi\nline",5,6\n7,8\n9,10,11,12\n13,"x"y,15\n');
    const warnings: SourceWarning[] = [];
    const dataset = await openCsv({ file, name: 'ragged', location: 'ragged.csv', sizeBytes: 0 });
    const rows: string[][] = [];
    await dataset.feed!(
      { addRecord: (r) => rows.push([0, 1, 2].map((i) => r.text(i))), add: (batch) => batch.forEach((row) => rows.push(row as string[])) },
      { warn: (w) => warnings.push(w) },
    );
    expect(rows[1]).toEqual(['multi\nline', '5', '6']);
    expect(warnings.map((w) => w.message)).toEqual([
      'row on line 5 has 2 cells, the header has 3',
      'row on line 6 has 4 cells, the header has 3 (extra cells ignored)',
      expect.stringMatching(/^a quote opened on line 7 does not close properly/),
      '4 of 5 records read: 1 record skipped because a quote in it does not close properly',
    ]);
  });
});
