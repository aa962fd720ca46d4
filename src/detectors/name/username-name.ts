// Name detector: field names that mean a username, login or handle (online.username).
import type { NameDetector } from '../../model/index.js';
import { USERNAME } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

/**
 * The bare `user` word in the plural (`users`, `utilisateurs`, `usuarios`, `gebruikers`): a column
 * of several users lists who reacted, joined or was mentioned, by reference (ids), not the row's
 * own login; a list of logins says so (`usernames`, `mentions[].username`). German `Benutzer` and
 * Italian `utente`/`utenti` are left out: the first is its own plural, the second is no match anyway.
 */
const PLURAL_USERS: ReadonlySet<string> = new Set(['users', 'utilisateurs', 'usuarios', 'gebruikers']);

const detector: NameDetector = {
  id: 'username-name',
  kind: 'name',
  categories: ['online.username'],
  description: 'Field names that mean a username, login or handle, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => (name.tokens.length === 1 && PLURAL_USERS.has(name.tokens[0]) ? undefined : matchLexicon(name, USERNAME)),
};

export default detector;
