// A local HTTP fake of a warehouse's wire API: records every request (method, path, headers,
// JSON or form body) and answers with what the test's handler returns, so tests can assert the
// exact statements datamin sends. Also runs the built CLI (bin/datamin.js) as a child process,
// asynchronously, so the fake in this process can answer it.
import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface RecordedRequest {
  method: string;
  /** Path and query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, a form as an object, or the raw text. */
  body: unknown;
}

export interface FakeAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Sent as it is instead of `body` as JSON (a result chunk that is not a JSON document). */
  text?: string;
}

export interface FakeWarehouse {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeWarehouse(handler: (request: RecordedRequest) => FakeAnswer): Promise<FakeWarehouse> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      let body: unknown = text;
      if ((req.headers['content-type'] ?? '').includes('json') && text !== '') body = JSON.parse(text) as unknown;
      else if ((req.headers['content-type'] ?? '').includes('form')) body = Object.fromEntries(new URLSearchParams(text));
      const request = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
      requests.push(request);
      let answer: FakeAnswer;
      try {
        answer = handler(request);
      } catch (error) {
        answer = { status: 500, body: { message: `fake: ${(error as Error).message}` } };
      }
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.text ?? JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const BIN = path.resolve(import.meta.dirname, '../../bin/datamin.js');

/** Runs `node bin/datamin.js …` with exactly `env` (plus PATH), without blocking this process. */
export function runBin(args: string[], options: { cwd: string; env: Record<string, string> }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
