// Name detector: field names that mean a username, login or handle (online.username).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { USERNAME } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';
import { contentTokens } from '../lexicon/types.js';

/**
 * The bare `user` word in the plural (`users`, `utilisateurs`, `usuarios`, `gebruikers`): a column
 * of several users lists who reacted, joined or was mentioned, by reference (ids), not the row's
 * own login; a list of logins says so (`usernames`, `mentions[].username`). German `Benutzer` and
 * Italian `utente`/`utenti` are left out: the first is its own plural, the second is no match anyway.
 */
const PLURAL_USERS: ReadonlySet<string> = new Set(['users', 'utilisateurs', 'usuarios', 'gebruikers']);

/** Below this, the name is a weak term (`user`, `login`, `handle`, `alias`), which a comment may overrule. */
const STRONG_NAME = 0.9;
/** Words of a comment saying the field holds a key or reference (`The SID of the user`, `ID of the owner`). */
const KEY_WORDS: ReadonlySet<string> = new Set([
  'id', 'ids', 'identifier', 'sid', 'uuid', 'guid', 'key', 'fk', 'foreign', 'reference', 'ref', 'objectid',
  'identifiant', 'identificador', 'identificativo', 'referenz', 'referencia', 'riferimento', 'verwijzing', 'referência',
]);
/** Words of a comment saying the field is a login after all (`the login id`, `the user's handle`). */
const LOGIN_WORDS: ReadonlySet<string> = new Set(['login', 'username', 'handle', 'nickname', 'nick', 'screen', 'alias', 'logon', 'signin']);

/**
 * A weak name whose comment calls it a key (`user` — "The SID of the user who sent the message"):
 * a reference to the user, which docs/labelling.md files as `[]`, not a login.
 */
function describedAsKey(name: FieldName, hit: NameHit): boolean {
  if (hit.confidence >= STRONG_NAME || name.comment === undefined) return false;
  if (hit.parts?.some((p) => p.kind === 'comment')) return false;
  const words = contentTokens(name.comment);
  return words.some((w) => KEY_WORDS.has(w)) && !words.some((w) => LOGIN_WORDS.has(w));
}

function match(name: FieldName): NameHit | undefined {
  if (name.tokens.length === 1 && PLURAL_USERS.has(name.tokens[0])) return undefined;
  const hit = matchLexicon(name, USERNAME);
  return hit === undefined || describedAsKey(name, hit) ? undefined : hit;
}

const detector: NameDetector = {
  id: 'username-name',
  kind: 'name',
  categories: ['online.username'],
  description: 'Field names that mean a username, login or handle, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match,
};

export default detector;
