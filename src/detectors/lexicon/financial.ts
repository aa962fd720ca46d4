// Multilingual field-name lexicons for financial data: card number, card security code, IBAN,
// bank account; and for credentials: passwords and secrets.
import { lexicon } from './types.js';

/**
 * Card facts that are not the card number. `last`: the last four digits are what PCI DSS 3.4
 * allows to keep, so `card_last4` is the minimised form, not a PAN.
 */
const CARD_FACTS = [
  'holder', 'expiry', 'exp', 'expiration', 'expires', 'month', 'year', 'last', 'bin', 'iin', 'network', 'issuer',
  'country', 'funding', 'wallet', 'cvv', 'cvc', 'csc', 'security', 'fingerprint', 'token', 'title', 'game', 'image',
  'style', 'layout', 'color', 'view', 'component', 'deck', 'reader', 'sd', 'graphics', 'video', 'sound', 'network',
  'gift', 'loyalty', 'business', 'report', 'score', 'design', 'name',
  // The number of an identity, residence, student, library or member card is no payment card's.
  'identity', 'identification', 'citizen', 'resident', 'residence', 'voter', 'student', 'library', 'member',
  'membership', 'insurance', 'health', 'sim', 'id',
  // The same cards in the other lexicon languages (accents folded: `carte d'identité` → identite):
  // identity, voter, health-insurance (carte Vitale, tessera sanitaria), loyalty, student cards.
  'identite', 'identita', 'identidad', 'identiteit', 'identidade', 'ausweis', 'cidadao', 'ciudadano', 'electoral',
  'elettorale', 'electorale', 'eleitor', 'vitale', 'sanitaria', 'sanitaire', 'fidelite', 'fidelidad', 'fedelta',
  'fidelidade', 'etudiant', 'estudiante', 'studente', 'estudante', 'bibliotheque', 'biblioteca', 'adherent', 'socio',
];

export const CARD_NUMBER = lexicon({
  category: 'financial.card_number',
  not: CARD_FACTS,
  terms: [
    {
      confidence: 0.92,
      say: {
        en: ['card number', 'credit card', 'credit card number', 'cc number', 'ccnum', 'cc num', 'card no', 'card num', 'primary account number', 'debit card', 'debit card number', 'payment card'],
        de: ['Kreditkarte', 'Kreditkartennummer', 'Kartennummer', 'EC-Karte', 'Debitkarte'],
        fr: ['numéro de carte', 'carte bancaire', 'carte de crédit', 'numéro de carte bancaire'],
        es: ['número de tarjeta', 'tarjeta de crédito', 'tarjeta de débito'],
        it: ['numero carta', 'numero di carta', 'carta di credito', 'carta di debito'],
        nl: ['kaartnummer', 'creditcard', 'creditcardnummer', 'bankpas', 'pinpas'],
        pt: ['número do cartão', 'cartão de crédito', 'cartão de débito'],
        pl: ['numer karty', 'karta kredytowa', 'karta płatnicza'],
        sv: ['kortnummer', 'kreditkort', 'betalkort'],
        da: ['kortnummer', 'kreditkort', 'betalingskort'],
        tr: ['kart numarası', 'kredi kartı', 'banka kartı'],
      },
    },
    // PAN is also a camera move and India's tax id (Permanent Account Number).
    { confidence: 0.75, say: { en: ['pan'] } },
    { confidence: 0.5, say: { en: ['card'], de: ['Karte'], fr: ['carte'], es: ['tarjeta'], it: ['carta'], nl: ['kaart'], pt: ['cartão'] }, not: ['email', 'mail', 'bcc', 'to', 'from', 'address'], whole: true },
  ],
});

export const CARD_CVV = lexicon({
  category: 'financial.card_cvv',
  not: ['check', 'result', 'response', 'match', 'checked', 'outcome', 'provided', 'present'],
  terms: [
    {
      confidence: 0.93,
      say: {
        en: ['cvv', 'cvc', 'cvv2', 'cvc2', 'csc', 'cvn', 'cid code', 'card security code', 'card verification value', 'card verification code', 'card code', 'security code'],
        de: ['Kartenprüfnummer', 'Prüfnummer', 'Sicherheitscode'],
        fr: ['cryptogramme', 'cryptogramme visuel', 'code de sécurité'],
        es: ['código de seguridad', 'código de verificación'],
        it: ['codice di sicurezza', 'codice di verifica'],
        nl: ['beveiligingscode', 'verificatiecode', 'kaartverificatiecode'],
        pt: ['código de segurança', 'código de verificação'],
      },
    },
  ],
});

export const IBAN = lexicon({
  category: 'financial.iban',
  not: ['country', 'bic', 'valid', 'check', 'prefix'],
  terms: [
    {
      confidence: 0.93,
      say: {
        en: ['iban', 'iban number', 'international bank account number'],
        de: ['IBAN', 'IBAN-Nummer'],
        fr: ['IBAN', 'numéro IBAN'],
        es: ['IBAN', 'código IBAN', 'número IBAN'],
        it: ['IBAN', 'codice IBAN'],
        nl: ['IBAN', 'IBAN-nummer', 'IBAN-rekeningnummer'],
        pt: ['IBAN', 'número IBAN'],
      },
    },
  ],
});

