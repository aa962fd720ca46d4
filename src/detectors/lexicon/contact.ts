// Multilingual field-name lexicons for contact data: email, phone, postal address, postal code.
import { lexicon } from './types.js';

/** Words next to an address term that make it a network, crypto or memory address instead. */
const NOT_POSTAL = [
  'email', 'mail', 'e', 'ip', 'ipv', 'mac', 'url', 'uri', 'web', 'website', 'wallet', 'crypto', 'bitcoin', 'btc', 'eth',
  'ether', 'ethereum', 'contract', 'memory', 'mem', 'hardware', 'remote', 'network', 'net', 'broadcast', 'gateway',
  'bluetooth', 'ble', 'wifi', 'socket', 'bind', 'listen', 'code', 'courriel', 'correo', 'posta', 'electronico',
  'eletronico', 'elettronica', 'proxy', 'forwarded', 'client', 'source', 'src', 'dest', 'destination',
  // A payment route's address (`exchange_routes.address`) is where money goes: an account or a wallet.
  'route',
];

export const EMAIL = lexicon({
  category: 'contact.email',
  not: [
    'template', 'content', 'html', 'campaign', 'newsletter', 'marketing', 'signature', 'attachment', 'header',
    'headers', 'reminder', 'reminders', 'alert', 'alerts', 'queue', 'job', 'log', 'open', 'opened', 'click',
    'clicks', 'clicked', 'delivery', 'delivered', 'code', 'otp', 'token', 'server', 'smtp', 'imap', 'pop',
    'box', 'merge', 'sending', 'unsubscribe', 'confirmed',
    // Settings and tools of a mailbox, not an address: `email_lang`, `cold_email_prompt`, `mail_layout`.
    'lang', 'language', 'locale', 'prompt', 'layout', 'scanner', 'action', 'actions',
  ],
  terms: [
    {
      confidence: 0.92,
      say: {
        en: ['email', 'email address', 'e-mail', 'e-mail address', 'mail address', 'emailaddress',
          // Qualified addresses written as one word (`otheremail`, `secondaryemail`).
          'other email', 'secondary email', 'alternate email', 'alternative email', 'alt email', 'backup email', 'recovery email',
          'personal email', 'private email', 'work email', 'business email', 'home email'],
        de: ['E-Mail', 'E-Mail-Adresse', 'Mailadresse', 'Emailadresse'],
        fr: ['courriel', 'adresse email', 'adresse e-mail', 'adresse mail', 'adresse électronique', 'mél'],
        es: ['correo', 'correo electrónico', 'dirección de correo', 'email'],
        it: ['posta elettronica', 'indirizzo email', 'indirizzo e-mail', 'email'],
        nl: ['e-mailadres', 'mailadres', 'emailadres', 'e-mail'],
        pt: ['endereço de email', 'endereço eletrônico', 'correio eletrônico', 'email'],
        pl: ['adres e-mail', 'adres email', 'poczta elektroniczna'],
        sv: ['e-postadress', 'e-post', 'epost'],
        da: ['e-mailadresse', 'e-post', 'epost', 'e-postadresse'],
        tr: ['e-posta', 'eposta', 'e-posta adresi'],
      },
    },
    {
      confidence: 0.65,
      say: { en: ['mail', 'bcc'], de: ['Mail'], fr: ['mail'], es: ['mail'], it: ['mail'], nl: ['mail'], pt: ['mail'] },
      // Beside a part of a postal address, `mail` is the post: `mail_city`, `zip_mail`, `pobox_mail`
      // are the parts of a mailing address (an e-mail address has no city).
      // So is a numbered address line or a post-office box beside it (`address1_mail`, `pobox_mail`);
      // `mail address` written in that order is the e-mail address of the first term.
      not: ['city', 'town', 'state', 'province', 'county', 'country', 'zip', 'zipcode', 'postcode', 'postal', 'street', 'suburb', 'region', 'address', 'pobox', 'line'],
    },
    {
      // What a sign-in verification (a magic link, a one-time code) is sent to and verifies is an
      // address (NextAuth's `VerificationToken.identifier`); elsewhere an identifier is any key.
      confidence: 0,
      say: { en: ['identifier', 'verified identifier'] },
      context: { kind: 'verification', boosted: 0.6 },
      whole: true,
    },
    {
      // A message's header fields hold addresses; elsewhere `from` and `to` are ranges or places.
      confidence: 0,
      say: { en: ['from', 'to', 'cc', 'reply to', 'sender', 'recipient', 'recipients', 'return path'], de: ['Absender', 'Empfänger'], fr: ['expéditeur', 'destinataire'], es: ['remitente', 'destinatario'], it: ['mittente', 'destinatario'], nl: ['afzender', 'ontvanger'], pt: ['remetente', 'destinatário'] },
      context: { kind: 'mail', boosted: 0.7 },
      whole: true,
    },
  ],
});

