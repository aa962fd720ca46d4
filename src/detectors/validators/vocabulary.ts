// Shared matching and column check for the vocabulary value detectors (party, religion,
// ethnicity, trade union, sexual orientation): a value is a term of the vocabulary when its
// normalised text is one of the listed phrases. Terms are 'strong' (say the category alone:
// "Catholic", "SPD"), 'weak' (other meanings too: "Green", "White", "Christian", "PS") or
// 'neutral' (answers every such question has: "None", "Other", "Prefer not to say").
import { foldAccents } from '../../util/tokenize.js';
import { nonEmpty } from './column.js';

export type TermStrength = 'strong' | 'weak' | 'neutral';

export interface Vocabulary {
  strong: readonly string[];
  weak?: readonly string[];
  /**
   * When weak terms together say the category although none does alone (the distinct weak
   * terms of a column, normalised): "white", "black", "asian", "native" side by side are races,
   * not colours or cuisines.
   */
  weakTogether?: (terms: ReadonlySet<string>) => boolean;
}

/** Answers that fit any special-category question: they neither prove nor disprove a column. */
const NEUTRAL = [
  'none', 'other', 'others', 'unknown', 'not stated', 'not known', 'not specified', 'unspecified',
  'prefer not to say', 'prefer not to answer', 'declined', 'declined to answer', 'refused', 'rather not say',
  'keine', 'keine angabe', 'sonstige', 'andere', 'unbekannt', 'aucune', 'aucun', 'autre', 'inconnu', 'non renseigne',
  'ninguna', 'ninguno', 'otra', 'otro', 'desconocido', 'nessuna', 'nessuno', 'altro', 'altra', 'sconosciuto',
  'geen', 'anders', 'overig', 'onbekend', 'nenhuma', 'nenhum', 'outra', 'outro', 'desconhecido',
];

/**
 * Stand-ins for an empty cell: never a term (no detector claims "N/A"), and left out of the
 * column check's counts like empty values.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['n/a', 'na', '-', '--', '?', 'null', 'nil', 'n.a', 'k.a', 'nd']);

/**
 * The last value normalizeTerm was given and its term: the five vocabulary detectors judge each
 * value one after another, and the first one's term serves the four others.
 */
let lastValue: string | undefined;
let lastTerm = '';

/** Lower case, accents folded, curly quotes straightened, inner spaces collapsed, end dots cut. */
export function normalizeTerm(value: string): string {
  if (value === lastValue) return lastTerm;
  const term = foldAccents(value.trim()).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[.]+$/, '');
  lastValue = value;
  lastTerm = term;
  return term;
}

export interface CompiledVocabulary {
  /** The strength of a raw value, or undefined when the value is no term. */
  strengthOf(value: string): TermStrength | undefined;
  /** Why the column is not this vocabulary, or undefined when it is. */
  column(values: readonly string[]): string | undefined;
}

/** Longest phrase kept: longer values are free text, looked up never. */
const MAX_TERM_LENGTH = 60;
/** Share of the non-neutral values that must be terms. */
const MIN_SHARE = 0.8;

export function compileVocabulary(vocabulary: Vocabulary, what: string): CompiledVocabulary {
  const terms = new Map<string, TermStrength>();
  for (const t of NEUTRAL) terms.set(normalizeTerm(t), 'neutral');
  for (const t of vocabulary.weak ?? []) terms.set(normalizeTerm(t), 'weak');
  for (const t of vocabulary.strong) terms.set(normalizeTerm(t), 'strong');
  const strengthOf = (value: string): TermStrength | undefined =>
    value.length > MAX_TERM_LENGTH ? undefined : terms.get(normalizeTerm(value));
  // Values are normalised once each: a column check runs over the whole sample.
  return {
    strengthOf,
    column(values) {
      const present = nonEmpty(values);
      let answered = 0;
      let matched = 0;
      const strong = new Set<string>();
      const weak = new Set<string>();
      const distinct = new Set<string>();
      for (const v of present) {
        const key = v.length > MAX_TERM_LENGTH ? '' : normalizeTerm(v);
        if (PLACEHOLDERS.has(key)) continue;
        const strength = terms.get(key);
        if (strength === 'neutral') continue;
        answered++;
        if (strength === undefined) continue;
        matched++;
        distinct.add(key);
        if (strength === 'strong') strong.add(key);
        else weak.add(key);
      }
      if (strong.size === 0 && !(vocabulary.weakTogether?.(weak) ?? false)) return `no value names a ${what} on its own`;
      if (matched < MIN_SHARE * answered) return `only ${matched} of ${answered} answered values are ${what} terms`;
      if (distinct.size < 2) return `a single ${what} term, a constant rather than people's answers`;
      return undefined;
    },
  };
}
