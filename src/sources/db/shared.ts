// Helpers the database sources share: redacted URLs, identifier quoting, value → Cell
// conversion, dataset naming, batching and connection-error wording without secrets.
import { SourceError, type Cell, type Row, type Scalar } from '../../model/index.js';

/** Rows handed to the profiler per batch. */
export const BATCH_ROWS = 1_000;
/** How long opening a connection may take before it counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** Default per-statement limit inside the database; `?statement_timeout=` overrides it. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

/** Query parameters datamin reads itself; they are removed before the driver sees the URL. */
const DATAMIN_PARAMS = ['schema', 'statement_timeout'];
/** Parameters that are kept in the shown location because they change what is scanned. */
const SHOWN_PARAMS = ['schema'];

/**
 * `scheme://user@host:port/db?schema=…`: the password and every other query parameter (which
 * may hold `password=` or key material) are dropped, so the result is safe to print.
 */
export function redactUrl(url: URL): string {
  const user = url.username ? `${looksLikeToken(url.username) ? '***' : url.username}@` : '';
  const port = url.port ? `:${url.port}` : '';
  const shown = new URLSearchParams();
  for (const key of SHOWN_PARAMS) {
    const value = url.searchParams.get(key);
    if (value !== null) shown.set(key, value);
  }
  const query = shown.size > 0 ? `?${shown.toString().replace(/%2C/gi, ',')}` : '';
  return `${url.protocol}//${user}${url.hostname}${port}${url.pathname}${query}`;
}

/**
 * Cloud warehouses authenticate with tokens that users put where a user name goes
 * (`databricks://dapi…@host`, `trino://eyJ…@host`): such a user name is a secret. Known token
 * prefixes (Databricks `dapi`, Google `ya29.`, JWTs `eyJ`, GitHub `ghp_`), or 32 characters or
 * more mixing letters and digits, which no chosen user name does.
 */
export function looksLikeToken(user: string): boolean {
  if (/^(dapi|ya29\.|eyJ|ghp_|github_pat_)/.test(user)) return true;
  return user.length >= 32 && /[0-9]/.test(user) && /[a-z]/i.test(user) && !/[.@]/.test(user);
}

/** Parses a database URL, throwing a SourceError that never echoes the input (it may hold a password). */
export function parseDatabaseUrl(raw: string): URL {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1] ?? 'database';
  // A password holding `/`, `?`, `#` or `@` must be percent-encoded; unencoded, the URL either
  // fails to parse or (`u:12/ab@host`) parses with the password's tail as the path and the wrong
  // host. Both are refused, and the message never echoes the input.
  const refuse = (): never => {
    throw new SourceError('not a valid database URL (percent-encode any / ? # @ : in the user name or password, e.g. / as %2F)', `${scheme}://…`);
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse();
  }
  if (url.pathname.includes('@')) refuse();
  return url;
}

/** The URL without datamin's own parameters, for the driver. */
export function driverUrl(url: URL): URL {
  const copy = new URL(url.href);
  for (const key of DATAMIN_PARAMS) copy.searchParams.delete(key);
  return copy;
}

/** `?schema=a,b` → ['a', 'b']; empty when absent. */
export function schemaList(url: URL): string[] {
  const value = url.searchParams.get('schema');
  return value ? value.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [];
}

/**
 * `?statement_timeout=` in milliseconds, or with a unit as PostgreSQL writes it (`30s`, `2min`,
 * `500ms`); the default when absent. An unreadable value is a SourceError rather than no limit.
 */
export function statementTimeoutMs(url: URL, location: string): number {
  const raw = url.searchParams.get('statement_timeout');
  if (raw === null || raw === '') return DEFAULT_STATEMENT_TIMEOUT_MS;
  const m = /^(\d+)\s*(ms|s|min)?$/i.exec(raw.trim());
  if (!m) throw new SourceError(`statement_timeout '${raw}' is not a duration such as 30s, 2min or 500ms`, location);
  const unit = (m[2] ?? 'ms').toLowerCase();
  return Number(m[1]) * (unit === 's' ? 1_000 : unit === 'min' ? 60_000 : 1);
}