export const PHONE = lexicon({
  category: 'contact.phone',
  not: [
    'make', 'manufacturer', 'os', 'carrier', 'prefix', 'code', 'app', 'device', 'platform', 'browser', 'view', 'layout',
    'friendly', 'optimized', 'only', 'screen', 'call', 'calls', 'sms', 'otp',
  ],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['phone', 'phone number', 'telephone', 'telephone number', 'cell phone', 'cellphone', 'mobile number', 'mobile phone', 'msisdn', 'fax number', 'phone no',
          // "Contact number" is the usual form field for a phone in Indian and British English (not `contact_no`: a CRM's record number).
          'contact number', 'sms number', 'whatsapp number', 'landline', 'landline number'],
        de: ['Telefon', 'Telefonnummer', 'Handy', 'Handynummer', 'Mobilnummer', 'Mobiltelefon', 'Rufnummer', 'Festnetz', 'Telefon-Nr'],
        fr: ['téléphone', 'numéro de téléphone', 'téléphone portable', 'numéro de portable'],
        es: ['teléfono', 'número de teléfono', 'móvil', 'celular', 'teléfono móvil'],
        it: ['telefono', 'numero di telefono', 'cellulare', 'numero cellulare'],
        nl: ['telefoon', 'telefoonnummer', 'mobiel nummer', 'mobiele telefoon', 'mobielnummer'],
        pt: ['telefone', 'número de telefone', 'telemóvel', 'celular'],
        pl: ['telefon', 'numer telefonu', 'telefon komórkowy', 'komórka'],
        sv: ['telefon', 'telefonnummer', 'mobilnummer', 'mobiltelefon'],
        da: ['telefon', 'telefonnummer', 'mobilnummer', 'mobiltelefon'],
        tr: ['telefon', 'telefon numarası', 'cep telefonu', 'gsm'],
        fi: ['puhelin', 'puhelinnumero', 'matkapuhelin', 'matkapuhelinnumero'],
      },
    },
    {
      confidence: 0.7,
      say: { en: ['tel', 'mobile', 'fax', 'cell', 'whatsapp'], de: ['Tel', 'Mobil', 'Fax'], fr: ['tél', 'portable', 'mobile'], es: ['tel', 'fax'], it: ['tel', 'fax'], nl: ['tel', 'mobiel', 'gsm'], pt: ['tel', 'fax'] },
      // A table's, a battery's or a tissue's cell is no phone.
      not: ['value', 'index', 'style', 'color', 'tower', 'range', 'width', 'height', 'padding', 'renderer', 'data', 'edit',
        'table', 'grid', 'spreadsheet', 'battery', 'fuel', 'solar', 'stem', 'blood', 'tissue'],
    },
  ],
});

/**
 * Words that make an address term qualify another head noun: `address_country` is a country,
 * `addressRegion` a region, `address_zip` a postal code. (`address_name` is a name: head-noun.ts.)
 */
const ADDRESS_PART_HEADS = ['country', 'region', 'state', 'province', 'county', 'zip'];
/** When an address was someone's, which of several it is, and its postcode are parts or facts of it, not the address (`addressStartDate`, `addressPostcode`). */
const ADDRESS_FACTS = ['date', 'dates', 'sequence', 'seq', 'postcode', 'postcodes'];

