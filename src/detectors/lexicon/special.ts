// Multilingual field-name lexicons for GDPR Art. 9 special categories and Art. 10 criminal data.
import { lexicon } from './types.js';

/**
 * A status, type, flag, code or date *of* special-category data is still that data
 * (`hiv_status`, `blood_type`, `diagnosis_code`, `diagnosis_date`): these global negatives do
 * not apply.
 */
const KEEP = ['status', 'type', 'types', 'flag', 'flags', 'kind', 'verified', 'at', 'id', 'ids', 'ref', 'key', 'code'];

export const HEALTH = lexicon({
  category: 'special.health',
  keep: KEEP,
  not: [
    'check', 'checks', 'checker', 'checkup', 'endpoint', 'probe', 'monitor', 'monitoring', 'points', 'bar', 'api', 'cluster',
    'node', 'pod', 'db', 'system', 'app', 'dashboard', 'ping', 'heartbeat', 'service', 'indicator', 'potion', 'regen',
    'group', 'arm', 'variant', 'experiment', 'control', 'algorithm', 'engine', 'store', 'catalog', 'catalogue', 'price',
    'sku', 'stock', 'inventory', 'supplier', 'manufacturer',
    // The health of a mailbox or an account is a deliverability score (`inbox_health_email_at`).
    'inbox', 'mailbox', 'email', 'mail', 'domain', 'sender',
  ],
  terms: [
    {
      confidence: 0.88,
      say: {
        en: [
          'health', 'health data', 'health condition', 'medical', 'medical condition', 'medical history', 'medical record',
          'diagnosis', 'diagnoses', 'diagnosis code', 'icd', 'icd10', 'icd 10 code', 'allergy', 'allergies', 'medication',
          'prescription', 'disease', 'illness', 'disability', 'blood type', 'blood group', 'pregnancy', 'pregnant', 'hiv',
          'mental health', 'psychiatric', 'clinical notes', 'lab result', 'sick leave', 'sick note', 'symptom', 'vaccination',
          'vaccine', 'vaccination status', 'chronic condition', 'smoking status', 'smoker', 'bmi', 'injury',
        ],
        de: ['Gesundheit', 'Gesundheitsdaten', 'Krankheit', 'Diagnose', 'Befund', 'Allergie', 'Medikament', 'Medikamente', 'Medikation', 'Behinderung', 'Blutgruppe', 'Schwangerschaft', 'Krankenakte', 'Vorerkrankung', 'Krankmeldung', 'Arbeitsunfähigkeit', 'Impfstatus'],
        // The ICD is the CIM in French, the CIE in Spanish, the CID in Portuguese (`DCD_CIM_COD`, `codigo_cie10`):
        // bare `cie` and `cid` are a company and a content id, so only the French name stands alone.
        fr: ['santé', 'données de santé', 'maladie', 'diagnostic médical', 'allergie', 'médicament', 'handicap', 'groupe sanguin', 'grossesse', 'antécédents médicaux', 'dossier médical', 'ordonnance', 'arrêt maladie', 'pathologie', 'cim', 'cim10'],
        es: ['salud', 'enfermedad', 'diagnóstico', 'alergia', 'medicamento', 'medicación', 'discapacidad', 'grupo sanguíneo', 'tipo de sangre', 'embarazo', 'historial médico', 'historia clínica', 'baja médica', 'cie10', 'cie 10', 'cie9'],
        it: ['salute', 'malattia', 'diagnosi', 'allergia', 'allergie', 'farmaco', 'farmaci', 'disabilità', 'gruppo sanguigno', 'gravidanza', 'cartella clinica', 'anamnesi', 'patologia'],
        nl: ['gezondheid', 'ziekte', 'diagnose', 'allergie', 'medicatie', 'medicijn', 'handicap', 'bloedgroep', 'zwangerschap', 'medisch dossier', 'medische geschiedenis', 'ziekteverzuim'],
        pt: ['saúde', 'doença', 'diagnóstico', 'alergia', 'medicamento', 'medicação', 'deficiência', 'tipo sanguíneo', 'grupo sanguíneo', 'gravidez', 'prontuário', 'histórico médico', 'patologia', 'cid10', 'cid 10'],
      },
    },
    {
      // Diagnoses, medication, disability and sick leave (HR) in the domain languages.
      confidence: 0.88,
      say: {
        pl: ['diagnoza', 'rozpoznanie', 'choroba', 'alergia', 'leki', 'niepełnosprawność', 'grupa krwi', 'zwolnienie lekarskie', 'historia choroby', 'ciąża'],
        sv: ['diagnos', 'sjukdom', 'allergi', 'läkemedel', 'funktionsnedsättning', 'blodgrupp', 'sjukskrivning', 'sjukfrånvaro', 'journal', 'graviditet'],
        da: ['diagnose', 'sygdom', 'allergi', 'lægemiddel', 'medicin', 'handicap', 'blodtype', 'sygemelding', 'sygefravær', 'graviditet'],
        tr: ['teşhis', 'tanı', 'hastalık', 'alerji', 'ilaç', 'engellilik', 'kan grubu', 'sağlık raporu', 'hastalık izni', 'hamilelik'],
      },
    },
    {
      // Clinical measurements and lab values: what a person's body measured, in eleven languages.
      confidence: 0.75,
      not: ['engine', 'cpu', 'room', 'water', 'oil', 'tire', 'tyre', 'sensor', 'device', 'network', 'server', 'width', 'survey', 'duration', 'length', 'count', 'generator', 'signal'],
      say: {
        en: ['blood pressure', 'systolic', 'diastolic', 'heart rate', 'pulse', 'pulse rate', 'blood glucose', 'blood sugar', 'glucose', 'hba1c', 'cholesterol', 'ldl', 'hdl', 'triglycerides', 'creatinine', 'hemoglobin', 'haemoglobin', 'egfr', 'spo2', 'oxygen saturation', 'body temperature', 'lab value', 'viral load', 'cd4 count', 'sbp', 'dbp'],
        de: ['Blutdruck', 'systolisch', 'diastolisch', 'Herzfrequenz', 'Puls', 'Blutzucker', 'Cholesterin', 'Kreatinin', 'Hämoglobin', 'Laborwert', 'Körpertemperatur', 'Sauerstoffsättigung'],
        fr: ['tension artérielle', 'pression artérielle', 'pouls', 'fréquence cardiaque', 'glycémie', 'cholestérol', 'créatinine', 'hémoglobine', 'température corporelle', 'saturation en oxygène'],
        es: ['presión arterial', 'tensión arterial', 'pulso', 'frecuencia cardiaca', 'glucemia', 'glucosa en sangre', 'colesterol', 'creatinina', 'hemoglobina', 'temperatura corporal'],
        it: ['pressione arteriosa', 'pressione sanguigna', 'polso', 'frequenza cardiaca', 'glicemia', 'colesterolo', 'creatinina', 'emoglobina', 'temperatura corporea'],
        nl: ['bloeddruk', 'hartslag', 'bloedsuiker', 'glucose', 'cholesterol', 'creatinine', 'hemoglobine', 'lichaamstemperatuur', 'zuurstofsaturatie'],
        pt: ['pressão arterial', 'pulso', 'frequência cardíaca', 'glicemia', 'glicose', 'colesterol', 'creatinina', 'hemoglobina', 'temperatura corporal'],
        pl: ['ciśnienie krwi', 'ciśnienie tętnicze', 'tętno', 'glukoza', 'cholesterol', 'kreatynina', 'hemoglobina', 'temperatura ciała'],
        sv: ['blodtryck', 'hjärtfrekvens', 'puls', 'blodsocker', 'kolesterol', 'kreatinin', 'hemoglobin', 'kroppstemperatur'],
        da: ['blodtryk', 'hjertefrekvens', 'puls', 'blodsukker', 'kolesterol', 'kreatinin', 'hæmoglobin', 'kropstemperatur'],
        tr: ['tansiyon', 'kan basıncı', 'nabız', 'kalp hızı', 'kan şekeri', 'glikoz', 'kolesterol', 'kreatinin', 'hemoglobin', 'vücut ısısı'],
      },
    },
    {
      // Named conditions a study or a record notes per person (`diabetes`, `prevalent_stroke`,
      // `TenYearCHD`), and clinical shorthand that is unambiguous as a whole (`sysBP`, `BPMeds`).
      confidence: 0.75,
      not: ['width', 'color', 'colour', 'style', 'opacity', 'dash', 'linecap', 'linejoin', 'miter', 'count', 'key', 'order', 'brush', 'pen', 'swim', 'swimming', 'rate', 'golf', 'tennis', 'rowing'],
      say: {
        en: ['diabetes', 'diabetic', 'hypertension', 'hypertensive', 'stroke', 'asthma', 'cancer', 'tumor', 'tumour', 'copd', 'coronary heart disease', 'heart disease', 'chd', 'epilepsy', 'dementia', 'hepatitis', 'tuberculosis', 'arthritis', 'insulin', 'anemia', 'anaemia', 'sys bp', 'dia bp', 'bp meds', 'bp medication', 'tot chol', 'total cholesterol', 'cigs per day', 'cigarettes per day'],
        de: ['Diabetes', 'Bluthochdruck', 'Schlaganfall', 'Asthma', 'Krebs', 'Epilepsie', 'Demenz', 'Zigaretten pro Tag'],
        fr: ['diabète', 'hypertension artérielle', 'AVC', 'asthme', 'cancer', 'épilepsie', 'démence'],
        es: ['diabetes', 'hipertensión', 'ictus', 'asma', 'cáncer', 'epilepsia', 'demencia'],
        it: ['diabete', 'ipertensione', 'ictus', 'asma', 'cancro', 'epilessia', 'demenza'],
        nl: ['suikerziekte', 'hoge bloeddruk', 'beroerte', 'astma', 'kanker', 'epilepsie', 'dementie'],
        pt: ['diabetes', 'hipertensão', 'AVC', 'asma', 'câncer', 'cancro', 'epilepsia', 'demência'],
      },
    },
    {
      // Findings of an examination or a personal medical history (occupational health, school
      // nurses, insurers): eye and hearing conditions, common chronic conditions, smoking and
      // drinking habits, tetanus shots, in the seven lexicon languages.
      confidence: 0.75,
      not: ['width', 'color', 'colour', 'style', 'count', 'key', 'order', 'rate', 'price', 'product', 'sku', 'game', 'level'],
      say: {
        en: [
          'myopia', 'hyperopia', 'hypermetropia', 'astigmatism', 'visual acuity', 'hearing loss', 'audiometry', 'spirometry',
          'arrhythmia', 'heart murmur', 'hypotension', 'hernia', 'ulcer', 'gastritis', 'osteoarthritis', 'arthrosis', 'lumbago',
          'migraine', 'osteoporosis', 'depression', 'transaminases', 'uric acid', 'tetanus', 'drinker', 'alcohol consumption',
          'alcohol use', 'smoking habit', 'tobacco use',
        ],
        de: [
          'Kurzsichtigkeit', 'Weitsichtigkeit', 'Astigmatismus', 'Sehschärfe', 'Schwerhörigkeit', 'Audiometrie', 'Spirometrie',
          'Herzrhythmusstörung', 'Herzgeräusch', 'Hypotonie', 'Hernie', 'Magengeschwür', 'Gastritis', 'Arthrose', 'Hexenschuss',
          'Migräne', 'Osteoporose', 'Depression', 'Transaminasen', 'Harnsäure', 'Tetanus', 'Raucher', 'Alkoholkonsum',
        ],
        fr: [
          'myopie', 'hypermétropie', 'astigmatisme', 'acuité visuelle', 'surdité', 'audiométrie', 'spirométrie', 'arythmie',
          'souffle cardiaque', 'hypotension', 'hernie', 'ulcère', 'gastrite', 'arthrose', 'lumbago', 'migraine', 'ostéoporose',
          'dépression', 'transaminases', 'acide urique', 'tétanos', 'fumeur', 'tabagisme', 'consommation d’alcool',
        ],
        es: [
          'miopía', 'hipermetropía', 'astigmatismo', 'agudeza visual', 'hipoacusia', 'audiometría', 'espirometría', 'arritmia',
          'soplo cardiaco', 'hipotensión', 'hernia', 'úlcera', 'gastritis', 'artrosis', 'lumbago', 'migraña', 'osteoporosis',
          'depresión', 'transaminasas', 'ácido úrico', 'tétanos', 'fumador', 'bebedor', 'tabaquismo', 'consumo de alcohol',
        ],
        it: [
          'miopia', 'ipermetropia', 'astigmatismo', 'acuità visiva', 'ipoacusia', 'audiometria', 'spirometria', 'aritmia',
          'soffio cardiaco', 'ipotensione', 'ernia', 'ulcera', 'gastrite', 'artrosi', 'lombalgia', 'emicrania', 'osteoporosi',
          'depressione', 'transaminasi', 'acido urico', 'tetano', 'fumatore', 'tabagismo', 'consumo di alcol',
        ],
        nl: [
          'bijziendheid', 'verziendheid', 'astigmatisme', 'gezichtsscherpte', 'slechthorendheid', 'audiometrie', 'spirometrie',
          'hartritmestoornis', 'hartruis', 'lage bloeddruk', 'hernia', 'maagzweer', 'gastritis', 'artrose', 'migraine',
          'osteoporose', 'depressie', 'transaminasen', 'urinezuur', 'tetanus', 'roker', 'alcoholgebruik',
        ],
        pt: [
          'miopia', 'hipermetropia', 'astigmatismo', 'acuidade visual', 'surdez', 'audiometria', 'espirometria', 'arritmia',
          'sopro cardíaco', 'hipotensão', 'hérnia', 'úlcera', 'gastrite', 'artrose', 'lombalgia', 'enxaqueca', 'osteoporose',
          'depressão', 'transaminases', 'ácido úrico', 'tétano', 'fumante', 'fumador', 'tabagismo', 'consumo de álcool',
        ],
      },
    },
    {
      // Clinical abbreviations that mean other things elsewhere (`bp`, `rx`, `dx`, `meds`): only among patients.
      confidence: 0,
      say: { en: ['bp', 'rx', 'dx', 'meds', 'vitals', 'hr bpm'], de: ['RR'], fr: ['TA'], es: ['TA'], it: ['PA'], nl: ['RR'], pt: ['PA'] },
      context: { kind: 'health', boosted: 0.75 },
      whole: true,
    },
    {
      confidence: 0.6,
      say: { en: ['treatment', 'therapy', 'drug', 'medicine'], de: ['Behandlung', 'Therapie'], fr: ['traitement', 'thérapie'], es: ['tratamiento', 'terapia'], it: ['terapia', 'trattamento'], nl: ['behandeling', 'therapie'], pt: ['tratamento', 'terapia'] },
    },
    {
      // `condition` alone is a product's or a contract's, unless the field sits among patients.
      confidence: 0,
      say: { en: ['condition', 'conditions'], de: ['Zustand'], fr: ['état de santé'], es: ['condición'], it: ['condizione'], nl: ['aandoening'], pt: ['condição'] },
      context: { kind: 'health', boosted: 0.7 },
    },
  ],
});

