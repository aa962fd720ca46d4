// Per-locale vocabulary of the accuracy corpus: the column names real exports use in each
// language, localized gender values and date formats. Names are what people write, not what
// datamin's lexicon happens to hold.

export const LOCALES = ['en_US', 'en_GB', 'de', 'fr', 'es', 'it', 'nl'];

export const COUNTRY = { en_US: 'US', en_GB: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL' };

/** Column names per locale, keyed by what the column holds. */
export const NAMES = {
  en_US: { first: 'first_name', last: 'last_name', email: 'email', email2: 'secondary_email', phone: 'phone', street: 'street_address', zip: 'zip', dob: 'date_of_birth', natid: 'ssn', iban: 'iban', gender: 'gender', full: 'customer_name', age: 'age', city: 'city' },
  en_GB: { first: 'FirstName', last: 'Surname', email: 'EmailAddress', email2: 'AltEmail', phone: 'MobileNumber', street: 'AddressLine1', zip: 'Postcode', dob: 'DOB', natid: 'NINumber', iban: 'IBAN', gender: 'Sex', full: 'FullName', age: 'Age', city: 'Town' },
  de: { first: 'Vorname', last: 'Nachname', email: 'E_Mail', email2: 'E_Mail_2', phone: 'Telefon', street: 'Strasse', zip: 'PLZ', dob: 'Geburtsdatum', natid: 'Steuer_ID', iban: 'IBAN', gender: 'Geschlecht', full: 'Kunde', age: 'Alter', city: 'Ort' },
  fr: { first: 'prenom', last: 'nom_de_famille', email: 'courriel', email2: 'courriel_secondaire', phone: 'telephone', street: 'adresse', zip: 'code_postal', dob: 'date_de_naissance', natid: 'numero_securite_sociale', iban: 'iban', gender: 'sexe', full: 'nom_complet', age: 'age', city: 'ville' },
  es: { first: 'nombre', last: 'apellidos', email: 'correo_electronico', email2: 'correo_alternativo', phone: 'telefono', street: 'direccion', zip: 'codigo_postal', dob: 'fecha_nacimiento', natid: 'dni', iban: 'iban', gender: 'sexo', full: 'nombre_completo', age: 'edad', city: 'ciudad' },
  it: { first: 'nome', last: 'cognome', email: 'email', email2: 'pec', phone: 'telefono', street: 'indirizzo', zip: 'cap', dob: 'data_di_nascita', natid: 'codice_fiscale', iban: 'iban', gender: 'sesso', full: 'nominativo', age: 'eta', city: 'comune' },
  nl: { first: 'voornaam', last: 'achternaam', email: 'emailadres', email2: 'email_werk', phone: 'telefoonnummer', street: 'adres', zip: 'postcode', dob: 'geboortedatum', natid: 'bsn', iban: 'rekeningnummer_iban', gender: 'geslacht', full: 'klantnaam', age: 'leeftijd', city: 'woonplaats' },
};

export const GENDER_VALUES = {
  en_US: ['male', 'female', 'non-binary'], en_GB: ['M', 'F'], de: ['männlich', 'weiblich', 'divers'], fr: ['homme', 'femme'],
  es: ['hombre', 'mujer'], it: ['M', 'F'], nl: ['man', 'vrouw'],
};

/** Date of birth as each locale writes it. */
export function formatDate(locale, d) {
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  switch (locale) {
    case 'en_US': return `${m}/${day}/${y}`;
    case 'de': return `${day}.${m}.${y}`;
    case 'fr': case 'es': case 'it': return `${day}/${m}/${y}`;
    case 'nl': return `${day}-${m}-${y}`;
    default: return `${y}-${m}-${day}`;
  }
}

/** Meaningless column names, as exports from spreadsheets and legacy systems carry. */
export const OBSCURE = ['c7', 'attr_12', 'value', 'field_3', 'col_b', 'x1', 'data', 'v2', 'f_09', 'column5', 'misc', 'val_a', 'extra', 'c12', 'attr_3', 'payload', 'info', 'c4'];

/** Sentences for free-text columns, with a slot where some rows embed contact data. */
export const NOTE_TEMPLATES = [
  'Customer asked to be called back about the delivery.',
  'Parcel left with neighbour, see photo.',
  'Requested invoice copy for order ref {order}.',
  'Please contact {contact} regarding the refund.',
  'Complaint resolved, voucher issued.',
  'Follow up next week; alternative contact {contact}.',
  'Card declined twice, customer paid by transfer.',
  'Wrong size delivered, exchange arranged (SKU {sku}).',
];
