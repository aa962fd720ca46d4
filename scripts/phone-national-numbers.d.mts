// Types of scripts/phone-national-numbers.mjs for the tests that import it.
import type { CountryCode } from 'libphonenumber-js/max';
/** The default countries of phone-number.ts, one format family each. */
export declare const FAMILIES: readonly CountryCode[];
/** Mulberry32: the same seed gives the same draws. */
export declare function mulberry32(seed: number): () => number;
/** `count` seeded numbers of a family: the text as written and its ASCII digits. */
export declare function generateNationalNumbers(family: CountryCode, count: number, seed: number): { text: string; digits: string }[];
