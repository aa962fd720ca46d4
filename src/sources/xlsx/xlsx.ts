// Excel workbooks (.xlsx, Office Open XML SpreadsheetML, ECMA-376 Part 1 §18): each worksheet is a
// dataset named `<file stem>.<sheet name>`, its first non-empty row the header, the rows after it
// values streamed to the profiler like a CSV's. The sheet XML streams through a SAX parser, so
// memory does not grow with the sheet; the shared-string table (which cells point into) is held
// whole and is therefore capped, as are the workbook's parts (see zip.ts).
import path from 'node:path/posix';
import { SaxesParser } from 'saxes';
import { SourceError, type Cell, type Dataset, type DeclaredField, type OpenedSource, type ReadContext, type Row } from '../../model/index.js';
import { looksLikeDataRow, uniqueFieldNames } from '../csv-sniff.js';
import { WARNING_CAP, type SourceFile, type StreamOptions } from '../text-stream.js';
import { checkPartSize, openZip, type ZipArchive } from './zip.js';
import { dateStyles, excelDate } from './xlsx-dates.js';

/** Inflated bytes of the shared-string table, which is held in memory. */
export const MAX_SHARED_STRING_BYTES = 64 * 1024 * 1024;
/** Entries of the shared-string table. */
export const MAX_SHARED_STRINGS = 2_000_000;
/** Inflated bytes of the small parts read whole (workbook, relationships, styles). */
const MAX_META_BYTES = 16 * 1024 * 1024;
/** Columns of a sheet kept: a header wider than this is not a table of records. */
const MAX_COLUMNS = 4096;
/** Rows pushed to the profiler per batch. */
const BATCH_ROWS = 512;
/** Batches read ahead of the profiler: with BATCH_ROWS, at most some 4,000 rows wait in memory. */
const MAX_QUEUED = 8;

interface SheetRef {
  name: string;
  part: string;
}

/** Parses a small XML part, calling `onOpen` for each element with its local name and attributes. */
async function readXml(zip: ZipArchive, part: string, location: string, limit: number, handlers: XmlHandlers): Promise<void> {
  const entry = zip.entries.get(part);
  if (!entry) return;
  checkPartSize(entry, location, limit);
  await streamXml(zip, part, location, handlers);
}

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

async function streamXml(zip: ZipArchive, part: string, location: string, handlers: XmlHandlers, signal?: AbortSignal, backpressure?: () => Promise<void> | undefined): Promise<void> {
  const parser = new SaxesParser();
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  // Prefixed names (`x:row`, written by some tools) mean the same as unprefixed ones.
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(localName(tag.name), tag.attributes as Record<string, string>));
  const onText = handlers.text?.bind(handlers);
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  const decoder = new TextDecoder('utf-8');
  await zip.read(
    part,
    (chunk) => {
      if (failed) return undefined;
      parser.write(decoder.decode(chunk, { stream: true }));
      return backpressure?.();
    },
    signal,
  );
  // A read stopped on purpose (the header was found, the scan was cancelled) ends mid-document.
  if (!failed && !signal?.aborted) parser.write(decoder.decode()).close();
  if (failed) throw new SourceError(`part ${part} of the .xlsx is not well-formed XML`, location);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The worksheets in workbook order with their part names (workbook.xml + its relationships). */
async function sheetRefs(zip: ZipArchive, location: string): Promise<SheetRef[]> {
  const targets = new Map<string, string>();
  await readXml(zip, 'xl/_rels/workbook.xml.rels', location, MAX_META_BYTES, {
    open: (name, attributes) => {
      if (name === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
    },
  });
  const sheets: SheetRef[] = [];
  await readXml(zip, 'xl/workbook.xml', location, MAX_META_BYTES, {
    open: (name, attributes) => {
      if (name !== 'sheet') return;
      const id = attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      const target = id === undefined ? undefined : targets.get(id);
      if (target === undefined || attributes.name === undefined) return;
      // Targets are relative to xl/ unless absolute (`/xl/worksheets/sheet1.xml`).
      const part = target.startsWith('/') ? target.slice(1) : path.normalize(path.join('xl', target));
      sheets.push({ name: attributes.name, part });
    },
  });
  if (!zip.entries.has('xl/workbook.xml')) throw new SourceError('not an .xlsx workbook (no xl/workbook.xml part)', location);
  return sheets;
}

async function sharedStrings(zip: ZipArchive, location: string): Promise<string[]> {
  const strings: string[] = [];
  const entry = zip.entries.get('xl/sharedStrings.xml');
  if (!entry) return strings;
  if (entry.uncompressedSize > MAX_SHARED_STRING_BYTES) {
    throw new SourceError(`refused: the shared-string table of the .xlsx inflates to ${entry.uncompressedSize} bytes, over the limit of ${MAX_SHARED_STRING_BYTES}`, location);
  }
  let current: string[] | undefined;
  let inText = false;
  let inPhonetic = false;
  await readXml(zip, 'xl/sharedStrings.xml', location, MAX_SHARED_STRING_BYTES, {
    open: (name) => {
      if (name === 'si') {
        if (strings.length >= MAX_SHARED_STRINGS) throw new SourceError(`refused: the shared-string table of the .xlsx holds more than ${MAX_SHARED_STRINGS} strings`, location);
        current = [];
      } else if (name === 't') inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    text: (text) => {
      // Phonetic runs (`rPh`, East Asian reading aids) are not part of the cell's text.
      if (current && inText && !inPhonetic) current.push(text);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      }
    },
  });
  return strings;
}

/** `BC12` → 54 (0-based column index); undefined when the reference has no column letters. */
function columnIndex(reference: string | undefined): number | undefined {
  if (!reference) return undefined;
  let index = 0;
  let letters = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    letters++;
  }
  return letters === 0 ? undefined : index - 1;
}