export const BIOMETRIC = lexicon({
  category: 'special.biometric',
  keep: KEEP,
  not: [
    'device', 'browser', 'ssh', 'gpg', 'pgp', 'cert', 'certificate', 'tls', 'ssl', 'card', 'file', 'public', 'canvas',
    'audio', 'sha', 'md', 'request', 'build', 'schema', 'content', 'js', 'tcp', 'ja', 'server', 'client',
    // A login's or a session's fingerprint is the browser's it came from (`lastLogFingerprint`).
    'log', 'login', 'logon', 'session', 'auth',
  ],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['biometric', 'biometrics', 'biometric data', 'biometric template', 'face template', 'face encoding', 'face embedding', 'facial recognition', 'faceprint', 'face print', 'iris scan', 'iris template', 'retina scan', 'voiceprint', 'voice print', 'palm print', 'hand geometry',
          // A fingerprint's template or image is the finger's, whatever table it is in; the bare word is weak (below).
          'fingerprint template', 'fingerprint image', 'fingerprint minutiae', 'fingerprint scan', 'finger template', 'finger vein', 'palm vein'],
        de: ['Biometrie', 'biometrische Daten', 'Fingerabdruck', 'Gesichtserkennung', 'Gesichtsmerkmale'],
        fr: ['biométrie', 'données biométriques', 'empreinte digitale', 'reconnaissance faciale', 'gabarit facial', 'empreinte vocale'],
        es: ['biometría', 'datos biométricos', 'huella dactilar', 'huella digital', 'reconocimiento facial', 'plantilla facial'],
        it: ['biometria', 'dati biometrici', 'impronta digitale', 'riconoscimento facciale', 'impronta vocale'],
        nl: ['biometrie', 'biometrische gegevens', 'vingerafdruk', 'gezichtsherkenning'],
        pt: ['biometria', 'dados biométricos', 'impressão digital', 'reconhecimento facial'],
        pl: ['biometria', 'dane biometryczne', 'odcisk palca', 'odciski palców'],
        sv: ['biometri', 'biometriska uppgifter', 'fingeravtryck'],
        da: ['biometri', 'biometriske data', 'fingeraftryk'],
        tr: ['biyometrik', 'biyometrik veri', 'parmak izi'],
        fi: ['biometria', 'biometriset tiedot', 'sormenjälki', 'sormenjäljet'],
      },
    },
    { confidence: 0.75, say: { en: ['face id', 'iris'] } },
    {
      // An English `fingerprint` is as often a browser's, a key's or a file's (issue 21): a
      // person's only among people (`employees.fingerprint`), too weak to report elsewhere.
      confidence: 0.3,
      say: { en: ['fingerprint', 'finger print'] },
      context: { kind: 'person', boosted: 0.85 },
    },
  ],
});

