// The dataset's subject as evidence: rows about organisations, products, settings or system logs
// are not about natural persons, so their contact fields (address, postal code, phone, email,
// coordinates) are company contact data, not personal data, unless the values say otherwise.
import type { FieldName } from '../../model/detector.js';
import type { CategoryId } from '../../model/taxonomy.js';
import { tokenizeIdentifier } from '../../util/tokenize.js';
import { splitPath } from '../../util/tokenize.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Things that are not natural persons, in English and the lexicon languages (accents folded). */
const NOT_PERSON = words(`
  organization organisation org company business firm enterprise corporation corp supplier vendor payer insurer insurance
  carrier store shop warehouse depot merchant retailer manufacturer brand bank agency institution school university hospital
  clinic pharmacy hotel restaurant venue branch office facility plant product item catalog catalogue sku inventory setting
  config configuration syslog queue office site airport station terminal department team workspace project
  shipper courier publisher distributor wholesaler dealer museum library collection category tag page article menu
  firma unternehmen lieferant haendler handler lager filiale geschaeft geschaft produkt artikel einstellung versicherer
  versicherung krankenkasse kasse
  entreprise societe fournisseur magasin entrepot boutique produit marchand assureur parametre etablissement
  empresa proveedor tienda almacen producto comerciante aseguradora configuracion
  azienda fornitore negozio magazzino prodotto assicuratore impostazione
  bedrijf leverancier winkel magazijn verzekeraar instelling
  fornecedor loja armazem produto seguradora configuracao`);
/** Rows of system logs (`system_logs`, `server_log`): events of machines, not people's contact data. */
const LOG = words('log');
// Not `audit` or `access`: an audit or access log records who did what, and its e-mails and names are theirs.
const LOG_OWNERS = words('system server app application service daemon kernel error job worker cron');
/** Data about people: a table whose name holds one of these is about persons, whatever else it names. */
const PERSON = words(`user customer client contact person people employee staff member patient student guest applicant
  candidate account profile owner subscriber lead reviewer author viewer attendee participant speaker signer invitee
  follower voter respondent practitioner kunde nutzer benutzer mitarbeiter utilisateur usuario cliente utente klant
  gebruiker medewerker utilizador paciente`);
/** Words of a field's own name that make its contact data a person's, whatever the rows are about. */
const OWNER_WORDS = words(`owner user customer member employee staff patient student guest subscriber holder author reviewer buyer recipient
  creator inviter invitee requester requestor sender submitter uploader assignee reporter approver signer applicant`);
/** Tokens of a table that only lists the owner's contact data (`supplier_addresses`): the owner decides. */
const CONTACT_PARTS = words('address addr phone location geo coordinate entry record row detail info data');

/** Contact categories an organisation has too; names, identity numbers and special data stay personal. */
const COMPANY_CONTACT: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'contact.address', 'contact.postal_code', 'contact.phone', 'contact.email', 'location.coordinates',
]);

export function isCompanyContact(category: CategoryId): boolean {
  return COMPANY_CONTACT.has(category);
}

/** The token and its likely singulars (`companies`, `warehouses`, `addresses`, `Lieferanten`, `fournisseurs`). */
function forms(t: string): string[] {
  const out = [t];
  if (t.endsWith('ies')) out.push(`${t.slice(0, -3)}y`);
  if (t.endsWith('es')) out.push(t.slice(0, -2));
  if (t.endsWith('s') && !t.endsWith('ss')) out.push(t.slice(0, -1));
  if (t.endsWith('en')) out.push(t.slice(0, -2));
  if (t.endsWith('n') || t.endsWith('e')) out.push(t.slice(0, -1));
  return out;
}
const inSet = (set: ReadonlySet<string>, t: string): string | undefined => forms(t).find((f) => set.has(f));
const isIn = (set: ReadonlySet<string>, t: string): boolean => inSet(set, t) !== undefined;
/** A person or someone around an animal (`owner`, `vet`). */
const isPersonWord = (t: string): boolean => isIn(PERSON, t) || isIn(ANIMAL_PEOPLE, t);

/** The word that makes one name (a table, a path segment) about something other than a person. */
function notPersonWord(raw: string): string | undefined {
  const tokens = tokenizeIdentifier(raw);
  if (tokens.length === 0 || tokens.some((t) => inSet(PERSON, t))) return undefined;
  const last = tokens[tokens.length - 1];
  const thing = inSet(NOT_PERSON, last);
  if (thing !== undefined) return thing;
  if (inSet(LOG, last) && tokens.slice(0, -1).some((t) => LOG_OWNERS.has(t))) return tokens.join('_');
  // `supplier_addresses`, `catalog_entries`: the table lists its owner's contact data or records.
  if (inSet(CONTACT_PARTS, last)) {
    for (const t of tokens.slice(0, -1).reverse()) {
      const owner = inSet(NOT_PERSON, t);
      if (owner !== undefined) return owner;
    }
  }
  return undefined;
}

