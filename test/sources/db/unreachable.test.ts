// Database URLs that cannot be reached or parsed: one-line SourceErrors that never show the password.
import { describe, expect, it } from 'vitest';
import net from 'node:net';
import { SourceError } from '../../../src/model/index.js';
import { redactUrl } from '../../../src/sources/db/shared.js';
import { isUrlInput, openUrl } from '../../../src/sources/index.js';

const SECRET = 'hunter2-Secret';

async function failure(url: string): Promise<SourceError> {
  const error = await openUrl(url, { cwd: '/', rowLimit: 10 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('unreachable database servers (nothing listens on port 1)', () => {
  it.each([
    ['postgres', `postgres://scanner:${SECRET}@127.0.0.1:1/shop`, 'postgres://scanner@127.0.0.1:1/shop', /^cannot connect to PostgreSQL: connection refused$/],
    ['postgresql', `postgresql://scanner:${encodeURIComponent(SECRET + '@/')}@127.0.0.1:1/shop?sslmode=disable`, 'postgresql://scanner@127.0.0.1:1/shop', /connection refused/],
    ['mysql', `mysql://scanner:${SECRET}@127.0.0.1:1/shop`, 'mysql://scanner@127.0.0.1:1/shop', /^cannot connect to MySQL\/MariaDB: connection refused$/],
    ['mariadb', `mariadb://scanner:${SECRET}@127.0.0.1:1/shop?schema=a,b`, 'mariadb://scanner@127.0.0.1:1/shop?schema=a,b', /connection refused/],
    ['clickhouse', `clickhouse://scanner:${SECRET}@127.0.0.1:1/shop`, 'clickhouse://scanner@127.0.0.1:1/shop', /^cannot connect to ClickHouse: connection refused$/],
    ['clickhouses', `clickhouses://scanner:${SECRET}@127.0.0.1:1/shop?statement_timeout=5s`, 'clickhouses://scanner@127.0.0.1:1/shop', /connection refused/],
  ])('%s: says "connection refused" with the redacted URL', async (_scheme, url, location, reason) => {
    expect(isUrlInput(url)).toBe(true);
    const started = Date.now();
    const error = await failure(url);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(error.message).toMatch(reason);
    expect(error.file).toBe(location);
    expect(`${error.message} ${error.file} ${error.stack ?? ''}`).not.toContain('hunter2');
  });

  it('rejects a malformed URL without echoing it', async () => {
    const error = await failure(`postgres://scanner:${SECRET}@[not-a-host/db`);
    expect(error.message).toMatch(/^not a valid database URL \(percent-encode/);
    expect(`${error.message} ${error.file}`).not.toContain('hunter2');
  });

  it('rejects an unreadable statement_timeout', async () => {
    const error = await failure('postgres://scanner@127.0.0.1:1/shop?statement_timeout=soon');
    expect(error.message).toMatch(/statement_timeout 'soon'/);
  });
});

describe('a server that accepts but never answers', () => {
  it('gives up after the ~5 s connect timeout, for both drivers', async () => {
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const started = Date.now();
      const [pgError, mysqlError] = await Promise.all([
        failure(`postgres://scanner:${SECRET}@127.0.0.1:${port}/shop`),
        failure(`mysql://scanner:${SECRET}@127.0.0.1:${port}/shop`),
      ]);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThan(4500);
      expect(elapsed).toBeLessThan(8000);
      expect(pgError.message).toBe('cannot connect to PostgreSQL: no answer within 5 s');
      expect(mysqlError.message).toBe('cannot connect to MySQL/MariaDB: no answer within 5 s');
      expect(`${pgError.message}${mysqlError.message}`).not.toContain('hunter2');
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
    }
  });
});

describe('redactUrl', () => {
  it('keeps user, host, port, database and schema; drops the password and other parameters', () => {
    expect(redactUrl(new URL(`postgres://u:${SECRET}@db.example.com:5432/app?schema=s1&password=${SECRET}&sslkey=/k`))).toBe(
      'postgres://u@db.example.com:5432/app?schema=s1',
    );
    expect(redactUrl(new URL('postgres://db.example.com/app'))).toBe('postgres://db.example.com/app');
  });
});