/** Double-quoted identifier (SQL standard, PostgreSQL, SQLite, DuckDB): embedded quotes doubled. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Back-quoted identifier for MySQL/MariaDB: embedded back-quotes doubled. */
export function quoteMysqlIdent(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function toScalar(value: unknown): Scalar | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return value.toString();
    case 'undefined':
      return undefined;
    default:
      break;
  }
  // Binary columns (images, hashes, encrypted blobs) are not text: they are skipped.
  if (value instanceof Uint8Array) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  } catch {
    return undefined;
  }
}

/** A driver value as a Cell: arrays become scalar lists, objects (JSON columns) JSON text, bytes undefined. */
export function toCell(value: unknown): Cell {
  if (Array.isArray(value)) {
    const items: Scalar[] = [];
    for (const item of value) {
      const scalar = toScalar(item);
      if (scalar !== undefined) items.push(scalar);
    }
    return items;
  }
  return toScalar(value);
}

export function toRow(values: readonly unknown[]): Row {
  return values.map(toCell);
}

/** Splits an array of rows into profiler batches. */
export function* inBatches(rows: readonly Row[]): Generator<Row[]> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) yield rows.slice(i, i + BATCH_ROWS);
}

/** One dataset per table: `table` when its name is unique among those listed, `schema.table` otherwise. */
export function datasetNames(tables: ReadonlyArray<{ schema: string; table: string }>): string[] {
  const seen = new Map<string, number>();
  for (const t of tables) seen.set(t.table, (seen.get(t.table) ?? 0) + 1);
  return tables.map((t) => ((seen.get(t.table) ?? 0) > 1 ? `${t.schema}.${t.table}` : t.table));
}

/**
 * Turns a driver's connection failure into one short reason. Network errors carry a Node code;
 * server errors (bad password, unknown database) carry the server's own text, which names the
 * user but never the password — the password is masked anyway in case a driver echoes it.
 */
export function connectionReason(error: unknown, password: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const byCode: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS lookup failed)',
    ETIMEDOUT: `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`,
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ECONNRESET: 'connection reset by the server',
    ENOENT: 'no server socket at that path',
  };
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (typeof code === 'string' && byCode[code]) return byCode[code];
  if (Array.isArray(errors) && errors.length > 0) return connectionReason(errors[0], password);
  let message = error instanceof Error ? error.message : String(error);
  if (/timeout/i.test(message)) message = `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  return maskSecret(message, password);
}

/**
 * A failure on one table as a SourceError naming the table and what was being done: the scan
 * reports it for that table and goes on with the others. The driver's message never holds a
 * value (datamin's queries carry none), and the password is masked in case a driver echoes it.
 */
export function tableFailure(table: { schema: string; table: string }, doing: string, error: unknown, location: string, password: string): SourceError {
  const reason = maskSecret(error instanceof Error ? error.message : String(error), password);
  return new SourceError(`table ${table.schema}.${table.table}: ${doing} failed: ${reason}`, location);
}

/** Replaces every occurrence of a secret (raw and URL-encoded) with `***`. */
export function maskSecret(text: string, secret: string): string {
  if (secret.length === 0) return text;
  let out = text.split(secret).join('***');
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) out = out.split(encoded).join('***');
  return out;
}

/** The password in a URL, decoded ('' when none). */
export function urlPassword(url: URL): string {
  try {
    return decodeURIComponent(url.password);
  } catch {
    return url.password;
  }
}

/** What a database connection needs from its URL: the URL, how it may be shown, its password, its statement timeout. */
export function connectionTarget(rawUrl: string): { url: URL; location: string; password: string; timeoutMs: number } {
  const url = parseDatabaseUrl(rawUrl);
  const location = redactUrl(url);
  return { url, location, password: urlPassword(url), timeoutMs: statementTimeoutMs(url, location) };
}

/**
 * Result rows each engine source received, by source kind: instrumentation for the tests that
 * prove a scan of a huge table pulls only its sample and a few counts out of the engine.
 */
export const rowsReceived: Record<string, number> = {};

export function countReceived(kind: string, rows: number): void {
  rowsReceived[kind] = (rowsReceived[kind] ?? 0) + rows;
}