/** Path separators, as util/tokenize.ts splits paths. */

/**
 * What the field's rows are about when that is not a person: the innermost enclosing key that
 * names an organisation (`supplier.phone` in an orders export), else the dataset's name.
 */
export function notPersonSubject(name: FieldName): string | undefined {
  // `owner_email` of a tag, `customer_phone` of a store order: the field names whose it is.
  if (name.tokens.some((t) => isIn(OWNER_WORDS, t))) return undefined;
  const parents = splitPath(name.raw).filter((s) => s.trim() !== '').slice(0, -1).reverse();
  for (const segment of parents) {
    const word = notPersonWord(segment);
    if (word !== undefined) return `"${segment}" is about a ${word.replace(/_/g, ' ')}`;
    if (tokenizeIdentifier(segment).some((t) => inSet(PERSON, t))) return undefined;
  }
  if (name.dataset === undefined) return undefined;
  const word = notPersonWord(name.dataset);
  if (word !== undefined) return `dataset "${name.dataset}" is about a ${word.replace(/_/g, ' ')}, not a natural person`;
  const markers = organisationMarkers(name.siblings);
  return markers === undefined ? undefined : `the columns ${markers} describe an organisation (a CRM account, a B2B customer), not a natural person`;
}

/**
 * Columns only an organisation has (an industry, a revenue, a ticker, a head count, a legal form):
 * two of them make the rows organisations, whatever the table is called (`vtiger_account`).
 */
const ORGANISATION_COLUMNS = words(`industry annualrevenue revenue siccode sic naics naicscode tickersymbol ticker duns dunsnumber
  legalform numberofemployees noofemployees employeecount employees headcount incorporationdate yearfounded foundedyear`);
const organisationMarkersMemo = new WeakMap<readonly string[], string | null>();

function organisationMarkers(siblings: readonly string[] | undefined): string | undefined {
  if (siblings === undefined) return undefined;
  let known = organisationMarkersMemo.get(siblings);
  if (known === undefined) {
    const found = siblings.filter((raw) => ORGANISATION_COLUMNS.has(tokenizeIdentifier(splitPath(raw).filter(Boolean).pop() ?? raw).join('')));
    known = found.length >= 2 ? found.slice(0, 3).map((f) => `"${f}"`).join(', ') : null;
    organisationMarkersMemo.set(siblings, known);
  }
  return known ?? undefined;
}

/** Animals: a pet's name, birth date, sex and treatments are not a natural person's (accents folded). */
const ANIMAL = words(`animal pet dog cat horse puppy kitten cattle cow livestock breed canine feline
  tier hund katze pferd haustier animaux chien chat cheval animale cane gatto cavallo perro gato caballo mascota
  dier hond kat paard huisdier cao cachorro cavalo`);
/** Words a field's own name uses for the people around an animal: its owner's phone stays personal. */
const ANIMAL_PEOPLE = words('owner vet veterinarian keeper breeder handler client customer halter besitzer proprietaire dueno proprietario eigenaar tutor');

/** The animal a segment names, if its head noun is one (`pets`, `hunde`, `dog_owners` is about owners). */
function animalWord(raw: string): string | undefined {
  const tokens = tokenizeIdentifier(raw);
  const last = tokens[tokens.length - 1];
  if (last === undefined || tokens.some(isPersonWord)) return undefined;
  return inSet(ANIMAL, last);
}

/**
 * What makes the field's rows about animals: an enclosing key or the dataset naming one
 * (`pets.birth_date`, `hunde.geschlecht`), or a dataset of events keyed by an animal and by no
 * person (`behandlungen` with `hund_id`). Fields naming the owner (`owner_phone`) are excluded.
 */
export function animalSubject(name: FieldName): string | undefined {
  if (tokenizeIdentifier(splitPath(name.raw).filter(Boolean).pop() ?? name.raw).some(isPersonWord)) return undefined;
  for (const segment of splitPath(name.raw).filter((s) => s.trim() !== '').slice(0, -1)) {
    const word = animalWord(segment);
    if (word !== undefined) return `"${segment}" is about a ${word}`;
  }
  if (name.dataset === undefined) return undefined;
  const word = animalWord(name.dataset);
  if (word !== undefined) return `dataset "${name.dataset}" is about a ${word}, not a natural person`;
  const keys = animalKeysOf(name.siblings);
  return keys === undefined ? undefined : `the rows are keyed by an animal ("${keys}") and by no person`;
}