export const BANK_ACCOUNT = lexicon({
  category: 'financial.bank_account',
  not: ['status', 'balance', 'manager', 'holder', 'name', 'currency', 'country', 'token', 'opened', 'closed', 'owner', 'branch'],
  terms: [
    {
      confidence: 0.88,
      say: {
        // The routing number and the German BLZ name the bank branch of the account: with the account
        // number they are the account (docs/labelling.md lists routing numbers under bank_account).
        en: ['bank account', 'bank account number', 'bank account no', 'acct number', 'acct no', 'bank details', 'account number bank', 'sort code',
          'routing number', 'routing no', 'aba routing number', 'aba number', 'transit number'],
        de: ['Kontonummer', 'Bankkonto', 'Bankverbindung', 'Konto-Nr', 'Bankleitzahl', 'BLZ'],
        fr: ['numéro de compte', 'compte bancaire', 'RIB', 'coordonnées bancaires'],
        es: ['número de cuenta', 'cuenta bancaria', 'CLABE', 'cuenta corriente'],
        it: ['numero di conto', 'conto corrente', 'conto bancario', 'coordinate bancarie'],
        nl: ['rekeningnummer', 'bankrekening', 'bankrekeningnummer'],
        pt: ['número da conta', 'conta bancária', 'NIB', 'conta corrente', 'dados bancários'],
        pl: ['numer konta', 'numer rachunku', 'rachunek bankowy', 'konto bankowe', 'nr rachunku'],
        sv: ['kontonummer', 'bankkonto', 'clearingnummer', 'bankgiro'],
        da: ['kontonummer', 'bankkonto', 'registreringsnummer', 'reg nr'],
        tr: ['hesap numarası', 'banka hesabı', 'hesap no'],
        fi: ['tilinumero', 'pankkitili', 'pankkitilinumero'],
      },
    },
    {
      // `account_number` is as often a customer-account reference as a bank account.
      confidence: 0.6,
      say: { en: ['account number', 'account no'], de: ['Konto'], nl: ['rekening'] },
    },
  ],
});

export const PASSWORD = lexicon({
  category: 'credentials.password',
  not: [
    'expires', 'expiry', 'expired', 'expiration', 'policy', 'strength', 'last', 'age', 'min', 'max', 'minimum', 'maximum',
    'rules', 'rule', 'hint', 'updated', 'attempts', 'failed', 'failures', 'locked', 'lockout', 'must', 'needs', 'prompt',
    'protected', 'salt', 'reset', 'forgot', 'forgotten', 'recovery', 'token', 'requirements', 'complexity', 'never',
    'manager', 'less', 'passwordless',
  ],
  terms: [
    {
      confidence: 0.93,
      say: {
        en: ['password', 'passwd', 'pwd', 'passphrase', 'pass phrase', 'passcode', 'password hash', 'hashed password', 'encrypted password', 'pin code', 'user password'],
        de: ['Passwort', 'Kennwort', 'Passwort-Hash'],
        fr: ['mot de passe', 'MDP'],
        es: ['contraseña', 'clave de acceso'],
        it: ["parola d'ordine", 'password'],
        nl: ['wachtwoord'],
        pt: ['senha', 'palavra-passe'],
      },
    },
    {
      confidence: 0.6,
      say: { en: ['pass', 'pin'], es: ['clave'], it: ['parola chiave'] },
      not: ['rate', 'fail', 'through', 'thru', 'mark', 'boarding', 'season', 'day', 'bus', 'ticket', 'map', 'location', 'lat', 'lng', 'board', 'pinned', 'comment', 'comments', 'post', 'posts', 'message', 'tweet'],
    },
  ],
});

