// Shared context words for the name matcher: tokens that negate, weaken or strengthen a lexicon
// hit, and which declared types can hold which category.
import type { CategoryId } from '../../model/index.js';
import type { ContextKind } from './types.js';
import { PERSON_NOUNS } from './person-nouns.data.js';

/**
 * Tokens that, next to a term, say the field is *about* the data rather than the data itself:
 * `email_count`, `email_verified`, `phone_model`, `address_type`, `password_changed_at`.
 * `number` is deliberately absent: `phone_number` and `card_number` are the data.
 */
export const NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'count', 'counts', 'cnt', 'counter', 'total', 'totals', 'sum', 'sent', 'verified', 'verification', 'verify',
  'validated', 'validation', 'valid', 'invalid', 'enabled', 'disabled', 'enable', 'disable', 'flag', 'flags',
  'type', 'types', 'kind', 'template', 'templates', 'format', 'formats', 'model', 'brand', 'version', 'length',
  'len', 'size', 'status', 'required', 'changed', 'change', 'reset', 'updated', 'update', 'modified', 'created',
  'deleted', 'set', 'at', 'timestamp', 'attempts', 'attempt', 'retries', 'policy', 'strength', 'opt', 'optin',
  'optout', 'consent', 'subscribed', 'subscription', 'unsubscribed', 'preference', 'preferences', 'pref',
  'prefs', 'settings', 'setting', 'config', 'frequency', 'notification', 'notifications', 'notify', 'bounce',
  'bounced', 'bounces', 'visible', 'visibility', 'hidden', 'regex', 'pattern', 'validator', 'label',
  'placeholder', 'hint', 'field', 'column', 'error', 'errors', 'message', 'subject', 'body', 'domain', 'provider',
  'service', 'server', 'host', 'port', 'url', 'link', 'button', 'icon', 'score', 'rate', 'ratio', 'percent',
  'percentage', 'pct', 'histogram', 'bucket', 'distribution', 'exists', 'present', 'missing', 'available',
  'allowed', 'id', 'ids', 'uuid', 'guid', 'key', 'fk', 'pk', 'ref', 'idx', 'index',
  // How a value is stored or checked (`password_encryption_method`, `hash_algorithm`).
  'method', 'algorithm', 'algo', 'scheme',
]);

/** Leading tokens of a boolean (`is_`, `has_`...): a flag about the data, not the data. */
export const BOOLEAN_PREFIXES: ReadonlySet<string> = new Set([
  'is', 'has', 'have', 'had', 'can', 'should', 'allow', 'allows', 'enable', 'use', 'uses', 'was', 'did',
  'does', 'must', 'needs', 'show', 'hide', 'send', 'require', 'requires',
]);

/** Leading tokens of a count (`num_emails`, `number_of_phones`, `anzahl_adressen`). */
export const COUNT_PREFIXES: ReadonlySet<string> = new Set([
  'num', 'n', 'nb', 'nbr', 'no', 'number', 'count', 'cnt', 'total', 'anzahl', 'aantal', 'cantidad', 'quantidade', 'qty',
]);

/**
 * Tokens saying the value is hashed or encrypted: still pseudonymous personal data, so the hit
 * stays but weakens to `HASHED_CONFIDENCE` (`email_hash`). A password hash is what a password
 * column should hold, so credentials keep full confidence (`password_hash`).
 */
export const HASH_TOKENS: ReadonlySet<string> = new Set([
  'hash', 'hashed', 'sha', 'md', 'digest', 'encrypted', 'enc', 'crypt', 'crypted', 'bcrypt', 'hmac',
  'pseudonym', 'pseudonymized', 'pseudonymised', 'tokenized', 'tokenised',
]);
export const HASHED_CONFIDENCE = 0.6;

/**
 * Leaf names that carry no meaning of their own (`phone.number`, `emails[].value`,
 * `ip.address`): when the leaf matches nothing, the enclosing path is matched instead.
 */