export const GENETIC = lexicon({
  category: 'special.genetic',
  keep: KEEP,
  not: ['algorithm', 'algorithms', 'programming', 'operator', 'operators', 'crossover', 'mutation rate', 'population', 'solver'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['genetic', 'genetic data', 'genetics', 'dna', 'dna sequence', 'dna test', 'genome', 'genotype', 'genomic', 'gene variant', 'snp', 'genetic test'],
        de: ['genetische Daten', 'Genom', 'Erbgut', 'Gentest', 'DNA-Analyse', 'genetisch'],
        fr: ['génétique', 'données génétiques', 'ADN', 'génome', 'test ADN'],
        es: ['genético', 'datos genéticos', 'ADN', 'genoma', 'prueba de ADN', 'prueba genética', 'análisis genético'],
        it: ['genetico', 'dati genetici', 'DNA', 'genoma', 'test genetico'],
        nl: ['genetisch', 'genetische gegevens', 'DNA', 'genoom', 'DNA-test'],
        pt: ['genético', 'dados genéticos', 'ADN', 'genoma', 'teste de DNA'],
        pl: ['dane genetyczne', 'badanie genetyczne', 'genotyp'],
        sv: ['genetiska uppgifter', 'gentest', 'genotyp'],
        da: ['genetiske data', 'gentest', 'genotype'],
        tr: ['genetik veri', 'genetik test'],
        fi: ['geneettiset tiedot', 'geenitesti', 'genotyyppi'],
      },
    },
  ],
});

