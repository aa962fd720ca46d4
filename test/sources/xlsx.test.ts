// .xlsx workbooks: one dataset per sheet with the header row's line, values streamed like a CSV's
// (dates from date-styled serials), and refusals of zip bombs and oversized shared-string tables.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset, Row } from '../../src/model/index.js';
import { openSource } from '../../src/sources/index.js';
import { MAX_SHARED_STRING_BYTES } from '../../src/sources/xlsx/xlsx.js';
import { MAX_PART_BYTES } from '../../src/sources/xlsx/zip.js';
import { workbook, workbookParts, zip } from '../helpers/xlsx-writer.js';

const cwd = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'datamin-xlsx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function rowsOf(dataset: Dataset): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of dataset.rows!({ warn: () => undefined })) rows.push(row);
  return rows;
}

function write(name: string, data: Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, data);
  return file;
}

describe('xlsx workbooks', () => {
  it('reads each sheet as a dataset whose header is its first non-empty row', async () => {
    const opened = await openSource('test/fixtures/sources/xlsx/event-signups.xlsx', cwd);
    expect(opened.kind).toBe('xlsx');
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => `${f.name}@${f.line}:${f.column}`)])).toEqual([
      ['event-signups.Attendees', ['Full name@1:1', 'E-mail@1:2', 'Phone@1:3', 'Date of birth@1:4', 'Dietary needs@1:5', 'Ticket@1:6']],
      ['event-signups.Sessions', ['Session@2:1', 'Room@2:2', 'Seats@2:3']],
    ]);
    const [attendees, sessions] = opened.datasets;
    const rows = await rowsOf(attendees);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['Maria Keller', 'maria.keller@example.org', '+49 30 901820', '1984-03-12', 'vegetarian', 'T-1001']);
    expect(rows[3][4]).toBeUndefined();
    expect(await rowsOf(sessions)).toEqual([['Keynote', 'Hall A', 400], ['Privacy by design', 'Room 2', 60], ['Data minimisation clinic', 'Room 3', 25]]);
  });

  it('streams a big sheet: rows arrive before the sheet is read, and an early stop ends the read', async () => {
    const rows = [['email', 'n'], ...Array.from({ length: 20_000 }, (_, i) => [`user${i}@example.org`, i])];
    const file = write('big.xlsx', workbook({ Data: rows }));
    const [dataset] = (await openSource(file, cwd)).datasets;
    let count = 0;
    for await (const batch of dataset.batches!({ warn: () => undefined })) {
      count += batch.length;
      if (count >= 1_000) break;
    }
    expect(count).toBeLessThan(2_000);
    expect((await rowsOf(dataset)).length).toBe(20_000);
  });

  it('refuses a part declaring more than the size limit, naming the file', async () => {
    const parts = workbookParts({ S: [['a'], ['b']] });
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    sheet.declaredSize = MAX_PART_BYTES + 1;
    const file = write('bomb.xlsx', zip(parts));
    await expect(openSource(file, cwd)).rejects.toMatchObject({ name: 'SourceError', message: expect.stringContaining('zip bomb') as string, file: expect.stringContaining('bomb.xlsx') as string });
  });

  it('refuses a part compressed beyond any spreadsheet', async () => {
    const parts = workbookParts({ S: [['a'], ['b']] });
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    sheet.data = `<worksheet><sheetData>${'<row></row>'.repeat(400_000)}</sheetData></worksheet>`;
    const file = write('ratio.xlsx', zip(parts));
    await expect(openSource(file, cwd)).rejects.toThrow(/compressed \d+:1, more than any spreadsheet/);
  });

  it('refuses a shared-string table over its limit', async () => {
    const parts = workbookParts({ S: [['a'], ['b']] });
    parts.find((p) => p.name === 'xl/sharedStrings.xml')!.declaredSize = MAX_SHARED_STRING_BYTES + 1;
    const file = write('strings.xlsx', zip(parts));
    await expect(openSource(file, cwd)).rejects.toThrow(/shared-string table of the \.xlsx inflates to \d+ bytes, over the limit/);
  });

  it('refuses a file that is not a zip, in one line', async () => {
    const file = write('fake.xlsx', Buffer.from('name,email\nA,a@example.org\n'));
    await expect(openSource(file, cwd)).rejects.toThrow('not a readable .xlsx (not a zip archive, or a damaged one)');
  });
});

describe('a sheet without a header row', () => {
  it('is read as data: its first record never becomes field names', async () => {
    const file = write('headerless.xlsx', workbook({ Export: [['Ann Example', 'ann@example.org', 'Berlin'], ['Bo Beispiel', 'bo@example.net', 'Köln']] }));
    const [dataset] = (await openSource(file, cwd)).datasets;
    expect(dataset.fields.map((f) => f.name)).toEqual(['column_1', 'column_2', 'column_3']);
    expect(await rowsOf(dataset)).toEqual([['Ann Example', 'ann@example.org', 'Berlin'], ['Bo Beispiel', 'bo@example.net', 'Köln']]);
  });
});

describe('repeated header cells', () => {
  it('get suffixes as in a CSV, so no column is lost', async () => {
    const file = write('twice.xlsx', workbook({ S: [['Email', 'Name', 'Email'], ['a@example.org', 'Ann', 'b@example.org']] }));
    const [dataset] = (await openSource(file, cwd)).datasets;
    expect(dataset.fields.map((f) => f.name)).toEqual(['Email', 'Name', 'Email_2']);
  });
});
