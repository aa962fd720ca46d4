// The engine knows sources only through the capabilities their registry entries declare: a kind
// registered with `split` is split, whatever its name; one without (compressed exports) is not.
import { afterEach, describe, expect, it } from 'vitest';
import { fileCapabilities, sourceKinds, urlCapabilities, type SplitCapability } from '../../src/sources/index.js';
import { csvSplit } from '../../src/sources/csv-ranges.js';
import { ndjsonSplit } from '../../src/sources/ndjson.js';
import { maySplit } from '../../src/scan/split-input.js';

const task = (file: string) => ({ file, label: file, cwd: '/', sample: 10_000, showValues: false });

describe('source capabilities', () => {
  afterEach(() => {
    delete sourceKinds['.splitme'];
  });

  it('declares split for plain CSV, TSV and NDJSON exports, not for compressed ones', () => {
    expect(fileCapabilities('a/b.csv').split).toBe(csvSplit);
    expect(fileCapabilities('B.TSV').split).toBe(csvSplit);
    expect(fileCapabilities('e.ndjson').split).toBe(ndjsonSplit);
    expect(fileCapabilities('e.jsonl').split).toBe(ndjsonSplit);
    expect(fileCapabilities('a.csv.gz')).toEqual({});
    expect(fileCapabilities('a.json')).toEqual({});
  });

  it('declares pushdown for databases and database files', () => {
    expect(urlCapabilities('postgres://db/shop')).toEqual({ pushdown: true });
    expect(urlCapabilities('sqlite:shop.db')).toEqual({ pushdown: true });
    expect(fileCapabilities('shop.sqlite')).toEqual({ pushdown: true });
    expect(fileCapabilities('t.parquet')).toEqual({ pushdown: true });
    expect(urlCapabilities('dbt:target')).toEqual({});
    expect(fileCapabilities('a.csv').pushdown).toBeUndefined();
  });

  it('lets the engine split any kind that declares it, and no other', () => {
    expect(maySplit(task('/x/data.splitme'), 1000, 100)).toBe(false);
    const split: SplitCapability = { warningsName: 'odd lines', planRanges: () => Promise.resolve(undefined) };
    sourceKinds['.splitme'] = { open: () => Promise.reject(new Error('not opened here')), split };
    expect(maySplit(task('/x/data.splitme'), 1000, 100)).toBe(true);
    expect(maySplit(task('/x/data.splitme'), 150, 100)).toBe(false);
    expect(maySplit(task('/x/data.csv.gz'), 1000, 100)).toBe(false);
  });
});
