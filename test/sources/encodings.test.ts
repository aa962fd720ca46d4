// Encodings and compression are read from the bytes (issue 26): UTF-16/32 exports (Excel's
// "Unicode text") with or without a byte-order mark, gzip (`.gz`, or gzip bytes under a plain
// name) and Zstandard (`.zst`) are decoded as streams and give the rows of the UTF-8 file, at
// any read size; such files are read whole, never in byte ranges.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row, SourceWarning } from '../../src/model/index.js';
import type { ScanResult } from '../../src/model/result.js';
import { openSource, type CsvDataset, type StreamOptions } from '../../src/sources/index.js';
import { sniffUnicodeEncoding } from '../../src/sources/byte-stream.js';
import { planSplit } from '../../src/scan/split-input.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-encodings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TEXT = 'name;email;note\r\nZoë Müller;zoe@example.com;"café, 東京 🎉"\r\nJean Dupont;jean@example.org;"two\r\nlines"\r\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return bigEndian ? bytes.swap16() : bytes;
}

function utf32(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const points = [...((bom ? '\ufeff' : '') + text)].map((c) => c.codePointAt(0)!);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((point, i) => (bigEndian ? bytes.writeUInt32BE(point, i * 4) : bytes.writeUInt32LE(point, i * 4)));
  return bytes;
}

async function readRows(name: string, bytes: Uint8Array, options: StreamOptions = {}): Promise<{ dataset: CsvDataset; rows: Row[]; warnings: SourceWarning[]; fed: Row[] }> {
  await writeFile(path.join(dir, name), bytes);
  const dataset = (await openSource(name, dir, options)).datasets[0] as CsvDataset;
  const rows: Row[] = [];
  const warnings: SourceWarning[] = [];
  for await (const row of dataset.rows({ warn: (w) => warnings.push(w) })) rows.push([...row]);
  const fed: Row[] = [];
  await dataset.feed?.({ addRecord: () => expect.unreachable(), add: (batch) => batch.forEach((row) => fed.push([...row])) }, { warn: () => undefined });
  return { dataset, rows, warnings, fed };
}

const EXPECTED: Row[] = [
  ['Zoë Müller', 'zoe@example.com', 'café, 東京 🎉'],
  ['Jean Dupont', 'jean@example.org', 'two\r\nlines'],
];

describe('Unicode encodings from byte-order marks and byte patterns', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['utf16le-bom', utf16(TEXT, false, true), 'utf-16le'],
    ['utf16le', utf16(TEXT, false, false), 'utf-16le'],
    ['utf16be-bom', utf16(TEXT, true, true), 'utf-16be'],
    ['utf16be', utf16(TEXT, true, false), 'utf-16be'],
    ['utf32le-bom', utf32(TEXT, false, true), 'utf-32le'],
    ['utf32le', utf32(TEXT, false, false), 'utf-32le'],
    ['utf32be-bom', utf32(TEXT, true, true), 'utf-32be'],
    ['utf32be', utf32(TEXT, true, false), 'utf-32be'],
  ];
  it.each(cases)('%s: the rows of the UTF-8 file, at any read size', async (name, bytes, encoding) => {
    for (const chunkBytes of [undefined, 1, 3, 5, 64]) {
      const { dataset, rows, warnings, fed } = await readRows(`${name}.csv`, bytes, chunkBytes ? { chunkBytes } : {});
      expect(dataset.dialect).toMatchObject({ encoding, delimiter: ';', newline: '\r\n', hasHeader: true });
      expect(dataset.fields.map((f) => f.name)).toEqual(['name', 'email', 'note']);
      expect(rows, `chunkBytes ${chunkBytes}`).toEqual(EXPECTED);
      expect(fed).toEqual(EXPECTED);
      expect(warnings).toEqual([]);
      expect(dataset.byteRanges).toBe(false);
    }
  });

  it('leaves UTF-8 and windows-1252 to the UTF-8 check', () => {
    expect(sniffUnicodeEncoding(Buffer.from('id,name\n1,Zoë\n'))).toBeUndefined();
    expect(sniffUnicodeEncoding(Buffer.from('\ufeffid,name\n'))).toBe('utf-8');
    expect(sniffUnicodeEncoding(Buffer.from('id,nom\nRen\xe9e\n', 'latin1'))).toBeUndefined();
  });
});