export const ADDRESS = lexicon({
  category: 'contact.address',
  not: [...NOT_POSTAL, ...ADDRESS_PART_HEADS, ...ADDRESS_FACTS],
  terms: [
    {
      confidence: 0.85,
      say: {
        en: ['address', 'street', 'street address', 'address line', 'home address', 'shipping address', 'billing address', 'postal address', 'mailing address', 'house number', 'street name', 'addr',
          'street number', 'building number', 'apartment number', 'po box', 'pobox', 'post office box', 'suburb'],
        de: ['Adresse', 'Anschrift', 'Straße', 'Strasse', 'Hausnummer', 'Lieferadresse', 'Rechnungsadresse', 'Wohnadresse', 'Postanschrift', 'Postfach'],
        fr: ['adresse', 'rue', 'adresse postale', 'numéro de rue', 'adresse de livraison', 'adresse de facturation', 'domicile', 'boîte postale'],
        es: ['dirección', 'calle', 'domicilio', 'dirección postal', 'número de casa', 'dirección de envío', 'apartado postal'],
        it: ['indirizzo', 'numero civico', 'civico', 'domicilio', 'residenza', 'indirizzo di spedizione', 'casella postale'],
        nl: ['adres', 'straat', 'straatnaam', 'huisnummer', 'postadres', 'woonadres', 'bezorgadres', 'factuuradres', 'postbus'],
        pt: ['endereço', 'morada', 'rua', 'logradouro', 'número da casa', 'endereço de entrega', 'caixa postal'],
        pl: ['adres', 'ulica', 'adres zamieszkania', 'numer domu', 'numer mieszkania', 'adres korespondencyjny'],
        sv: ['adress', 'gatuadress', 'postadress', 'hemadress', 'gatunamn'],
        da: ['adresse', 'gadenavn', 'postadresse', 'hjemmeadresse', 'gateadresse', 'husnummer'],
        tr: ['adres', 'sokak', 'ev adresi', 'açık adres', 'mahalle'],
      },
    },
    {
      // A person's address as one compound word (`Kundenadresse`, `klantadres`, `kundadress`): the
      // tokenizer cannot split it, so the common owners are listed.
      confidence: 0.85,
      say: {
        de: ['Kundenadresse', 'Kundenanschrift', 'Privatadresse', 'Privatanschrift', 'Heimadresse', 'Mitarbeiteradresse', 'Patientenadresse', 'Meldeadresse', 'Wohnanschrift'],
        nl: ['klantadres', 'thuisadres', 'huisadres', 'privéadres', 'woonadres'],
        sv: ['kundadress', 'bostadsadress', 'folkbokföringsadress'],
        da: ['kundeadresse', 'privatadresse', 'bopælsadresse'],
      },
    },
    {
      // Beyond the Language type's eleven: Finnish, Czech, Hungarian, Romanian, Indonesian/Malay
      // (`osoite`, `ulice`, `lakcím`, `strada`, `alamat`), probed with register schemas of those countries.
      confidence: 0.85,
      say: { en: ['osoite', 'katuosoite', 'lähiosoite', 'adresa', 'adresă', 'ulice', 'bydliště', 'utca', 'lakcím', 'strada', 'alamat', 'jalan'] },
    },
    {
      confidence: 0.5,
      say: { en: ['residence'], de: ['Wohnort'], fr: ['lieu de résidence'], es: ['residencia'], it: ['via'], nl: ['woonplaats'], pt: ['bairro'] },
      not: ['sent', 'api', 'email', 'sms', 'channel', 'webhook', 'method', 'permit', 'country'],
      context: { kind: 'address', boosted: 0.75 },
    },
    {
      confidence: 0.4,
      say: { en: ['city', 'town'], de: ['Stadt', 'Ort'], fr: ['ville'], es: ['ciudad'], it: ['città'], nl: ['stad', 'plaats'], pt: ['cidade'] },
      not: ['code', 'population', 'rank', 'size', 'limits', 'council', 'hall'],
      context: { kind: 'address', boosted: 0.7 },
    },
    {
      confidence: 0,
      say: { en: ['line', 'line 1', 'line 2'], de: ['Zeile'], fr: ['ligne'], es: ['línea'], it: ['riga'], nl: ['regel'], pt: ['linha'] },
      context: { kind: 'address', boosted: 0.7 },
      whole: true,
    },
  ],
});

export const POSTAL_CODE = lexicon({
  category: 'contact.postal_code',
  not: ['file', 'archive', 'compressed', 'compression', 'download', 'path', 'bytes', 'folder', 'content'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['postal code', 'postcode', 'post code', 'zip code', 'zipcode', 'zip'],
        de: ['Postleitzahl', 'PLZ'],
        fr: ['code postal'],
        es: ['código postal'],
        it: ['codice postale', 'codice di avviamento postale'],
        nl: ['postcode'],
        pt: ['código postal', 'CEP'],
        pl: ['kod pocztowy'],
        sv: ['postnummer'],
        da: ['postnummer'],
        tr: ['posta kodu'],
      },
    },
    { confidence: 0.6, say: { en: ['postal'], fr: ['postal'] } },
    {
      // `cp` and `cap` are too short to mean a postal code outside an address.
      confidence: 0,
      say: { fr: ['CP'], es: ['CP'], it: ['CAP'], pt: ['CP'] },
      not: ['rate', 'limit', 'size', 'amount', 'max', 'height', 'table', 'price', 'market', 'address', 'service'],
      context: { kind: 'address', boosted: 0.8 },
    },
  ],
});
