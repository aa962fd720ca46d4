// Table tests for cookie-id-name: cookie, visitor, anonymous and analytics client ids, browser
// fingerprints in seven languages; cookie policies, names and consent are not cookie ids.
import detector from '../../../src/detectors/name/cookie-id-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { expect, it } from 'vitest';
import { TAXONOMY, type NameHit } from '../../../src/model/index.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.cookie_id' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'cookie_id', 'visitor_id', 'visitorId', 'anonymous_id', 'anonymousId', 'ga_client_id', '_ga', 'domain_userid',
    'network_userid', 'user_pseudo_id', 'distinct_id', 'browser_fingerprint', 'device_fingerprint', 'Cookie-ID',
    'Besucher_ID', 'id_visiteur', 'id_de_visitante', 'id_visitatore', 'bezoeker_id', 'id_do_visitante',
  ].map((name) => ({ name, category })),
  invalid: ['cookie_policy_url', 'cookie_name', 'cookie_domain', 'cookie_consent', 'cookie_expiry', 'oauth_client_id', 'visitor_count', 'cookie_categories'],
});

it('leaves `client_id` below the threshold: a customer key or OAuth client as often, so a GA-shaped value must decide', () => {
  const hit = detector.match(toFieldName('client_id')) as NameHit;
  expect(hit.confidence).toBeLessThan(TAXONOMY['online.cookie_id'].threshold);
});
