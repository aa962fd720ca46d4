// Name detector: the key or value column of a table that stores secrets (`sessions.id`,
// `nonces.nonce`, `passcodes.code`, `api_keys.value`): the row's identifier there is the session
// token or one-time code itself, though the column's name alone says only "id" or "code".
import type { NameDetector } from '../../model/index.js';
import { contentTokens } from '../lexicon/types.js';

/** Head nouns of tables whose rows are secrets handed to a client (singular forms). */
const SECRET_TABLES = new Set([
  'session', 'nonce', 'passcode', 'otp', 'token', 'secret', 'apikey', 'credential',
  'sitzung', 'jeton', 'sesion', 'sessione', 'sessie', 'sessao',
]);
/** Two-word table heads (`api_keys`, `recovery_codes`, `access_tokens`). */
const SECRET_TABLE_PHRASES: ReadonlyArray<readonly [string, string]> = [['api', 'key'], ['recovery', 'code'], ['backup', 'code'], ['one', 'time']];
/** Words before the head that make the table about something else (`legislative_sessions`, `training_sessions`). */
const NOT_SECRET_QUALIFIERS = new Set([
  'legislative', 'parliamentary', 'court', 'training', 'class', 'course', 'exam', 'game', 'chat', 'workout', 'therapy',
  'study', 'meeting', 'conference', 'recording', 'practice', 'coaching', 'tutoring', 'play', 'listening', 'token',
]);
/** Columns that hold the row's secret in such a table. */
const SECRET_COLUMNS = new Set(['id', 'sid', 'code', 'value', 'key', 'token', 'nonce', 'hash', 'secret', 'data', 'payload']);

/** Words of a column that holds the secret itself (`sessionToken`, `key_hash`, `secret`). */
const SECRET_WORDS = new Set(['token', 'secret', 'hash', 'hashed', 'digest', 'nonce', 'ciphertext', 'sid', 'key', 'code', 'otp', 'passcode']);

function namesSecret(raw: string): boolean {
  return contentTokens(raw).some((t) => SECRET_WORDS.has(t));
}

/** The token as the head sets spell it: English `-s`/`-ies` and German `-en` plurals (`Sitzungen`, `Einwilligungen`). */
const singular = (t: string): string =>
  t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.endsWith('ungen') ? t.slice(0, -2) : t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t;

/** The secret the dataset's rows are, by the head of its name, or undefined. */
export function secretTableWord(dataset: string): string | undefined {
  const tokens = contentTokens(dataset).map(singular);
  const n = tokens.length;
  if (n === 0) return undefined;
  let last = tokens[n - 1];
  // `session_ids`, `session_keys`: a table listing the secrets by their own name.
  if (n >= 2 && (last === 'id' || last === 'key') && SECRET_TABLES.has(tokens[n - 2])) last = tokens[n - 2];
  if (n >= 2 && SECRET_TABLE_PHRASES.some(([a, b]) => tokens[n - 2] === a && last === b)) return `${tokens[n - 2]} ${last}`;
  if (!SECRET_TABLES.has(last)) return undefined;
  if (n >= 2 && NOT_SECRET_QUALIFIERS.has(tokens[n - 2])) return undefined;
  return last;
}

/** Tables of secrets kept for later use rather than handed to a client. */
const STORED = new Set(['credential', 'secret', 'apikey', 'api key']);
/** Columns of such a table that hold the stored secret. */
const STORED_COLUMNS = new Set(['data', 'value', 'payload', 'content', 'encrypted', 'ciphertext', 'blob', 'body']);
const holdsStored = (raw: string): boolean => contentTokens(raw).some((t) => STORED_COLUMNS.has(t));

/** Weaker than a secret word in the name itself: the meaning comes from the table's name. */
const CONFIDENCE = 0.7;

const detector: NameDetector = {
  id: 'secret-table-name',
  kind: 'name',
  categories: ['credentials.secret'],
  description: 'The id, code or value column of a table of secrets (sessions, nonces, passcodes, API keys, recovery codes).',
  readsContext: true,
  match(name) {
    if (name.dataset === undefined || name.parentTokens.length > 0) return undefined;
    if (name.tokens.length !== 1 || !SECRET_COLUMNS.has(name.tokens[0])) return undefined;
    const word = secretTableWord(name.dataset);
    if (word === undefined) return undefined;
    // `Session.id` beside `sessionToken`: the secret has a column of its own, the id is a surrogate key.
    if (name.tokens[0] === 'id' && name.siblings?.some((s) => s !== name.raw && namesSecret(s))) return undefined;
    // A store of credentials or secrets keeps them in a column of their own (`data`, `value`,
    // `encrypted`): its id is a surrogate key, unlike a session's id, which is the cookie itself.
    if (name.tokens[0] === 'id' && STORED.has(word) && name.siblings?.some((s) => s !== name.raw && holdsStored(s))) return undefined;
    return { category: 'credentials.secret', confidence: CONFIDENCE, reason: `the ${name.tokens[0]} of a table of ${word}s` };
  },
};

export default detector;
