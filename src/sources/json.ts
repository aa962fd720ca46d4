// JSON exports: a top-level array of records, or an object wrapping one or several
// (`{"customers":[…]}`, json-server's `{"posts":[…],"users":[…]}`), streamed element by element
// through JsonRecordScanner and flattened into rows, one dataset per record array.
import { SourceError, type Dataset, type OpenedSource, type ReadContext, type Row } from '../model/index.js';
import { RecordFlattener } from './flatten.js';
import { JsonRecordScanner, MAX_MEMBER_CHARS, type ScanEvent } from './json-scanner.js';
import {
  countNewlines,
  readTextChunks,
  readTextSample,
  rowsFromBatches,
  type BatchedDataset,
  type SourceFile,
  type StreamOptions,
  type TextEncodingName,
} from './text-stream.js';


export interface JsonDataset extends BatchedDataset {
  kind: 'json';
}

/** Rows of one record array, tagged with the index of its dataset. */
interface JsonBatch {
  dataset: number;
  rows: Row[];
}

/**
 * The datasets of one JSON file, one per record array, created as the arrays are met (while
 * seeding at open, then while streaming) and shared by both passes so their indices agree. A
 * file with one record array is named after the file stem even when the records sit under a
 * property (`{"customers":[…]}` in orders.json is dataset `orders`); with several, each is
 * `stem.key` (`db.posts`, `db.users`), the first renamed when the second appears.
 */
