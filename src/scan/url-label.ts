// How a database URL is shown in messages and reports: never with its password or a query
// parameter that may hold one.
import { redactUrl as redactDatabaseUrl } from '../sources/db/shared.js';

/** A database URL as it may be shown: no password, no query parameter but the harmless ones. */
export function redactUrl(url: string): string {
  // `sqlite:shop.db`, `duckdb:data/shop.duckdb`: a file path with no authority, so no password;
  // shown as written (the URL parser would print `duckdb://data/…`, naming `data` a host), minus
  // the query.
  if (/^(sqlite|duckdb):(?!\/\/)/i.test(url)) return url.replace(/[?#].*$/s, '');
  try {
    const parsed = new URL(url);
    // `postgres://u:12/ab@host/db` parses as host `u`, port 12, path `/ab@host/db`: the password
    // leaked into the path. An `@` in the path means the authority was cut short.
    if (parsed.pathname.includes('@')) return redactUnparsedUrl(url);
    return redactDatabaseUrl(parsed);
  } catch {
    return redactUnparsedUrl(url);
  }
}

/**
 * A URL the WHATWG parser rejects is most often one whose password holds an unencoded `/`, `?`,
 * `#` or `@` (generated passwords do): the authority then cannot be told from the path, so
 * everything from `//` up to the last `@` is treated as credentials, and the query and fragment
 * (which may hold `password=`) are dropped. Without `//` (`sqlite:relative/path`) there is no
 * authority to hold a password.
 */
export function redactUnparsedUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:)\/\/(.*)$/is.exec(url);
  if (!m) return url;
  const rest = m[2];
  const at = rest.lastIndexOf('@');
  const afterCredentials = at < 0 ? rest : rest.slice(at + 1);
  const hostAndPath = afterCredentials.split(/[?#]/, 1)[0];
  return `${m[1]}//${at < 0 ? '' : '***@'}${hostAndPath}`;
}
