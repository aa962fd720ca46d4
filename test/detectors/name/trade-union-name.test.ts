// Table tests for the trade-union-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/trade-union-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'special.trade_union' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'trade_union', 'union_membership', 'union_member', 'labor_union', 'union_dues', 'is_union_member',
    'Gewerkschaft', 'Gewerkschaftsmitglied', 'syndicat', 'appartenance_syndicale', 'sindicato',
    'afiliacion_sindical', 'sindacato', 'iscrizione_sindacale', 'vakbond', 'vakbondslid', 'filiacao_sindical',
  ].map((name) => ({ name, category })),
  invalid: [
    'union', 'union_all', 'union_type', 'european_union', 'credit_union', 'reunion', 'syndicate_count', 'trade',
    'trade_id', 'onion',
  ],
});