export const ETHNICITY = lexicon({
  category: 'special.ethnicity',
  keep: KEEP,
  not: ['condition', 'conditions', 'track', 'car', 'time', 'result', 'results', 'event', 'lap', 'laps', 'horse', 'driver', 'position', 'day', 'start', 'finish', 'series', 'season'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['ethnicity', 'ethnic origin', 'ethnic group', 'ethnic', 'racial origin', 'race ethnicity', 'ethnic background'],
        de: ['Ethnie', 'ethnische Herkunft', 'Ethnizität', 'ethnische Zugehörigkeit'],
        fr: ['ethnie', 'origine ethnique', 'appartenance ethnique'],
        es: ['etnia', 'origen étnico', 'grupo étnico'],
        it: ['etnia', 'origine etnica', 'gruppo etnico'],
        nl: ['etniciteit', 'etnische afkomst', 'etnische achtergrond'],
        pt: ['etnia', 'origem étnica', 'grupo étnico'],
        pl: ['pochodzenie etniczne', 'narodowość etniczna'],
        sv: ['etnicitet', 'etniskt ursprung'],
        da: ['etnicitet', 'etnisk oprindelse'],
        tr: ['etnik köken'],
      },
    },
    // The US census question (`HispanicLatino`, `is_hispanic`): an ethnicity however it is stored.
    { confidence: 0.85, say: { en: ['hispanic latino', 'hispanic or latino', 'hispanic', 'is hispanic'] }, whole: true },
    { confidence: 0.7, say: { en: ['race', 'skin color', 'skin colour', 'ancestry'], de: ['Abstammung'], fr: ['race'], es: ['raza'], it: ['razza'], nl: ['afkomst'], pt: ['raça', 'cor da pele'] } },
  ],
});

