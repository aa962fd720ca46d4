// The category taxonomy (DESIGN.md): the built-in category ids with the facts reporters and rules
// need about them, and the custom ones (`x-…`) a datamin.yaml declares with the same facts.

export const CATEGORY_IDS = [
  'contact.email',
  'contact.phone',
  'contact.address',
  'contact.postal_code',
  'person.name',
  'person.date_of_birth',
  'person.age',
  'person.gender',
  'online.username',
  'online.ip_address',
  'online.mac_address',
  'online.device_id',
  'online.user_agent',
  'location.coordinates',
  'government.ssn',
  'government.national_id',
  'government.passport',
  'government.drivers_license',
  'government.tax_id',
  'financial.card_number',
  'financial.card_cvv',
  'financial.iban',
  'financial.bank_account',
  'credentials.password',
  'credentials.secret',
  'special.health',
  'special.biometric',
  'special.genetic',
  'special.ethnicity',
  'special.religion',
  'special.political',
  'special.sexual_orientation',
  'special.trade_union',
  'criminal.record',
  'behavior.browsing',
  'behavior.purchase',
  'behavior.preference',
  'behavior.profile',
  'online.advertising_id',
  'online.cookie_id',
  'consent.record',
] as const;

export type BuiltInCategoryId = (typeof CATEGORY_IDS)[number];
/** A category declared in datamin.yaml (`categories:` or a detector's `category:`): `x-` and kebab-case. */
export type CustomCategoryId = `x-${string}`;
export type CategoryId = BuiltInCategoryId | CustomCategoryId;

export type Sensitivity = 'low' | 'medium' | 'high' | 'critical';
/** GDPR class: Art. 4(1) personal data, Art. 9 special category, Art. 10 criminal data. */
export type GdprClass = 'personal' | 'special' | 'criminal';
/** Direct identifiers single a person out alone; quasi-identifiers do so in combination. */
export type IdentifierKind = 'direct' | 'quasi' | 'none';

export interface Category {
  id: CategoryId;
  title: string;
  sensitivity: Sensitivity;
  gdprClass: GdprClass;
  identifier: IdentifierKind;
  /** How to hold less of it: the minimization advice reporters print. */
  hint: string;
  /** Confidence at or above which a field is reported as holding this category. */
  threshold: number;
  /** GDPR provisions beyond the class that govern this data (profiling, consent, objection). */
  note?: string;
}

type Facts = Omit<Category, 'id' | 'threshold'> & { threshold?: number };

