// SQLite source: a database built here with better-sqlite3 and the Chinook sample database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceError, type Dataset, type OpenedSource, type Row, type SourceWarning } from '../../../src/model/index.js';
import { isUrlInput, openSource, openUrl } from '../../../src/sources/index.js';
import { HAVE_CORPUS, corpusFile } from '../../helpers/corpus.js';

const chinook = corpusFile('chinook-sqlite', 'Chinook_Sqlite.sqlite');
let dir: string;
/** Days (since 1970-01-01) of the 60 customers' created_at: 20 on each of three days. */
const DAYS = { '2019-05-01': 18017, '2023-01-15': 19372, '2024-06-30': 19904 } as const;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-sqlite-'));
  const db = new Database(path.join(dir, 'shop.db'));
  db.exec(`
    CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT, "full name" TEXT, created_at DATETIME, avatar BLOB, score REAL);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
    CREATE TABLE empty_log (at TEXT);
  `);
  const insert = db.prepare('INSERT INTO customers (email, "full name", created_at, avatar, score) VALUES (?, ?, ?, ?, ?)');
  const days = Object.keys(DAYS);
  for (let i = 0; i < 60; i++) {
    insert.run(`user${i}@example.org`, `Person ${i}`, `${days[i % 3]} 10:${String(i % 60).padStart(2, '0')}:00`, Buffer.from([i, 1, 2]), i / 2);
  }
  const setting = db.prepare('INSERT INTO settings VALUES (?, ?)');
  for (let i = 0; i < 30; i++) setting.run(`k${String(i).padStart(2, '0')}`, `v${i}`);
  db.close();
  writeFileSync(path.join(dir, 'notes.db'), 'this is a text file, not a database\n'.repeat(20));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readRows(dataset: Dataset, warnings: SourceWarning[] = []): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of dataset.batches!({ warn: (w) => warnings.push(w) })) rows.push(...batch);
  return rows;
}

function byName(opened: OpenedSource, name: string): Dataset {
  const dataset = opened.datasets.find((d) => d.name === name);
  if (!dataset) throw new Error(`no dataset ${name} in ${opened.datasets.map((d) => d.name).join(', ')}`);
  return dataset;
}