export const RELIGION = lexicon({
  category: 'special.religion',
  keep: KEEP,
  not: ['currency', 'coin', 'coins', 'note', 'notes', 'bill', 'bills', 'value', 'amount', 'face', 'cash'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['religion', 'religious', 'religious affiliation', 'religious belief', 'church membership'],
        de: ['Religion', 'Konfession', 'Religionszugehörigkeit', 'Glaubensbekenntnis', 'Kirchensteuermerkmal'],
        fr: ['religion', 'confession religieuse', 'croyance religieuse', 'appartenance religieuse'],
        es: ['religión', 'confesión religiosa', 'creencia religiosa'],
        it: ['religione', 'confessione religiosa', 'fede religiosa'],
        nl: ['religie', 'godsdienst', 'geloofsovertuiging', 'kerkgenootschap'],
        pt: ['religião', 'crença religiosa', 'confissão religiosa'],
        pl: ['religia', 'wyznanie', 'wyznanie religijne'],
        sv: ['religion', 'trosuppfattning', 'religionstillhörighet'],
        da: ['religion', 'trosretning', 'trossamfund'],
        // Not the bare `din`: a DIN standard's number in product tables.
        tr: ['dini inanç', 'din bilgisi'],
        fi: ['uskonto', 'uskontokunta'],
      },
    },
    { confidence: 0.6, say: { en: ['beliefs', 'church', 'faith', 'denomination'], de: ['Kirchensteuer', 'Glaube'], fr: ['croyance', 'confession'], es: ['creencia'], it: ['fede'], nl: ['geloof'], pt: ['crença'] } },
  ],
});

