// Multilingual field-name lexicons for a person's identity: name, date of birth, age, gender.
import { lexicon } from './types.js';

/** Spanish ordinals, written out and abbreviated (`primer`, `pri`, `seg`). */
const ES_ORDINALS = ['primer', 'prim', 'pri', 'segundo', 'segu', 'seg'];
/** Spanish name parts, written out and abbreviated (`nombre`, `nom`, `apellido`, `ape`, `apell`). */
const ES_NAME_PARTS = ['nombre', 'nomb', 'nom', 'apellido', 'apell', 'apel', 'ape'];
const ORDINAL_NAME_PARTS = ES_ORDINALS.flatMap((o) => ES_NAME_PARTS.map((p) => `${o} ${p}`));

export const PERSON_NAME = lexicon({
  category: 'person.name',
  // …and when a name was borne, or which of several it is (`nameStartDate`, `nameSequenceNumber`), is no name.
  not: ['file', 'product', 'company', 'domain', 'role', 'avatar', 'bio', 'affiliation', 'orcid', 'date', 'dates', 'sequence', 'seq'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['first name', 'last name', 'surname', 'full name', 'given name', 'family name', 'middle name', 'maiden name', 'forename', 'fname', 'lname', 'birth name',
          'patronymic', 'patronymic name', 'real name',
          // The Unix account's real-name field; a vCard, whose formatted name (FN) is mandatory.
          'gecos', 'vcard'],
        de: ['Vorname', 'Vornamen', 'Nachname', 'Familienname', 'Zuname', 'Geburtsname', 'vollständiger Name', 'Rufname'],
        fr: ['prénom', 'nom de famille', 'nom complet', 'nom de naissance', "nom d'usage"],
        es: ['apellido', 'apellidos', 'nombre completo', 'primer apellido', 'segundo apellido', 'nombre de pila'],
        // `nominativo` is the Italian form label for "name and surname".
        it: ['cognome', 'nome completo', 'nome di battesimo', 'nominativo'],
        nl: ['voornaam', 'voornamen', 'achternaam', 'volledige naam', 'familienaam', 'geslachtsnaam', 'geboortenaam', 'tussenvoegsel', 'roepnaam'],
        pt: ['sobrenome', 'nome completo', 'apelido', 'nome de família', 'primeiro nome'],
        pl: ['imię', 'nazwisko', 'imię i nazwisko', 'drugie imię', 'nazwisko panieńskie'],
        sv: ['förnamn', 'efternamn', 'mellannamn', 'fullständigt namn'],
        da: ['fornavn', 'efternavn', 'mellemnavn', 'etternavn', 'mellomnavn'],
        tr: ['soyad', 'soyadı', 'ad soyad', 'adı soyadı', 'isim soyisim', 'soyisim'],
      },
    },
    {
      // Languages beyond the lexicon's (the Language type names eleven), written under `en` as the
      // gender terms are: Finnish, Czech, Hungarian, Romanian, Indonesian/Malay name parts. Probed
      // with register schemas of those countries (`etunimi`, `příjmení`, `vezetéknév`, `nama_lengkap`).
      confidence: 0.9,
      say: {
        en: ['etunimi', 'etunimet', 'sukunimi', 'koko nimi', 'příjmení', 'křestní jméno', 'celé jméno', 'vezetéknév', 'keresztnév', 'utónév',
          'teljes név', 'prenume', 'nume complet', 'nume de familie', 'nama depan', 'nama belakang', 'nama lengkap', 'nama keluarga'],
      },
    },
    {
      // A legal name is a person's among people, but a company's in rows about one (`companies.legal_name`,
      // `merchant.legalName`): docs/labelling.md files a company name as no personal data.
      confidence: 0.9,
      say: { en: ['legal name'] },
      context: { kind: 'person', boosted: 0.9 },
    },
    {
      // Abbreviations of the name parts, as legacy and HR schemas write them.
      confidence: 0.8,
      // Legacy registers also put the qualifier last (`name_first`, `NAME_LAST`) and shorten `name` to `nm`.
      say: { en: ['mname', 'first nm', 'last nm', 'middle nm', 'fst nm', 'lst nm', 'given nm', 'family nm', 'sur nm',
        'name first', 'name last', 'name middle', 'name given', 'name family', 'frst name', 'lst name', 'emp name', 'empname', 'ename', 'cust name', 'custname', 'pat name', 'patname'] },
      // Identifier spellings: in prose "a name given to the speech" is no given name.
      prose: false,
    },
    {
      // German, Dutch and Nordic write a person's name as one compound word (`Kundenname`, `klantnaam`,
      // `kundenavn`): the tokenizer cannot split it, so the common ones are listed.
      confidence: 0.8,
      say: {
        de: ['Kundenname', 'Mitarbeitername', 'Patientenname', 'Personenname', 'Mitgliedsname', 'Schülername', 'Kontaktname', 'Empfängername', 'Inhabername'],
        nl: ['klantnaam', 'persoonsnaam', 'patiëntnaam', 'medewerkernaam', 'contactnaam', 'ontvangernaam'],
        sv: ['kundnamn', 'personnamn', 'kontaktnamn', 'mottagarnamn'],
        da: ['kundenavn', 'personnavn', 'kontaktnavn', 'modtagernavn'],
      },
    },
    {
      // Spanish forms number a person's two given names and two surnames (`primer_nombre`,
      // `segundo_apellido`), and legacy schemas abbreviate both words (`pri_nom`, `segape`).
      confidence: 0.8,
      say: { es: ORDINAL_NAME_PARTS, pt: ['segundo nome', 'último nome', 'nome do meio'] },
    },
    {
      // A bare middle initial (`mi`, `middle_initial`) of a person's name.
      confidence: 0,
      say: { en: ['middle initial', 'mi', 'initials'] },
      context: { kind: 'person', boosted: 0.6 },
      whole: true,
    },
    {
      // A text column named for the person's role holds that person's name (`doctor`, `assignee`,
      // `recipient`); a number or uuid there is a key, which the declared type and values veto.
      confidence: 0.6,
      say: {
        en: ['patient', 'doctor', 'physician', 'attending physician', 'referring physician', 'referring doctor', 'prescriber', 'nurse', 'reporter', 'assignee',
          'requester', 'requestor', 'reviewer', 'approver', 'donor', 'beneficiary', 'payee', 'teacher', 'tutor', 'advisor', 'adviser', 'guardian',
          'supervisor', 'salesperson', 'sales rep', 'sales representative', 'emergency contact', 'next of kin', 'witness', 'applicant', 'claimant',
          'policyholder', 'policy holder', 'signatory', 'attn', 'insured', 'spouse', 'employee', 'interviewer', 'interviewee', 'caregiver', 'mentor'],
        de: ['Patient', 'Arzt', 'Ärztin', 'Lehrer', 'Betreuer', 'Vormund', 'Sachbearbeiter', 'Antragsteller', 'Zeuge'],
        fr: ['patient', 'médecin', 'enseignant', 'tuteur', 'bénéficiaire', 'demandeur', 'témoin'],
        es: ['paciente', 'médico', 'profesor', 'tutor', 'beneficiario', 'solicitante', 'testigo'],
        it: ['paziente', 'medico', 'insegnante', 'tutore', 'beneficiario', 'richiedente', 'testimone'],
        nl: ['patiënt', 'arts', 'leraar', 'voogd', 'begunstigde', 'aanvrager', 'getuige'],
        pt: ['paciente', 'médico', 'professor', 'tutor', 'beneficiário', 'requerente', 'testemunha'],
      },
      whole: true,  declaredText: true,
    },
    {
      confidence: 0.6,
      say: { en: ['display name', 'cardholder name', 'holder name', 'public name', 'author name',
        // A bank account's name is its holder's (Open Banking `DebtorAccount.Name`).
        'account name',
        // A message's sender or addressee by name (`from_name`, `senderName`, `reply_to_name`).
        'from name', 'sender name', 'reply to name', 'recipient name', 'addressee name'] },
    },
    {
      // A column named for a role holds that person's name; a comment naming the role only says
      // whose field it is (`contact[].relationship`: "…between the patient and the contact person").
      confidence: 0.6,
      say: { en: ['contact person', 'card holder', 'card owner', 'cc owner', 'account holder', 'author'], de: ['Ansprechpartner', 'Karteninhaber', 'Kontoinhaber'], fr: ['interlocuteur', 'titulaire du compte', 'titulaire de la carte'], es: ['persona de contacto', 'titular de la cuenta', 'titular de la tarjeta'], it: ['referente', 'intestatario', 'titolare della carta'], nl: ['contactpersoon', 'rekeninghouder', 'kaarthouder'], pt: ['pessoa de contato', 'titular da conta', 'titular do cartão'] },
      prose: false,
    },
    {
      // A person's further names (`OtherNames`): the plural is a person's, `other_name` may be
      // anything's; an organisation's or a place's other names are not a person's.
      confidence: 0.6,
      say: { en: ['other names'] },
      not: ['organization', 'organisation', 'org', 'company', 'group', 'party', 'team', 'place', 'area', 'product', 'brand', 'project'],
      // Rows about a thing (`organization.other_names[]`) block it; people or no context keep it.
      context: { kind: 'person', boosted: 0.6 },
    },
    {
      // A bare `name` is as likely a product or a file: only person context makes it a person's.
      confidence: 0.35,
      // …and `nimi` (Finnish), `jméno` (Czech), `nume` (Romanian), `nama` (Indonesian), `navn`/`namn`, `imię`.
      say: { en: ['name', 'nimi', 'jméno', 'nume', 'nama'], de: ['Name'], fr: ['nom'], es: ['nombre'], it: ['nome'], nl: ['naam'], pt: ['nome'], sv: ['namn'], da: ['navn'] },
      not: ['user', 'login', 'screen', 'nick', 'host', 'account'],
      context: { kind: 'person', boosted: 0.7 },
    },
    {
      // Synthea-style bare `FIRST`, `LAST`, `MAIDEN` columns in a patients table.
      confidence: 0,
      say: { en: ['first', 'last', 'maiden'] },
      context: { kind: 'person', boosted: 0.6 },
      whole: true,
    },
  ],
});

