// Tests for the sexual-orientation value detector: orientations in seven languages, and words
// with other meanings.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/sexual-orientation.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const orientation = (value: string) => ({ value, category: 'special.sexual_orientation' as const });

testValueDetector(detector, {
  valid: [
    orientation('Heterosexual'), orientation('Gay'), orientation('Lesbian'), orientation('Bisexual'), orientation('Asexual'),
    orientation('Queer'), orientation('heterosexuell'), orientation('schwul'), orientation('homosexuel'),
    orientation('bisexual'.toUpperCase()), orientation('eterosessuale'), orientation('biseksueel'), orientation('homossexual'),
    orientation('Straight'),
  ],
  invalid: ['Straight Line', 'Gaylord Hotels', 'Bicycle', 'Hetero Structure', 'Pride Parade'],
});

describe('sexual-orientation column check', () => {
  it('accepts a survey column', () => {
    expect(detector.column!(['Straight', 'Gay', 'Bisexual', 'Straight', 'Prefer not to say'])).toBeUndefined();
  });
  it('rejects straight/curved as shapes', () => {
    expect(detector.column!(['Straight', 'Curved', 'Straight', 'Angled'])).toMatch(/on its own/);
  });
});
