// Tests for the ad-click-id value detector: gclid and fbclid openings; other base64 is not.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/ad-click-id.js';

const category = 'online.advertising_id' as const;

testValueDetector(detector, {
  valid: [
    { value: 'Cj0KCQjwxYOiBhC9ARIsANiEIfYQ0e3xExampleClickIdValue_AbCdEfGh', category },
    { value: 'CjwKCAjw4ZWkBhA4EiwAVJXwqXtestClickIdentifier-123456', category },
    { value: 'EAIaIQobChMI8tP7m4Kx_gIVexampleclickidvalue', category },
    { value: 'IwAR2exampleFacebookClickIdentifierValue_0123', category },
  ],
  invalid: ['Cj0KCQ', 'COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAAAAAAAA', 'IwAR', 'Cj0KCQ jw with spaces and words in it', 'EAIaIQ!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'],
});

it('only strengthens a name: a shape convention, not a specification', () => {
  expect(detector.strength).toBeLessThan(0.5);
});
