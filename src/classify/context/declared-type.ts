// The declared type as evidence: which categories a column of that type can hold (against the
// rest), and the few types that name their category outright (`inet`, `macaddr`).
import type { CategoryId } from '../../model/taxonomy.js';
import { TAXONOMY } from '../../model/taxonomy.js';

/** Type families with something to say; `text` (varchar, string, unknown) says nothing. */
export type TypeFamily =
  | 'uuid' | 'boolean' | 'integer' | 'decimal' | 'inet' | 'macaddr' | 'spatial' | 'enum' | 'json' | 'binary' | 'temporal' | 'text';

/**
 * SQL (PostgreSQL, MySQL, SQLite, SQL Server), Prisma and JSON Schema spellings, lower-cased.
 * JSON Schema types come as `type/format` (`string/uuid`, `string/ipv4`, `string/date-time`).
 * `numeric(p,0)`/`decimal(p,0)` hold whole numbers, so they count as integers.
 */
export function typeFamily(type: string | undefined): TypeFamily {
  if (type === undefined) return 'text';
  const t = type.trim().toLowerCase();
  const [base = '', format] = t.split('/');
  if (format !== undefined) {
    if (format === 'uuid') return 'uuid';
    if (/^(ipv4|ipv6|ip)$/.test(format)) return 'inet';
    if (/^(date|date-time|datetime|time)$/.test(format)) return 'temporal';
    if (/^(byte|binary)$/.test(format)) return 'binary';
    return typeFamily(base);
  }
  // A MongoDB ObjectId (Mongoose `Schema.Types.ObjectId`, BSON `objectId`) is a generated 12-byte
  // key like a uuid: a `user` or `author` of that type references a document, never holds a login or name.
  if (/^(uuid|uniqueidentifier|objectid)\b/.test(t)) return 'uuid';
  if (/^(bool|boolean|bit\b(?!\s*\(\s*([2-9]|\d\d)))|^tinyint\s*\(\s*1\s*\)/.test(t)) return 'boolean';
  if (/^(inet|cidr)\b/.test(t)) return 'inet';
  if (/^(macaddr8?)\b/.test(t)) return 'macaddr';
  if (/^(point|geometry|geography|st_point|sdo_geometry)\b/.test(t)) return 'spatial';
  if (/^enum\b/.test(t)) return 'enum';
  if (/^(json|jsonb|object)\b/.test(t)) return 'json';
  if (/^(bytea|blob|tinyblob|mediumblob|longblob|binary|varbinary|image|bytes)\b/.test(t)) return 'binary';
  if (/^(date|time|timestamp|timestamptz|datetime|datetime2|datetimeoffset|smalldatetime|interval|year)\b/.test(t)) return 'temporal';
  if (/^(numeric|decimal|number)\s*\(\s*\d+\s*,\s*0\s*\)/.test(t)) return 'integer';
  // JSON Schema `number` and Oracle `NUMBER` without a scale may hold whole numbers too.
  if (/^((tiny|small|medium|big)?int(eger)?\d*|(small|big)?serial\d*|long)\b|^number$/.test(t)) return 'integer';
  if (/^(numeric|decimal|number|float\d*|double|real|money|smallmoney)\b/.test(t)) return 'decimal';
  return 'text';
}

const ALL = Object.keys(TAXONOMY) as CategoryId[];
/** Special categories (and any added later under behavior.*): facts about a person a flag or label can state. */
const special = ALL.filter((id) => id.startsWith('special.') || id.startsWith('behavior.'));

/**
 * A flag can say a special-category fact (`is_pregnant`, `has_criminal_record`, `is_female`) or
 * record a consent (`newsletter`, `marketing_opt_in`), and nothing else.
 */
const BOOLEAN_OK: readonly CategoryId[] = ['person.gender', ...special, 'criminal.record', 'consent.record'];
/** Whole numbers: never text-shaped categories (an integer `email` or `address` is a foreign key), never coordinates. */
const INTEGER_NOT: readonly CategoryId[] = [
  'contact.email', 'contact.address', 'person.name', 'online.username', 'online.user_agent', 'online.mac_address',
  'financial.iban', 'credentials.password', 'credentials.secret', 'location.coordinates',
];
/** Fractional numbers: measurements, amounts, coordinates, ages; never an identifier or a code. */
const DECIMAL_OK: readonly CategoryId[] = ['location.coordinates', 'person.age', ...special, 'criminal.record'];
/** An enumeration is a closed list of labels: a gender, a religion, a status; never an identifier or free text. */
const ENUM_OK: readonly CategoryId[] = ['person.gender', 'person.age', ...special, 'criminal.record', 'online.device_id', 'consent.record'];
/**
 * A date or time: a birth date, a diagnosis date, a conviction date, when a consent was given or
 * withdrawn (`consented_at`, `unsubscribed_at`), a customer's last order (`last_order_date`). The
 * same list as the name matcher's (lexicon/context.ts), so both veto alike.
 */
const TEMPORAL_OK: readonly CategoryId[] = ['person.date_of_birth', 'special.health', 'special.genetic', 'criminal.record', 'consent.record', 'behavior.purchase'];
/**
 * Bytes: a hash, a key, a biometric template, an encoded address (MySQL `varbinary(16)` for IPs),
 * a well-known-binary geometry (SQL Server and PostGIS store positions so), a document, or card
 * data a shop keeps encrypted (`cc_number blob`, `cc_cvv blob`).
 */
const BINARY_OK: readonly CategoryId[] = [
  'credentials.password', 'credentials.secret', 'special.biometric', 'special.genetic', 'special.health',
  'online.ip_address', 'online.mac_address', 'online.device_id', 'location.coordinates',
  'financial.card_number', 'financial.card_cvv',
];
/** A uuid is a key or a random token: a device or advertising id may be one, no government or contact datum is. */
const UUID_OK: readonly CategoryId[] = [...ALL.filter((id) => /^online\.(device|advertising|cookie)_id$/.test(id)), 'credentials.secret'];
/**
 * A JSON document is a structure: it may hold an address, a profile or health answers, but a
 * single checked identifier is not written as one.
 */
const JSON_NOT: readonly CategoryId[] = [
  'financial.card_number', 'financial.card_cvv', 'financial.iban', 'government.ssn', 'government.tax_id', 'government.passport',
  'government.drivers_license', 'government.national_id', 'contact.postal_code', 'person.date_of_birth', 'person.age',
  'online.ip_address', 'online.mac_address', 'credentials.password',
];

export interface TypeVerdict {
  family: TypeFamily;
  /** The one category this type holds, if it names one. */
  holds?: CategoryId;
  /** Whether a column of this type can hold the category. */
  allows(category: CategoryId): boolean;
}

const only = (ok: readonly CategoryId[]) => (c: CategoryId): boolean => ok.includes(c);
const except = (no: readonly CategoryId[]) => (c: CategoryId): boolean => !no.includes(c);

const VERDICTS: Readonly<Record<TypeFamily, Omit<TypeVerdict, 'family'>>> = {
  uuid: { allows: only(UUID_OK) },
  boolean: { allows: only(BOOLEAN_OK) },
  integer: { allows: except(INTEGER_NOT) },
  decimal: { allows: only(DECIMAL_OK) },
  inet: { holds: 'online.ip_address', allows: only(['online.ip_address']) },
  macaddr: { holds: 'online.mac_address', allows: only(['online.mac_address']) },
  // A geometry may be a street's shape as much as a person's position: it holds coordinates, no other category.
  spatial: { holds: 'location.coordinates', allows: only(['location.coordinates']) },
  enum: { allows: only(ENUM_OK) },
  json: { allows: except(JSON_NOT) },
  binary: { allows: only(BINARY_OK) },
  temporal: { allows: only(TEMPORAL_OK) },
  text: { allows: () => true },
};

export function typeVerdict(type: string | undefined): TypeVerdict {
  const family = typeFamily(type);
  return { family, ...VERDICTS[family] };
}
