// Tests for the ethnicity value detector: census categories of several countries, and colours,
// cuisines and languages that share words with them.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/ethnicity.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const origin = (value: string) => ({ value, category: 'special.ethnicity' as const });

testValueDetector(detector, {
  valid: [
    origin('Hispanic or Latino'), origin('Not Hispanic or Latino'), origin('Black or African American'),
    origin('American Indian or Alaska Native'), origin('Native Hawaiian or Other Pacific Islander'), origin('White British'),
    origin('Asian or Asian British'), origin('Māori'), origin('Aboriginal'), origin('parda'), origin('indígena'),
    origin('Asian-Pac-Islander'), origin('Amer-Indian-Eskimo'), origin('niet-westerse migratieachtergrond'), origin('White'),
  ],
  invalid: ['Whiteboard', 'Black Friday', 'Italian Restaurant', 'Latin', 'Race 5', 'Pacific Ocean'],
});

describe('ethnicity column check', () => {
  it('accepts US census race categories', () => {
    expect(detector.column!(['White', 'Black or African American', 'Asian', 'White', 'Two or more races'])).toBeUndefined();
  });
  it('accepts the UCI adult census race values', () => {
    expect(detector.column!(['White', 'Black', 'Asian-Pac-Islander', 'Amer-Indian-Eskimo', 'Other'])).toBeUndefined();
  });
  it('rejects a product colour column', () => {
    expect(detector.column!(['White', 'Black', 'White', 'Black'])).toMatch(/on its own/);
    expect(detector.column!(['White', 'Black', 'Silver', 'Red', 'Blue'])).toMatch(/on its own/);
  });
  it('rejects cuisines and languages', () => {
    expect(detector.column!(['Chinese', 'Indian', 'Italian', 'Mexican', 'Japanese'])).toMatch(/on its own/);
    expect(detector.column!(['Chinese', 'Japanese', 'Korean', 'Chinese'])).toMatch(/on its own/);
  });
});

describe('ethnicity from weak terms together', () => {
  it('accepts Synthea-style race values: a colour beside two origins', () => {
    expect(detector.column!(['white', 'black', 'asian', 'native', 'white', 'hawaiian', 'other'])).toBeUndefined();
  });
  it('rejects a colour beside one origin, and origins without a colour', () => {
    expect(detector.column!(['White', 'Black', 'Asian', 'White'])).toMatch(/on its own/);
    expect(detector.column!(['Chinese', 'Japanese', 'Korean', 'Indian', 'Vietnamese', 'Filipino'])).toMatch(/on its own/);
  });
});