const animalKeys = new WeakMap<readonly string[], string | null>();

/** A sibling key naming an animal (`hund_id`, `petId`) when no sibling names a person: judged once per field list. */
function animalKeysOf(siblings: readonly string[] | undefined): string | undefined {
  if (siblings === undefined) return undefined;
  let known = animalKeys.get(siblings);
  if (known === undefined) {
    let animal: string | null = null;
    let person = false;
    for (const raw of siblings) {
      const tokens = tokenizeIdentifier(raw);
      if (tokens.some(isPersonWord)) person = true;
      else if (animal === null && tokens.length >= 2 && tokens[tokens.length - 1] === 'id' && tokens.slice(0, -1).some((t) => isIn(ANIMAL, t))) animal = raw;
    }
    known = person ? null : animal;
    animalKeys.set(siblings, known);
  }
  return known ?? undefined;
}

/** Sibling columns naming a person (`contact_name`, `first_name`): the contact fields may be that person's. */
const PERSON_NAME_PARTS = words('surname forename firstname lastname fullname givenname familyname middlename vorname nachname prenom apellido cognome voornaam achternaam sobrenome');
/** Words that are a name's part only beside `name` (`first_name`); `last_updated_by`, `first_seen` are not. */
const NAME_PART_QUALIFIERS = words('first last given family middle');
const NAME_OWNERS = words('contact person owner representative responsible manager agent rep attention attn ansprechpartner');

/** Whether a column name names a person, memoised: every field of a wide table asks about the same siblings. */
const namesPerson = new Map<string, boolean>();
const MEMO_LIMIT = 100_000;

function isPersonNameColumn(raw: string): boolean {
  let known = namesPerson.get(raw);
  if (known === undefined) {
    const segments = splitPath(raw).filter(Boolean);
    const tokens = tokenizeIdentifier(segments.pop() ?? raw);
    // `first_name`, or `name.first` under a key that is the name.
    const named = tokens.includes('name') || tokenizeIdentifier(segments.pop() ?? '').includes('name');
    known = tokens.some((t) => PERSON_NAME_PARTS.has(t)) || (named && tokens.some((t) => NAME_OWNERS.has(t) || NAME_PART_QUALIFIERS.has(t)));
    if (namesPerson.size >= MEMO_LIMIT) namesPerson.clear();
    namesPerson.set(raw, known);
  }
  return known;
}

/** The path of the object that holds a field (`contact[].name.` for `contact[].name.family[]`, '' at the top). */
function holderOf(raw: string): string {
  const leaf = splitPath(raw).filter((s) => s.trim() !== '').pop() ?? raw;
  const at = raw.lastIndexOf(leaf);
  return at <= 0 ? '' : raw.slice(0, at);
}

/**
 * A sibling that names a person, in the field's own object or one enclosing it: the contact
 * person of `contact[]` says nothing about the organisation's own `address[]` beside it.
 */
export function personNameSibling(raw: string, siblings: readonly string[] | undefined): string | undefined {
  const holder = holderOf(raw);
  return siblings?.find((s) => s !== raw && isPersonNameColumn(s) && holder.startsWith(holderOf(s)));
}

/** Mailbox providers for individuals: an organisation's address is on its own domain. */
const FREE_MAIL = words(`gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de hotmail.com hotmail.fr hotmail.co.uk
  outlook.com live.com msn.com icloud.com me.com mac.com aol.com gmx.de gmx.net gmx.at web.de t-online.de freenet.de mail.ru
  yandex.ru proton.me protonmail.com orange.fr wanadoo.fr free.fr laposte.net libero.it virgilio.it tiscali.it alice.it
  ziggo.nl kpnmail.nl hetnet.nl planet.nl telenet.be skynet.be sapo.pt terra.com.br uol.com.br bol.com.br qq.com 163.com
  naver.com seznam.cz wp.pl o2.pl onet.pl interia.pl`);
/** Share of sampled addresses on free-mail domains above which the column holds people's addresses. */
const FREE_MAIL_SHARE = 0.3;

export function freeMailShare(values: readonly string[]): number {
  let emails = 0;
  let free = 0;
  for (const raw of values) {
    const at = raw.lastIndexOf('@');
    if (at < 1) continue;
    emails++;
    if (FREE_MAIL.has(raw.slice(at + 1).trim().toLowerCase())) free++;
  }
  return emails === 0 ? 0 : free / emails;
}

export function mostlyFreeMail(values: readonly string[]): boolean {
  return freeMailShare(values) >= FREE_MAIL_SHARE;
}
