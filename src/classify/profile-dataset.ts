// Streams one dataset's rows through per-field accumulators, then classifies every field:
// the profiler step of DESIGN.md. Finishes with redacted profiles plus the raw-data helpers
// rules need (date counts, a row sample) that never leave the process. A file split into byte
// ranges is profiled per range; the ranges' exported states merge into one profiler.
import { DEFAULT_SAMPLE, type SampleSize } from '../model/sample.js';
import type { Cell, Dataset, DeclaredField, LazyRecord, ReadContext, RecordSink, Row } from '../model/dataset.js';
import type { CategoryMatch, EvidenceItem, FieldProfile, FieldStats } from '../model/result.js';
import { redact } from '../util/redact.js';
import { toFieldName } from '../util/tokenize.js';
import type { EvidenceData } from './evidence.js';
import { Reservoir, detachString, seededRandom, type ReservoirPart } from '../util/reservoir.js';
import { hashString } from '../util/hyperloglog.js';
import { FieldAccumulator, type FieldAccumulatorState } from './field-accumulator.js';
import type { ClassifyFieldOptions } from './classify-field.js';
import { ValueTallies } from './value-tallies.js';

export interface ProfileOptions extends ClassifyFieldOptions {
  /** Values per field run through value detectors (--sample); 'all' runs every value. */
  sample: SampleSize;
  /** Whole rows kept for quasi-identifier analysis. */
  rowSample?: number;
  /**
   * Which byte range of a split file this profiler reads (0-based). Ranges after the first
   * sample with seeds of their own, so their samples are independent of each other's; range 0
   * and an unsplit read use the dataset's seeds.
   */
  range?: number;
}

/** A profiler's state after reading one byte range, as structured-clone-able plain data. */
export interface ProfilerState {
  rows: number;
  fields: FieldAccumulatorState[];
  rowSample: ReservoirPart<Row>;
  /**
   * The range's fields, for datasets whose fields grow while streaming (NDJSON): each range
   * finds new keys in its own order, so its states merge by field name, not by position.
   * Absent when the fields are fixed before reading (CSV): then positions match.
   */
  declared?: DeclaredField[];
}

export interface ProfileOutcome {
  evidence: EvidenceData;
  /** A read failure part-way: the rows before it (`rowsRead`) are still profiled. */
  readError?: unknown;
  /** Rows read from the input (a database's sample, not its row count). */
  rowsRead: number;
  /**
   * A database aggregate (row count, date counts) that failed after the sample was read: the
   * sampled values are profiled, the exact counts are missing.
   */
  aggregateError?: unknown;
  /** What the failed aggregate left out, for the message (`its row count and date counts are missing`). */
  aggregateMissing?: string;
}

const DEFAULT_ROW_SAMPLE = 5000;
/**
 * With --sample all every value is judged, and the reservoir still keeps as many values as a
 * default scan samples, for examples and shape checks.
 */
const FULL_MODE_SAMPLE = DEFAULT_SAMPLE;

/** Accumulates one dataset's rows; `finish()` classifies. Drive it with `add` or `profileDataset`. */
export class DatasetProfiler implements RecordSink {
  private readonly accumulators: FieldAccumulator[] = [];
  private readonly seedBase: number;
  private readonly rowSample: Reservoir<Row>;
  rows = 0;
  /** The first database aggregate that failed in `finish()`; the others were then not asked. */
  aggregateError: unknown;
  /** What that failure left out. */
  aggregateMissing = 'its row count and date counts are missing';
  /** Set when reading failed: `finish()` then asks the database nothing more about this dataset. */
  skipAggregates = false;

  constructor(
    readonly dataset: Dataset,
    private readonly options: ProfileOptions,
  ) {
    const range = options.range ?? 0;
    this.seedBase = hashString(range === 0 ? `${dataset.location}#${dataset.name}` : `${dataset.location}#${dataset.name}#${range}`);
    this.rowSample = new Reservoir<Row>(options.rowSample ?? DEFAULT_ROW_SAMPLE, seededRandom(this.seedBase ^ 0x5bd1e995));
  }

