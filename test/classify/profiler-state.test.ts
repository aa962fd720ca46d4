// Profiler state export and merge: a stream read in byte ranges by separate profilers and merged
// in range order must profile like one profiler over the whole stream.
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, Row } from '../../src/model/dataset.js';
import { DatasetProfiler, extrapolatingProgress, type ProfileOptions, type ProfilerState } from '../../src/classify/profile-dataset.js';
import { FieldAccumulator } from '../../src/classify/field-accumulator.js';
import { ValueTallies } from '../../src/classify/value-tallies.js';
import { Reservoir } from '../../src/util/reservoir.js';
import { digitsOnly } from '../helpers/fake-detectors.js';


const dataset: Dataset = {
  kind: 'csv',
  name: 'orders',
  location: 'orders.csv',
  fields: [{ name: 'order_ref' }, { name: 'email' }, { name: 'created_at' }, { name: 'status' }, { name: 'code' }],
  batches: async function* () {
    await Promise.resolve();
    yield [];
  },
};

const STATUSES = ['new', 'paid', 'shipped', 'returned'];

/** Row i of a synthetic export: unique refs, some empty emails, dates over two years, few statuses. */
function row(i: number): Row {
  const day = new Date(Date.UTC(2023, 0, 1) + (i % 730) * 86_400_000).toISOString();
  return [`ORD-${String(i).padStart(9, '0')}`, i % 7 === 0 ? '' : `user-${i % 5000}@example.com`, day, STATUSES[i % 4], String(i % 1000)];
}

function rows(from: number, to: number): Row[] {
  const out: Row[] = [];
  for (let i = from; i < to; i++) out.push(row(i));
  return out;
}

/** Rows from…to-1 through one profiler; each start gets seeds of its own, as each range of a split file does. */
function profile(from: number, to: number, options: ProfileOptions, batch = 250): DatasetProfiler {
  const profiler = new DatasetProfiler(dataset, { range: from, ...options });
  for (let start = from; start < to; start += batch) profiler.add(rows(start, Math.min(start + batch, to)));
  return profiler;
}

const options: ProfileOptions = { sample: 500, rowSample: 300, showValues: false, detectors: { name: [], value: [] } };
const N = 20_000;

