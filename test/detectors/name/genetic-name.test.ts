// Table tests for the genetic-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/genetic-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.genetic' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'prueba_genetica', 'dane_genetyczne', 'genotyp', 'genetik_veri', 'geneettiset_tiedot',
    'genetic', 'genetic_data', 'genetics', 'dna', 'DNA', 'dna_sequence', 'genome', 'genotype',
    'genetische_Daten', 'Genom', 'Erbgut', 'genetique', 'adn', 'ADN', 'genoma', 'datos_geneticos',
    'dati_genetici', 'genoom', 'dados_geneticos', 'dna_test_result', 'has_genetic_test',
  ].map((name) => ({ name, category })),
  invalid: [
    'genetic_algorithm', 'genetic_operator', 'general', 'gender', 'agent', 'gene_pool_size', 'genre', 'dnat',
  ],
});
