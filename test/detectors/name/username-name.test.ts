// Table tests for the username-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/username-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.username' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    { raw: 'alias', dataset: 'members' },
    'username', 'userName', 'user_name', 'login', 'login_name', 'screen_name', 'handle', 'nickname',
    'Benutzername', 'Anmeldename', 'nom_d_utilisateur', 'pseudo', 'nombre_de_usuario', 'nome_utente',
    'gebruikersnaam', 'nome_de_usuario', 'nome_de_utilizador', 'user', 'account.username',
    // Instant-messaging addresses; a bare `matrix` among people.
    'xmpp', 'jabber_id', 'skype', 'skypeName', 'icq', 'openid', { raw: 'matrix', dataset: 'profile' },
    // A list that says it holds logins still does.
    'usernames', 'usernames[]', 'mentions[].username',
    // A comment naming a key overrules only a weak name, and not when it says login too.
    { raw: 'username', comment: 'Unique ID of the user' }, { raw: 'login', comment: 'The login id of the account' },
    { raw: 'user', comment: 'The user this message belongs to' },
  ].map((name) => ({ name, category })),
  invalid: [
    // An alias of a place or an organisation is no login.
    { raw: 'alias', dataset: 'venues' }, { raw: 'aliases[]', dataset: 'Organization' },
    // A table of users names its rows: its generic `address1` is no login.
    { raw: 'address1', dataset: 'users' },
    'username_length', 'last_login', 'login_count', 'login_attempts', 'user_id', 'user_agent', 'user_type',
    'users_count', 'file_handle', 'window_handle', 'has_username', 'login_ip', 'user_email',
    { raw: 'username', type: 'integer' },
    // A messaging server's settings, an OpenID provider, a matrix of numbers.
    'xmpp_server', 'jabber_host', 'openid_issuer', 'openid_connect_enabled', { raw: 'matrix', dataset: 'transforms' }, 'matrix_rows',
    // Several users are a list of references (reactions, members), not the row's own login.
    'users', 'users[]', { raw: 'reactions[].users[]', dataset: 'messages' }, 'utilisateurs', 'usuarios', 'gebruikers',
    // A weak name whose comment calls it a key is a reference to the user.
    { raw: 'user', comment: 'The SID of the user who sent the message' }, { raw: 'user', comment: 'Foreign key to users' },
    { raw: 'usuario', comment: 'Identificador del usuario (clave foránea)' }, { raw: 'handle', comment: 'Reference to the owning account (uuid)' },
  ],
});