  private newAccumulator(): FieldAccumulator {
    const { sample } = this.options;
    const seed = this.seedBase + this.accumulators.length;
    if (sample === 'all') return new FieldAccumulator(FULL_MODE_SAMPLE, seed, new ValueTallies(this.options));
    return new FieldAccumulator(sample, seed);
  }

  add(batch: readonly Row[]): void {
    const { accumulators, rowSample } = this;
    for (const row of batch) {
      const n = row.length;
      while (accumulators.length < n) accumulators.push(this.newAccumulator());
      for (let i = 0; i < n; i++) accumulators[i].add(row[i]);
      if (rowSample.wantsNext()) rowSample.offer(detachRow(row));
      else rowSample.skip();
    }
    this.rows += batch.length;
  }

  /** `add` for one record read lazily (Dataset.feed): the same statistics and samples. */
  addRecord(record: LazyRecord): void {
    const { accumulators, rowSample } = this;
    const n = this.dataset.fields.length;
    while (accumulators.length < n) accumulators.push(this.newAccumulator());
    for (let i = 0; i < n; i++) accumulators[i].addLazy(record, i);
    if (rowSample.wantsNext()) rowSample.offer(Array.from({ length: n }, (_, i) => record.text(i)));
    else rowSample.skip();
    this.rows++;
  }

  /** Reads `dataset` to its end into this profiler, lazily where the dataset can. */
  async read(dataset: Dataset, ctx: ReadContext): Promise<void> {
    if (dataset.feed) await dataset.feed(this, ctx);
    else if (dataset.batches) for await (const batch of dataset.batches(ctx)) this.add(batch);
    else if (dataset.rows) for await (const row of dataset.rows(ctx)) this.add([row]);
  }

  /**
   * Says what was read so far is 1/`scale` of the whole input (its bytes over the file's, for a
   * byte range the whole file's): each sample expects that many times what it has seen, so it
   * keeps only about what the end needs instead of replacing kept values all along.
   */
  extrapolate(scale: number): void {
    if (!(scale > 0 && Number.isFinite(scale))) return;
    for (const acc of this.accumulators) acc.sample.expectTotal(acc.sample.seen * scale);
    this.rowSample.expectTotal(this.rowSample.seen * scale);
  }

  /**
   * What this profiler read, as plain data for `mergeStates` on another thread. `byName`: the
   * dataset's fields grew while streaming, so the state carries them to be merged by name.
   */
  exportState(byName = false): ProfilerState {
    return {
      rows: this.rows,
      fields: this.accumulators.map((acc) => acc.exportState()),
      rowSample: this.rowSample.exportPart(),
      ...(byName ? { declared: this.dataset.fields.map((f) => ({ ...f })) } : {}),
    };
  }

  /**
   * Adds the states of consecutive byte ranges, in file order, as if their rows had been read
   * here after the rows already seen; call it once with every range or once per range as they
   * arrive. Samples merge by their keys, so the outcome depends only on the ranges and their
   * order, never on which thread finished first.
   */
  mergeStates(states: readonly ProfilerState[], lineOffset = 0): void {
    const { accumulators, rowSample } = this;
    for (const state of states) {
      const position = state.declared ? this.fieldPositions(state.declared, lineOffset) : undefined;
      const width = position ? this.dataset.fields.length : state.fields.length;
      while (accumulators.length < width) accumulators.push(this.newAccumulator());
      state.fields.forEach((field, i) => accumulators[position ? position[i] : i].mergeState(field));
      rowSample.merge(position ? { ...state.rowSample, items: state.rowSample.items.map((row) => reorderRow(row, position)) } : state.rowSample);
      this.rows += state.rows;
    }
  }

