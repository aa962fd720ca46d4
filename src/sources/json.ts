// JSON exports: a top-level array of records, or an object wrapping one (`{"customers":[…]}`),
// streamed element by element through JsonRecordScanner and flattened into rows.
import { SourceError, type ReadContext, type Row } from '../model/index.js';
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

/**
 * Opens a JSON export. The dataset is named after the file stem even when the records sit under
 * a property (`{"customers":[…]}` in orders.json is dataset `orders`). Fields are seeded from the
 * records in the first 64 KiB and grow while streaming.
 */
export async function openJson(source: SourceFile, options: StreamOptions = {}): Promise<JsonDataset> {
  const { text, encoding } = await readTextSample(source);
  const flattener = new RecordFlattener([]);
  seedFields(text, flattener);

  const batches = (ctx: ReadContext): AsyncGenerator<Row[]> => streamJson(source, encoding, flattener, ctx, options);
  return {
    kind: 'json',
    name: source.name,
    location: source.location,
    fields: flattener.fields,
    sizeBytes: source.sizeBytes,
    batches,
    rows: (ctx) => rowsFromBatches(batches(ctx)),
  };
}

/** Declares the fields of the records complete in the prefix; errors wait for the real read. */
function seedFields(prefixText: string, flattener: RecordFlattener): void {
  const events: ScanEvent[] = [];
  new JsonRecordScanner().push(prefixText, events);
  for (const event of events) {
    if (event.kind !== 'record') continue;
    try {
      flattener.flatten(JSON.parse(event.text), event.line);
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

async function* streamJson(source: SourceFile, encoding: TextEncodingName, flattener: RecordFlattener, ctx: ReadContext, options: StreamOptions): AsyncGenerator<Row[]> {
  const scanner = new JsonRecordScanner();
  const events: ScanEvent[] = [];
  // Members of a top-level object are kept (to become one record) only until a record array shows up.
  let members: Record<string, unknown> | undefined = {};
  let memberChars = 0;
  let rowCount = 0;
  let bytes = 0;

  /** Parses the pending events; returns rows plus the error that stopped them, if any. */
  const drain = (): { batch: Row[]; failure?: SourceError } => {
    const batch: Row[] = [];
    for (const event of events) {
      let value: unknown;
      try {
        value = JSON.parse(event.text);
      } catch (error) {
        return { batch, failure: invalidRecordError(source, event.text, event.line, error) };
      }
      if (event.kind === 'record') {
        members = undefined;
        batch.push(flattener.flatten(value, event.line));
      } else if (members) {
        memberChars += event.text.length;
        if (memberChars > MAX_MEMBER_CHARS) {
          return { batch, failure: new SourceError('the top-level object holds no array of records within its first 8 MiB', source.location, event.line) };
        }
        members[event.key] = value;
      }
    }
    events.length = 0;
    rowCount += batch.length;
    return { batch };
  };

  const fatal = (): SourceError | undefined =>
    scanner.error ? new SourceError(scanner.error.message, source.location, scanner.error.line) : undefined;

  for await (const chunk of readTextChunks(source, encoding, ctx, options)) {
    bytes = chunk.bytesRead;
    scanner.push(chunk.text, events);
    const { batch, failure } = drain();
    ctx.progress?.(bytes, rowCount);
    if (batch.length > 0) yield batch;
    const error = failure ?? fatal();
    if (error) throw error;
  }
  scanner.finish(events);
  const { batch, failure } = drain();
  if (batch.length > 0) yield batch;
  const error = failure ?? fatal();
  if (error) throw error;
  // A top-level object with no record array is one record made of its members.
  if (members && Object.keys(members).length > 0) {
    rowCount++;
    yield [flattener.flatten(members, 1)];
  }
  ctx.progress?.(bytes, rowCount);
}
