// Table tests for the address-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/address-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'contact.address' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'address', 'street', 'street_address', 'addressLine1', 'billingAddress2', 'shipping_address', 'home_address',
    'house_number', 'Adresse', 'Anschrift', 'Straße', 'strasse', 'Hausnummer', 'rue', 'adresse_postale',
    'direccion', 'calle', 'domicilio', 'indirizzo', 'numero_civico', 'adres', 'straat', 'huisnummer', 'endereco',
    'morada', 'logradouro', 'customer.address.city', 'shipping.street', 'address.line1', 'city', 'Wohnort',
    'street_name', { raw: 'address', dataset: 'members' },
    // Finnish, Czech, Hungarian, Romanian, Indonesian; compounds of German, Dutch, Swedish.
    'osoite', 'katuosoite', 'adresa', 'ulice', 'utca', 'lakcim', 'strada', 'alamat', 'Kundenadresse', 'Privatanschrift', 'klantadres', 'kundadress',
    // A bare numbered line beside the parts of a postal address.
    { raw: 'line1', dataset: 'order_summary', siblings: ['line1', 'line2', 'town', 'postcode', 'country'] },
    { raw: 'line2_d', dataset: 'order_summary', siblings: ['line1_d', 'line2_d', 'town_d', 'postcode_d'] },
  ].map((name) => ({ name, category })),
  invalid: [
    'address_verified', 'address_type', 'ip_address', 'mac_address', 'email_address', 'adresse_ip',
    'direccion_ip', 'indirizzo_email', 'wallet_address', 'remote_address', 'address_id', 'ip.address',
    'email.address', 'city_code', 'has_address', { raw: 'address', type: 'integer' }, 'line',
    'street_view_enabled',
    // The address term only qualifies another head noun.
    'address_country', 'shipAddressRegion', 'address_state', 'address_zip',
    // A flat generic leaf in a table of e-mail or network addresses.
    { raw: 'address', dataset: 'mail_recipients' }, { raw: 'addr', dataset: 'ip_allowlist' },
    // A numbered line of an invoice or a poem, with no address beside it; a line's other data.
    { raw: 'line1', dataset: 'invoices', siblings: ['line1', 'line2', 'amount', 'country'] },
    { raw: 'line_total', dataset: 'orders', siblings: ['line_total', 'city', 'postcode'] },
    { raw: 'line3_total', dataset: 'addresses', siblings: ['line3_total', 'city', 'zip'] },
  ],
});
