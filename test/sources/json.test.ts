// JSON source: record arrays, wrapped arrays, flattening, growing fields, errors with lines, chunking.
import { describe, expect, it } from 'vitest';
import { SourceError, type Row } from '../../src/model/index.js';
import { openSource } from '../../src/sources/index.js';
import { RecordFlattener } from '../../src/sources/flatten.js';
import { JsonRecordScanner, type ScanEvent } from '../../src/sources/json-scanner.js';
import { expectLinearTime } from '../helpers/linear-time.js';
import { fieldNames, fixturesDir, readAll } from './read-all.js';

describe('json source', () => {
  it('reads a top-level array of records', async () => {
    const { dataset, rows, warnings } = await readAll('json/array.json');
    expect(dataset.kind).toBe('json');
    expect(dataset.name).toBe('array');
    expect(fieldNames(dataset)).toEqual(['id', 'email', 'name']);
    expect(rows).toEqual([
      [1, 'anna@example.com', 'Anna'],
      [2, 'jean@example.org', 'Jean'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('streams every array of records inside a wrapping object, one dataset per array named file.key', async () => {
    const opened = await openSource('json/wrapped.json', fixturesDir);
    // `errors` is empty and `tags` holds scalars: neither is a record array.
    expect(opened.datasets.map((d) => [d.name, fieldNames(d)])).toEqual([
      ['wrapped.customers', ['id', 'email']],
      ['wrapped.orders', ['id']],
    ]);
    for (const chunkBytes of [undefined, 1, 7]) {
      const chunked = await openSource('json/wrapped.json', fixturesDir, chunkBytes === undefined ? {} : { chunkBytes });
      const rows: [number, Row][] = [];
      for await (const batch of chunked.interleaved!({ warn: () => undefined })) for (const row of batch.rows) rows.push([batch.dataset, [...row]]);
      expect(rows, `chunkBytes ${chunkBytes}`).toEqual([
        [0, [1, 'anna@example.com']],
        [0, [2, 'jean@example.org']],
        [1, [9]],
      ]);
    }
    // Each dataset also reads on its own.
    const orders: Row[] = [];
    for await (const row of opened.datasets[1].rows!({ warn: () => undefined })) orders.push([...row]);
    expect(orders).toEqual([[9]]);
  });

  it('names the dataset after the file when the wrapping object holds one record array', async () => {
    const { dataset, rows } = await readAll('json/one-wrapped.json');
    expect(dataset.name).toBe('one-wrapped');
    expect(rows).toEqual([[1, 'anna@example.com']]);
  });

  it('flattens nested objects to dotted paths and arrays to [] paths', async () => {
    const { dataset, rows } = await readAll('json/nested.json');
    expect(fieldNames(dataset)).toEqual([
      'id',
      'customer.name',
      'customer.address.city',
      'customer.address.zip',
      'items[].sku',
      'items[].qty',
      'items[].tags[]',
      'tags[]',
      'empty[]',
      'note',
    ]);
    expect(rows).toEqual([[1, 'Anna', 'Berlin', '10115', ['A-1', 'B-2'], [2, 1], ['x', 'y'], ['vip', 'newsletter'], [], null]]);
    expect(dataset.fields[1]).toEqual({ name: 'customer.name', line: 2 });
  });

  it('appends fields seen later; each row is aligned with the fields at yield time', async () => {
    const { dataset, rows } = await readAll('json/varying.json');
    expect(fieldNames(dataset)).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([[1], [undefined, 'x'], [3, undefined, true]]);
  });

  it('maps scalars and arrays in a record array to the field `value`', async () => {
    const { dataset, rows } = await readAll('json/scalars.json');
    expect(fieldNames(dataset)).toEqual(['value']);
    expect(rows).toEqual([[1], ['two'], [true], [null], [[3, 4]]]);
  });

  it('reads a top-level scalar as one row', async () => {
    const { dataset, rows } = await readAll('json/scalar.json');
    expect(fieldNames(dataset)).toEqual(['value']);
    expect(rows).toEqual([['just a string']]);
  });

  it('reads a top-level object with no record array as one record', async () => {
    const { dataset, rows } = await readAll('json/single-object.json');
    expect(fieldNames(dataset)).toEqual(['name', 'address.city', 'phones[]']);
    expect(rows).toEqual([['Anna', 'Berlin', ['+49 30 1234567']]]);
  });

  it('reads an empty array as no rows', async () => {
    const { rows, error } = await readAll('json/empty-array.json');
    expect(rows).toEqual([]);
    expect(error).toBeUndefined();
  });

  it('throws on truncated JSON with the line, after yielding the complete records', async () => {
    const { rows, error } = await readAll('json/truncated.json');
    expect(rows).toEqual([
      [1, 'anna@example.com'],
      [2, 'jean@example.org'],
    ]);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ file: 'json/truncated.json', line: 5 });
    expect((error as Error).message).toMatch(/^unexpected end of JSON input \(the value starting on line 4 is incomplete\)$/);
  });

  it('throws on an invalid record with its line and without quoting the content', async () => {
    const { rows, error } = await readAll('json/invalid-record.json');
    expect(rows).toEqual([[1]]);
    // Line 3 or 4: Node 20's JSON.parse gives no position for this error, newer versions do.
    expect(error).toMatchObject({ name: 'SourceError', file: 'json/invalid-record.json' });
    expect([3, 4]).toContain((error as { line: number }).line);
    expect((error as Error).message).toBe('invalid JSON in the record starting on line 3');
    expect((error as Error).message).not.toContain('nope');
  });

  it('throws on a missing comma between records', async () => {
    const { rows, error } = await readAll('json/missing-comma.json');
    expect(rows).toEqual([[1]]);
    expect(error).toMatchObject({ message: 'expected "," or "]" after an array element', line: 3 });
  });

  it('keeps braces, brackets, escaped quotes and backslashes inside strings', async () => {
    const { rows } = await readAll('json/tricky-strings.json');
    expect(rows).toEqual([
      ['brace } bracket ] quote " backslash \\', 1],
      ['\\\\', 2, 'é😀 ü'],
    ]);
  });

  it.each(['json/nested.json', 'json/one-wrapped.json', 'json/tricky-strings.json', 'json/truncated.json', 'json/scalar.json', 'json/single-object.json'])(
    'yields the same rows and errors with tiny read chunks: %s',
    async (fixture) => {
      const whole = await readAll(fixture);
      for (const chunkBytes of [1, 2, 3, 7, 16]) {
        const chunked = await readAll(fixture, { chunkBytes });
        expect(chunked.rows, `chunkBytes ${chunkBytes}`).toEqual(whole.rows);
        expect(chunked.error, `chunkBytes ${chunkBytes}`).toEqual(whole.error);
      }
    },
  );
});

describe('JsonRecordScanner', () => {
  it('splits elements whose strings span pushes, reporting the start line of each', () => {
    const scanner = new JsonRecordScanner();
    const events: ScanEvent[] = [];
    for (const piece of ['[{"a":"x\\', '"y"},\n', '\n {"b":[1,', '2]}]']) scanner.push(piece, events);
    scanner.finish(events);
    expect(scanner.error).toBeUndefined();
    expect(events).toEqual([
      { kind: 'record', text: '{"a":"x\\"y"}', line: 1 },
      { kind: 'record', text: '{"b":[1,2]}', line: 3 },
    ]);
  });

  it('rejects data after the end of the document', () => {
    const scanner = new JsonRecordScanner();
    const events: ScanEvent[] = [];
    scanner.push('[1]\n[2]', events);
    expect(scanner.error).toEqual({ message: 'unexpected data after the end of the JSON value', line: 2 });
  });
});

describe('RecordFlattener', () => {
  it('concatenates nested arrays into one [] path and keeps key order of first sight', () => {
    const flattener = new RecordFlattener([]);
    const row = flattener.flatten({ grid: [[1, 2], [3]], points: [{ xy: [1, 2] }, { xy: [3] }] });
    expect(flattener.fields.map((field) => field.name)).toEqual(['grid[]', 'points[].xy[]']);
    expect(row).toEqual([[1, 2, 3], [1, 2, 3]]);
  });
});

describe('RecordFlattener: one field per leaf path', () => {
  const flattenAll = (records: unknown[]): { fields: string[]; rows: unknown[] } => {
    const flattener = new RecordFlattener([]);
    const rows = records.map((record) => flattener.flatten(record));
    return { fields: flattener.fields.map((field) => field.name), rows };
  };

  it('a path that is null in some records and an array of scalars in others is `genres[]` alone', () => {
    // A null there counts as an empty value of the field (null before the field knew, [] after).
    expect(flattenAll([{ genres: null }, { genres: ['jazz', 'soul'] }, { genres: null }])).toEqual({
      fields: ['genres[]'],
      rows: [[null], [['jazz', 'soul']], [[]]],
    });
    expect(flattenAll([{ genres: ['jazz', 'soul'] }, { genres: null }])).toEqual({ fields: ['genres[]'], rows: [[['jazz', 'soul']], [[]]] });
  });

  it('a scalar beside arrays at the same path is a one-element list of `tags[]`', () => {
    const { fields, rows } = flattenAll([{ tags: 'a' }, { tags: ['b', 'c'] }, { tags: 'd' }]);
    expect(fields).toEqual(['tags[]']);
    expect(rows).toEqual([['a'], [['b', 'c']], [['d']]]);
  });

  it('a null beside arrays of objects is no field of its own (BODS componentRecords)', () => {
    for (const records of [
      [{ id: 1, componentRecords: null }, { id: 2, componentRecords: [{ recordId: 'x' }, null] }, { id: 3, componentRecords: [] }],
      [{ id: 2, componentRecords: [{ recordId: 'x' }] }, { id: 1, componentRecords: null }, { id: 3, componentRecords: [] }],
      [{ id: 3, componentRecords: [] }, { id: 1, componentRecords: null }, { id: 2, componentRecords: [{ recordId: 'x' }] }],
    ]) {
      expect(flattenAll(records).fields.sort()).toEqual(['componentRecords[].recordId', 'id']);
    }
  });

  it('a null beside objects is no field of its own; a real scalar beside them stays a leaf', () => {
    expect(flattenAll([{ address: null }, { address: { city: 'Gent', zip: '9000' } }]).fields).toEqual(['address.city', 'address.zip']);
    expect(flattenAll([{ address: { city: 'Gent' } }, { address: null }]).fields).toEqual(['address.city']);
    expect(flattenAll([{ address: 'Main St 1' }, { address: { city: 'Gent' } }]).fields).toEqual(['address', 'address.city']);
  });
});

describe('JsonRecordScanner memory bounds', () => {
  it('skips members after the record array without holding them', () => {
    const scanner = new JsonRecordScanner();
    const events: ScanEvent[] = [];
    scanner.push('{"customers":[{"id":1}],"blob":"', events);
    const piece = 'x'.repeat(1024 * 1024) + '\\\\';
    for (let i = 0; i < 12; i++) scanner.push(piece, events);
    scanner.push('\\"end", "n": {"deep": [1]}}', events);
    scanner.finish(events);
    expect(scanner.error).toBeUndefined();
    expect(events).toEqual([
      { kind: 'array', key: 'customers', line: 1 },
      { kind: 'record', text: '{"id":1}', line: 1 },
    ]);
  });

  it('stops at a wrapping-object member larger than 8 MiB', () => {
    const scanner = new JsonRecordScanner();
    const events: ScanEvent[] = [];
    scanner.push('{"meta":"', events);
    for (let i = 0; i < 9; i++) scanner.push('y'.repeat(1024 * 1024), events);
    expect(scanner.error).toEqual({ message: 'the value starting on line 1 is larger than 8 MiB characters', line: 1 });
  });
});

describe('JsonRecordScanner on long values', () => {
  /** Events of `text` pushed in pieces of `size` characters. */
  function scanInPieces(text: string, size: number): { events: ScanEvent[]; error: unknown } {
    const scanner = new JsonRecordScanner();
    const events: ScanEvent[] = [];
    for (let at = 0; at < text.length; at += size) scanner.push(text.slice(at, at + size), events);
    scanner.finish(events);
    // Whitespace after a member's `[` may be dropped while peeking for a record array.
    const same = events.map((event) => (event.kind === 'member' ? { ...event, text: JSON.stringify(JSON.parse(event.text)) } : event));
    return { events: same, error: scanner.error };
  }

  it('gives the same events whatever the piece size (escape runs, skipped members, peeked whitespace)', () => {
    const documents = [
      `[{"a":"${'\\\\'.repeat(7)}\\"${'\\\\'.repeat(4)}"},\n{"b":"x\\\\"}]`,
      `{"meta":[ \n\n 1, "\\\\\\""],"rows":[{"c":"${'\\\\'.repeat(9)}\\""}],"tail":"${'\\\\'.repeat(6)}","n":1}`,
      `{"wrap":${' '.repeat(40)}\n[${' \n'.repeat(20)}{"d":1},{"e":"]"}]}`,
      `"${'\\\\'.repeat(11)}\\""`,
      `{"only":"member", "list":[\n  \n 2]}`,
    ];
    for (const document of documents) {
      const whole = scanInPieces(document, document.length);
      expect(whole.error, document).toBeUndefined();
      for (const size of [1, 2, 3, 5, 8]) expect(scanInPieces(document, size), `${document} in pieces of ${size}`).toEqual(whole);
    }
  });

  // A value spanning many pushes was appended to one string and rescanned per push: 32 MB took 34 s.
  const shapes: Record<string, (n: number) => string> = {
    'one long string in a record': (n) => `[{"a":"${'x'.repeat(n)}"}]`,
    'a long run of escaped quotes': (n) => `[{"a":"${'\\"'.repeat(n / 2)}"}]`,
    'a long skipped member': (n) => `{"rows":[{"a":1}],"blob":"${'\\\\'.repeat(n / 2)}"}`,
    'long whitespace after a member [': (n) => `{"m":[${' '.repeat(n)}1]}`,
  };
  for (const [shape, make] of Object.entries(shapes)) {
    it(`scans ${shape} in linear time`, async () => {
      await expectLinearTime(shape, 1_000_000, make, (text) => {
        const { error } = scanInPieces(text, 16 * 1024);
        expect(error).toBeUndefined();
      });
    });
  }

  it('stops at a record larger than 64 MiB with its line', () => {
    const scanner = new JsonRecordScanner();
    const events: ScanEvent[] = [];
    scanner.push('[{"id":1},\n{"a":"', events);
    const piece = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 65 && !scanner.error; i++) scanner.push(piece, events);
    expect(scanner.error).toEqual({ message: 'the value starting on line 2 is larger than 64 MiB characters', line: 2 });
    expect(events).toEqual([{ kind: 'record', text: '{"id":1}', line: 1 }]);
  });
});
