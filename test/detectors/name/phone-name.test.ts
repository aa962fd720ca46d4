// Table tests for the phone-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/phone-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'contact.phone' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'phone', 'phone_number', 'phoneNumber', 'telephone', 'mobile', 'cell_phone', 'msisdn', 'tel', 'fax',
    'contact_number', 'sms_number', 'whatsapp', 'whatsapp_number', 'landline', 'puhelin', 'puhelinnumero', 'matkapuhelin',
    'Telefon', 'Telefonnummer', 'Handy', 'Handynummer', 'telephone_portable', 'numero_de_telephone', 'téléphone',
    'teléfono', 'movil', 'celular', 'telefono', 'cellulare', 'telefoon', 'telefoonnummer', 'mobiel', 'telefone',
    'telemovel', 'phone.number', 'customer_phone', { raw: 'phone', type: 'bigint' },
  ].map((name) => ({ name, category })),
  invalid: [
    'phone_model', 'phone_brand', 'phone_verified', 'has_phone', 'is_mobile', 'mobile_app', 'mobile_os',
    'phone_type', 'phone_count', 'phone_number_verified', 'cell_index', 'telemetry', 'phone_country_code',
    'table_cell', 'grid_cell', 'battery_cell', 'stem_cell', 'contact_no',
    { raw: 'phone', type: 'boolean' },
  ],
});
