// A database aggregate that fails (a count timing out on one table) no longer rejects the whole
// input: the dataset keeps its sampled profile and the failure comes back as aggregateError;
// after a failed read the database is asked nothing more about that table.
import { describe, expect, it, vi } from 'vitest';
import type { Dataset, Row } from '../../src/model/dataset.js';
import { profileDataset, type ProfileOptions } from '../../src/classify/profile-dataset.js';
import { detectorSet } from '../../src/detectors/index.js';

const options: ProfileOptions = { sample: 100, showValues: false, detectors: detectorSet() };

function table(batches: () => AsyncGenerator<Row[]>, aggregate: NonNullable<Dataset['aggregate']>): Dataset {
  return { kind: 'postgres', name: 'locked', location: 'postgres://db', fields: [{ name: 'email' }, { name: 'created_at' }], batches, aggregate };
}

async function* twoRows(): AsyncGenerator<Row[]> {
  await Promise.resolve();
  yield [['ann@example.com', '2020-01-01'], ['bob@example.org', '2021-02-03']];
}

describe('database aggregates that fail', () => {
  it('keep the sampled profile and report the failure', async () => {
    const timeout = new Error('canceling statement due to statement timeout');
    const dayHistogram = vi.fn(() => Promise.resolve(new Map<number, number>()));
    const outcome = await profileDataset(table(twoRows, { rowCount: () => Promise.reject(timeout), dayHistogram }), { warn: () => undefined }, options);
    expect(outcome.aggregateError).toBe(timeout);
    expect(outcome.readError).toBeUndefined();
    expect(outcome.rowsRead).toBe(2);
    expect(outcome.evidence.summary.rows).toBeUndefined();
    expect(outcome.evidence.fields.find((f) => f.field === 'email')?.categories.map((c) => c.id)).toContain('contact.email');
    // The table failed once: its dates are not counted (neither by the database nor from the sample).
    expect(dayHistogram).not.toHaveBeenCalled();
    expect(outcome.evidence.dayHistograms.size).toBe(0);
  });

  it('are not asked for after the read itself failed', async () => {
    const rowCount = vi.fn(() => Promise.resolve(2));
    // eslint-disable-next-line require-yield
    async function* failing(): AsyncGenerator<Row[]> {
      await Promise.resolve();
      throw new Error('permission denied for schema closed');
    }
    const outcome = await profileDataset(table(failing, { rowCount, dayHistogram: () => Promise.resolve(undefined) }), { warn: () => undefined }, options);
    expect((outcome.readError as Error).message).toBe('permission denied for schema closed');
    expect(rowCount).not.toHaveBeenCalled();
  });
});