export const GENERIC_LEAF_TOKENS: ReadonlySet<string> = new Set([
  'number', 'no', 'nr', 'num', 'value', 'val', 'full', 'raw', 'text', 'str', 'string', 'data', 'primary',
  'main', 'home', 'work', 'personal', 'current', 'default', 'formatted', 'international', 'local', 'original',
  'address', 'addr', 'line', 'e164', 'nummer', 'numero',
]);
/** A parent-path match is a little weaker than a leaf match. */
export const PARENT_FACTOR = 0.9;

interface ContextWords {
  /** Words that make the term mean the category (`customer` for `name`). */
  boost: ReadonlySet<string>;
  /** Words that make it mean something else (`product` for `name`). */
  block: ReadonlySet<string>;
}

const PERSON_WORDS = [
  'customer', 'client', 'user', 'person', 'people', 'employee', 'staff', 'contact', 'patient', 'member', 'student',
  'passenger', 'guest', 'applicant', 'candidate', 'owner', 'author', 'buyer', 'seller', 'recipient', 'sender',
  'subscriber', 'holder', 'cardholder', 'driver', 'traveler', 'traveller', 'visitor', 'tenant', 'resident',
  'parent', 'child', 'spouse', 'partner', 'beneficiary', 'insured', 'donor', 'volunteer', 'worker', 'teacher',
  'doctor', 'physician', 'nurse', 'manager', 'account', 'profile', 'individual', 'kunde', 'kunden', 'nutzer',
  'benutzer', 'mitarbeiter', 'personal', 'utilisateur', 'employe', 'cliente', 'usuario', 'empleado', 'paciente',
  'utente', 'dipendente', 'paziente', 'klant', 'gebruiker', 'medewerker', 'werknemer', 'utilizador', 'funcionario',
  'persona', 'personne', 'persoon', 'pessoa', 'ceo', 'emergency', 'next', 'kin',
  // People who write, attend, sign or are addressed: a review's or an identity's `name` is theirs.
  'review', 'reviewer', 'identity', 'viewer', 'attendee', 'participant', 'speaker', 'signer', 'signatory', 'invitee',
  'follower', 'voter', 'respondent', 'commenter', 'contributor', 'instructor', 'learner', 'practitioner', 'witness',
  'prospect', 'representative', 'employees', 'mention', 'mentions', 'admin', 'administrator',
  // Plurals the singular forms above do not reach, and the domain languages' words for people.
  'personen', 'klanten', 'clienti', 'utenti', 'pazienti', 'dipendenti', 'kontakt', 'kontakte', 'mitglied', 'mitglieder',
  'patienten', 'klient', 'kund', 'kunder', 'anstalld', 'ansatt', 'ansatte', 'pracownik', 'pracownicy', 'klienci', 'uzytkownik',
  'musteri', 'calisan', 'kullanici', 'hasta', 'ogrenci',
  // People by role in the Romance, German and Dutch lexicon languages (singular and plural where the
  // plural is not a plain -s): dependants, members of parliament, pupils, teachers, doctors, citizens,
  // taxpayers, holders, subscribers, guests, drivers, passengers, tenants, relatives, voters, players,
  // applicants, residents.
  'dependente', 'dependentes', 'dependiente', 'dependientes', 'angehoeriger', 'angehoerige',
  'parlamentar', 'parlamentares', 'parlamentario', 'parlamentarios', 'parlamentare', 'parlamentari', 'parlementaire',
  'parlementaires', 'abgeordneter', 'abgeordnete', 'kamerlid', 'kamerleden', 'deputado', 'deputados', 'diputado', 'diputados',
  'aluno', 'alunos', 'alumno', 'alumnos', 'alunno', 'alunni', 'eleve', 'eleves', 'schueler', 'leerling', 'leerlingen', 'estudante',
  'estudiante', 'studente', 'studenti', 'etudiant', 'professor', 'professores', 'profesor', 'profesores',
  'professore', 'professori', 'enseignant', 'lehrer', 'leraar', 'docente', 'docentes', 'medico', 'medicos', 'medici',
  'medecin', 'arzt', 'aerzte', 'socio', 'socios', 'membro', 'membros', 'miembro', 'miembros', 'membre', 'membres',
  'leden', 'cidadao', 'cidadaos', 'ciudadano', 'ciudadanos', 'cittadino', 'cittadini', 'citoyen', 'citoyens', 'buerger',
  'contribuinte', 'contribuintes', 'contribuyente', 'contribuyentes', 'contribuente', 'contribuenti',
  'titular', 'titulares', 'titulaire', 'assinante', 'assinantes', 'suscriptor', 'suscriptores', 'abbonato', 'abbonati',
  'abonne', 'abonnes', 'abonnent', 'abonnenten', 'hospede', 'hospedes', 'huesped', 'huespedes', 'ospite', 'ospiti',
  'motorista', 'motoristas', 'conductor', 'conductores', 'conducente', 'conducenti', 'chauffeur', 'fahrer', 'passageiro',
  'passageiros', 'pasajero', 'pasajeros', 'passeggero', 'passeggeri', 'passager', 'passagers', 'passagier', 'passagiere',
  'inquilino', 'inquilinos', 'locataire', 'mieter', 'huurder', 'huurders', 'conjuge', 'conyuge', 'coniuge', 'conjoint',
  'ehepartner', 'echtgenoot', 'eleitor', 'eleitores', 'elector', 'electores', 'elettore', 'elettori', 'electeur', 'waehler',
  'kiezer', 'jogador', 'jogadores', 'jugador', 'jugadores', 'giocatore', 'giocatori', 'joueur', 'spieler', 'speler',
  'solicitante', 'solicitantes', 'richiedente', 'richiedenti', 'demandeur', 'antragsteller', 'aanvrager', 'requerente',
  'morador', 'moradores', 'habitante', 'habitantes', 'abitante', 'abitanti', 'habitant', 'einwohner', 'bewoner', 'bewoners',
  'responsavel', 'responsaveis', 'familiares', 'parente', 'parenti',
  // Candidates, office holders and officials of local government, whose registers name them by role.
  'candidato', 'candidatos', 'candidata', 'candidatas', 'candidati', 'candidat', 'candidats', 'kandidat', 'kandidaten', 'kandidaat',
  'kandidaten', 'amministratore', 'amministratori', 'sindaco', 'sindaci', 'consigliere', 'consiglieri', 'assessore', 'assessori',
  'vereador', 'vereadores', 'prefeito', 'prefeitos', 'alcalde', 'alcaldes', 'concejal', 'concejales', 'maire', 'maires',
  'buergermeister', 'burgemeester', 'wethouder', 'wethouders', 'eletto', 'eletti', 'electo', 'electos', 'eleito', 'eleitos',
  // Holders of a policy or a share, the insured and those who sign (`policyholder_name`,
  // `insuree.name`): one-word compounds WordNet does not list.
  'policyholder', 'insuree', 'shareholder', 'stakeholder', 'householder', 'leaseholder', 'cosigner', 'cosignatory',
  // Where a parcel or invoice goes, `name` is the addressee's.
  'shipping', 'billing', 'delivery', 'invoice', 'ship', 'bill', 'addressee', 'consignee',
];
const ENTITY_WORDS = [
  'file', 'filename', 'product', 'company', 'firm', 'host', 'domain', 'table', 'column', 'field', 'project', 'brand',
  'item', 'category', 'app', 'application', 'bucket', 'key', 'class', 'event', 'role', 'group', 'team', 'org',
  'organization', 'organisation', 'business', 'store', 'shop', 'street', 'city', 'country', 'state', 'bank',
  'device', 'server', 'machine', 'service', 'plan', 'tag', 'label', 'template', 'dataset', 'schema', 'db',
  'database', 'index', 'queue', 'topic', 'branch', 'repo', 'repository', 'package', 'module', 'function',
  'method', 'variable', 'attribute', 'property', 'node', 'cluster', 'region', 'zone', 'channel', 'campaign',
  'menu', 'page', 'site', 'website', 'location', 'place', 'venue', 'building', 'room', 'course', 'job',
  'position', 'department', 'dept', 'unit', 'color', 'colour', 'font', 'image', 'icon', 'theme', 'layer', 'sheet',
  'tab', 'document', 'doc', 'report', 'series', 'model', 'sku', 'variant', 'option', 'feature', 'metric',
  'dimension', 'merchant', 'vendor', 'supplier', 'manufacturer', 'provider', 'payer', 'organizations', 'artist',
  'album', 'track', 'genre', 'playlist', 'film', 'movie', 'language', 'currency', 'airport', 'ship', 'carrier',
  'warehouse', 'territory', 'region', 'firma', 'unternehmen', 'produkt', 'datei', 'fichier', 'entreprise',
  'societe', 'produit', 'archivo', 'empresa', 'producto', 'azienda', 'prodotto', 'bedrijf', 'bestand', 'arquivo',
  'ficheiro', 'produto', 'display',
  // What a person holds or earns is named too (`staff_certification_name`): the thing's name, not the person's.
  'certification', 'certificate', 'qualification', 'degree', 'diploma', 'skill', 'award', 'badge', 'achievement', 'program', 'programme',
  // A named entity of a text (an annotation's `entity.name`) is a topic, whoever it names.
  'entity',
  // Places smaller or larger than a city (ISO 20022's `townName`, `districtName`): a place's name.
  'town', 'village', 'municipality', 'locality', 'suburb', 'district', 'county', 'province', 'neighbourhood', 'neighborhood',
];
const ADDRESS_WORDS = [
  'address', 'addr', 'shipping', 'billing', 'delivery', 'mailing', 'postal', 'home', 'residence', 'residential',
  'street', 'addressbook', 'adresse', 'anschrift', 'lieferadresse', 'rechnungsadresse', 'wohnadresse', 'direccion', 'domicilio',
  'indirizzo', 'adres', 'endereco', 'morada', 'livraison', 'facturation', 'envio', 'spedizione', 'bezorg', 'levering',
  'entrega',
];
const HEALTH_WORDS = [
  'patient', 'patients', 'medical', 'clinical', 'health', 'encounter', 'diagnosis', 'treatment', 'hospital',
  'paciente', 'paziente', 'patienten', 'medizinisch', 'medisch', 'medico', 'medicale', 'condition', 'conditions',
];

