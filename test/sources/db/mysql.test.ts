// MySQL/MariaDB source against a real server (DATAMIN_TEST_MYSQL_URL, an account that may create
// users; required when CI=true). Tables are created here and scanned as a SELECT-only user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import { SourceError } from '../../../src/model/index.js';
import { connectMysql, mysqlSampleQuery } from '../../../src/sources/db/mysql.js';
import { openUrl } from '../../../src/sources/index.js';
import { datasetNamed, day, readSample, requireServer, withParams } from './servers.js';

const serverUrl = requireServer('DATAMIN_TEST_MYSQL_URL', 'MySQL/MariaDB');
const DAYS = ['2019-05-01', '2023-01-15', '2024-06-30'];
const SCANNER = { user: 'datamin_scanner', password: 'scanner-pw-7f3a' };
const EVENTS = 100_000;

describe('mysqlSampleQuery', () => {
  it('keeps each row of a large table with probability N/estimate, seeded', () => {
    expect(mysqlSampleQuery('`s`.`t`', '`a`', 1_000_000, 10_000)).toBe('SELECT `a` FROM `s`.`t` WHERE RAND(42) < 0.0100000 LIMIT 10000');
  });
  it('sorts tables under ten times N rows by a seeded RAND()', () => {
    expect(mysqlSampleQuery('t', 'a', 500, 100)).toBe('SELECT a FROM t ORDER BY RAND(42) LIMIT 100');
    expect(mysqlSampleQuery('t', 'a', 999, 100)).toMatch(/ORDER BY RAND\(42\)/);
    expect(mysqlSampleQuery('t', 'a', 0, 100)).toMatch(/ORDER BY RAND\(42\)/);
  });
});

