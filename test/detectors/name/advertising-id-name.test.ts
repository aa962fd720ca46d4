// Table tests for advertising-id-name: mobile advertising ids and ad click ids in seven languages.
import detector from '../../../src/detectors/name/advertising-id-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { expect, it } from 'vitest';
import { TAXONOMY, type NameHit } from '../../../src/model/index.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.advertising_id' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'idfa', 'IDFA', 'gaid', 'aaid', 'advertising_id', 'advertisingIdentifier', 'gclid', 'fbclid', 'msclkid', 'dclid',
    'ttclid', 'click_id', 'Werbe-ID', 'identifiant_publicitaire', 'id_de_publicidad', 'id_pubblicitario',
    'advertentie_id', 'id_de_publicidade',
  ].map((name) => ({ name, category })),
  invalid: ['advertising_id_enabled', 'limit_ad_tracking', 'gclid_param', 'idfa_type', 'campaign_id', 'fbclid_count'],
});

it('leaves `ad_id` below the threshold: as often an advert’s id, so a UUID value must decide', () => {
  const hit = detector.match(toFieldName('ad_id')) as NameHit;
  expect(hit.confidence).toBeLessThan(TAXONOMY['online.advertising_id'].threshold);
});