  /**
   * Where each of a range's fields sits in this dataset's fields, appending the ones not seen
   * before in the range's order: merged in file order, that is the order a whole-file read finds
   * them in. A new field's first line is range-relative and moves by `lineOffset`.
   */
  private fieldPositions(declared: readonly DeclaredField[], lineOffset: number): number[] {
    const fields = this.dataset.fields;
    const byName = new Map(fields.map((f, i) => [f.name, i]));
    return declared.map((field) => {
      let index = byName.get(field.name);
      if (index === undefined) {
        index = fields.length;
        fields.push(field.line === undefined ? { ...field } : { ...field, line: field.line + lineOffset });
        byName.set(field.name, index);
      }
      return index;
    });
  }

  /**
   * Classifies every declared field. Database aggregates, when present, replace the sampled
   * row count, the date counts and the distinct counts with figures from the database.
   */
  async finish(): Promise<EvidenceData> {
    // Loaded here, not at the top: a worker that only profiles byte ranges never classifies, and
    // starts faster and smaller without the detectors' lexicons and phone metadata.
    const { classifyField } = await import('./classify-field.js');
    const { dataset, accumulators, options } = this;
    const streamed = dataset.rows !== undefined || dataset.batches !== undefined;
    // A table that failed once (locked, timed out, not readable) is asked nothing more: each
    // further query would fail the same way, after the same timeout. Without its aggregates the
    // row count is unknown and no date is counted from the sample (which would undercount).
    let aggregate = this.aggregateError === undefined && !this.skipAggregates ? dataset.aggregate : undefined;
    const failed = (error: unknown): undefined => {
      this.aggregateError ??= error;
      aggregate = undefined;
      return undefined;
    };
    const rows = dataset.aggregate ? await aggregate?.rowCount().catch(failed) : streamed ? this.rows : undefined;
    const dayHistograms = new Map<string, ReadonlyMap<number, number>>();
    const fields: FieldProfile[] = [];
    const fieldNames = dataset.fields.map((f) => f.name);
    for (const [i, declared] of dataset.fields.entries()) {
      const acc = accumulators[i];
      // One array shared by every field (a copy without the field itself made a 100,000-column
      // export quadratic: minutes); detectors skip the field's own name.
      const name = toFieldName(declared.name, { type: declared.type, comment: declared.comment, dataset: dataset.name, siblings: fieldNames });
      const evidence: EvidenceItem[] = [];
      const categories = classifyField(name, acc?.sample.items ?? [], options, acc?.everyValue, evidence);
      const profile: FieldProfile = {
        source: dataset.location,
        dataset: dataset.name,
        field: declared.name,
        categories,
        stats: redactStats(acc?.stats() ?? { count: 0, empty: 0, distinct: 0 }, categories, options.showValues),
        evidence,
      };
      if (declared.type !== undefined) profile.type = declared.type;
      if (declared.comment !== undefined) profile.comment = declared.comment;
      if (declared.line !== undefined) profile.line = declared.line;
      if (declared.declared !== undefined) profile.declared = declared.declared;
      if (declared.upstream?.length) profile.upstream = declared.upstream;
      if (declared.retention !== undefined) profile.retention = declared.retention;
      fields.push(profile);
      const days = acc?.dayHistogram();
      if (dataset.aggregate && days) {
        // Sampled rows only hint that this is a date column; count every row inside the database.
        const exact = await aggregate?.dayHistogram(declared.name).catch(failed);
        if (exact) dayHistograms.set(declared.name, exact);
      } else if (days) dayHistograms.set(declared.name, days);
    }
    // The engine's distinct counts cover every row, the sample's HyperLogLog only the sample. Asked
    // last: the counts rules depend on (rows, days) are not lost when this one fails.
    const distincts = aggregate?.distinctCounts
      ? await aggregate.distinctCounts().catch((error: unknown) => {
          this.aggregateMissing = "its distinct counts are the sample's";
          return failed(error);
        })
      : undefined;
    for (const profile of fields) profile.stats = withDistinct(profile.stats, distincts?.get(profile.field));
    return {
      summary: { name: dataset.name, source: dataset.location, kind: dataset.kind, ...(rows === undefined ? {} : { rows }), fields: dataset.fields.length },
      fields,
      rowSample: this.rowSample.items,
      rowFields: dataset.fields.map((f) => f.name),
      dayHistograms,
    };
  }
}

