import { describe, expect, it } from 'vitest';
import { ProgressTracker, estimateRemainingMs, formatBytes, formatDuration, formatProgress, showsProgress } from '../../src/cli/progress.js';

describe('showsProgress', () => {
  it.each([
    [{ isTTY: true }, true],
    [{ isTTY: true, quiet: false }, true],
    [{ isTTY: true, quiet: true }, false],
    [{ isTTY: false }, false],
    [{}, false],
  ])('%o → %s', (options, expected) => {
    expect(showsProgress(options)).toBe(expected);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 KB'],
    [512_000_000, '512 MB'],
    [1_000_000_000, '1.0 GB'],
    [4_300_000_000, '4.3 GB'],
    [25_000_000_000, '25 GB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [400, '0 s'],
    [45_000, '45 s'],
    [200_000, '3 min 20 s'],
    [3_900_000, '1 h 05 min'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('estimateRemainingMs', () => {
  it('extrapolates the average rate', () => {
    expect(estimateRemainingMs(250, 1000, 10_000)).toBe(30_000);
  });
  it('waits for 1 % of the file and one second', () => {
    expect(estimateRemainingMs(5, 1000, 10_000)).toBeUndefined();
    expect(estimateRemainingMs(500, 1000, 500)).toBeUndefined();
  });
  it('gives none without a size, or once the size is reached', () => {
    expect(estimateRemainingMs(500, undefined, 10_000)).toBeUndefined();
    expect(estimateRemainingMs(1000, 1000, 10_000)).toBeUndefined();
    expect(estimateRemainingMs(0, 1000, 10_000)).toBeUndefined();
  });
});

describe('formatProgress', () => {
  it('shows bytes of the size, rows and the time left for a file', () => {
    expect(formatProgress({ label: 'exports/customers.csv', rows: 3_330_000, bytes: 512_000_000, totalBytes: 1_000_000_000 }, 12_000)).toBe(
      'exports/customers.csv: 512 MB of 1.0 GB (51%) · 3,330,000 rows · about 11 s left',
    );
  });
  it('shows rows only for a database', () => {
    expect(formatProgress({ label: 'postgres://db/app', rows: 1, bytes: 0 }, 5_000)).toBe('postgres://db/app: 1 row');
  });
  it('shows bytes without a percentage when the size is unknown', () => {
    expect(formatProgress({ label: 'dump.sql', rows: 20, bytes: 2_500_000 }, 5_000)).toBe('dump.sql: 2.5 MB · 20 rows');
  });
});

describe('ProgressTracker', () => {
  it('throttles redraws and times each input from its first report', () => {
    const tracker = new ProgressTracker(100);
    expect(tracker.update({ label: 'a.csv', rows: 0, bytes: 0, totalBytes: 1000 }, 1_000)).toBe('a.csv: 0 rows');
    expect(tracker.update({ label: 'a.csv', rows: 10, bytes: 100, totalBytes: 1000 }, 1_050)).toBeUndefined();
    expect(tracker.update({ label: 'b.csv', rows: 5, bytes: 500, totalBytes: 1000 }, 2_000)).toBe('b.csv: 500 B of 1.0 KB (50%) · 5 rows');
    expect(tracker.update({ label: 'a.csv', rows: 40, bytes: 400, totalBytes: 1000 }, 3_000)).toBe('a.csv: 400 B of 1.0 KB (40%) · 40 rows · about 3 s left');
    // The last half second is not 'about 0 s left'.
    expect(tracker.update({ label: 'a.csv', rows: 99, bytes: 995, totalBytes: 1000 }, 5_000)).toBe('a.csv: 995 B of 1.0 KB (99%) · 99 rows · almost done');
  });
});
