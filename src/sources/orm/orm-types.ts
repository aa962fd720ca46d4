// Declared types of ORM fields in the SQL-like words the classifier reads (`boolean`, `date`,
// `integer`…, see typeClass in src/detectors/lexicon/context.ts), with the ORM's own class kept
// beside it: `boolean (BooleanField)`, `varchar (EmailField)`, `date (Mapped[date])`.

/** ORM type class or Python annotation → SQL-like base type. Unlisted classes keep their own name. */
const BASE_TYPES: Record<string, string> = {
  // Django (docs.djangoproject.com/en/5.1/ref/models/fields/#field-types)
  AutoField: 'integer', BigAutoField: 'bigint', SmallAutoField: 'smallint',
  IntegerField: 'integer', BigIntegerField: 'bigint', SmallIntegerField: 'smallint',
  PositiveIntegerField: 'integer', PositiveBigIntegerField: 'bigint', PositiveSmallIntegerField: 'smallint',
  BooleanField: 'boolean', NullBooleanField: 'boolean',
  CharField: 'varchar', EmailField: 'varchar', SlugField: 'varchar', URLField: 'varchar', TextField: 'text',
  GenericIPAddressField: 'inet', IPAddressField: 'inet', UUIDField: 'uuid', JSONField: 'json', BinaryField: 'bytea',
  DateField: 'date', DateTimeField: 'datetime', TimeField: 'time', DurationField: 'interval',
  DecimalField: 'decimal', FloatField: 'float', FileField: 'varchar', ImageField: 'varchar', FilePathField: 'varchar',
  ForeignKey: 'bigint', OneToOneField: 'bigint', ParentalKey: 'bigint',
  // SQLAlchemy (docs.sqlalchemy.org/en/20/core/type_basics.html)
  String: 'varchar', Unicode: 'varchar', Text: 'text', UnicodeText: 'text', VARCHAR: 'varchar', CHAR: 'char', TEXT: 'text',
  Integer: 'integer', BigInteger: 'bigint', SmallInteger: 'smallint', INTEGER: 'integer', BIGINT: 'bigint',
  Boolean: 'boolean', BOOLEAN: 'boolean', Date: 'date', DATE: 'date', DateTime: 'datetime', DATETIME: 'datetime',
  TIMESTAMP: 'timestamp', Time: 'time', Interval: 'interval', Numeric: 'numeric', NUMERIC: 'numeric', Float: 'float',
  Double: 'double', DECIMAL: 'decimal', JSON: 'json', JSONB: 'jsonb', Uuid: 'uuid', UUID: 'uuid', INET: 'inet',
  CIDR: 'cidr', MACADDR: 'macaddr', LargeBinary: 'bytea', Enum: 'enum', ARRAY: 'array',
  // Python annotations of SQLAlchemy 2.0 `Mapped[…]` (…/orm/declarative_tables.html#mapped-column-derives-the-datatype-and-nullability-from-the-mapped-annotation)
  str: 'varchar', int: 'integer', bool: 'boolean', float: 'float', Decimal: 'decimal', date: 'date', datetime: 'datetime',
  time: 'time', timedelta: 'interval', bytes: 'bytea', dict: 'json', list: 'json', uuid: 'uuid',
};

/** Whether the name is a type the table above knows (`DateTime`, `Text`, `str`), not a mapped class. */
export function isKnownType(name: string): boolean {
  return Object.hasOwn(BASE_TYPES, name);
}

/** `boolean (BooleanField)`; a class with no known base type is its own name. */
export function sqlType(ormClass: string, written = ormClass): string {
  const base = BASE_TYPES[ormClass];
  return base === undefined ? written : `${base} (${written})`;
}

/** Distinct non-empty descriptions joined with ` — `. */
export function joinDescriptions(parts: readonly (string | undefined)[]): string | undefined {
  const kept: string[] = [];
  for (const part of parts) {
    const text = part?.replace(/\s+/g, ' ').trim();
    if (text && !kept.includes(text)) kept.push(text);
  }
  return kept.length > 0 ? kept.join(' — ') : undefined;
}
