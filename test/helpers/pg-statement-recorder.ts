// A TCP relay in front of a PostgreSQL server that records every SQL text a client sends (simple
// `Query` and extended `Parse` messages of the frontend protocol,
// https://www.postgresql.org/docs/current/protocol-message-formats.html), so a test can assert
// the exact statements of a source that speaks the protocol (Redshift through `pg`).
import { createConnection, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface StatementRecorder {
  /** host:port to connect to instead of the server. */
  address: string;
  statements: string[];
  close(): Promise<void>;
}

/** Codes of the untyped requests that come before (or instead of) the startup message. */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startStatementRecorder(host: string, port: number): Promise<StatementRecorder> {
  const statements: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host, port });
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) started = true;
          buffer = buffer.subarray(length);
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const type = String.fromCharCode(buffer[0]);
        const body = buffer.subarray(5, 1 + length);
        if (type === 'Q') statements.push(body.subarray(0, body.indexOf(0)).toString('utf8'));
        if (type === 'P') {
          const nameEnd = body.indexOf(0);
          statements.push(body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString('utf8'));
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