describe('SQLite files', () => {
  it('opens .db files through the registry, one dataset per table, without sqlite_ tables', async () => {
    const opened = await openSource('shop.db', dir);
    try {
      expect(opened.kind).toBe('sqlite');
      expect(opened.location).toBe('shop.db');
      expect(opened.datasets.map((d) => d.name)).toEqual(['customers', 'empty_log', 'settings']);
      const customers = byName(opened, 'customers');
      expect(customers.fields).toEqual([
        { name: 'id', type: 'INTEGER' },
        { name: 'email', type: 'TEXT' },
        { name: 'full name', type: 'TEXT' },
        { name: 'created_at', type: 'DATETIME' },
        { name: 'avatar', type: 'BLOB' },
        { name: 'score', type: 'REAL' },
      ]);
      const rows = await readRows(customers);
      expect(rows).toHaveLength(60);
      expect(rows[0]).toEqual([1, 'user0@example.org', 'Person 0', '2019-05-01 10:00:00', undefined, 0]);
      expect(rows.every((row) => row[4] === undefined)).toBe(true);
    } finally {
      await opened.close?.();
    }
  });

  it('counts rows and days inside the database', async () => {
    const opened = await openSource('shop.db', dir);
    try {
      const customers = byName(opened, 'customers');
      expect(await customers.aggregate!.rowCount()).toBe(60);
      const histogram = await customers.aggregate!.dayHistogram('created_at');
      expect(histogram).toEqual(new Map(Object.values(DAYS).map((day) => [day, 20])));
      expect(await customers.aggregate!.dayHistogram('email')).toBeUndefined();
      expect(await customers.aggregate!.dayHistogram('no such column')).toBeUndefined();
      expect(await byName(opened, 'empty_log').aggregate!.rowCount()).toBe(0);
    } finally {
      await opened.close?.();
    }
  });

  it('samples N rows spread over the table, the same ones on every run', async () => {
    expect(isUrlInput('sqlite:shop.db')).toBe(true);
    const sampleIds = async (): Promise<number[]> => {
      const opened = await openUrl(`sqlite:${path.join(dir, 'shop.db')}`, { cwd: dir, rowLimit: 12 });
      try {
        return (await readRows(byName(opened, 'customers'))).map((row) => row[0] as number);
      } finally {
        await opened.close?.();
      }
    };
    const ids = await sampleIds();
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(ids.filter((id) => id <= 20).length).toBeGreaterThan(0);
    expect(ids.filter((id) => id > 40).length).toBeGreaterThan(0);
    expect(ids).not.toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await sampleIds()).toEqual(ids);
  });

  it('samples WITHOUT ROWID tables in key order and says so', async () => {
    const opened = await openUrl('sqlite://shop.db', { cwd: dir, rowLimit: 5 });
    try {
      const warnings: SourceWarning[] = [];
      const rows = await readRows(byName(opened, 'settings'), warnings);
      expect(rows.map((row) => row[0])).toEqual(['k00', 'k01', 'k02', 'k03', 'k04']);
      expect(warnings[0]?.message).toMatch(/WITHOUT ROWID/);
    } finally {
      await opened.close?.();
    }
  });

  it('opens read-only: the file is not modified', async () => {
    const before = statSync(path.join(dir, 'shop.db')).mtimeMs;
    const opened = await openSource('shop.db', dir);
    await readRows(byName(opened, 'customers'));
    await opened.close?.();
    expect(statSync(path.join(dir, 'shop.db')).mtimeMs).toBe(before);
  });

  it('rejects a file that is not a SQLite database, naming the file', async () => {
    const error = await openSource('notes.db', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).file).toBe('notes.db');
    expect((error as SourceError).message).toMatch(/not a SQLite database/);
  });

  it('rejects a missing sqlite: file', async () => {
    const error = await openUrl('sqlite:missing.sqlite', { cwd: dir, rowLimit: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).file).toBe('missing.sqlite');
  });
});

describe.skipIf(!HAVE_CORPUS)('Chinook sample database', () => {
  it('lists its tables and columns', async () => {
    const opened = await openSource(chinook, '/');
    try {
      expect(opened.datasets.map((d) => d.name)).toEqual(
        expect.arrayContaining(['Album', 'Artist', 'Customer', 'Employee', 'Genre', 'Invoice', 'InvoiceLine', 'MediaType', 'Playlist', 'PlaylistTrack', 'Track']),
      );
      const customer = byName(opened, 'Customer');
      expect(customer.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['CustomerId', 'FirstName', 'LastName', 'Email', 'Phone', 'PostalCode']));
      expect(customer.fields.find((f) => f.name === 'Email')?.type).toBe('NVARCHAR(60)');
      expect(await customer.aggregate!.rowCount()).toBe(59);
      const emails = (await readRows(customer)).map((row) => row[customer.fields.findIndex((f) => f.name === 'Email')]);
      expect(emails.every((e) => typeof e === 'string' && e.includes('@'))).toBe(true);
    } finally {
      await opened.close?.();
    }
  });

  it('samples a larger table and histograms its dates', async () => {
    const opened = await openUrl(`sqlite:${chinook}`, { cwd: '/', rowLimit: 100 });
    try {
      const lines = byName(opened, 'InvoiceLine');
      expect(await lines.aggregate!.rowCount()).toBe(2240);
      expect(await readRows(lines)).toHaveLength(100);
      const invoice = byName(opened, 'Invoice');
      const histogram = await invoice.aggregate!.dayHistogram('InvoiceDate');
      expect([...histogram!.values()].reduce((a, b) => a + b, 0)).toBe(412);
      // This copy's invoices run from 2021-01-01 to 2025-12-22.
      expect(Math.min(...histogram!.keys())).toBe(Date.UTC(2021, 0, 1) / 86_400_000);
      expect(Math.max(...histogram!.keys())).toBe(Date.UTC(2025, 11, 22) / 86_400_000);
    } finally {
      await opened.close?.();
    }
  });
});
