// Registry checks for name detectors: ids unique and equal to file names, sorted, every taxonomy
// category covered, and every category's lexicon present in all seven languages.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameDetectors } from '../../../src/detectors/name/index.js';
import * as contact from '../../../src/detectors/lexicon/contact.js';
import * as financial from '../../../src/detectors/lexicon/financial.js';
import * as government from '../../../src/detectors/lexicon/government.js';
import * as online from '../../../src/detectors/lexicon/online.js';
import * as person from '../../../src/detectors/lexicon/person.js';
import * as personalization from '../../../src/detectors/lexicon/personalization.js';
import * as special from '../../../src/detectors/lexicon/special.js';
import { LANGUAGES, type Lexicon } from '../../../src/detectors/lexicon/types.js';
import { CATEGORY_IDS } from '../../../src/model/index.js';

const nameDir = fileURLToPath(new URL('../../../src/detectors/name/', import.meta.url));
const testDir = fileURLToPath(new URL('./', import.meta.url));
const files = readdirSync(nameDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
const lexicons: Lexicon[] = [contact, financial, government, online, person, personalization, special].flatMap((m) => Object.values(m));

describe('name detector registry', () => {
  const ids = nameDetectors.map((d) => d.id);

  it('lists every detector file exactly once, with id equal to the file name', () => {
    expect([...ids].sort()).toEqual([...files].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is sorted by id', () => {
    expect(ids).toEqual([...ids].sort());
  });

  it('has a test file per detector', () => {
    const tests = readdirSync(testDir).filter((f) => f.endsWith('-name.test.ts')).map((f) => f.replace('.test.ts', ''));
    expect(tests.sort()).toEqual([...ids].sort());
  });

  it('covers every taxonomy category', () => {
    const covered = new Set(nameDetectors.flatMap((d) => d.categories));
    expect(CATEGORY_IDS.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('declares only kind name and a description', () => {
    for (const d of nameDetectors) {
      expect(d.kind).toBe('name');
      expect(d.description.length).toBeGreaterThan(10);
    }
  });
});

describe('lexicons', () => {
  it('has one lexicon per category', () => {
    expect(lexicons.map((l) => l.category).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  for (const lex of lexicons) {
    it(`${lex.category} has synonyms in ${LANGUAGES.join(', ')}`, () => {
      const present = new Set(lex.spec.terms.flatMap((t) => Object.keys(t.say)));
      expect(LANGUAGES.filter((l) => !present.has(l))).toEqual([]);
    });
    it(`${lex.category} has confidences within 0..1 and every phrase yields tokens`, () => {
      for (const term of lex.terms) {
        expect(term.confidence).toBeGreaterThanOrEqual(0);
        expect(term.confidence).toBeLessThanOrEqual(1);
        for (const p of term.phrases) expect(p.tokens.length, p.text).toBeGreaterThan(0);
      }
    });
  }
});