interface SheetContext {
  strings: readonly string[];
  dates: ReadonlySet<number>;
}

/**
 * Streams a sheet's rows as arrays of cell values, with their 1-based row numbers. Cells are
 * placed by their reference (`r="C5"`), so skipped empty cells keep the columns aligned.
 */
async function streamRows(
  zip: ZipArchive,
  part: string,
  location: string,
  context: SheetContext,
  onRow: (row: Cell[], rowNumber: number) => void,
  signal?: AbortSignal,
  backpressure?: () => Promise<void> | undefined,
): Promise<void> {
  let row: Cell[] = [];
  let rowNumber = 0;
  let column = 0;
  let type: string | undefined;
  let style = 0;
  let text: string[] | undefined;
  let inValue = false;
  await streamXml(
    zip,
    part,
    location,
    {
      open: (name, attributes) => {
        if (name === 'row') {
          row = [];
          rowNumber = Number(attributes.r) || rowNumber + 1;
          column = 0;
        } else if (name === 'c') {
          column = columnIndex(attributes.r) ?? column;
          type = attributes.t;
          style = Number(attributes.s) || 0;
          text = undefined;
        } else if (name === 'v' || (name === 't' && type === 'inlineStr')) {
          inValue = true;
          text ??= [];
        }
      },
      text: (chunk) => {
        if (inValue) text!.push(chunk);
      },
      close: (name) => {
        if (name === 'v' || name === 't') inValue = false;
        else if (name === 'c') {
          if (column < MAX_COLUMNS && text !== undefined) row[column] = cellValue(text.join(''), type, style, context);
          column++;
        } else if (name === 'row') onRow(row, rowNumber);
      },
    },
    signal,
    backpressure,
  );
}

function cellValue(raw: string, type: string | undefined, style: number, context: SheetContext): Cell {
  switch (type) {
    case 's':
      return context.strings[Number(raw)] ?? null;
    case 'b':
      return raw === '1';
    case 'e':
      return null; // #N/A, #DIV/0!: an error, not a value
    case 'str':
    case 'inlineStr':
      return raw;
    default: {
      const number = Number(raw);
      if (raw === '' || !Number.isFinite(number)) return raw === '' ? null : raw;
      return context.dates.has(style) ? excelDate(number) ?? number : number;
    }
  }
}

function headerName(value: Cell, index: number): string {
  const text = value === undefined || value === null ? '' : String(value).trim();
  return text === '' ? `column_${index + 1}` : text;
}

/** Rows after the first non-empty one read to judge whether it is a header (as the CSV reader does). */
const HEADER_BODY_ROWS = 20;

export async function openXlsx(source: SourceFile, options: StreamOptions = {}): Promise<OpenedSource> {
  const zip = await openZip(source.file, source.location);
  const datasets: Dataset[] = [];
  try {
    const sheets = await sheetRefs(zip, source.location);
    const strings = await sharedStrings(zip, source.location);
    const dates = await dateStyles((part, handlers) => readXml(zip, part, source.location, MAX_META_BYTES, handlers));
    const context: SheetContext = { strings, dates };
    for (const sheet of sheets) {
      if (!zip.entries.has(sheet.part)) continue; // a chartsheet or a missing part: no table
      const header = await headerRow(zip, sheet.part, source.location, context);
      if (!header) continue;
      // A sheet without a header row starts with a record: its cells are values, never field names.
      const firstRow = header.cells.map((cell) => (cell === undefined || cell === null ? '' : String(cell)));
      const isData = looksLikeDataRow(firstRow, header.body.map((row) => row.map((cell) => (cell === undefined || cell === null ? '' : String(cell))))) || (await options.headerCellsAreValues?.(firstRow)) === true;
      const columns: number[] = [];
      const width = Math.max(header.cells.length, ...header.body.map((row) => row.length));
      for (let index = 0; index < (isData ? width : header.cells.length); index++) {
        const value = header.cells[index];
        if (isData || !(value === undefined || value === null || String(value).trim() === '')) columns.push(index);
      }
      // Two columns headed `Email` are `Email` and `Email_2`, as in a CSV.
      const names = isData ? columns.map((index) => `column_${index + 1}`) : uniqueFieldNames(columns.map((index) => headerName(header.cells[index], index)));
      const fields: DeclaredField[] = columns.map((index, k) => ({ name: names[k], line: header.rowNumber, column: index + 1 }));
      datasets.push(sheetDataset(source, sheet, fields, columns, isData ? header.rowNumber - 1 : header.rowNumber, context));
    }
  } finally {
    zip.close();
  }
  return { kind: 'xlsx', location: source.location, sizeBytes: source.sizeBytes, datasets };
}

