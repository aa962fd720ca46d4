// Multilingual field-name lexicons for government identifiers: social security numbers,
// national identity numbers, passports, driving licences and personal tax ids.
import { lexicon } from './types.js';

/** Facts about an identity document that are not its number (`passport_expiry`, `dl_state`). */
const DOCUMENT_FACTS = [
  'expiry', 'expiration', 'expires', 'expire', 'expired', 'exp', 'valid', 'validity', 'issue', 'issued', 'issuing',
  'issuer', 'authority', 'country', 'nationality', 'state', 'class', 'category', 'points', 'photo', 'image', 'scan',
  'upload', 'file', 'client', 'clients', 'oauth', 'strategy', 'middleware',
];

/**
 * Social security or national insurance numbers, by the name of the scheme: US SSN, German
 * Sozialversicherungsnummer, French NIR/INSEE, Spanish NUSS, Italian previdenza sociale,
 * Dutch sofinummer, Portuguese NISS. Schemes that are general identity numbers (DNI, BSN,
 * Personalausweis) are in NATIONAL_ID, and so are the UK's national insurance number, Brazil's
 * CPF, Italy's codice fiscale and Germany's Steuer-ID: docs/labelling.md files them as national
 * ids (a tax id accepted), since each is the one number the state knows a person by.
 */
export const SSN = lexicon({
  category: 'government.ssn',
  not: DOCUMENT_FACTS,
  terms: [
    {
      confidence: 0.93,
      say: {
        en: ['ssn', 'social security number', 'social security no', 'social security'],
        // Switzerland's AHV/AVS number (AHVN13) is its social-security number, in all three languages.
        de: ['Sozialversicherungsnummer', 'SV-Nummer', 'Rentenversicherungsnummer', 'AHV-Nummer', 'AHV-Nr', 'AHVN13'],
        fr: ['numéro de sécurité sociale', 'sécurité sociale', 'numéro AVS', 'no AVS'],
        es: ['número de seguridad social', 'NUSS', 'número de afiliación', 'seguridad social'],
        it: ['numero di previdenza sociale', 'previdenza sociale', 'numero INPS'],
        nl: ['sofinummer', 'sofi nummer', 'sociale zekerheidsnummer'],
        pt: ['número de segurança social', 'NISS', 'número da seguridade social', 'NIS', 'PIS'],
      },
    },
  ],
});

export const NATIONAL_ID = lexicon({
  category: 'government.national_id',
  not: DOCUMENT_FACTS,
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['national id', 'national identification number', 'national identity number', 'identity number', 'identity card', 'id card number', 'national id number', 'citizen id', 'personal identification number', 'personnummer', 'pesel', 'aadhaar',
          // Names of the schemes around the world, as forms and exports call them.
          'national number', 'citizen number', 'citizenship number', 'civil id', 'civil number', 'resident registration number', 'residence permit number',
          'nric', 'nin', 'cnp', 'curp', 'hetu', 'jmbg', 'emiratis id', 'emirates id', 'mykad', 'hkid', 'cpr number', 'fodselsnummer', 'rodne cislo', 'egn', 'oib', 'amka', 'kennitala', 'isikukood', 'asmens kodas', 'personas kods', 'my number', 'nida number',
          'cnic', 'ktp', 'iqama', 'iqama number', 'cpr', 'voter id number', 'voter card number', 'state id number', 'social insurance number', 'sin number',
          // Turkey's T.C. kimlik numarası (`tc_kimlik_no`, `tckn`).
          'tc kimlik no', 'tc kimlik', 'tckn', 'kimlik no', 'kimlik numarasi',
          // The UK's national insurance number (see SSN above).
          'national insurance number', 'nino', 'ni number',
          // Abbreviated forms: `identity_no`, Malaysia's and Singapore's IC, South Asia's NIC, Finland's henkilötunnus.
          'identity no', 'identity nr', 'national identity', 'national identifier', 'ic number', 'ic no', 'nric no', 'mykad no',
          'nic number', 'nic no', 'nic num', 'henkilötunnus', 'aadhar', 'aadhar number', 'govt id',
          // The number in "no"/"nr" form, and voter cards, which are identity documents where they are issued (not `voter_id`: in a voting app, the voter's key).
          'national insurance no', 'national insurance nr', 'ni no', 'voter card', 'voter registration number', 'epic number'],
        de: ['Personalausweis', 'Personalausweisnummer', 'Ausweisnummer', 'Ausweis-Nr', 'Identitätsnummer', 'Steuer-ID', 'Steueridentifikationsnummer', 'Steuer-Identifikationsnummer', 'IdNr'],
        // The NIR (INSEE number) registers every person born in France: the fr-nir value detector's category.
        fr: ["carte d'identité", "numéro de carte d'identité", 'CNI', 'num CNI', 'numéro CNI', 'no CNI', "numéro d'identité", 'NIR', 'INSEE', 'numéro INSEE', 'carte électorale', "numéro d'électeur"],
        // Mexico's voter credential (INE) is its de-facto identity card.
        es: ['DNI', 'NIE', 'documento de identidad', 'doc identidad', 'número de identidad', 'cédula', 'cédula de identidad', 'credencial de elector', 'clave de elector', 'clave elector'],
        it: ["carta d'identità", "numero carta d'identità", 'numero documento identità', 'codice fiscale', 'tessera elettorale'],
        nl: ['BSN', 'burgerservicenummer', 'identiteitskaart', 'ID-kaartnummer', 'identiteitsnummer', 'identiteitsbewijs', 'identiteitsbewijsnummer'],
        pt: ['cartão de cidadão', 'bilhete de identidade', 'número de identificação civil', 'RG', 'documento de identidade', 'CPF', 'título de eleitor', 'titulo eleitor', 'título eleitoral'],
        pl: ['dowód osobisty', 'numer dowodu', 'numer dowodu osobistego', 'PESEL'],
      },
    },
    { confidence: 0.6, say: { en: ['id number', 'id card', 'identity document', 'id no', 'identification number', 'personal number', 'personal code', 'id document number', 'id document', 'government id', 'gov id', 'state id', 'resident id', 'residence permit', 'identity proof'], de: ['Ausweis'], fr: ['pièce d’identité'], es: ['identificación'], it: ['documento di identità'], nl: ['legitimatie'], pt: ['identidade'] },
      // A vehicle, a tax or an employer has identification numbers too.
      not: ['vehicle', 'tax', 'employer', 'company', 'business', 'bank', 'product', 'device'] },
    {
      // A document number may be an invoice's: too weak alone, enough when a description says which document.
      confidence: 0.3,
      say: { en: ['document number', 'document no', 'doc number'], de: ['Dokumentnummer'], fr: ['numéro de document'], es: ['número de documento'], it: ['numero documento'], nl: ['documentnummer'], pt: ['número do documento'] },
    },
  ],
});

