// Issue 28: every built-in detector of an identifier with a check digit decides from the values
// alone. A column of valid values under a meaningless name (`c1`) is reported with its category;
// the same values with wrong check digits (`c2`) are not. Values are generated here, and checked
// with stdnum's validators (an implementation independent of datamin's) where stdnum has one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import type { CategoryId } from '../../src/model/taxonomy.js';
import { runCli } from '../helpers/run-cli.js';
import { mulberry32, randomDraws } from '../helpers/mulberry32.js';
import { completions, iban, icaoDigit, stdnumValidates } from '../helpers/check-digits.js';
import { arCuit, auTfn, balticPersonalCode, caSin, clRut, czRodneCislo, hrOib, isKennitala, krRrn, mxCurp, ptNif, seeded } from '../helpers/natid-generators.js';

const random = mulberry32(28);
const { pick, digits } = randomDraws(random);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const letters = (n: number): string => Array.from({ length: n }, () => pick([...LETTERS])).join('');
const ROWS = 40;

interface Pair {
  valid: string;
  wrong: string;
}

/** Draws pairs until `ROWS` of them: a draw may break another rule of the identifier (undefined). */
function pairs(draw: () => Pair | undefined): Pair[] {
  const out: Pair[] = [];
  for (let tries = 0; out.length < ROWS && tries < 100_000; tries++) {
    const pair = draw();
    if (pair) out.push(pair);
  }
  return out;
}