describe('DatasetProfiler state merge', () => {
  it('profiles two merged ranges like one profiler over the whole stream', async () => {
    const whole = profile(0, N, options);
    const merged = new DatasetProfiler(dataset, options);
    merged.mergeStates([profile(0, 7_001, options).exportState(), profile(7_001, N, options, 333).exportState()]);
    const [a, b] = [await whole.finish(), await merged.finish()];

    expect(b.summary.rows).toBe(N);
    expect(b.fields.map((f) => f.stats)).toEqual(a.fields.map((f) => f.stats));
    expect(b.fields[1].stats.empty).toBe(Math.ceil(N / 7));
    expect(b.fields[2].stats.dates).toBe(N);
    expect(b.dayHistograms.get('created_at')).toEqual(a.dayHistograms.get('created_at'));
    expect(b.dayHistograms.get('created_at')?.size).toBe(730);
  });

  it('merges the samples into full-size samples of values from the stream', async () => {
    const merged = new DatasetProfiler(dataset, options);
    merged.mergeStates([profile(0, 5_000, options).exportState(), profile(5_000, N, options).exportState()]);
    const refs = merged.exportState().fields[0].sample;
    expect(refs.seen).toBe(N);
    expect(refs.items).toHaveLength(500);
    expect(new Set(refs.items).size).toBe(500);
    for (const ref of refs.items) expect(ref).toMatch(/^ORD-0000\d{5}$/);
    // A quarter of the stream came from the first range: about a quarter of the sample too.
    const early = refs.items.filter((ref) => Number(ref.slice(4)) < 5_000).length;
    expect(early).toBeGreaterThan(75);
    expect(early).toBeLessThan(175);

    const { rowSample } = await merged.finish();
    expect(rowSample).toHaveLength(300);
    for (const r of rowSample) expect(r).toEqual(row(Number(String(r[0]).slice(4))));
  });

  it('gives the same profile merged in one call or range by range, and from structured clones', async () => {
    const states: ProfilerState[] = [profile(0, 3_000, options).exportState(), profile(3_000, 9_000, options).exportState(), profile(9_000, N, options).exportState()];
    const atOnce = new DatasetProfiler(dataset, options);
    atOnce.mergeStates(states);
    const oneByOne = new DatasetProfiler(dataset, options);
    for (const state of states) oneByOne.mergeStates([structuredClone(state)]);
    expect(structuredClone(states[1])).toEqual(states[1]);
    expect(oneByOne.exportState()).toEqual(atOnce.exportState());
    expect((await oneByOne.finish()).rowSample).toEqual((await atOnce.finish()).rowSample);
  });

  it('lets the first range decide whether a field holds dates', async () => {
    // The first 200 values are not dates: one stream stops tracking, and so does the merge.
    const mixed = (from: number, to: number): Row[] => rows(from, to).map((r, k) => [r[0], r[1], from + k < 300 ? 'n/a' : r[2], r[3], r[4]]);
    const whole = new DatasetProfiler(dataset, options);
    whole.add(mixed(0, 2_000));
    const first = new DatasetProfiler(dataset, options);
    first.add(mixed(0, 1_000));
    const second = new DatasetProfiler(dataset, options);
    second.add(mixed(1_000, 2_000));
    expect(second.exportState().fields[2].dateState).toBe('tracking');
    const merged = new DatasetProfiler(dataset, options);
    merged.mergeStates([first.exportState(), second.exportState()]);
    const [a, b] = [await whole.finish(), await merged.finish()];
    expect(a.fields[2].stats.minDate).toBeUndefined();
    expect(b.fields[2].stats).toEqual(a.fields[2].stats);
    expect(b.dayHistograms.has('created_at')).toBe(false);
  });

  it('keeps tracking dates when the first range decided to, however few the later ones', async () => {
    // Dates for the first 300 rows only: one stream decides on the first 200 and keeps counting.
    const fading = (from: number, to: number): Row[] => rows(from, to).map((r, k) => [r[0], r[1], from + k < 300 ? r[2] : 'n/a', r[3], r[4]]);
    const whole = new DatasetProfiler(dataset, options);
    whole.add(fading(0, 2_000));
    const first = new DatasetProfiler(dataset, options);
    first.add(fading(0, 1_000));
    const second = new DatasetProfiler(dataset, options);
    second.add(fading(1_000, 2_000));
    expect(second.exportState().fields[2].dateState).toBe('off');
    const merged = new DatasetProfiler(dataset, options);
    merged.mergeStates([first.exportState(), second.exportState()]);
    const [a, b] = [await whole.finish(), await merged.finish()];
    expect(a.fields[2].stats.dates).toBe(300);
    expect(b.fields[2].stats).toEqual(a.fields[2].stats);
    expect(b.dayHistograms.get('created_at')).toEqual(a.dayHistograms.get('created_at'));
  });

  it('samples each range with its own seeds, range 0 with the dataset seeds', () => {
    const plain = profile(0, 5_000, options).exportState().rowSample.items;
    expect(profile(0, 5_000, { ...options, range: 0 }).exportState().rowSample.items).toEqual(plain);
    expect(profile(0, 5_000, { ...options, range: 3 }).exportState().rowSample.items).not.toEqual(plain);
  });
});