/** The stats with the engine's distinct count over the whole table, when it gave one. */
function withDistinct(stats: FieldStats, engineDistinct: number | undefined): FieldStats {
  return engineDistinct === undefined || !Number.isFinite(engineDistinct) ? stats : { ...stats, distinct: Math.max(0, Math.round(engineDistinct)) };
}

/** A row of a range's sample with its cells moved to this dataset's field positions. */
function reorderRow(row: Row, position: readonly number[]): Row {
  const out: Cell[] = [];
  row.forEach((cell, i) => {
    if (cell !== undefined) out[position[i]] = cell;
  });
  return out;
}

/** A kept row must not pin the parsed chunk its cells were cut from (see detachString). */
function detachRow(row: Row): Row {
  return row.map((cell) => (typeof cell === 'string' ? detachString(cell) : Array.isArray(cell) ? cell.map((v) => (typeof v === 'string' ? detachString(v) : v)) : cell));
}

/**
 * Before this many bytes, the share of an input read so far is a rough guess at its totals: the
 * samples expect half of what it says (a sample that expects too many items fills short).
 */
const FAIR_GUESS_BYTES = 1 << 20;

/**
 * The reader's progress callback, also telling `profiler` what share of an input of `totalBytes`
 * bytes it has read (for a byte range, `totalBytes` is the whole file's and `bytes` the range's:
 * samples aim at the whole file's size, where the range merges into).
 */
export function extrapolatingProgress(profiler: DatasetProfiler, totalBytes: number | undefined, progress?: (bytes: number, rows: number) => void): ((bytes: number, rows: number) => void) | undefined {
  if (!totalBytes) return progress;
  return (bytes, rows) => {
    if (bytes > 0) profiler.extrapolate(bytes >= FAIR_GUESS_BYTES ? totalBytes / bytes : totalBytes / bytes / 2);
    progress?.(bytes, rows);
  };
}

/**
 * Reads one dataset to its end (or its first read error) and profiles it. `totalBytes`: the
 * size of an input that holds only this dataset, so its samples can size themselves to it.
 */
export async function profileDataset(dataset: Dataset, ctx: ReadContext, options: ProfileOptions, totalBytes?: number): Promise<ProfileOutcome> {
  const profiler = new DatasetProfiler(dataset, options);
  const readCtx: ReadContext = totalBytes ? { ...ctx, progress: extrapolatingProgress(profiler, totalBytes, (bytes, rows) => ctx.progress?.(bytes, rows)) } : ctx;
  let readError: unknown;
  try {
    await profiler.read(dataset, readCtx);
  } catch (error) {
    readError = error;
    profiler.skipAggregates = true;
  }
  const evidence = await profiler.finish();
  const rowsRead = profiler.rows;
  if (readError !== undefined) return { evidence, rowsRead, readError };
  return profiler.aggregateError === undefined
    ? { evidence, rowsRead }
    : { evidence, rowsRead, aggregateError: profiler.aggregateError, aggregateMissing: profiler.aggregateMissing };
}

/**
 * A statistic drawn from a personal field's values is one of those values: the earliest and
 * latest date of a birth-date column are the birth dates of the oldest and youngest person. For
 * a personal field they are masked as its date examples are (`19**-**-**`) unless the user asked
 * for raw values; a field with no personal category (order dates) keeps them.
 */
export function redactStats(stats: FieldStats, categories: readonly CategoryMatch[], showValues: boolean): FieldStats {
  if (showValues || categories.length === 0 || (stats.minDate === undefined && stats.maxDate === undefined)) return stats;
  const out = { ...stats };
  if (out.minDate !== undefined) out.minDate = redact(out.minDate, 'person.date_of_birth');
  if (out.maxDate !== undefined) out.maxDate = redact(out.maxDate, 'person.date_of_birth');
  return out;
}
