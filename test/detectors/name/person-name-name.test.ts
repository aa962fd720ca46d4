// Table tests for the person-name-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/person-name-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'person.name' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    { raw: 'name', dataset: 'customer_details' }, { raw: 'name', dataset: 'dim_employee' },
    // A Unix account's real-name field, a contact's vCard, an administrator's name.
    'gecos', 'vcard', 'admin_name', { raw: 'name', dataset: 'administrators' },
    'first_name', 'nominativo', 'firstName', 'shipping.name', 'billing.name', 'last_name', 'lastname', 'surname', 'full_name', 'given_name', 'family_name',
    'middle_name', 'maiden_name', 'customer_first_name', 'Vorname', 'Nachname', 'Familienname', 'prénom',
    'nom_de_famille', 'nom_complet', 'apellido', 'apellidos', 'nombre_completo', 'cognome', 'nome_completo',
    'voornaam', 'achternaam', 'volledige_naam', 'sobrenome', 'nome_completo_cliente', 'customer.name',
    'customer_name', 'contact_name', 'employee.name', { raw: 'name', dataset: 'customers' },
    { raw: 'nombre', dataset: 'clientes' }, { raw: 'naam', dataset: 'klanten_gebruiker' },
    { raw: 'FIRST', dataset: 'patients' }, 'display_name',
    { raw: 'name', dataset: 'products', comment: 'Full name of the customer' }, 'name',
    // The domain languages and legacy abbreviations.
    'voornamen', 'geslachtsnaam', 'geboortenaam', 'Vornamen', 'imie', 'nazwisko', 'fornavn', 'efternavn', 'etternavn', 'förnamn', 'efternamn', 'soyadi', 'ad_soyad', 'mname', 'first_nm', 'empname',
    { raw: 'nom', dataset: 'personen' }, { raw: 'mi', dataset: 'employees' },
    // A bare name among people named in the other lexicon languages.
    { raw: 'nome', dataset: 'parlamentares_dependente' }, { raw: 'nombre', dataset: 'alumnos' }, { raw: 'naam', dataset: 'huurders' },
    { raw: 'name', dataset: 'Abgeordnete' }, { raw: 'nom', dataset: 'locataire' },
    // A text column named for a person's role holds that person's name.
    { raw: 'doctor', type: 'varchar(80)' }, { raw: 'assignee', type: 'text' }, { raw: 'next_of_kin', type: 'string' },
    { raw: 'Arzt', type: 'varchar(80)' }, { raw: 'paciente', type: 'nvarchar(100)' },
    // Rows of people named by any of WordNet's person nouns: their `name` is a person's.
    { raw: 'name', dataset: 'athletes' }, { raw: 'name', dataset: 'judges' }, { raw: 'name', dataset: 'tenants_guarantors' },
    'guardian_name', 'referee.name', { raw: 'name', dataset: 'legislators' },
    // Finnish, Czech, Hungarian, Romanian and Indonesian name parts.
    'etunimi', 'sukunimi', 'prijmeni', 'příjmení', 'vezeteknev', 'keresztnev', 'prenume', 'nume_de_familie', 'nama_lengkap', 'nama_depan',
    { raw: 'nimi', dataset: 'asiakas' }, { raw: 'jmeno', dataset: 'pacient' }, { raw: 'nama', dataset: 'pelanggan_customer' },
    // Legacy registers: the qualifier after `name`, and `nm` for name.
    'name_first', 'NAME_LAST', 'name_middle', 'fst_nm', 'lst_nm', 'given_nm',
    // A policyholder's, an insuree's, a shareholder's name.
    'policyholder_name', 'insuree.name', 'shareholder_name', 'legal_name', { raw: 'legal_name', dataset: 'employees' },
    // Compound words of German, Dutch and the Nordic languages.
    'Kundenname', 'mitarbeitername', 'klantnaam', 'kundnamn', 'kundenavn',
    // Candidates and local office holders named by role in the Romance, German and Dutch languages.
    { raw: 'nome', dataset: 'amministratori' }, { raw: 'cognome_nome', dataset: 'sindaci' }, { raw: 'nome', dataset: 'candidatos' }, { raw: 'nom', dataset: 'maires' }, { raw: 'naam', dataset: 'kandidaten' },
  ].map((name) => ({ name, category })),
  invalid: [
    'name_length', 'file_name', 'filename', 'product_name', 'company_name', 'hostname', 'username', 'user_name',
    'nickname', 'table_name', 'bank_name', 'street_name', 'city_name', { raw: 'name', dataset: 'products' }, { raw: 'nome', dataset: 'produtos' },
    'product.name', 'customer.company.name', { raw: 'first_name', type: 'integer' }, 'first', 'last',
    'first_name_length', 'nom_fichier', 'nombre_producto', 'has_name',
    // A role noun that is a reference, a key or has no declared type is not a name.
    'doctor', { raw: 'patient', type: 'Reference' }, { raw: 'assignee', type: 'integer' }, { raw: 'doctor_specialty', type: 'varchar(80)' },
    { raw: 'mi', dataset: 'routes' },
    { raw: 'name', dataset: 'hosts' }, { raw: 'name', dataset: 'vendors' },
    // A company's or a merchant's legal name is no person's.
    { raw: 'legal_name', dataset: 'companies' }, 'merchant.legalName', { raw: 'legalName', dataset: 'organisations' },
    // A town's name is a place's.
    'town_name', 'village_name', 'district_name',
    // In prose a role says whose field it is.
    { raw: 'relationship', comment: 'The nature of the relationship between the patient and the contact person.' },
  ],
});
