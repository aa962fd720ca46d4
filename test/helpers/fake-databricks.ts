// A local fake of a Databricks SQL warehouse as @databricks/sql speaks to it: Thrift (binary
// protocol, buffered transport) in HTTPS POSTs to the warehouse's HTTP path, decoded and encoded by
// the thrift library and the TCLIService code the driver's package ships. Records every call
// (method, decoded request, HTTP path and authorization header) and answers with what the test's
// handler returns. The certificate is made for 127.0.0.1 by openssl; a child process trusts it
// through NODE_EXTRA_CA_CERTS (`caFile`), as the driver always speaks HTTPS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(path.dirname(require.resolve('@databricks/sql')));
const fromPackage = createRequire(path.join(packageDir, 'package.json'));

interface Thrift {
  TBufferedTransport: {
    new (buffer: undefined, onFlush: (buf: Buffer) => void): unknown;
    receiver(callback: (transport: { commitPosition(): void }) => void): (data: Buffer) => void;
  };
  TBinaryProtocol: new (transport: unknown) => unknown;
}
const thrift = fromPackage('thrift') as Thrift;
const TCLIService = fromPackage('./thrift/TCLIService.js') as { Processor: new (handler: object) => { process(input: unknown, output: unknown): void } };
/** The Thrift enums (TStatusCode, TOperationState, TTypeId, TSparkRowSetType, …). */
export const T = fromPackage('./thrift/TCLIService_types.js') as Record<string, Record<string, number>>;
const Int64 = fromPackage('node-int64') as new (value: number) => { toNumber(): number };

export interface ThriftCall {
  method: string;
  /** The decoded request (Int64 fields as node-int64 objects: `.toNumber()`). */
  request: Record<string, unknown>;
  path: string;
  authorization?: string;
}

export interface FakeDatabricks {
  /** `127.0.0.1:<port>`, the URL's host. */
  host: string;
  calls: ThriftCall[];
  /** Other HTTP requests (telemetry, feature flags): method and path. */
  other: string[];
  /** The certificate to trust (NODE_EXTRA_CA_CERTS). */
  caFile: string;
  close(): Promise<void>;
}

export const int64 = (value: number) => new Int64(value);
export const ok = { statusCode: 0 };

/** A Thrift handle whose id is a version-4 UUID starting with `n` in hex (the driver reads it as a UUID). */
export const handleNumber = (id: { guid: Buffer }): number => parseInt(id.guid.subarray(0, 4).toString('hex'), 16);

export function handle(n: number) {
  return { guid: Buffer.from(`${n.toString(16).padStart(8, '0')}000040008000000000000000`, 'hex'), secret: Buffer.alloc(16, n) };
}

/** Columns of a column-based result set (FetchResults), every value as text. */
export function stringColumns(rows: Array<Array<string | null>>, width: number) {
  return Array.from({ length: width }, (_, i) => {
    const values = rows.map((r) => r[i] ?? '');
    const nulls = Buffer.alloc(Math.ceil(rows.length / 8) || 1);
    rows.forEach((r, j) => {
      if (r[i] === null) nulls[j >> 3] |= 1 << (j & 7);
    });
    return { stringVal: { values, nulls } };
  });
}

/** A result schema of STRING columns (GetResultSetMetadata). */
export function stringSchema(names: string[]) {
  return {
    status: ok,
    resultFormat: T.TSparkRowSetType.COLUMN_BASED_SET,
    schema: { columns: names.map((columnName, i) => ({ columnName, position: i + 1, typeDesc: { types: [{ primitiveEntry: { type: T.TTypeId.STRING_TYPE } }] } })) },
  };
}

/**
 * `token`: the bearer token the fake accepts; any other Authorization header gets HTTP 401 whose
 * body echoes it, as a careless proxy might (what datamin prints must mask it).
 */
export async function startFakeDatabricks(handler: (call: ThriftCall) => object, options: { token?: string } = {}): Promise<FakeDatabricks> {
  const dir = mkdtempSync(path.join(tmpdir(), 'datamin-fake-dbx-'));
  const keyFile = path.join(dir, 'key.pem');
  const caFile = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', caFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const calls: ThriftCall[] = [];
  const other: string[] = [];
  let current: { path: string; authorization?: string } = { path: '' };
  // Every method of TCLIService goes to the test's handler, with the HTTP request it came in.
  const methods = new Proxy(
    {},
    {
      get: (_target, method: string) => (request: Record<string, unknown>) => {
        const call = { method, request, ...current };
        calls.push(call);
        return handler(call);
      },
    },
  );
  const processor = new TCLIService.Processor(methods);
  const server = createServer({ key: readFileSync(keyFile), cert: readFileSync(caFile) }, (req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/sql/')) {
      other.push(`${req.method ?? ''} ${req.url ?? ''}`);
      req.resume();
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
      other.push(`401 ${req.url}`);
      req.resume();
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(`Invalid access token: ${req.headers.authorization ?? 'none'}`);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      current = { path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
      thrift.TBufferedTransport.receiver((transport) => {
        const input = new thrift.TBinaryProtocol(transport);
        const output = new thrift.TBinaryProtocol(
          new thrift.TBufferedTransport(undefined, (buf) => {
            res.writeHead(200, { 'content-type': 'application/x-thrift' });
            res.end(buf);
          }),
        );
        processor.process(input, output);
        transport.commitPosition();
      })(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    calls,
    other,
    caFile,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