describe('compressed exports', () => {
  const csv = 'id,email\n1,anna@example.com\n2,jean@example.org\n';
  const ndjson = '{"id":1,"email":"anna@example.com"}\n{"id":2,"email":"jean@example.org"}\n';
  const rowsOf: Row[] = [
    ['1', 'anna@example.com'],
    ['2', 'jean@example.org'],
  ];

  it.each([
    ['people.csv.gz', gzipSync(csv)],
    ['people.csv', gzipSync(csv)],
    ['people.tsv.gz', gzipSync(csv.replaceAll(',', '\t'))],
    ['people.csv.gz', gzipSync(utf16(csv, false, true))],
    ['people.csv.gz', Buffer.concat([gzipSync(csv.slice(0, 20)), gzipSync(csv.slice(20))])],
  ])('%s: streams the decompressed rows', async (name, bytes) => {
    for (const chunkBytes of [undefined, 7]) {
      const { dataset, rows, fed, warnings } = await readRows(name, bytes, chunkBytes ? { chunkBytes } : {});
      expect(dataset.name).toBe('people');
      expect(rows).toEqual(rowsOf);
      expect(fed).toEqual(rowsOf);
      expect(warnings).toEqual([]);
      expect(dataset.byteRanges).toBe(false);
    }
  });

  it.each(['events.ndjson.gz', 'events.jsonl.gz', 'events.ndjson'])('%s: NDJSON in gzip', async (name) => {
    await writeFile(path.join(dir, name), gzipSync(ndjson));
    const dataset = (await openSource(name, dir)).datasets[0];
    const rows: Row[] = [];
    for await (const row of dataset.rows!({ warn: () => undefined })) rows.push([...row]);
    expect(dataset.fields.map((f) => f.name)).toEqual(['id', 'email']);
    expect(rows).toEqual([
      [1, 'anna@example.com'],
      [2, 'jean@example.org'],
    ]);
  });

  it('reads Zstandard (.zst)', async () => {
    // A minimal Zstandard frame (RFC 8878 §3.1.1): one segment holding the CSV as one raw block.
    const frame = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, csv.length]), Buffer.from([(csv.length << 3) | 1, csv.length >> 5, 0]), Buffer.from(csv)]);
    const { rows } = await readRows('people.csv.zst', frame);
    expect(rows).toEqual(rowsOf);
  });

  it('names the file of a corrupt or misnamed stream (exit 2), and scans the others', async () => {
    const long = gzipSync('id,email\n' + Array.from({ length: 5000 }, (_, i) => `${i},person${i * 7919}@example.com`).join('\n'));
    await writeFile(path.join(dir, 'cut.csv.gz'), long.subarray(0, long.length / 2));
    await writeFile(path.join(dir, 'plain.csv.gz'), csv);
    await writeFile(path.join(dir, 'ok.csv.gz'), gzipSync(csv));
    const { code, stdout } = await runCli(['scan', 'cut.csv.gz', 'plain.csv.gz', 'ok.csv.gz', '--format', 'json'], { cwd: dir });
    expect(code).toBe(2);
    const result = JSON.parse(stdout) as ScanResult;
    expect(result.errors.map((e) => [e.file, e.message])).toEqual(
      expect.arrayContaining([
        ['cut.csv.gz', expect.stringMatching(/^not a valid gzip stream \(unexpected end of file\) \(the \d+ rows before it were scanned\)$/)],
        ['plain.csv.gz', 'named .csv.gz but not gzip data (its first bytes say uncompressed)'],
      ]),
    );
    expect(result.fields.filter((f) => f.source === 'ok.csv.gz').map((f) => f.field)).toEqual(['id', 'email']);
  });
});

describe('the bundled customers.csv as an Excel "Unicode text" export and gzipped', () => {
  it('finds what the UTF-8 file has, and reads such files whole even when big enough to split', async () => {
    const text = await readFile(path.join(root, 'examples/customers.csv'), 'utf8');
    await writeFile(path.join(dir, 'customers.csv'), text);
    await writeFile(path.join(dir, 'unicode.csv'), utf16(text.replaceAll(',', '\t'), false, true));
    await writeFile(path.join(dir, 'zipped.csv'), gzipSync(text));
    const env = { DATAMIN_RANGE_BYTES: '10000' };
    const categories = async (name: string): Promise<string[]> => {
      const { code, stdout } = await runCli(['scan', name, '--format', 'json'], { cwd: dir, env });
      expect(code).not.toBe(2);
      const result = JSON.parse(stdout) as ScanResult;
      return result.fields.map((f) => `${f.field}: ${f.categories.map((c) => c.id).join(' ')}`);
    };
    const expected = await categories('customers.csv');
    expect(expected.join('\n')).toContain('email: contact.email');
    expect(await categories('unicode.csv')).toEqual(expected);
    expect(await categories('zipped.csv')).toEqual(expected);
    for (const name of ['unicode.csv', 'zipped.csv']) {
      const task = { label: name, file: name, cwd: dir, sample: 1000, showValues: false };
      expect(await planSplit(task, 100_000, 10_000)).toBeUndefined();
    }
  });
});