/** Rows of web sessions, logins and requests: their bare `agent` or `browser` is the client's user agent. */
const WEB_WORDS = [
  'session', 'sessions', 'login', 'logins', 'signin', 'visit', 'visits', 'visitor', 'request', 'requests', 'access',
  'pageview', 'pageviews', 'hit', 'hits', 'click', 'clicks', 'stream', 'streams', 'ip', 'http',
];

/** Rows of e-mail messages and mailboxes: their `from`, `to` and `reply_to` are addresses. */
const MAIL_WORDS = ['mail', 'email', 'message', 'messages', 'mailbox', 'inbox', 'outbox', 'envelope', 'mailacct', 'identity', 'identities'];

/**
 * WordNet's person nouns that are as often a program's or a thing's role in a schema (`hosts`,
 * `runners`, `brokers`, `readers`, `masters`, `collectors`): they say nothing about whose rows
 * these are. Ranks and generic words (`general`, `private`, `major`, `native`) likewise.
 */
const TECHNICAL_ROLES = [
  'host', 'runner', 'listener', 'producer', 'consumer', 'executor', 'controller', 'master', 'slave', 'reader',
  'writer', 'carrier', 'broker', 'collector', 'exporter', 'watcher', 'guard', 'peer', 'leader', 'editor', 'chief',
  'private', 'general', 'major', 'minor', 'native', 'associate', 'delegate', 'official', 'vendor', 'merchant',
  'dealer', 'supplier', 'sponsor', 'agent', 'operator', 'publisher', 'distributor', 'creditor', 'debtor', 'assignor',
  'party', 'principal', 'head', 'boss', 'spy', 'pop', 'babe', 'prick', 'nobody', 'somebody', 'someone', 'anybody',
  'everyone', 'individual', 'model', 'star', 'giant', 'angel', 'saint', 'devil', 'ghost', 'guide', 'mentor',
  'sitter', 'second', 'tracker', 'keeper', 'checker', 'assistant', 'helper', 'monitor', 'sender', 'receiver',
];