function luhnValid(number: string): boolean {
  const sum = [...number].reverse().reduce((s, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}

/** Two-digit MOD 97 keys (French NIR): the key and a wrong one. */
function nirPair(first13: string): Pair {
  const key = 97 - Number(BigInt(first13) % 97n);
  const wrong = (key % 97) + 1;
  return { valid: `${first13}${String(key).padStart(2, '0')}`, wrong: `${first13}${String(wrong).padStart(2, '0')}` };
}

/** A TD3 passport MRZ line 2 (ICAO 9303 Part 4 §4.2.2), and the same with a wrong composite check digit. */
function mrzPair(): Pair {
  const documentNumber = letters(2) + digits(7);
  const birth = `${digits(1).replace(/./, (d) => String(5 + (Number(d) % 5)))}${digits(1)}0${1 + Math.floor(random() * 9)}1${Math.floor(random() * 9)}`;
  const expiry = `3${digits(1)}0${1 + Math.floor(random() * 9)}2${Math.floor(random() * 9)}`;
  const optional = '<'.repeat(14);
  const body = `${documentNumber}${icaoDigit(documentNumber)}UTO${birth}${icaoDigit(birth)}${pick(['M', 'F'])}${expiry}${icaoDigit(expiry)}${optional}0`;
  const composite = icaoDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
  return { valid: `${body}${composite}`, wrong: `${body}${(composite + 1) % 10}` };
}

const dniValid = stdnumValidates('es', 'dni');
const nieValid = stdnumValidates('es', 'nie');
const idnrValid = stdnumValidates('de', 'idnr');
const bsnValid = stdnumValidates('nl', 'bsn');
const cfValid = stdnumValidates('it', 'codicefiscale');
const nirValid = stdnumValidates('fr', 'nir');

const MONTHS = 'ABCDEHLMPRST';

/**
 * The first ten digits of a Steuer-ID (§ 139b AO): no leading zero, one digit twice and eight
 * others once. stdnum's own check of this rule lets most digit strings through, so it is built.
 */
function steuerIdBody(): string {
  const shuffled = [...DIGITS].sort(() => random() - 0.5);
  const chosen = shuffled.slice(0, 9);
  const body = [...chosen, chosen[0]].sort(() => random() - 0.5);
  return body[0] === '0' ? steuerIdBody() : body.join('');
}

const natid = seeded(2800);
/** A generated valid value and the same with a last character stdnum rejects. */
function lastCharWrong(make: (rnd: () => number) => string, stdnum: [string, string], alphabet = DIGITS): () => Pair | undefined {
  const valid = stdnumValidates(...stdnum);
  return () => {
    const v = make(natid);
    const body = v.slice(0, -1);
    const wrong = [...alphabet].map((c) => body + c).find((w) => !valid(w.replace(/[\s./-]/g, '')));
    return wrong === undefined ? undefined : { valid: v, wrong };
  };
}

/** Built-in detector id → the category it reports and value pairs (valid, wrong check digit). */
const CASES: Record<string, { category: CategoryId; values: Pair[] }> = {
  'card-number': { category: 'financial.card_number', values: pairs(() => completions(`4${digits(14)}`, DIGITS, luhnValid)) },
  'de-steuer-id': { category: 'government.national_id', values: pairs(() => completions(steuerIdBody(), DIGITS, idnrValid)) },
  'es-dni': { category: 'government.national_id', values: pairs(() => completions(digits(8), LETTERS, dniValid)) },
  'es-nie': { category: 'government.national_id', values: pairs(() => completions(`${pick(['X', 'Y', 'Z'])}${digits(7)}`, LETTERS, nieValid)) },
  'fr-nir': {
    category: 'government.national_id',
    values: pairs(() => {
      const pair = nirPair(`${pick(['1', '2'])}${digits(2)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 19)).padStart(2, '0')}${digits(3)}${digits(3)}`);
      return nirValid(pair.valid) && !nirValid(pair.wrong) ? pair : undefined;
    }),
  },
  iban: {
    category: 'financial.iban',
    values: pairs(() => {
      const valid = iban('DE', digits(18));
      const check = Number(valid.slice(2, 4));
      return { valid, wrong: `DE${String(((check - 1) % 97) + 2).padStart(2, '0')}${valid.slice(4)}` };
    }),
  },
  'it-codice-fiscale': {
    category: 'government.national_id',
    values: pairs(() => completions(`${letters(6)}${digits(2)}${pick([...MONTHS])}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}${pick(['A', 'F', 'H', 'L'])}${digits(3)}`, LETTERS, cfValid)),
  },
  'nl-bsn': { category: 'government.national_id', values: pairs(() => completions(`${1 + Math.floor(random() * 9)}${digits(7)}`, DIGITS, bsnValid)) },
  'passport-mrz': { category: 'government.passport', values: pairs(mrzPair) },
  'ar-cuit': { category: 'government.tax_id', values: pairs(lastCharWrong((r) => arCuit(r, true), ['ar', 'cuit'])) },
  'au-tfn': { category: 'government.tax_id', values: pairs(lastCharWrong(auTfn, ['au', 'tfn'])) },
  'ca-sin': { category: 'government.national_id', values: pairs(lastCharWrong((r) => caSin(r, true), ['ca', 'sin'])) },
  'cl-rut': { category: 'government.national_id', values: pairs(lastCharWrong((r) => clRut(r, true), ['cl', 'rut'], `${DIGITS}K`)) },
  'cz-rodne-cislo': { category: 'government.national_id', values: pairs(lastCharWrong((r) => czRodneCislo(r, true), ['cz', 'rc'])) },
  'ee-lt-personal-code': { category: 'government.national_id', values: pairs(lastCharWrong(balticPersonalCode, ['lt', 'asmens'])) },
  'hr-oib': { category: 'government.national_id', values: pairs(lastCharWrong(hrOib, ['hr', 'oib'])) },
  'is-kennitala': {
    category: 'government.national_id',
    // The check digit is the one before the century digit.
    values: pairs(() => {
      const v = isKennitala(natid, true);
      const ok = stdnumValidates('is', 'kennitala');
      const wrong = [...DIGITS].map((c) => `${v.slice(0, 9)}${c}${v.slice(10)}`).find((w) => !ok(w));
      return wrong === undefined ? undefined : { valid: v, wrong };
    }),
  },
  'kr-rrn': { category: 'government.national_id', values: pairs(lastCharWrong((r) => krRrn(r, true), ['kr', 'rrn'])) },
  'mx-curp': { category: 'government.national_id', values: pairs(lastCharWrong(mxCurp, ['mx', 'curp'])) },
  'pt-nif': { category: 'government.tax_id', values: pairs(lastCharWrong(ptNif, ['pt', 'nif'])) },
};

const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-check-digits-'));
let result: ScanResult;

beforeAll(async () => {
  for (const [id, { values }] of Object.entries(CASES)) {
    // c3: most values valid, one in five mistyped (a real column's typos).
    writeFileSync(path.join(work, `${id}.csv`), `c1,c2,c3\n${values.map((p, i) => `${p.valid},${p.wrong},${i % 5 === 4 ? p.wrong : p.valid}`).join('\n')}\n`);
  }
  const run = await runCli(['scan', '.', '--format', 'json'], { cwd: work });
  result = JSON.parse(run.stdout) as ScanResult;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const categories = (dataset: string, field: string): CategoryId[] => result.fields.find((f) => f.dataset === dataset && f.field === field)?.categories.map((c) => c.id) ?? [];

describe.each(Object.entries(CASES))('%s', (id, { category, values }) => {
  it(`has ${ROWS} generated pairs`, () => {
    expect(values).toHaveLength(ROWS);
    expect(new Set(values.map((p) => p.valid)).size).toBe(ROWS);
  });

  it(`reports an unnamed column of valid values as ${category}`, () => {
    expect(categories(id, 'c1')).toContain(category);
    const match = result.fields.find((f) => f.dataset === id && f.field === 'c1')!.categories.find((c) => c.id === category)!;
    expect(match.detectors).toContain(id);
  });

  it('reports a column where most values (4 in 5) pass the check', () => {
    expect(categories(id, 'c3')).toContain(category);
  });

  it('does not report the same values with wrong check digits', () => {
    expect(categories(id, 'c2')).not.toContain(category);
  });
});