export const PASSPORT = lexicon({
  category: 'government.passport',
  not: DOCUMENT_FACTS,
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['passport', 'passport number', 'passport no', 'passport id'],
        de: ['Reisepass', 'Reisepassnummer', 'Passnummer', 'Pass-Nr'],
        fr: ['passeport', 'numéro de passeport'],
        es: ['pasaporte', 'número de pasaporte'],
        it: ['passaporto', 'numero di passaporto'],
        nl: ['paspoort', 'paspoortnummer'],
        pt: ['passaporte', 'número do passaporte'],
      },
    },
  ],
});

export const DRIVERS_LICENSE = lexicon({
  category: 'government.drivers_license',
  not: DOCUMENT_FACTS,
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['drivers license', 'driver license', 'driving licence', 'driving license', 'driver licence', 'drivers licence', 'drivers license number', 'driver license id', 'dl number'],
        de: ['Führerschein', 'Führerscheinnummer', 'Führerschein-Nr'],
        fr: ['permis de conduire', 'numéro de permis'],
        es: ['licencia de conducir', 'carnet de conducir', 'permiso de conducir', 'número de licencia'],
        it: ['patente di guida', 'numero patente'],
        nl: ['rijbewijs', 'rijbewijsnummer'],
        pt: ['carta de condução', 'carteira de motorista', 'CNH'],
      },
    },
    { confidence: 0.6, say: { en: ['drivers', 'license number', 'licence number'], fr: ['permis'], it: ['patente'] }, whole: true },
  ],
});

/** Tax ids of a company are not personal data: company context rules the field out. */
const COMPANY = [
  'company', 'business', 'org', 'organization', 'organisation', 'supplier', 'vendor', 'merchant', 'firm', 'firma',
  'entreprise', 'empresa', 'azienda', 'bedrijf', 'employer', 'corporate', 'legal', 'entity', 'vat', 'ust', 'tva', 'iva',
  'btw', 'sales', 'rate', 'amount', 'code', 'exempt', 'exemption', 'class', 'category', 'jurisdiction', 'region',
];

export const TAX_ID = lexicon({
  category: 'government.tax_id',
  not: COMPANY,
  terms: [
    {
      confidence: 0.88,
      say: {
        en: ['tax id', 'tax number', 'tax identification number', 'taxpayer id', 'tin', 'itin', 'tax file number', 'tfn', 'utr', 'tax reference', 'pan number'],
        de: ['Steuernummer'],
        fr: ['numéro fiscal', "numéro d'identification fiscale", 'NIF', 'SPI'],
        es: ['NIF', 'número de identificación fiscal', 'CUIT', 'CUIL', 'RFC', 'RUT'],
        it: ['numero di identificazione fiscale'],
        nl: ['fiscaal nummer', 'fiscaalnummer', 'RSIN'],
        pt: ['NIF', 'número de contribuinte', 'número de identificação fiscal'],
      },
      // A `companies` or `suppliers` table holds business tax ids; person words keep it personal.
      context: { kind: 'person', boosted: 0.9 },
    },
  ],
});