export const POLITICAL = lexicon({
  category: 'special.political',
  keep: KEEP,
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['political opinion', 'political opinions', 'political affiliation', 'political party', 'party affiliation', 'party membership', 'political views', 'politics', 'politic', 'political', 'voting intention'],
        de: ['politische Meinung', 'politische Einstellung', 'Parteizugehörigkeit', 'Parteimitgliedschaft'],
        fr: ['opinion politique', 'opinions politiques', 'parti politique', 'affiliation politique', 'appartenance politique'],
        es: ['opinión política', 'afiliación política', 'partido político', 'ideología política'],
        it: ['opinione politica', 'opinioni politiche', 'affiliazione politica', 'partito politico', 'orientamento politico'],
        nl: ['politieke voorkeur', 'politieke overtuiging', 'partijlidmaatschap', 'politieke partij'],
        pt: ['opinião política', 'filiação partidária', 'afiliação partidária', 'partido político', 'orientação política'],
        pl: ['poglądy polityczne', 'przynależność partyjna', 'partia polityczna'],
        sv: ['politisk åsikt', 'partitillhörighet', 'politiskt parti'],
        da: ['politisk holdning', 'partitilhørsforhold', 'politisk parti'],
        tr: ['siyasi görüş', 'siyasi parti', 'parti üyeliği'],
      },
    },
    { confidence: 0.6, say: { de: ['Partei'], es: ['partido'], it: ['partito'], nl: ['partij'] }, whole: true },
  ],
});