export const DATE_OF_BIRTH = lexicon({
  category: 'person.date_of_birth',
  keep: ['at'],
  not: [
    'place', 'city', 'country', 'location', 'name', 'weight', 'certificate', 'reminder', 'email', 'mail',
    'greeting', 'message', 'discount', 'coupon', 'offer', 'gift', 'card', 'wish', 'wishes', 'rate', 'order',
    // Where someone was born, or a birth's order (`birth_state`, `multipleBirthInteger`), is no date.
    'state', 'province', 'region', 'county', 'town', 'multiple',
    // …nor the sex or gender recorded at birth (`birth_sex`), nor a birth's place, name or country
    // in the other lexicon languages (`luogo_nascita`, `nom_naissance`, `lugar_nacimiento`, `Geburtsort`).
    'sex', 'gender', 'lieu', 'nom', 'pays', 'ville', 'commune', 'lugar', 'nombre', 'pais', 'ciudad', 'luogo', 'nome', 'paese',
    'comune', 'citta', 'provincia', 'plaats', 'naam', 'land', 'ort', 'local', 'cidade', 'municipio', 'miejsce',
  ],
  terms: [
    {
      confidence: 0.93,
      say: {
        de: ['Geburtsdatum', 'Geb.-Datum', 'Gebdat'],
        fr: ['date de naissance'],
        es: ['fecha de nacimiento', 'fecha nacimiento', 'fecha nac'],
        it: ['data di nascita', 'data nascita'],
        nl: ['geboortedatum'],
        pt: ['data de nascimento', 'data nascimento'],
        pl: ['data urodzenia'],
        sv: ['födelsedatum'],
        da: ['fødselsdato'],
        tr: ['doğum tarihi'],
        // Finnish, Czech, Hungarian, Romanian, Indonesian.
        en: ['date of birth', 'birth date', 'birthdate', 'dob', 'birth dt', 'syntymäaika', 'syntymäpäivä', 'datum narození', 'születési dátum', 'születési idő',
          'data nașterii', 'tanggal lahir', 'tgl lahir'],
      },
      // A birth year or month alone is the next term's.
      not: ['year', 'month'],
    },
    {
      confidence: 0.75,
      not: ['year', 'month'],
      say: {
        en: ['birthday', 'birth', 'born', 'born on'],
        de: ['Geburtstag', 'geboren', 'geboren am'],
        fr: ['naissance', 'anniversaire', 'né le'],
        es: ['nacimiento', 'cumpleaños'],
        it: ['nascita', 'compleanno'],
        nl: ['verjaardag', 'geboortedag', 'geboren'],
        pt: ['nascimento', 'aniversário'],
        pl: ['urodziny', 'miejsce i data urodzenia'],
        sv: ['födelsedag'],
        da: ['fødselsdag'],
        tr: ['doğum günü'],
      },
    },
    {
      // The parts of a date of birth kept apart (`birthYear`, `birthMonth`, `birthDay`, `Geburtsjahr`):
      // the labelling files them as the date of birth they truncate, not as an age (an age changes
      // every year; a birth year is a fact of the birth).
      confidence: 0.6,
      say: {
        en: ['birth year', 'year of birth', 'yob', 'birth month', 'month of birth', 'birth day', 'day of birth', 'birth yr', 'birth mo'],
        de: ['Geburtsjahr', 'Jahrgang', 'Geburtsmonat'],
        fr: ['année de naissance', 'mois de naissance', 'jour de naissance'],
        es: ['año de nacimiento', 'mes de nacimiento', 'día de nacimiento'],
        it: ['anno di nascita', 'mese di nascita', 'giorno di nascita'],
        nl: ['geboortejaar', 'geboortemaand'],
        pt: ['ano de nascimento', 'mês de nascimento', 'dia de nascimento'],
        pl: ['rok urodzenia', 'miesiąc urodzenia'],
        sv: ['födelseår', 'födelsemånad'],
        da: ['fødselsår', 'fødselsmåned'],
        tr: ['doğum yılı', 'doğum ayı'],
      },
    },
  ],
});

