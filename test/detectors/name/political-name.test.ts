// Table tests for the political-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/political-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.political' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'political_opinion', 'political_affiliation', 'political_party', 'party_affiliation', 'politics',
    'afiliacao_partidaria', 'przynaleznosc_partyjna', 'partitillhorighet', 'siyasi_gorus',
    'political_views', 'politische_Meinung', 'Parteizugehörigkeit', 'Partei', 'opinion_politique',
    'parti_politique', 'opinion_politica', 'afiliacion_politica', 'partido', 'opinione_politica',
    'partito_politico', 'politieke_voorkeur', 'partij', 'opiniao_politica', 'filiacao_partidaria',
    // Cut short, as some profile tables spell it.
    'politic',
  ].map((name) => ({ name, category })),
  invalid: [
    'third_party', 'party_id', 'party', 'party_type', 'policy', 'political_count', 'polite', 'partial',
    'party_size',
  ],
});