const FACTS: Record<BuiltInCategoryId, Facts> = {
  'contact.email': { title: 'Email address', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Keep one verified address per person; hash it where only matching is needed.' },
  'contact.phone': { title: 'Phone number', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Collect only when a purpose needs calls or SMS; drop it after delivery.' },
  'contact.address': { title: 'Postal address', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Keep city or region instead of the street address where delivery is done.' },
  'contact.postal_code': { title: 'Postal code', sensitivity: 'low', gdprClass: 'personal', identifier: 'quasi', hint: 'Truncate to the first digits (outward code) for analytics.' },
  'person.name': { title: 'Person name', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Use a pseudonymous id in analytics and exports.' },
  'person.date_of_birth': { title: 'Date of birth', sensitivity: 'high', gdprClass: 'personal', identifier: 'quasi', hint: 'Store a birth year, an age band or an is-adult flag instead of the full date.' },
  'person.age': { title: 'Age', sensitivity: 'low', gdprClass: 'personal', identifier: 'quasi', hint: 'Store an age band instead of the exact age.' },
  'person.gender': { title: 'Gender', sensitivity: 'low', gdprClass: 'personal', identifier: 'quasi', hint: 'Ask only where a purpose needs it; make it optional.' },
  'online.username': { title: 'Username or handle', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Use an internal id in logs and exports.' },
  'online.ip_address': { title: 'IP address', sensitivity: 'medium', gdprClass: 'personal', identifier: 'quasi', hint: 'Truncate (IPv4 /24, IPv6 /48) or drop after the fraud window.' },
  'online.mac_address': { title: 'MAC address', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Hash with a rotating salt, or drop.' },
  'online.device_id': { title: 'Device identifier', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Use a per-app, resettable identifier; drop advertising ids.' },
  'online.user_agent': { title: 'User agent', sensitivity: 'low', gdprClass: 'personal', identifier: 'quasi', hint: 'Keep browser family and major version only.' },
  'location.coordinates': { title: 'Geographic coordinates', sensitivity: 'high', gdprClass: 'personal', identifier: 'quasi', hint: 'Round to 2 decimals (about 1 km) or keep the city.' },
  'government.ssn': { title: 'US Social Security number', sensitivity: 'critical', gdprClass: 'personal', identifier: 'direct', hint: 'Keep the last four digits only, or tokenize in a vault.' },
  'government.national_id': { title: 'National identity number', sensitivity: 'critical', gdprClass: 'personal', identifier: 'direct', hint: 'Verify once, then store only the verification result.' },
  'government.passport': { title: 'Passport number', sensitivity: 'critical', gdprClass: 'personal', identifier: 'direct', hint: 'Verify once, then store only the verification result.' },
  'government.drivers_license': { title: "Driver's licence number", sensitivity: 'high', gdprClass: 'personal', identifier: 'direct', hint: 'Verify once, then store only the verification result.' },
  'government.tax_id': { title: 'Tax identification number', sensitivity: 'high', gdprClass: 'personal', identifier: 'direct', hint: 'Keep it only in the system that files taxes.' },
  'financial.card_number': { title: 'Payment card number', sensitivity: 'critical', gdprClass: 'personal', identifier: 'direct', hint: 'Never store the PAN: keep a processor token and the last four digits (PCI DSS 3.4).' },
  'financial.card_cvv': { title: 'Card security code', sensitivity: 'critical', gdprClass: 'personal', identifier: 'none', hint: 'Must never be stored after authorization (PCI DSS 3.3.2).' },
  'financial.iban': { title: 'IBAN', sensitivity: 'high', gdprClass: 'personal', identifier: 'direct', hint: 'Mask all but the last four characters outside payment systems.' },
  'financial.bank_account': { title: 'Bank account number', sensitivity: 'high', gdprClass: 'personal', identifier: 'direct', hint: 'Mask all but the last four digits outside payment systems.' },
  'credentials.password': { title: 'Password', sensitivity: 'critical', gdprClass: 'personal', identifier: 'none', hint: 'Store only a slow salted hash (argon2id, bcrypt, scrypt); never plaintext.' },
  'credentials.secret': { title: 'Secret, token or API key', sensitivity: 'critical', gdprClass: 'personal', identifier: 'none', hint: 'Move secrets to a secret manager; store hashes of tokens.' },
  'special.health': { title: 'Health data', sensitivity: 'critical', gdprClass: 'special', identifier: 'none', hint: 'Needs an Art. 9(2) condition; pseudonymize and restrict access.' },
  'special.biometric': { title: 'Biometric data', sensitivity: 'critical', gdprClass: 'special', identifier: 'direct', hint: 'Needs an Art. 9(2) condition; keep templates on the device where possible.' },
  'special.genetic': { title: 'Genetic data', sensitivity: 'critical', gdprClass: 'special', identifier: 'direct', hint: 'Needs an Art. 9(2) condition; keep it out of general systems.' },
  'special.ethnicity': { title: 'Racial or ethnic origin', sensitivity: 'critical', gdprClass: 'special', identifier: 'quasi', hint: 'Needs an Art. 9(2) condition; collect only for equality monitoring, aggregated.' },
  'special.religion': { title: 'Religious or philosophical beliefs', sensitivity: 'critical', gdprClass: 'special', identifier: 'quasi', hint: 'Needs an Art. 9(2) condition; avoid collecting it.' },
  'special.political': { title: 'Political opinions', sensitivity: 'critical', gdprClass: 'special', identifier: 'quasi', hint: 'Needs an Art. 9(2) condition; avoid collecting it.' },
  'special.sexual_orientation': { title: 'Sex life or sexual orientation', sensitivity: 'critical', gdprClass: 'special', identifier: 'quasi', hint: 'Needs an Art. 9(2) condition; avoid collecting it.' },
  'special.trade_union': { title: 'Trade union membership', sensitivity: 'critical', gdprClass: 'special', identifier: 'quasi', hint: 'Needs an Art. 9(2) condition; keep it in payroll only.' },
  'criminal.record': { title: 'Criminal convictions and offences', sensitivity: 'critical', gdprClass: 'criminal', identifier: 'none', hint: 'Art. 10: only under official authority or a legal authorization.' },
  // Personalization data (issue 24). Behaviour is personal only when rows belong to a person or a
  // pseudonymous person key; the name detectors check for that key. Behaviour is not flagged as a
  // quasi-identifier: an events table has one row per event, so "unique rows" would say nothing.
  'behavior.browsing': { title: 'Browsing behaviour', sensitivity: 'medium', gdprClass: 'personal', identifier: 'none', hint: 'Aggregate page views per page or day; keep raw clickstreams and search terms for weeks, not years.', note: 'Profiling when used to evaluate or predict a person (Art. 4(4)); tracking needs consent under ePrivacy Art. 5(3).' },
  'behavior.purchase': { title: 'Purchase history', sensitivity: 'medium', gdprClass: 'personal', identifier: 'none', hint: 'Keep order lines for the accounting period; keep counts or spend bands for personalization.', note: 'Profiling when used to evaluate or predict a person (Art. 4(4)).' },
  'behavior.preference': { title: 'Declared preferences', sensitivity: 'low', gdprClass: 'personal', identifier: 'none', hint: 'Ask only for preferences a purpose uses; let people see and change them.', note: 'Zero-party data: given by the person for a stated purpose (Art. 5(1)(b)).' },
  'behavior.profile': { title: 'Inferred profile or score', sensitivity: 'high', gdprClass: 'personal', identifier: 'none', hint: 'Recompute scores instead of storing their history; drop predicted attributes no purpose needs.', note: 'Profiling (Art. 4(4)); decisions based solely on it with legal or similar effects need Art. 22 safeguards; objection under Art. 21.' },
  'online.advertising_id': { title: 'Advertising or ad-click identifier', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Drop click ids after attribution; never join advertising ids to customer records without consent.', note: 'Read from the device or URL for advertising: consent under ePrivacy Art. 5(3); objection to direct marketing under Art. 21(2)-(3).' },
  'online.cookie_id': { title: 'Cookie or visitor identifier', sensitivity: 'medium', gdprClass: 'personal', identifier: 'direct', hint: 'Rotate visitor ids and expire them; keep them apart from customer records unless a purpose needs the link.', note: 'Pseudonymous personal data (Recital 30); setting the cookie needs consent under ePrivacy Art. 5(3).' },
  'consent.record': { title: 'Consent or opt-out record', sensitivity: 'low', gdprClass: 'personal', identifier: 'none', hint: 'Keep who consented to what, when, in which version and channel, and every withdrawal; nothing more.', note: 'Evidence of consent (Art. 7(1)); withdrawal as easy as giving it (Art. 7(3)); opt-out of direct marketing (Art. 21(2)-(3)).' },
};

/** Default reporting threshold: tuned by the accuracy benchmark. */
export const DEFAULT_THRESHOLD = 0.5;

export const TAXONOMY: Readonly<Record<BuiltInCategoryId, Category>> = Object.fromEntries(
  CATEGORY_IDS.map((id) => [id, { id, threshold: DEFAULT_THRESHOLD, ...FACTS[id] }]),
) as Record<BuiltInCategoryId, Category>;

export function isBuiltInCategoryId(value: string): value is BuiltInCategoryId {
  return Object.hasOwn(TAXONOMY, value);
}

/**
 * The custom categories of this run: the facts of every `x-…` category are looked up where
 * built-in ones are (classification, rules, the record of processing, every report), so they are
 * held here, once per process (and per worker thread), not threaded through each of them. The scan
 * sets them from datamin.yaml, a worker from the detectors it is given, `datamin report` from the
 * saved result, which carries them (`ScanResult.customCategories`).
 */
let customCategories = new Map<string, Category>();

/** Replaces the custom categories of this process (an empty list clears them). */
export function setCustomCategories(categories: readonly Category[]): void {
  customCategories = new Map(categories.map((c) => [c.id, c]));
}

/** Adds custom categories, keeping those already set (a worker's declared detectors bring theirs). */
export function addCustomCategories(categories: readonly Category[]): void {
  for (const c of categories) customCategories.set(c.id, c);
}

/** The custom categories set for this process, in declaration order. */
export function listCustomCategories(): Category[] {
  return [...customCategories.values()];
}

export function isCategoryId(value: string): value is CategoryId {
  return isBuiltInCategoryId(value) || customCategories.has(value);
}

/**
 * The facts of a category. A custom id no one declared in this process (a hand-edited result)
 * reads as medium-sensitivity personal data under its own id, rather than failing a report.
 */
export function categoryInfo(id: CategoryId): Category {
  if (isBuiltInCategoryId(id)) return TAXONOMY[id];
  return customCategories.get(id) ?? { id, title: id, sensitivity: 'medium', gdprClass: 'personal', identifier: 'none', hint: '', threshold: DEFAULT_THRESHOLD };
}

/** `ids` in taxonomy order: the built-in ones as CATEGORY_IDS lists them, then custom ones by id. */
export function inTaxonomyOrder(ids: Iterable<CategoryId>): CategoryId[] {
  const present = new Set(ids);
  const custom = [...present].filter((id) => !isBuiltInCategoryId(id)).sort();
  return [...CATEGORY_IDS.filter((id) => present.has(id)), ...custom];
}

/** Every category id this process knows: the built-in ones in taxonomy order, then the custom ones. */
export function allCategoryIds(): CategoryId[] {
  return [...CATEGORY_IDS, ...(customCategories.keys() as Iterable<CustomCategoryId>)];
}

const SENSITIVITY_RANK: Record<Sensitivity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
export function sensitivityRank(s: Sensitivity): number {
  return SENSITIVITY_RANK[s];
}
