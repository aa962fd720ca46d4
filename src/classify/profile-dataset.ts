// Streams one dataset's rows through per-field accumulators, then classifies every field:
// the profiler step of DESIGN.md. Returns finished, redacted profiles plus the raw-data
// helpers rules need (date counts, a row sample) that never leave the process.
import type { Dataset, ReadContext, Row } from '../model/dataset.js';
import type { DatasetEvidence } from '../model/rule.js';
import type { FieldProfile } from '../model/result.js';
import { toFieldName } from '../util/tokenize.js';
import { dayNumberFromIso } from '../util/dates.js';
import { Reservoir, seededRandom } from '../util/reservoir.js';
import { hashString } from '../util/hyperloglog.js';
import { FieldAccumulator } from './field-accumulator.js';
import { classifyField, type ClassifyFieldOptions } from './classify-field.js';

export interface ProfileOptions extends ClassifyFieldOptions {
  /** Values per field run through value detectors (--sample). */
  sample: number;
  /** Whole rows kept for quasi-identifier analysis. */
  rowSample?: number;
}

export interface ProfileOutcome {
  evidence: DatasetEvidence;
  /** A read failure part-way: the rows before it are still profiled. */
  readError?: unknown;
}

const DEFAULT_ROW_SAMPLE = 5000;

export async function profileDataset(dataset: Dataset, ctx: ReadContext, options: ProfileOptions): Promise<ProfileOutcome> {
  const accumulators: FieldAccumulator[] = [];
  const seedBase = hashString(`${dataset.location}#${dataset.name}`);
  const rowSample = new Reservoir<Row>(options.rowSample ?? DEFAULT_ROW_SAMPLE, seededRandom(seedBase ^ 0x5bd1e995));
  let rows: number | undefined;
  let readError: unknown;

  const addRow = (row: Row): void => {
    const n = row.length;
    while (accumulators.length < n) accumulators.push(new FieldAccumulator(options.sample, seedBase + accumulators.length));
    for (let i = 0; i < n; i++) accumulators[i]!.add(row[i]);
    if (rowSample.wantsNext()) rowSample.offer(row);
    else rowSample.skip();
  };
  if (dataset.batches ?? dataset.rows) {
    rows = 0;
    try {
      if (dataset.batches) {
        for await (const batch of dataset.batches(ctx)) {
          for (const row of batch) addRow(row);
          rows += batch.length;
        }
      } else if (dataset.rows) {
        for await (const row of dataset.rows(ctx)) {
          addRow(row);
          rows++;
        }
      }
    } catch (error) {
      readError = error;
    }
  }
  const evidence = buildEvidence(dataset, accumulators, rowSample.items, rows, options);
  return readError === undefined ? { evidence } : { evidence, readError };
}

function buildEvidence(
  dataset: Dataset,
  accumulators: FieldAccumulator[],
  rowSample: Row[],
  rows: number | undefined,
  options: ProfileOptions,
): DatasetEvidence {
  const fields: FieldProfile[] = dataset.fields.map((declared, i) => {
    const acc = accumulators[i];
    const name = toFieldName(declared.name, { type: declared.type, comment: declared.comment, dataset: dataset.name });
    const categories = classifyField(name, acc?.sample.items ?? [], options);
    const profile: FieldProfile = {
      source: dataset.location,
      dataset: dataset.name,
      field: declared.name,
      categories,
      stats: acc?.stats() ?? { count: 0, empty: 0, distinct: 0 },
    };
    if (declared.type !== undefined) profile.type = declared.type;
    if (declared.comment !== undefined) profile.comment = declared.comment;
    if (declared.line !== undefined) profile.line = declared.line;
    return profile;
  });
  const indexByName = new Map(dataset.fields.map((f, i) => [f.name, i]));
  return {
    summary: {
      name: dataset.name,
      source: dataset.location,
      kind: dataset.kind,
      ...(rows === undefined ? {} : { rows }),
      fields: dataset.fields.length,
    },
    fields,
    rowSample,
    rowFields: dataset.fields.map((f) => f.name),
    countBefore(field, isoDay) {
      const index = indexByName.get(field);
      const acc = index === undefined ? undefined : accumulators[index];
      return acc?.countBefore(dayNumberFromIso(isoDay));
    },
  };
}