/** The first row with any non-empty cell, and up to HEADER_BODY_ROWS rows after it. Stops reading the sheet there. */
async function headerRow(zip: ZipArchive, part: string, location: string, context: SheetContext): Promise<{ cells: Cell[]; rowNumber: number; body: Cell[][] } | undefined> {
  const stop = new AbortController();
  let found: { cells: Cell[]; rowNumber: number; body: Cell[][] } | undefined;
  const filled = (cells: Cell[]): boolean => cells.some((cell) => cell !== undefined && cell !== null && String(cell).trim() !== '');
  await streamRows(
    zip,
    part,
    location,
    context,
    (cells, rowNumber) => {
      if (stop.signal.aborted || !filled(cells)) return;
      if (!found) found = { cells, rowNumber, body: [] };
      else found.body.push(cells);
      if (found.body.length >= HEADER_BODY_ROWS) stop.abort();
    },
    stop.signal,
  ).catch((error: unknown) => {
    if (!found) throw error;
  });
  return found;
}

function sheetDataset(source: SourceFile, sheet: SheetRef, fields: DeclaredField[], columns: number[], headerRowNumber: number, context: SheetContext): Dataset {
  return {
    kind: 'xlsx',
    name: `${source.name}.${sheet.name}`,
    location: source.location,
    sizeBytes: source.sizeBytes,
    fields,
    batches: (ctx) => sheetBatches(source, sheet, columns, headerRowNumber, context, ctx),
    rows: (ctx) => rowsOf(sheetBatches(source, sheet, columns, headerRowNumber, context, ctx)),
  };
}

async function* rowsOf(batches: AsyncIterable<Row[]>): AsyncGenerator<Row> {
  for await (const batch of batches) yield* batch;
}

/**
 * The sheet's rows after the header, in batches. The SAX parser pushes rows faster than the
 * profiler may take them, so they queue between the two; reading pauses while a full batch waits.
 */
async function* sheetBatches(source: SourceFile, sheet: SheetRef, columns: number[], headerRowNumber: number, context: SheetContext, ctx: ReadContext): AsyncGenerator<Row[]> {
  const zip = await openZip(source.file, source.location);
  const queue: Row[][] = [];
  let batch: Row[] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  let drained: (() => void) | undefined;
  let extraCells = 0;
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  // At most MAX_QUEUED batches wait for the profiler; then inflating pauses (memory stays bounded).
  const backpressure = (): Promise<void> | undefined =>
    queue.length < MAX_QUEUED || stop.signal.aborted ? undefined : new Promise<void>((resolve) => (drained = resolve));
  const reading = streamRows(
    zip,
    sheet.part,
    source.location,
    context,
    (cells, rowNumber) => {
      if (rowNumber <= headerRowNumber) return;
      if (cells.length > (columns[columns.length - 1] ?? -1) + 1 && cells.slice((columns[columns.length - 1] ?? -1) + 1).some((c) => c !== undefined && c !== null)) {
        extraCells++;
        if (extraCells <= WARNING_CAP) ctx.warn({ message: `sheet ${sheet.name}, row ${rowNumber} has values in columns without a header; they were not scanned`, line: rowNumber });
      }
      if (cells.every((cell) => cell === undefined || cell === null)) return;
      batch.push(columns.map((index) => cells[index]));
      if (batch.length >= BATCH_ROWS) {
        queue.push(batch);
        batch = [];
        notify();
      }
    },
    stop.signal,
    backpressure,
  )
    .then(
      () => undefined,
      (error: unknown) => {
        failure = error;
      },
    )
    .finally(() => {
      if (batch.length > 0) queue.push(batch);
      done = true;
      notify();
    });
  try {
    for (;;) {
      if (queue.length > 0) {
        const next = queue.shift()!;
        drained?.();
        drained = undefined;
        yield next;
        continue;
      }
      if (done) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    await reading;
    if (failure instanceof Error) throw failure;
    if (extraCells > WARNING_CAP) ctx.warn({ message: `sheet ${sheet.name}: ${extraCells - WARNING_CAP} more rows had values in columns without a header` });
  } finally {
    // An early return (the consumer stopped) ends the read and releases a paused inflater.
    stop.abort();
    drained?.();
    ctx.signal?.removeEventListener('abort', onAbort);
    await reading;
    zip.close();
  }
}
