// Table-driven detector tests (STYLE.md guideline 10): one `it` per case, and checks on the
// table itself so a test that cannot fail does not slip in.
import { describe, expect, it } from 'vitest';
import type { CategoryId, FieldName, NameDetector, ValueDetector } from '../../src/model/index.js';

export interface ValueCases {
  /** Values the detector must match, with the category it must report. */
  valid: Array<{ value: string; category: CategoryId }>;
  /** Look-alikes it must not match. */
  invalid: string[];
}

export interface NameCases {
  valid: Array<{ name: string | Partial<FieldName> & { raw: string }; category: CategoryId }>;
  invalid: Array<string | (Partial<FieldName> & { raw: string })>;
}

function assertTable(valid: unknown[], invalid: unknown[], key: (c: unknown) => string): void {
  if (valid.length === 0 || invalid.length === 0) throw new Error('detector test needs both valid and invalid cases');
  const seen = new Set<string>();
  for (const c of [...valid, ...invalid]) {
    const k = key(c);
    if (seen.has(k)) throw new Error(`duplicate test case: ${k}`);
    seen.add(k);
  }
}

export function testValueDetector(detector: ValueDetector, cases: ValueCases): void {
  assertTable(cases.valid, cases.invalid, (c) => (typeof c === 'string' ? c : (c as { value: string }).value));
  describe(`value detector ${detector.id}`, () => {
    for (const { value, category } of cases.valid) {
      if (!detector.categories.includes(category)) throw new Error(`${category} is not among ${detector.id}'s categories`);
      it(`matches ${JSON.stringify(value)} as ${category}`, () => {
        if (detector.prefilter) expect(detector.prefilter(value)).toBe(true);
        expect(detector.match(value)?.category).toBe(category);
      });
    }
    for (const value of cases.invalid) {
      it(`rejects ${JSON.stringify(value)}`, () => {
        const passes = detector.prefilter ? detector.prefilter(value) : true;
        expect(passes ? detector.match(value) : undefined).toBeUndefined();
      });
    }
  });
}

export function testNameDetector(
  detector: NameDetector,
  toFieldName: (raw: string) => FieldName,
  cases: NameCases,
): void {
  const build = (n: string | (Partial<FieldName> & { raw: string })): FieldName =>
    typeof n === 'string' ? toFieldName(n) : { ...toFieldName(n.raw), ...n };
  const label = (n: string | { raw: string }): string => (typeof n === 'string' ? n : JSON.stringify(n));
  const validKeys = cases.valid.map((c) => label(c.name));
  const invalidKeys = cases.invalid.map(label);
  assertTable(validKeys, invalidKeys, (k) => k as string);
  describe(`name detector ${detector.id}`, () => {
    for (const { name, category } of cases.valid) {
      if (!detector.categories.includes(category)) throw new Error(`${category} is not among ${detector.id}'s categories`);
      it(`matches ${label(name)} as ${category}`, () => {
        const hit = detector.match(build(name));
        const hits = hit === undefined ? [] : Array.isArray(hit) ? hit : [hit];
        expect(hits.map((h) => h.category)).toContain(category);
      });
    }
    for (const name of cases.invalid) {
      it(`rejects ${label(name)}`, () => {
        const hit = detector.match(build(name));
        const hits = hit === undefined ? [] : Array.isArray(hit) ? hit : [hit];
        expect(hits).toEqual([]);
      });
    }
  });
}