/** The person context: hand-picked words and WordNet's person nouns, without entities or technical roles. */
function personBoost(): Set<string> {
  const boost = new Set(PERSON_WORDS);
  const skip = new Set([...ENTITY_WORDS, ...TECHNICAL_ROLES]);
  for (const noun of PERSON_NOUNS.split(' ')) if (!skip.has(noun)) boost.add(noun);
  return boost;
}

/** Rows of sign-in verifications (magic links, one-time codes): the identifier they verify is an address. */
const VERIFICATION_WORDS = ['verification', 'verifications', 'verify', 'magic', 'passwordless', 'otp'];

export const CONTEXT: Readonly<Record<ContextKind, ContextWords>> = {
  verification: { boost: new Set(VERIFICATION_WORDS), block: new Set() },
  mail: { boost: new Set(MAIL_WORDS), block: new Set(['sms', 'chat', 'transfer', 'payment', 'transaction', 'range', 'date', 'time']) },
  person: { boost: personBoost(), block: new Set(ENTITY_WORDS) },
  web: { boost: new Set(WEB_WORDS), block: new Set() },
  address: { boost: new Set(ADDRESS_WORDS), block: new Set() },
  health: { boost: new Set(HEALTH_WORDS), block: new Set() },
};

/** Declared-type classes the matcher distinguishes. */
export type TypeClass = 'boolean' | 'numeric' | 'temporal' | 'text';