export const SECRET = lexicon({
  category: 'credentials.secret',
  not: [
    'santa', 'expires', 'expiry', 'expiration', 'expired', 'scope', 'scopes', 'limit', 'usage', 'page',
    'pagination', 'continuation', 'next', 'cursor', 'max', 'input', 'output', 'prompt', 'completion', 'name', 'prefix',
    'last', 'created', 'revoked', 'rotated', 'description', 'question', 'manager', 'store', 'path', 'ref', 'sync',
    'cancellation', 'cancel', 'lexer', 'parser', 'estimate', 'budget', 'per',
  ],
  // A provider's access token is still a token; `email_change_token` confirms a change.
  keep: ['provider', 'change'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['secret', 'client secret', 'secret key', 'api key', 'apikey', 'api token', 'access token', 'refresh token', 'auth token', 'bearer token', 'session token', 'private key', 'privkey', 'secret access key', 'signing key', 'encryption key', 'webhook secret', 'shared secret', 'otp secret', 'totp secret', 'mfa secret', 'two factor secret', 'recovery codes', 'backup codes', 'reset token', 'remember token', 'oauth token', 'access key', 'connection string',
          // An OpenID Connect id token; an API key kept hashed; a private key spelled short.
          'id token', 'hashed key', 'key hash', 'prv key', 'prvkey'],
        de: ['Geheimnis', 'geheimer Schlüssel', 'API-Schlüssel', 'Zugangstoken', 'Zugangsdaten', 'privater Schlüssel', 'Zugangsschlüssel'],
        fr: ['clé API', 'clé secrète', "jeton d'accès", 'clé privée', 'secret partagé'],
        es: ['clave API', 'clave secreta', 'token de acceso', 'clave privada', 'secreto'],
        it: ['chiave API', 'chiave segreta', 'token di accesso', 'chiave privata', 'segreto'],
        nl: ['API-sleutel', 'geheime sleutel', 'toegangstoken', 'privésleutel', 'geheim'],
        pt: ['chave API', 'chave secreta', 'token de acesso', 'chave privada', 'segredo'],
        // Issue 21: the same keys in the domain languages (Polish, Swedish, Danish, Turkish), as
        // schemas written there name them; `anahtarı` is written `anahtari` in identifiers.
        pl: ['klucz API', 'klucz prywatny', 'klucz tajny', 'tajny klucz', 'token dostępu', 'sekret'],
        sv: ['API-nyckel', 'hemlig nyckel', 'privat nyckel', 'åtkomsttoken', 'hemlighet'],
        da: ['API-nøgle', 'hemmelig nøgle', 'privat nøgle', 'adgangstoken', 'hemmelighed'],
        tr: ['API anahtarı', 'API anahtari', 'gizli anahtar', 'özel anahtar', 'erişim anahtarı', 'erişim belirteci', 'erisim anahtari'],
      },
    },
    {
      // A token named for the flow it belongs to, whose qualifier is a word that elsewhere negates
      // (`reset`, `link`): a password-reset or magic-link token is the bearer secret that logs in,
      // as a `reset_token` already is. Whole phrases, so the negatives stay negatives outside them
      // (`password_reset_at`, `token_link`).
      confidence: 0.8,
      say: { en: ['reset password token', 'password reset token', 'reset password key', 'password reset key', 'link token', 'magic link', 'magic link token', 'login link token', 'invite link token', 'auth key', 'activation key', 'activation token', 'activation code', 'activation hash', 'totp seed', 'otp seed', 'mfa seed', 'two factor seed', 'login token', 'magic token', 'one time token', 'one time password'] },
    },
    {
      // A bearer JWT is a secret; one that is a signed statement published with what it signs
      // (a credential's `endorsementJwt`, a proof's `jws`) is meant to be read by anyone.
      confidence: 0.9,
      say: { en: ['jwt'] },
      not: ['endorsement', 'endorsements', 'proof', 'attestation', 'signature', 'signed', 'public', 'assertion', 'verifiable'],
    },
    {
      // One-time values and sealed secrets; `authorization` is the HTTP header carrying a bearer token.
      confidence: 0.65,
      say: { en: ['nonce', 'url key', 'ciphertext', 'cipher text', 'passcode', 'otp', 'otp code', 'recovery code', 'backup code', 'oauth', 'oauth secret'], de: ['Einmalpasswort'], fr: ['code à usage unique'], es: ['código de un solo uso'], it: ['codice monouso'], nl: ['eenmalige code'], pt: ['código de uso único'] },
      // A proof's nonce is public (JSON-LD signatures): only a stored one-time value is secret.
      not: ['type', 'count', 'id', 'length', 'enabled', 'required', 'provider', 'uri', 'endpoint', 'scope', 'client', 'proof', 'signature'],
    },
    { confidence: 0.65, say: { en: ['authorization'] }, whole: true },
    // A bare `mfa` or `totp` text column holds the second factor's seed (a boolean one is a flag: declared-type.ts).
    { confidence: 0.65, say: { en: ['mfa', 'totp', '2fa', 'tfa', 'two factor'] }, whole: true },
    {
      confidence: 0.65,
      say: { en: ['token', 'session id', 'session key', 'sess id', 'sess key', 'sesskey', 'credentials', 'credential', 'csrf token', 'verification token', 'confirmation token', 'invitation token', 'cookie', 'license key', 'licence key'], fr: ['jeton'], de: ['Token'] },
      not: ['type', 'count', 'id', 'consent', 'banner', 'policy', 'domain', 'duration', 'lifetime', 'ttl', 'length', 'mint', 'symbol', 'decimals', 'supply', 'address', 'contract', 'kind', 'position', 'span', 'start', 'end', 'offset', 'index', 'stream',
        // A key that only makes a request unique; a push token identifies a device (online.device_id).
        'idempotency', 'push', 'device',
        // Sessions of a parliament, a course or a game are meetings, not logins.
        'legislative', 'parliamentary', 'training', 'class', 'course', 'exam', 'game', 'workout', 'therapy'],
    },
  ],
});
