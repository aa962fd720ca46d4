// Cross-detector test: common non-personal values (order ids, SKUs, ISBNs, timestamps, digests,
// amounts, UUIDs) must not be claimed by any detector, except UUIDs by the weak id detectors.
import { describe, expect, it } from 'vitest';
import { valueDetectors } from '../../../src/detectors/value/index.js';

const LOOK_ALIKES = [
  'ORD-2024-000123', 'SKU-4411-BLK', '978-3-16-148410-0', '9783161484100', '1Z999AA10123456784', '1700000000',
  '1234.56', '4111111111111112', '10.0', '1.2.3', 'v2.14.0', 'iPhone 15 Pro', 'SM-S911B', 'Galaxy S23 Ultra',
  '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'd41d8cd98f00b204e9800998ecf8427e',
  'true', 'N/A', 'EUR', 'Pending', '42', '0', '-1', '3.14',
];

function matchingIds(value: string): string[] {
  return valueDetectors
    .filter((d) => (d.prefilter ? d.prefilter(value) : true) && d.match(value) !== undefined)
    .map((d) => d.id);
}

describe('look-alikes', () => {
  it.each(LOOK_ALIKES)('%s is matched by no detector', (value) => {
    expect(matchingIds(value)).toEqual([]);
  });

  it('a UUID is only a weak device, advertising or cookie id', () => {
    const ids = matchingIds('550e8400-e29b-41d4-a716-446655440000');
    expect(ids).toEqual(['advertising-id', 'cookie-id', 'device-id']);
    for (const d of valueDetectors.filter((v) => ids.includes(v.id))) expect(d.strength).toBeLessThanOrEqual(0.2);
  });
});
