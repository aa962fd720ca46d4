// Value detector: the first payment card number inside free text: 13-19 digits, either unbroken
// or grouped the way cards are printed (4-4-4-4[-3], Amex/Diners 4-6-5 / 4-6-4), a known IIN
// range and a valid Luhn check digit.
import type { ValueDetector, ValueHit } from '../../model/index.js';
import { paymentCardBrand } from '../validators/payment-card.js';

/**
 * Whole tokens only (no digit or letter glued on either side, no dash before). Not the digits
 * of a phone number (`+` before), of a decimal (`.`/`,` and a digit on either side: the
 * fraction of a latitude), or the tail of a grouped number (a digit group or an IBAN's
 * country-and-check head, `DE89 `, before). Every alternative is a fixed sequence of bounded
 * digit runs, so backtracking per start is bounded. Every known IIN starts with 2-6.
 */
const CANDIDATE =
  /(?<![\w+-]|\d[.,]|\d[ -]|[A-Z]{2}\d\d )(?:[2-6]\d{12,18}|[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|[2-6]\d{3}([ -])\d{6}\2\d{4,5})(?!\w|[.,]\d)/g;

/**
 * What every CANDIDATE alternative starts with (an IIN digit, three digits, an optional
 * separator and four digits), without the look-arounds: a cheap test that turns dates, order
 * ids and phone numbers away before CANDIDATE runs its look-behind at every position.
 */
const CARD_SHAPE = /[2-6]\d{3}[ -]?\d{4}/;

/** Text with more card-shaped numbers than this, none Luhn-valid, is a table of figures. */
const MAX_CANDIDATES = 256;

/** Length of a 4-4-4-4 grouped number: the first 16 digits of a 4-4-4-4-3 match. */
const GROUPED_SIXTEEN = 19;

function findCard(text: string): ValueHit | undefined {
  CANDIDATE.lastIndex = 0;
  let candidates = 0;
  for (let m = CANDIDATE.exec(text); m !== null && candidates < MAX_CANDIDATES; m = CANDIDATE.exec(text), candidates++) {
    const start = m.index;
    const end = start + m[0].length;
    if (paymentCardBrand(text, start, end) !== undefined) return { category: 'financial.card_number', start, end };
    // A 4-4-4-4 card followed by a short group (an expiry year, a CVV) reads as 4-4-4-4-3.
    if (m[1] !== undefined && end - start > GROUPED_SIXTEEN && paymentCardBrand(text, start, start + GROUPED_SIXTEEN) !== undefined) {
      return { category: 'financial.card_number', start, end: start + GROUPED_SIXTEEN };
    }
  }
  return undefined;
}

/** The shortest value the prefilter lets through. */
const MIN_LENGTH = 13;

const detector: ValueDetector = {
  id: 'card-in-text',
  kind: 'value',
  categories: ['financial.card_number'],
  description: 'Payment card number inside free text (Luhn-valid, known issuer range).',
  scope: 'embedded',
  strength: 0.9,
  minLength: MIN_LENGTH,
  prefilter: (value) => value.length >= MIN_LENGTH && CARD_SHAPE.test(value),
  match: findCard,
};

export default detector;