export const SEXUAL_ORIENTATION = lexicon({
  category: 'special.sexual_orientation',
  keep: KEEP,
  terms: [
    {
      confidence: 0.92,
      say: {
        en: ['sexual orientation', 'sexual preference', 'sexuality', 'sex life', 'lgbt', 'lgbtq'],
        de: ['sexuelle Orientierung', 'sexuelle Ausrichtung', 'Sexualität'],
        fr: ['orientation sexuelle', 'sexualité', 'vie sexuelle'],
        es: ['orientación sexual', 'sexualidad', 'vida sexual'],
        it: ['orientamento sessuale', 'sessualità', 'vita sessuale'],
        nl: ['seksuele geaardheid', 'seksuele oriëntatie', 'geaardheid', 'seksualiteit'],
        pt: ['orientação sexual', 'sexualidade', 'vida sexual'],
      },
    },
    // A profile's bare `sexual` (beside `religion`, `politic`) is its orientation.
    { confidence: 0.7, say: { en: ['sexual'], de: ['sexuell'], fr: ['sexuel', 'sexuelle'], es: ['sexual'], it: ['sessuale'], nl: ['seksueel'], pt: ['sexual'] }, whole: true },
  ],
});

export const TRADE_UNION = lexicon({
  category: 'special.trade_union',
  keep: KEEP,
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['trade union', 'union membership', 'union member', 'labor union', 'labour union', 'union dues', 'union affiliation', 'trade union membership'],
        de: ['Gewerkschaft', 'Gewerkschaftszugehörigkeit', 'Gewerkschaftsmitglied', 'Gewerkschaftsbeitrag'],
        fr: ['syndicat', 'appartenance syndicale', 'adhésion syndicale', 'cotisation syndicale'],
        es: ['sindicato', 'afiliación sindical', 'cuota sindical'],
        it: ['sindacato', 'iscrizione sindacale', 'tessera sindacale', 'quota sindacale'],
        nl: ['vakbond', 'vakbondslidmaatschap', 'vakbondslid', 'vakbondscontributie'],
        pt: ['sindicato', 'filiação sindical', 'contribuição sindical'],
        pl: ['związek zawodowy', 'członkostwo w związku zawodowym', 'składka związkowa'],
        sv: ['fackförening', 'fackmedlem', 'fackavgift', 'facklig tillhörighet'],
        da: ['fagforening', 'fagforeningsmedlem', 'fagforeningskontingent'],
        tr: ['sendika', 'sendika üyeliği', 'sendika aidatı'],
      },
    },
  ],
});

export const CRIMINAL_RECORD = lexicon({
  category: 'criminal.record',
  keep: KEEP,
  // A cardiac or respiratory arrest is a patient's, not a police one's.
  not: ['yards', 'rating', 'team', 'player', 'stats', 'points', 'rank', 'cardiac', 'heart', 'respiratory', 'cardiopulmonary', 'circulatory'],
  terms: [
    {
      confidence: 0.9,
      say: {
        en: ['criminal record', 'criminal history', 'criminal conviction', 'conviction', 'convictions', 'criminal offence', 'criminal offense', 'police record', 'arrest record', 'felony', 'misdemeanor', 'sex offender', 'dbs check', 'criminal background'],
        de: ['Vorstrafe', 'Vorstrafen', 'Strafregister', 'Führungszeugnis', 'Straftat', 'Verurteilung', 'Bundeszentralregister'],
        fr: ['casier judiciaire', 'condamnation', 'condamnations', 'antécédents judiciaires', 'infraction pénale'],
        es: ['antecedentes penales', 'delito', 'condena', 'certificado de antecedentes', 'antecedentes policiales'],
        it: ['casellario giudiziale', 'precedenti penali', 'condanna', 'reato', 'reati', 'carichi pendenti'],
        nl: ['strafblad', 'veroordeling', 'strafrechtelijk verleden', 'justitiële documentatie', 'verklaring omtrent gedrag'],
        pt: ['registo criminal', 'antecedentes criminais', 'condenação', 'certidão de antecedentes', 'registro criminal'],
        pl: ['karalność', 'zaświadczenie o niekaralności', 'rejestr karny', 'wyrok skazujący'],
        sv: ['brottsregister', 'belastningsregister', 'utdrag ur belastningsregistret'],
        da: ['straffeattest', 'kriminalregister', 'straffeblad'],
        tr: ['adli sicil', 'sabıka kaydı', 'sabika kaydi'],
        fi: ['rikosrekisteri', 'rikosrekisteriote', 'rikostausta'],
      },
    },
    { confidence: 0.6, say: { en: ['offence', 'offense', 'offences', 'arrests', 'arrest date', 'background check'], fr: ['infraction'], it: ['condanne'] } },
  ],
});
