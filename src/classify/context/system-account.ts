// A login that belongs to a system, not a person: the user of a mail server, a database or a proxy
// (`smtp_username`, `db_user`), and the login of a connection stored beside its host and port
// (`integrations.username` next to `host`, `port`). Such a login is a technical credential, unless
// the rows belong to a person (a user's own mail account, keyed by `uid`).
import type { FieldName } from '../../model/detector.js';
import { splitPath, tokenizeIdentifier } from '../../util/tokenize.js';

/** Services whose accounts are a system's: a token of these in the field's own name decides. */
const SERVICES: ReadonlySet<string> = new Set([
  'smtp', 'imap', 'pop', 'pop3', 'ftp', 'ftps', 'sftp', 'ssh', 'db', 'database', 'mysql', 'postgres', 'postgresql', 'pg',
  'proxy', 'ldap', 'bind', 'redis', 'amqp', 'mq', 'rabbitmq', 'kafka', 'broker', 'registry', 'docker', 'jdbc', 'odbc',
  'mssql', 'oracle', 'mongo', 'mongodb', 'elastic', 'elasticsearch', 'snmp', 'vpn', 'radius', 'webdav', 'sasl', 'nntp',
]);
/** Sibling leaves that, together, make the rows a stored connection. */
const HOST = new Set(['host', 'hostname', 'server', 'endpoint']);
const PORT = new Set(['port']);

const leafTokens = (raw: string): string[] => tokenizeIdentifier(splitPath(raw).at(-1) ?? raw);

/**
 * People whose key, beside the login, makes the account theirs (`uid`, `user_id`). Narrower than
 * the person keys of behaviour data: an `account_id` or a sibling `smtp_username` is no owner.
 */
const OWNERS = new Set(['user', 'customer', 'member', 'person', 'employee', 'owner', 'client', 'contact', 'patient', 'student', 'profile']);
const KEYS = new Set(['id', 'uuid', 'key']);
const ownerKeys = new WeakMap<readonly string[], boolean>();

function ownedByPerson(name: FieldName): boolean {
  const dataset = name.dataset === undefined ? [] : tokenizeIdentifier(name.dataset);
  if (dataset.some((t) => OWNERS.has(t) || OWNERS.has(t.replace(/s$/, '')))) return true;
  const siblings = name.siblings;
  if (siblings === undefined) return false;
  let owned = ownerKeys.get(siblings);
  if (owned === undefined) {
    owned = siblings.some((raw) => {
      const tokens = leafTokens(raw);
      const joined = tokens.join('');
      return joined === 'uid' || joined === 'userid' || (tokens.length === 2 && OWNERS.has(tokens[0]) && KEYS.has(tokens[1]));
    });
    ownerKeys.set(siblings, owned);
  }
  return owned;
}

/** Per sibling list (one array per dataset), the host column when the rows are stored connections. */
const connectionHosts = new WeakMap<readonly string[], string | null>();

function connectionHost(siblings: readonly string[]): string | undefined {
  let host = connectionHosts.get(siblings);
  if (host === undefined) {
    const lasts = siblings.map((s) => leafTokens(s).at(-1) ?? '');
    const named = siblings.find((_, i) => HOST.has(lasts[i]));
    host = named !== undefined && lasts.some((t) => PORT.has(t)) ? named : null;
    connectionHosts.set(siblings, host);
  }
  return host ?? undefined;
}

/** Why a login field is a system's account, or undefined when nothing says so. */
export function systemAccount(name: FieldName): string | undefined {
  if (ownedByPerson(name)) return undefined;
  const { raw, siblings } = name;
  const service = leafTokens(raw).find((t) => SERVICES.has(t));
  if (service !== undefined) return `a ${service} account's login`;
  const host = siblings === undefined ? undefined : connectionHost(siblings);
  return host === undefined ? undefined : `the login of a connection stored beside "${host}" and a port`;
}