class JsonDatasets {
  readonly datasets: JsonDataset[] = [];
  readonly flatteners: RecordFlattener[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(
    private readonly source: SourceFile,
    private readonly batchesOf: (index: number) => (ctx: ReadContext) => AsyncGenerator<Row[]>,
  ) {}

  /** The index of the dataset for records under `key` (undefined: a top-level array or the members record). */
  select(key: string | undefined): number {
    const known = this.keys.indexOf(key);
    if (known !== -1) return known;
    const index = this.datasets.length;
    const flattener = new RecordFlattener([]);
    const batches = this.batchesOf(index);
    this.datasets.push({
      kind: 'json',
      name: this.source.name,
      location: this.source.location,
      fields: flattener.fields,
      sizeBytes: this.source.sizeBytes,
      batches,
      rows: (ctx) => rowsFromBatches(batches(ctx)),
    });
    this.flatteners.push(flattener);
    this.keys.push(key);
    if (this.datasets.length > 1) {
      this.keys.forEach((each, i) => (this.datasets[i].name = each === undefined ? this.source.name : `${this.source.name}.${each}`));
    }
    return index;
  }
}

/**
 * Opens a JSON export. Fields are seeded from the records in the first 64 KiB and grow while
 * streaming. A top-level array is one dataset read on its own; a top-level object may hold
 * several record arrays, so its datasets are read in one pass (`interleaved`) and may grow.
 */
export async function openJson(source: SourceFile, options: StreamOptions = {}): Promise<Dataset | OpenedSource> {
  const { text, encoding, isWholeFile } = await readTextSample(source);
  const registry: JsonDatasets = new JsonDatasets(source, (index) =>
    async function* batches(ctx: ReadContext) {
      for await (const batch of streamJson(source, encoding, registry, ctx, options)) if (batch.dataset === index) yield batch.rows;
    },
  );
  seedFields(text, registry);
  // A whole file read without a record array is one record (its members) or none: one dataset.
  if (isWholeFile && registry.datasets.length === 0) registry.select(undefined);
  const isObject = /^\uFEFF?\s*\{/.test(text);
  if (!isObject) {
    // A top-level array (or scalar) is one dataset whatever its records hold.
    const dataset = registry.datasets[registry.select(undefined)];
    const batches = async function* (ctx: ReadContext): AsyncGenerator<Row[]> {
      for await (const batch of streamJson(source, encoding, registry, ctx, options)) yield batch.rows;
    };
    return { ...dataset, batches, rows: (ctx) => rowsFromBatches(batches(ctx)) };
  }
  return {
    kind: 'json',
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets: registry.datasets,
    interleaved: (ctx) => streamJson(source, encoding, registry, ctx, options),
  };
}

/** Declares the fields of the records complete in the prefix; errors wait for the real read. */
function seedFields(prefixText: string, registry: JsonDatasets): void {
  const events: ScanEvent[] = [];
  new JsonRecordScanner().push(prefixText, events);
  let current: number | undefined;
  for (const event of events) {
    if (event.kind === 'array') current = registry.select(event.key);
    if (event.kind !== 'record') continue;
    current ??= registry.select(undefined);
    try {
      registry.flatteners[current].flatten(JSON.parse(event.text), event.line);
    } catch {
      return;
    }
  }
}

/**
 * JSON.parse messages quote the offending text, which may be personal data, so only a location
 * is kept: V8 reports "position N" or "(line L column C)" for some errors and nothing for others
 * (Node 20: "Unexpected token"), in which case the record's first line is used.
 */
function invalidRecordError(source: SourceFile, text: string, line: number, error: unknown): SourceError {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const errorLine = lineColumn ? line + Number(lineColumn[1]) - 1 : position ? line + countNewlines(text, 0, Number(position[1])) : line;
  return new SourceError(`invalid JSON in the record starting on line ${line}`, source.location, errorLine);
}

async function* streamJson(source: SourceFile, encoding: TextEncodingName, registry: JsonDatasets, ctx: ReadContext, options: StreamOptions): AsyncGenerator<JsonBatch> {
  const scanner = new JsonRecordScanner();
  const events: ScanEvent[] = [];
  // Members of a top-level object are kept (to become one record) only until a record array shows up.
  let members: Record<string, unknown> | undefined = {};
  let memberChars = 0;
  let current: number | undefined;
  let rowCount = 0;
  let bytes = 0;

  /** Parses the pending events; returns batches plus the error that stopped them, if any. */
  const drain = (): { batches: JsonBatch[]; failure?: SourceError } => {
    const batches: JsonBatch[] = [];
    let batch: JsonBatch | undefined;
    for (const event of events) {
      if (event.kind === 'array') {
        members = undefined;
        current = registry.select(event.key);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(event.text);
      } catch (error) {
        return { batches, failure: invalidRecordError(source, event.text, event.line, error) };
      }
      if (event.kind === 'record') {
        members = undefined;
        current ??= registry.select(undefined);
        if (batch?.dataset !== current) {
          batch = { dataset: current, rows: [] };
          batches.push(batch);
        }
        batch.rows.push(registry.flatteners[current].flatten(value, event.line));
        rowCount++;
      } else if (members) {
        memberChars += event.text.length;
        if (memberChars > MAX_MEMBER_CHARS) {
          return { batches, failure: new SourceError('the top-level object holds no array of records within its first 8 MiB', source.location, event.line) };
        }
        members[event.key] = value;
      }
    }
    events.length = 0;
    return { batches };
  };

  const fatal = (): SourceError | undefined =>
    scanner.error ? new SourceError(scanner.error.message, source.location, scanner.error.line) : undefined;

  for await (const chunk of readTextChunks(source, encoding, ctx, options)) {
    bytes = chunk.bytesRead;
    scanner.push(chunk.text, events);
    const { batches, failure } = drain();
    ctx.progress?.(bytes, rowCount);
    yield* batches;
    const error = failure ?? fatal();
    if (error) throw error;
  }
  scanner.finish(events);
  const { batches, failure } = drain();
  yield* batches;
  const error = failure ?? fatal();
  if (error) throw error;
  // A top-level object with no record array is one record made of its members.
  if (members && Object.keys(members).length > 0) {
    rowCount++;
    const index = registry.select(undefined);
    yield { dataset: index, rows: [registry.flatteners[index].flatten(members, 1)] };
  }
  // `{}`, or an object of empty arrays: still the file's one (empty) dataset.
  if (registry.datasets.length === 0) registry.select(undefined);
  ctx.progress?.(bytes, rowCount);
}