/** SQL, JSON Schema, Prisma and OpenAPI spellings, lower-cased. */
export function typeClass(type: string | undefined): TypeClass {
  if (type === undefined) return 'text';
  const t = type.trim();
  if (/^(bool|boolean|bit|tinyint\(1\))\b/.test(t)) return 'boolean';
  if (/^(date|time|timestamp|timestamptz|datetime|datetime2|smalldatetime|interval|year)\b/.test(t)) return 'temporal';
  if (/^((tiny|small|medium|big)?int(eger)?\d*|(small|big)?serial\d*|number|numeric|decimal|float\d*|double|real|money)\b/.test(t)) {
    return 'numeric';
  }
  return 'text';
}

/** A declared string type: SQL character types, `text`, JSON Schema / OpenAPI / Prisma `string`. */
export function declaredString(type: string | undefined): boolean {
  return type !== undefined && /^(n?varchar2?|n?char|character( varying)?|n?text|tinytext|mediumtext|longtext|citext|string|str|clob)\b/.test(type.trim().toLowerCase());
}

/** Categories a flag can be: `is_pregnant`, `has_criminal_record`, `is_female` are the data. */
const BOOLEAN_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'person.gender', 'special.health', 'special.biometric', 'special.genetic', 'special.ethnicity', 'special.religion',
  'special.political', 'special.sexual_orientation', 'special.trade_union', 'criminal.record',
  // `newsletter`, `marketing_opt_in`, `allow_marketing`: a consent flag is the consent record.
  'consent.record',
]);
/** Categories whose values are never plain numbers (an integer `email` or `address` is a foreign key). */
const NEVER_NUMERIC: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'contact.email', 'contact.address', 'person.name', 'online.username', 'online.user_agent', 'online.mac_address',
  'financial.iban', 'credentials.password', 'credentials.secret',
]);
/** Categories a date or time column can hold (`birth` as a date; `diagnosed` as a timestamp). */
const TEMPORAL_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'person.date_of_birth', 'special.health', 'special.genetic', 'criminal.record',
  // `consented_at`, `unsubscribed_at`; `last_order_date` of a customer.
  'consent.record', 'behavior.purchase',
]);

/** Whether the category's values are never bare numbers (an integer `email` or `user` is a key). */
export function neverNumeric(category: CategoryId): boolean {
  return NEVER_NUMERIC.has(category);
}

/** Whether a field of the declared type can hold the category at all. */
export function typeAllows(category: CategoryId, cls: TypeClass): boolean {
  switch (cls) {
    case 'boolean':
      return BOOLEAN_CATEGORIES.has(category);
    case 'numeric':
      return !NEVER_NUMERIC.has(category);
    case 'temporal':
      return TEMPORAL_CATEGORIES.has(category);
    case 'text':
      return true;
  }
}

/** Categories whose lexicon may be matched even after a boolean prefix (`is_pregnant`). */
export function flagCarries(category: CategoryId): boolean {
  return BOOLEAN_CATEGORIES.has(category);
}