describe('FieldAccumulator state', () => {
  const feed = (acc: FieldAccumulator, from: number, to: number): void => {
    for (let i = from; i < to; i++) acc.add(i % 10 === 0 ? [String(i), null] : String(i));
  };

  it('exports plain data and merges counts, sketch and sample', () => {
    const whole = new FieldAccumulator(100, 9);
    feed(whole, 0, 3_000);
    const first = new FieldAccumulator(100, 9);
    feed(first, 0, 1_000);
    const second = new FieldAccumulator(100, 9);
    feed(second, 1_000, 3_000);
    const merged = new FieldAccumulator(100, 9);
    merged.mergeState(structuredClone(first.exportState()));
    merged.mergeState(structuredClone(second.exportState()));
    expect(merged.stats()).toEqual(whole.stats());
    expect(merged.stats().distinct).toBeGreaterThan(2_800);
    expect(merged.sample.items).toHaveLength(100);
    expect(merged.sample.seen).toBe(3_000);
    expect(merged.exportState().registers).toEqual(whole.exportState().registers);
  });

  it('sums the value-detector tallies of every range (--sample all)', () => {
    const detectorOptions = { showValues: false, detectors: { name: [], value: [digitsOnly] } };
    const accumulator = (): FieldAccumulator => new FieldAccumulator(50, 1, new ValueTallies(detectorOptions));
    const first = accumulator();
    for (let i = 0; i < 600; i++) first.add(i % 3 === 0 ? `x${i}` : String(i));
    const second = accumulator();
    for (let i = 600; i < 1_000; i++) second.add(i % 3 === 0 ? `x${i}` : String(i));
    const state = first.exportState();
    expect(state.tallies?.tallies[0]).toMatchObject({ detectorId: 'digits-only', sampled: 600, matched: [['government.national_id', 400]] });

    const merged = accumulator();
    merged.mergeState(structuredClone(state));
    merged.mergeState(structuredClone(second.exportState()));
    const tally = merged.everyValue!.tallies[0];
    expect(tally.sampled).toBe(1_000);
    expect(tally.matched.get('government.national_id')).toBe(666);
  });

  describe('told the size of the file', () => {
    const ROW_BYTES = 1000;
    /** Rows from…to-1 read as part of a file of `fileBytes`, progress reported before each batch as the readers do. */
    function read(from: number, to: number, fileBytes: number, opts: ProfileOptions = options): DatasetProfiler {
      const profiler = new DatasetProfiler(dataset, { range: from, ...opts });
      const progress = extrapolatingProgress(profiler, fileBytes);
      for (let start = from; start < to; start += 250) {
        const end = Math.min(start + 250, to);
        progress?.((end - from) * ROW_BYTES, end - from);
        profiler.add(rows(start, end));
      }
      return profiler;
    }

    it('keeps few values on the way to a full sample', () => {
      const offers = vi.spyOn(Reservoir.prototype, 'offer');
      read(0, N, N * ROW_BYTES).exportState();
      const told = offers.mock.calls.length;
      offers.mockClear();
      profile(0, N, options).exportState();
      const untold = offers.mock.calls.length;
      offers.mockRestore();
      // Five fields of 500 and rows of 300: about twice that told, after the first batch and
      // the first MiB (half the threshold) kept more; k·(1 + log2(n/k)) each untold.
      expect(told).toBeLessThan(2 * (5 * 500 + 300) + 6 * 250 + 1500);
      expect(untold).toBeGreaterThan(1.8 * told);
    });

    it('keeps its samples near what the end needs, and still fills them', () => {
      const state = read(0, N, N * ROW_BYTES).exportState();
      const sample = state.fields[0].sample;
      expect(sample.items).toHaveLength(500);
      expect(sample.seen).toBe(N);
      // Keys below 2 × 500 / 20 000 (5 %) at most, where an untold sample ends near 2.5 %
      // after keeping thousands of values on the way.
      expect(sample.threshold).toBeGreaterThan(0.02);
      expect(sample.threshold).toBeLessThanOrEqual(0.05 * 1.05);
      expect(state.rowSample.items).toHaveLength(300);
      expect(state.rowSample.threshold).toBeLessThanOrEqual(0.03 * 1.05);
    });

    it('fills the merged samples when each range is told the whole file', () => {
      const fileBytes = N * ROW_BYTES;
      const merged = new DatasetProfiler(dataset, options);
      merged.mergeStates([0, 5_000, 10_000, 15_000].map((from) => read(from, from + 5_000, fileBytes).exportState()));
      const state = merged.exportState();
      expect(state.fields[0].sample.items).toHaveLength(500);
      const perRange = [0, 0, 0, 0];
      for (const ref of state.fields[0].sample.items) perRange[Math.floor(Number(ref.slice(4)) / 5_000)]++;
      for (const n of perRange) expect(n).toBeGreaterThan(80);
      expect(state.rowSample.items).toHaveLength(300);
    });

    it('does nothing for an input of unknown size', () => {
      expect(extrapolatingProgress(new DatasetProfiler(dataset, options), undefined)).toBeUndefined();
      const progress = vi.fn();
      expect(extrapolatingProgress(new DatasetProfiler(dataset, options), undefined, progress)).toBe(progress);
    });
  });
});
