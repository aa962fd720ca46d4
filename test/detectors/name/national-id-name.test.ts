// Table tests for the national-id-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/national-id-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'government.national_id' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'national_id', 'nationalId', 'national_identification_number', 'identity_number', 'id_card_number',
    'Personalausweis', 'Personalausweisnummer', 'Ausweisnummer', 'carte_d_identite', 'cni', 'dni', 'DNI', 'nie',
    'documento_de_identidad', 'cedula', 'carta_d_identita', 'bsn', 'BSN', 'burgerservicenummer',
    'cartao_de_cidadao', 'bilhete_de_identidade',
    // Filed as national ids by docs/labelling.md (a tax id or social security number accepted).
    'identity_no', 'ic_number', 'ic_no', 'nic_num', 'henkilotunnus', 'doc_identidad', 'govt_id', 'aadhar', 'national_identity', 'identity_card_number',
    'nino', 'national_insurance_number', 'nir', 'numero_insee', 'Steuer-ID', 'Steueridentifikationsnummer', 'codice_fiscale', 'cpf', 'CPF',
    'tc_kimlik_no', 'TCKN', 'kimlik_numarasi', 'cnic', 'ktp', 'iqama_number', 'cpr', 'social_insurance_number', 'identiteitsbewijs', 'government_id', 'state_id', 'residence_permit',
    // "no" forms and the other languages' identity and voter documents.
    'national_insurance_no', 'ni_no', 'num_cni', 'numero_cni', 'titulo_eleitor', 'titulo_de_eleitor', 'voter_card_number',
    'voter_registration_number', 'credencial_de_elector', 'clave_elector', 'tessera_elettorale', 'dowod_osobisty', 'numer_dowodu',
  ].map((name) => ({ name, category })),
  invalid: [
    'national_id_expiry', 'id', 'national_id_country', 'user_id', 'dni_verified', 'has_national_id',
    'identity_provider', 'nationality', 'national_anthem', 'die', 'niece',
    // A vote's voter key.
    'voter_id',
  ],
});