describe.skipIf(!serverUrl)('MySQL/MariaDB (live server)', () => {
  // The body is collected even when skipped, so nothing here may parse the (absent) URL.
  const url = serverUrl ?? '';
  let database: string;
  let scannerUrl: string;
  let admin: mysql.Connection;

  beforeAll(async () => {
    database = new URL(url).pathname.slice(1);
    const scanner = new URL(url);
    scanner.username = SCANNER.user;
    scanner.password = SCANNER.password;
    scannerUrl = scanner.href;
    admin = await mysql.createConnection({ uri: url, multipleStatements: true });
    const digits = '(SELECT 0 n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)';
    const numbers = `(SELECT a.n + 10 * b.n + 100 * c.n + 1000 * d.n + 10000 * e.n + 1 AS i FROM ${digits} a, ${digits} b, ${digits} c, ${digits} d, ${digits} e)`;
    await admin.query(`
      DROP TABLE IF EXISTS customers, events, orders;
      CREATE TABLE customers (
        id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(255) COMMENT 'contact address for receipts', \`full name\` VARCHAR(100),
        created_at DATETIME, updated_at TIMESTAMP NULL, birthday DATE, avatar BLOB, profile JSON, balance DECIMAL(10,2), big BIGINT);
      INSERT INTO customers (email, \`full name\`, created_at, updated_at, birthday, avatar, profile, balance, big)
        SELECT CONCAT('user', i, '@example.org'), CONCAT('Person ', i), CONCAT(ELT(i % 3 + 1, '${DAYS.join("','")}'), ' 23:30:00'),
               '2024-01-01 00:00:00', DATE_ADD('1980-01-01', INTERVAL i DAY), X'0102', JSON_OBJECT('n', i), i / 4, 9007199254740993
          FROM ${numbers} t WHERE i <= 3000;
      CREATE TABLE events (id INT PRIMARY KEY, note VARCHAR(40));
      INSERT INTO events SELECT i, CONCAT('event ', i) FROM ${numbers} t WHERE i <= ${EVENTS};
      CREATE TABLE orders (id INT, placed_on DATE);
      ANALYZE TABLE customers, events;
      DROP USER IF EXISTS '${SCANNER.user}'@'127.0.0.1';
      CREATE USER '${SCANNER.user}'@'127.0.0.1' IDENTIFIED BY '${SCANNER.password}';
      GRANT SELECT ON \`${database}\`.* TO '${SCANNER.user}'@'127.0.0.1';`);
  });

  afterAll(async () => {
    await admin?.query(`DROP TABLE IF EXISTS customers, events, orders; DROP USER IF EXISTS '${SCANNER.user}'@'127.0.0.1'`);
    await admin?.end();
  });

  it('lists the tables of the URL database with columns, types and comments', async () => {
    const opened = await openUrl(scannerUrl.replace(/^mysql:/, 'mariadb:'), { cwd: '/', rowLimit: 50 });
    try {
      expect(opened.kind).toBe('mysql');
      expect(opened.location).toBe(`mariadb://${SCANNER.user}@${new URL(url).host}/${database}`);
      expect(opened.datasets.map((d) => d.name)).toEqual(['customers', 'events', 'orders']);
      const fields = datasetNamed(opened, 'customers').fields;
      // MySQL 8 drops integer display widths and keeps JSON; MariaDB shows int(11) and stores JSON as longtext.
      expect(fields.map((f) => [f.name, f.type])).toEqual([
        ['id', expect.stringMatching(/^int(\(11\))?$/)],
        ['email', 'varchar(255)'],
        ['full name', 'varchar(100)'],
        ['created_at', 'datetime'],
        ['updated_at', 'timestamp'],
        ['birthday', 'date'],
        ['avatar', 'blob'],
        ['profile', expect.stringMatching(/^(json|longtext)$/)],
        ['balance', 'decimal(10,2)'],
        ['big', expect.stringMatching(/^bigint(\(20\))?$/)],
      ]);
      expect(fields[1].comment).toBe('contact address for receipts');
      expect(fields[2].comment).toBeUndefined();
    } finally {
      await opened.close?.();
    }
  });

  it('samples N rows inside the server, the same ones each time, and counts every row', async () => {
    // 3000 rows < 10 × 400: ORDER BY RAND(seed), exactly N rows.
    const opened = await openUrl(scannerUrl, { cwd: '/', rowLimit: 400 });
    try {
      const customers = datasetNamed(opened, 'customers');
      const rows = await readSample(customers);
      expect(rows).toHaveLength(400);
      const ids = rows.map((r) => Number(r[0]));
      expect(new Set(ids).size).toBe(400);
      expect(Math.min(...ids)).toBeLessThan(1000);
      expect(Math.max(...ids)).toBeGreaterThan(2000);
      const row = rows[0];
      expect(row[1]).toMatch(/^user\d+@example\.org$/);
      expect(row[3]).toMatch(/^(2019-05-01|2023-01-15|2024-06-30) 23:30:00$/);
      expect(row[6]).toBeUndefined();
      expect(row[9]).toBe('9007199254740993');
      expect(await readSample(customers)).toEqual(rows);
      expect(await customers.aggregate!.rowCount()).toBe(3000);
    } finally {
      await opened.close?.();
    }
  });

  it('samples a large table in one pass without sorting', async () => {
    const opened = await openUrl(scannerUrl, { cwd: '/', rowLimit: 1000 });
    try {
      const events = datasetNamed(opened, 'events');
      const rows = await readSample(events);
      // Bernoulli sampling at p = N/estimate: about N rows (the estimate itself is approximate).
      expect(rows.length).toBeGreaterThan(500);
      expect(rows.length).toBeLessThanOrEqual(1000);
      const ids = rows.map((r) => Number(r[0]));
      expect(Math.max(...ids) - Math.min(...ids)).toBeGreaterThan(EVENTS / 2);
      expect(await events.aggregate!.rowCount()).toBe(EVENTS);
    } finally {
      await opened.close?.();
    }
  });

  it('counts rows per day in the server', async () => {
    const opened = await openUrl(scannerUrl, { cwd: '/', rowLimit: 10 });
    try {
      const customers = datasetNamed(opened, 'customers');
      expect(await customers.aggregate!.dayHistogram('created_at')).toEqual(new Map(DAYS.map((d) => [day(d), 1000])));
      expect(await customers.aggregate!.dayHistogram('updated_at')).toEqual(new Map([[day('2024-01-01'), 3000]]));
      const birthdays = await customers.aggregate!.dayHistogram('birthday');
      expect(birthdays!.size).toBe(3000);
      expect(birthdays!.get(day('1980-01-02'))).toBe(1);
      expect(await customers.aggregate!.dayHistogram('email')).toBeUndefined();
      expect(await datasetNamed(opened, 'orders').aggregate!.dayHistogram('placed_on')).toEqual(new Map());
    } finally {
      await opened.close?.();
    }
  });

  it('cannot write, even as an account that may: the transaction is read-only and time-limited', async () => {
    const session = await connectMysql(withParams(url, { statement_timeout: '300ms' }));
    try {
      await expect(session.rows(`INSERT INTO customers (email) VALUES ('x@example.org')`)).rejects.toThrow(/read.only transaction/i);
      await expect(session.rows('UPDATE customers SET email = NULL')).rejects.toThrow(/read.only transaction/i);
      const started = Date.now();
      const slept = await session.rows<{ s: number }>('SELECT SLEEP(3) AS s').then(
        (r) => r[0].s,
        (e: unknown) => e,
      );
      // MariaDB aborts with "max_statement_time exceeded"; MySQL's SLEEP returns 1 when interrupted.
      expect(slept instanceof SourceError ? slept.message : slept).toMatch(/max_statement_time|interrupted|^1$/);
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await session.close();
    }
    const [rows] = await admin.query('SELECT COUNT(*) AS n FROM customers');
    expect(Number((rows as Array<{ n: number }>)[0].n)).toBe(3000);
  });

  it('reports a wrong password without showing it', async () => {
    const bad = new URL(scannerUrl);
    bad.password = 'pw-should-never-show';
    const error = await openUrl(bad.href, { cwd: '/', rowLimit: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/Access denied/);
    expect(`${(error as SourceError).message} ${(error as SourceError).file}`).not.toContain('pw-should-never-show');
  });
});
