// Rule minimization-precision: cases that fire and cases that stay silent, run through the real engine and catalog.
import { describe, expect, it } from 'vitest';
import { hasPreciseCoordinate, isFullIpAddress } from '../../src/rules/minimization-precision.js';
import { dataset, testRule } from '../helpers/rule-tester.js';

const rows = (field: string, values: string[]) => values.map((value) => ({ [field]: value }));

testRule('minimization-precision', [
  {
    name: 'reports exact dates of birth with the taxonomy advice',
    datasets: [dataset('members', { fields: { birth_date: ['person.date_of_birth'] }, rows: rows('birth_date', ['1985-03-12', '12.07.1990', '1979-11-02', '']) })],
    findings: [
      {
        field: 'birth_date',
        severity: 'low',
        categories: ['person.date_of_birth'],
        data: { precision: 'exact dates of birth', preciseShare: 100, sampled: 3, advice: 'Store a birth year, an age band or an is-adult flag instead of the full date.' },
      },
    ],
  },
  {
    name: 'reports full IPv4 and IPv6 addresses',
    datasets: [dataset('logins', { fields: { ip: ['online.ip_address'] }, rows: rows('ip', ['203.0.113.57', '2001:db8:85a3::8a2e:370:7334', '198.51.100.0']) })],
    findings: [{ field: 'ip', data: { precision: 'full IP addresses', preciseShare: 66.7, sampled: 3 } }],
  },
  {
    name: 'reports coordinates with three or more decimals',
    datasets: [dataset('stores', { fields: { location: ['location.coordinates'] }, rows: rows('location', ['52.52437,13.41053', '48.8566,2.3522']) })],
    findings: [{ field: 'location', message: 'stores.location stores coordinates with 3 or more decimals (about 100 m or finer) in 100% of sampled values. Round to 2 decimals (about 1 km) or keep the city.' }],
  },
  {
    name: 'accepts birth years, truncated addresses and rounded coordinates',
    datasets: [
      dataset('members', { fields: { birth_year: ['person.date_of_birth'] }, rows: rows('birth_year', ['1985', '1990-03', '1979']) }),
      dataset('logins', { fields: { ip: ['online.ip_address'] }, rows: rows('ip', ['203.0.113.0', '2001:db8:85a3::', '198.51.100.0']) }),
      dataset('stores', { fields: { location: ['location.coordinates'] }, rows: rows('location', ['52.52,13.41', '48.86,2.35']) }),
    ],
    findings: [],
  },
  {
    name: 'does not judge fields without sampled values',
    datasets: [dataset('members', { fields: { birth_date: ['person.date_of_birth'] } })],
    findings: [],
  },
]);

describe('precision helpers', () => {
  it('tells full IP addresses from truncated ones', () => {
    expect(isFullIpAddress('10.1.2.3')).toBe(true);
    expect(isFullIpAddress('10.1.2.0')).toBe(false);
    expect(isFullIpAddress('::1')).toBe(true);
    expect(isFullIpAddress('2001:db8:1::')).toBe(false);
    expect(isFullIpAddress('2001:db8:1:2::')).toBe(true);
    expect(isFullIpAddress('fe80::1%eth0')).toBe(true);
    expect(isFullIpAddress('not an ip')).toBe(false);
    expect(isFullIpAddress('1:2:3:4:5:6:7:8:9')).toBe(false);
  });
  it('rejects, without throwing, IPv6-shaped values with too many groups around ::', () => {
    expect(() => isFullIpAddress('1:2:3:4:5:6:7:8::9')).not.toThrow();
    expect(isFullIpAddress('1:2:3:4:5:6:7:8::9')).toBe(false);
    expect(isFullIpAddress('1:2:3:4:5:6:7:8::')).toBe(false);
    expect(isFullIpAddress('::1:2:3:4:5:6:7:8')).toBe(false);
    expect(isFullIpAddress('1:2:3:4:5:6:7::')).toBe(true);
  });
  it('finds three-decimal coordinates', () => {
    expect(hasPreciseCoordinate('-33.8688')).toBe(true);
    expect(hasPreciseCoordinate('-33.86')).toBe(false);
  });
});
