// The parent path as evidence: a bare leaf takes its meaning from the key that encloses it.
// `name.first` is a first name, `dob.date` a birth date, `login.sha256` a password hash,
// `location.street.name` a street; `document.name` is the name of a document type, not a person.
import type { CategoryId } from '../../model/taxonomy.js';
import { tokenizeIdentifier } from '../../util/tokenize.js';
import { splitPath } from '../../util/tokenize.js';

interface ParentRule {
  /** Tokens of the innermost enclosing key (any one of them). */
  parents: ReadonlySet<string>;
  /** The leaf, joined without separators (`sha256`, `first`, `line1`). */
  leaves: ReadonlySet<string>;
  category: CategoryId;
  /** `for`: the leaf holds the category (value: confidence); `against`: it never does. */
  direction: 'for' | 'against';
  confidence: number;
  why: string;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Keys that hold a person's name, in the lexicon languages and a few more. */
const NAME_KEYS = set('name names fullname personname person nombre nom naam nome imie navn namn');
/** Keys that hold a date of birth (`dob`, `birth`, `geburtsdatum`, `nascimento`...). */
const BIRTH_KEYS = set(`dob birth birthday birthdate born geburt geburtsdatum geburtstag naissance nacimiento nascita geboorte
  geboortedatum nascimento urodziny fodelsedag fodselsdato`);
/**
 * Keys that are a person's sex or gender coded as an object (a CodeableConcept, a code-list entry:
 * `gender.code`, `sex.display`): the code or its text is the gender. Only the innermost key is
 * read, so a `gender.coding[].code` is not reached (a `coding` key says nothing about gender).
 */
const GENDER_KEYS = set('gender genders sex geschlecht sexe sexo sesso geslacht genero kon kjonn plec sukupuoli pohlavi cinsiyet');
const GENDER_LEAVES = set('code value display text label name description omschrijving beschreibung bezeichnung descripcion descrizione descricao');
/** Keys that group a login's secrets (a login object's `login.sha256`, `login.salt`). */
const LOGIN_KEYS = set('login logins auth authentication credential credentials security signin anmeldung connexion acceso accesso inloggen');
const HASH_LEAVES = set('sha sha1 sha224 sha256 sha384 sha512 md5 hash hashed bcrypt digest pbkdf2 argon2 scrypt passwordhash');
/** Keys that are a street or a postal address: their `name`, `number` or `line` is the address. */
const STREET_KEYS = set('street streets address addresses addr strasse strase anschrift rue adresse calle direccion indirizzo straat adres rua endereco morada ulica');
const STREET_LEAVES = set('name number no nr num line line1 line2 line3 house housenumber');
/** Keys that are a document or identifier record: their `name` or `type` names the kind of document. */
const DOCUMENT_KEYS = set('id ids identification identity identifier document documents doc idcard');

/**
 * Parts of a name: given and family names, and the particles between them (`van`, `de`, `von`:
 * CSL's `dropping-particle`, Dutch `tussenvoegsel`), and the whole name written out (`literal`).
 */
const NAME_PART_LEAVES = set(`first last given family middle maiden surname forename firstname lastname givenname familyname vorname nachname prenom apellido cognome voornaam achternaam sobrenome
  particle droppingparticle nondroppingparticle nameparticle infix tussenvoegsel voorvoegsel namenszusatz literal`);
/** Keys that are a person (citation `author[].family`, `editor[].given`): their name parts are that person's. */
const PERSON_KEYS = set('author authors editor editors creator creators contributor contributors translator person people contact owner member recipient sender');

/**
 * A party's bank account in payment messages (ISO 20022 and the APIs built on it: Open Banking's
 * `DebtorAccount`, Berlin Group's `creditorAccount`): its `identification` or `number` is the account number.
 */
const PAYMENT_ACCOUNT_KEYS = set('debtoraccount creditoraccount payeraccount payeeaccount beneficiaryaccount remitteraccount bankaccount');
const ACCOUNT_NUMBER_LEAVES = set('identification number no nr num');

const RULES: readonly ParentRule[] = [
  { parents: PAYMENT_ACCOUNT_KEYS, leaves: ACCOUNT_NUMBER_LEAVES, category: 'financial.bank_account', direction: 'for', confidence: 0.8, why: "the number of a party's bank account" },
  { parents: NAME_KEYS, leaves: NAME_PART_LEAVES, category: 'person.name', direction: 'for', confidence: 0.85, why: 'a part of a name' },
  { parents: PERSON_KEYS, leaves: NAME_PART_LEAVES, category: 'person.name', direction: 'for', confidence: 0.85, why: "a part of a person's name" },
  { parents: BIRTH_KEYS, leaves: set('date value day iso timestamp utc raw full datum fecha data'), category: 'person.date_of_birth', direction: 'for', confidence: 0.85, why: 'the date of a birth' },
  { parents: GENDER_KEYS, leaves: GENDER_LEAVES, category: 'person.gender', direction: 'for', confidence: 0.85, why: "a person's sex or gender as a coded value" },
  { parents: LOGIN_KEYS, leaves: HASH_LEAVES, category: 'credentials.password', direction: 'for', confidence: 0.85, why: "a hash of a login's password" },
  { parents: STREET_KEYS, leaves: STREET_LEAVES, category: 'contact.address', direction: 'for', confidence: 0.85, why: 'a part of a street address' },
  { parents: STREET_KEYS, leaves: STREET_LEAVES, category: 'person.name', direction: 'against', confidence: 1, why: "a street's name, not a person's" },
  { parents: STREET_KEYS, leaves: STREET_LEAVES, category: 'location.coordinates', direction: 'against', confidence: 1, why: 'a street, not a position' },
  { parents: DOCUMENT_KEYS, leaves: set('name type kind label'), category: 'person.name', direction: 'against', confidence: 1, why: 'the kind of a document or identifier, not a person' },
];

export interface ParentFinding {
  category: CategoryId;
  direction: 'for' | 'against';
  confidence: number;
  reason: string;
}

/** Path separators, as util/tokenize.ts splits paths. */

/** What the innermost enclosing key says about the leaf of a dotted path (nothing for a flat name). */
export function parentFindings(raw: string): ParentFinding[] {
  const segments = splitPath(raw).filter((s) => s.trim() !== '');
  if (segments.length < 2) return [];
  const leafSegment = segments[segments.length - 1];
  const parentSegment = segments[segments.length - 2];
  const leaf = tokenizeIdentifier(leafSegment).join('');
  const parentTokens = tokenizeIdentifier(parentSegment);
  const parentJoined = parentTokens.join('');
  const out: ParentFinding[] = [];
  for (const rule of RULES) {
    if (!rule.leaves.has(leaf)) continue;
    const parentWord = [parentJoined, ...parentTokens].find((t) => rule.parents.has(t) || rule.parents.has(t.replace(/s$/, '')));
    if (parentWord === undefined) continue;
    out.push({ category: rule.category, direction: rule.direction, confidence: rule.confidence, reason: `parent: "${leafSegment}" under "${parentSegment}" is ${rule.why}` });
  }
  return out;
}
