// The transparency section of the HTML and PDF reports (issue 24): per purpose, which personal
// data drives personalization and on what basis, in words a privacy notice can take over
// (GDPR Art. 13(1)(c)-(d), 13(2)(a)-(c), (f), Art. 21(4)). Built from the record of processing
// only, so both formats say exactly the same.
import type { CategoryId, ProcessingPurpose, ScanResult } from '../model/index.js';
import { CATEGORY_IDS, categoryInfo } from '../model/index.js';

/** Categories whose use is personalization: behaviour, inferred profiles, tracking ids, consent choices. */
const PERSONALIZATION: readonly CategoryId[] = [
  'behavior.browsing', 'behavior.purchase', 'behavior.preference', 'behavior.profile', 'online.cookie_id', 'online.advertising_id', 'consent.record',
];

/** How a privacy notice names each personalization category, addressing the person. */
const PLAIN: Partial<Record<CategoryId, string>> = {
  'behavior.browsing': 'the pages you view, what you search for and what you click on',
  'behavior.purchase': 'your orders and purchase history',
  'behavior.preference': 'the preferences you give us (interests, sizes, communication preferences)',
  'behavior.profile': 'segments and scores we derive about you (for example your interests or how likely you are to buy again)',
  'online.cookie_id': 'cookie and visitor identifiers of your browser',
  'online.advertising_id': 'advertising and ad-click identifiers of your device',
  'consent.record': 'your consent and opt-out choices',
};

/** The basis in a privacy notice's words, with the right that goes with it. */
const BASIS: Record<string, string> = {
  consent: 'your consent (GDPR Art. 6(1)(a)). You can withdraw it at any time, as easily as you gave it, and we then stop',
  contract: 'the performance of our contract with you (GDPR Art. 6(1)(b))',
  legal_obligation: 'a legal obligation we are subject to (GDPR Art. 6(1)(c))',
  vital_interests: 'the protection of your vital interests or those of another person (GDPR Art. 6(1)(d))',
  public_task: 'a task we carry out in the public interest (GDPR Art. 6(1)(e))',
  legitimate_interests: 'our legitimate interests (GDPR Art. 6(1)(f)). You can object at any time on grounds relating to your situation (Art. 21(1))',
};

const UNITS: Record<string, [string, string]> = { Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'] };

/** `P1Y6M` → `1 year and 6 months`; anything with a time part stays as written. */
export function durationInWords(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m || iso === 'P') return iso;
  const parts = (['Y', 'M', 'W', 'D'] as const).flatMap((unit, i) => {
    const n = m[i + 1] === undefined ? 0 : Number(m[i + 1]);
    return n === 0 ? [] : [`${n} ${UNITS[unit][n === 1 ? 0 : 1]}`];
  });
  return parts.length === 0 ? iso : parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
}

export interface TransparencyEntry {
  purpose: string;
  /** The purpose as the notice names it: its description, else its id. */
  heading: string;
  /** Sentences for a privacy notice, in order. */
  sentences: string[];
  /** The categories behind the sentences, for reviewers. */
  categories: CategoryId[];
  /** True when the notice cannot be completed from the map (no basis or no retention declared). */
  incomplete: boolean;
}

function entry(p: ProcessingPurpose): TransparencyEntry {
  const driving = PERSONALIZATION.filter((id) => p.categories.includes(id));
  const other = p.categories.filter((id) => !PERSONALIZATION.includes(id));
  const sentences = [`To ${lowerFirst(p.description ?? p.id)}, we use ${list(driving.map((id) => PLAIN[id]!))}.`];
  if (other.length > 0) sentences.push(`Together with this we use: ${other.map((id) => categoryInfo(id).title.toLowerCase()).join(', ')}.`);
  if (p.profiling === true || driving.includes('behavior.profile')) {
    sentences.push('This is profiling: we evaluate this data to predict your interests and tailor what we show you (GDPR Art. 4(4)).');
  }
  sentences.push(p.legalBasis === undefined ? 'The legal basis for this is not declared yet.' : `We do this on the basis of ${BASIS[p.legalBasis] ?? p.legalBasis}.`);
  if (p.directMarketing === true) sentences.push('You can object to this direct marketing at any time, and we then stop (GDPR Art. 21(2)-(3)).');
  if (p.consentLog !== undefined) sentences.push('We record when you give and withdraw consent, so we can show what you agreed to.');
  sentences.push(p.retention === undefined ? 'How long we keep this data is not declared yet.' : `We keep this data for ${durationInWords(p.retention)}.`);
  return { purpose: p.id, heading: p.description ?? p.id, sentences, categories: driving, incomplete: p.legalBasis === undefined || p.retention === undefined };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** One entry per purpose that personalization data serves, in purpose order; empty without a map. */
export function transparency(result: ScanResult): TransparencyEntry[] {
  return (result.processing?.purposes ?? []).filter((p) => p.categories.some((id) => PERSONALIZATION.includes(id))).map(entry);
}

/** Taxonomy order of the personalization categories, for tests and docs. */
export const PERSONALIZATION_CATEGORIES = CATEGORY_IDS.filter((id) => PERSONALIZATION.includes(id));
