// Equality of the national-format fast path (src/detectors/validators/phone-national.ts) with
// libphonenumber-js: for each format family (US, GB, DE, FR, ES, IT, NL national formats,
// scripts/phone-national-numbers.mjs), a million generated numbers by default, each judged under
// every default country both ways: `nationalPhoneValidity(digits, country)` and
// `parsePhoneNumberFromString(text, country)` + isValid(). Exits 1 on any disagreement, and when
// the fast path defers more than 1 % (a fast path that defers everything would agree trivially).
// The international fast path has the same check on a million numbers in
// test/detectors/phone-international.test.ts; a smaller seeded set of this one runs in
// test/detectors/phone-national.test.ts.
// Usage (after `npm run build`): node scripts/phone-national-equality.mjs [--per-family 1000000]
//        [--families US,FR] [--seed 1]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { FAMILIES, generateNationalNumbers } from './phone-national-numbers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const perFamily = Number(opt('per-family', '1000000'));
const families = opt('families', FAMILIES.join(',')).split(',');
const seed = Number(opt('seed', '1'));
const dist = (file) => import(pathToFileURL(path.join(root, 'dist/detectors/validators', file)).href);
const { nationalPhoneValidity } = await dist('phone-national.js');
const { isValidParsedPhoneNumber } = await dist('phone-validity.js');

/** Generated in batches so a million numbers never sit in memory at once. */
const BATCH = 50_000;
let failed = false;
for (const family of families) {
  const started = performance.now();
  let judged = 0, deferred = 0, valid = 0;
  const disagreements = [];
  for (let done = 0, batch = 0; done < perFamily; done += BATCH, batch++) {
    const numbers = generateNationalNumbers(family, Math.min(BATCH, perFamily - done), seed * 1_000_003 + FAMILIES.indexOf(family) * 10_007 + batch);
    for (const { text, digits } of numbers) {
      for (const country of FAMILIES) {
        judged++;
        const fast = nationalPhoneValidity(digits, country);
        if (fast === undefined) { deferred++; continue; }
        const parsed = parsePhoneNumberFromString(text, country);
        const expected = parsed !== undefined && isValidParsedPhoneNumber(parsed);
        if (expected) valid++;
        if (fast !== expected && disagreements.length < 20) disagreements.push(`${JSON.stringify(text)} in ${country}: fast path ${fast}, libphonenumber-js ${expected}`);
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${family}: ${perFamily.toLocaleString('en-US')} numbers × ${FAMILIES.length} countries = ${judged.toLocaleString('en-US')} verdicts, ` +
    `${valid.toLocaleString('en-US')} valid, ${deferred} deferred, ${disagreements.length} disagreements (${seconds} s)`);
  for (const line of disagreements) console.log(`  ${line}`);
  if (disagreements.length > 0 || deferred > judged / 100) failed = true;
}
process.exitCode = failed ? 1 : 0;