export const AGE = lexicon({
  category: 'person.age',
  terms: [
    {
      confidence: 0.85,
      say: { de: ['Alter', 'Lebensalter'], fr: ['âge'], es: ['edad'], it: ['età anagrafica'], nl: ['leeftijd'], pt: ['idade'], pl: ['wiek'], sv: ['ålder'], da: ['alder'], tr: ['yaşı', 'yaş'],
        // Finnish, Czech, Romanian, Indonesian.
        en: ['age', 'age years', 'age in years', 'ikä', 'věk', 'vârstă', 'umur'] },
      not: [
        'group', 'range', 'band', 'bracket', 'category', 'class', 'limit', 'rating', 'min', 'max', 'minimum', 'maximum',
        'restriction', 'gate', 'cache', 'file', 'account', 'password', 'token', 'session', 'cookie', 'record', 'data',
        'ms', 'sec', 'seconds', 'days', 'hours', 'minutes', 'millis', 'msg', 'item', 'entry', 'object', 'tier', 'table',
        'column', 'order', 'stock', 'inventory', 'debt', 'invoice', 'requirement', 'verification',
        // The age at which a condition began or ended (FHIR `onsetAge`, `abatementAge`), or a
        // pregnancy's gestational age, is a clinical fact about the condition, not the person's age.
        'onset', 'abatement', 'gestational', 'gestation',
      ],
    },
    {
      // Italian `età` loses its accent to `eta`, which is also an English arrival estimate.
      confidence: 0.45,
      say: { it: ['età'] },
      not: ['delivery', 'arrival', 'shipping', 'shipment', 'order', 'pickup', 'minutes', 'min', 'time', 'estimated', 'date', 'seconds'],
    },
    {
      // An age band is reduced precision: the quasi-identifier is the age (a birth year is the
      // date of birth's, see DATE_OF_BIRTH).
      confidence: 0.6,
      say: {
        en: ['age group', 'age range', 'age band', 'age bracket', 'age category', 'years old'],
        de: ['Altersgruppe', 'Altersklasse'],
        fr: ["tranche d'âge", "classe d'âge"],
        es: ['grupo de edad', 'rango de edad'],
        it: ["fascia d'età", 'fascia di età'],
        nl: ['leeftijdsgroep', 'leeftijdscategorie'],
        pt: ['faixa etária', 'grupo etário'],
      },
    },
  ],
});

export const GENDER = lexicon({
  category: 'person.gender',
  // `gender_id`, `SexCode`: the person's gender as a code (a code list's own key is context/vocabulary-table.ts's).
  keep: ['code', 'flag', 'id'],
  not: ['neutral', 'offender', 'offence', 'offense', 'life', 'toy', 'toys', 'music', 'movie', 'film', 'book', 'game'],
  terms: [
    {
      confidence: 0.9,
      say: { en: ['gender'], de: ['Geschlecht', 'Geschlechtsangabe'], fr: ['sexe'], es: ['sexo', 'género'], it: ['sesso'], nl: ['geslacht', 'geslachtsaanduiding', 'gender'], pt: ['sexo', 'gênero'],
        // Norwegian (`kjønn`) beside Danish, as the name parts do.
        pl: ['płeć'], sv: ['kön'], da: ['køn', 'kjønn'], tr: ['cinsiyet'] },
    },
    {
      // The sex recorded at birth (the `at` would otherwise read as a timestamp), abbreviations
      // (`gndr` in survey codebooks, German `Geschl.`), Finnish and Czech.
      confidence: 0.9,
      say: { en: ['sex at birth', 'gender at birth', 'birth sex', 'birth gender', 'gndr'], de: ['Geschl'], fr: ['sexe à la naissance'], es: ['sexo al nacer'], pt: ['sexo ao nascer'] },
    },
    // Finnish, Czech, Indonesian/Malay.
    { confidence: 0.85, say: { en: ['sukupuoli', 'pohlaví', 'jenis kelamin'] } },
    {
      // French `genre` is as often a film's or a book's: only among people.
      confidence: 0,
      say: { fr: ['genre'] },
      context: { kind: 'person', boosted: 0.7 },
      whole: true,
    },
    { confidence: 0.7, say: { en: ['sex'], it: ['genere'] } },
    {
      // The pronouns a person goes by (`she/her`) state their gender identity, and the labels file them
      // as person.gender (Popolo's `pronouns`).
      confidence: 0.6,
      say: { en: ['pronouns', 'pronoun', 'preferred pronouns'], de: ['Pronomen'], fr: ['pronoms'], es: ['pronombres'], it: ['pronomi'], nl: ['voornaamwoorden'], pt: ['pronomes'] },
    },
    {
      // `is_female` flags are gender proxies. A salutation is not (docs/labelling.md: a courtesy title leans to no category).
      confidence: 0.55,
      say: { en: ['female', 'male'], de: ['weiblich', 'männlich'], fr: ['féminin', 'masculin'], es: ['femenino', 'masculino'], it: ['femminile', 'maschile'], nl: ['vrouwelijk', 'mannelijk'], pt: ['feminino', 'masculino'] },
    },
  ],
});
