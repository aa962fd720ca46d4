// The shape of lexicon data: multilingual synonyms per category, with their confidence and
// negative context, compiled once into token phrases for the matcher.
import type { CategoryId } from '../../model/index.js';
import { tokenizeIdentifier } from '../../util/tokenize.js';

/** The languages every category's lexicon covers (DESIGN.md "Detection"). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
/**
 * Further languages of the domain vocabularies (clinical, HR, finance, special categories: issue
 * 21): Polish, Swedish, Danish, Turkish and Finnish, so those domains are covered in twelve languages.
 */
export const DOMAIN_LANGUAGES = ['pl', 'sv', 'da', 'tr', 'fi'] as const;
export type Language = (typeof LANGUAGES)[number] | (typeof DOMAIN_LANGUAGES)[number];

/** Which surrounding words raise a context-dependent term (see context.ts). */
export type ContextKind = 'person' | 'address' | 'health' | 'web' | 'mail' | 'verification';

export interface TermSpec {
  /** Synonyms per language, written as people write field names (`date of birth`, `Geburtsdatum`). */
  say: Partial<Record<Language, readonly string[]>>;
  /** 0..1 confidence when the field name holds the term with no other evidence. 0 = needs context. */
  confidence: number;
  /** Tokens that, anywhere else in the field name, mean the field is not this category. */
  not?: readonly string[];
  /** Context that raises the term to `boosted` (person words for a bare `name`). */
  context?: { kind: ContextKind; boosted: number };
  /** The term must be the whole field name (apart from digits): a bare `user`, never `user_x`. */
  whole?: boolean;
  /**
   * The field must be declared a string (`varchar`, `text`, JSON Schema `string`): a role noun
   * (`patient`, `doctor`) holds a name only as text; as a reference or key it is a link.
   */
  declaredText?: boolean;
  /**
   * `false`: the term does not count in a comment. A role (`contact person`, `account holder`) in
   * prose says whose field it is (`The relationship between the patient and the contact person`),
   * not that the field holds the role's name; as a field's own name it does.
   */
  prose?: boolean;
}

export interface LexiconSpec {
  category: CategoryId;
  terms: readonly TermSpec[];
  /** Negative tokens shared by every term of the category. */
  not?: readonly string[];
  /** Global negative tokens (context.ts) that do not negate this category (`health_status`). */
  keep?: readonly string[];
}

/** A phrase as the matcher compares it: its tokens and the tokens joined without separators. */
export interface Phrase {
  text: string;
  tokens: readonly string[];
  joined: string;
  /** What a match of the phrase starts with (startKey): the matcher skips phrases a name cannot start. */
  start: string;
}

/**
 * What a phrase's match must start with: the first two characters of its joined tokens (fewer
 * if it is shorter). Every way the matcher (match.ts, findPhrase) matches, token by token or a
 * run of tokens joined, plurals included, puts those characters at the start of the tokens
 * joined from the match on: a one- or two-letter token only matches itself, a longer one keeps
 * its first two characters in every plural form (`company` → `companies` keeps `co`).
 */
export const startKey = (joined: string): string => joined.slice(0, 2);

export interface CompiledTerm extends Omit<TermSpec, 'say' | 'not'> {
  phrases: readonly Phrase[];
  not: ReadonlySet<string>;
}

export interface Lexicon {
  category: CategoryId;
  terms: readonly CompiledTerm[];
  /** Indices of the terms with a phrase of each start key, ascending. */
  termsByStart: ReadonlyMap<string, readonly number[]>;
  keep: ReadonlySet<string>;
  /** The source spec, kept for coverage tests (every language present). */
  spec: LexiconSpec;
}

/** Words dropped before matching, so `date_of_birth`, `date_birth` and `fecha_de_nacimiento` align. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'of', 'the', 's', 'de', 'del', 'della', 'dello', 'delle', 'di', 'da', 'do', 'dos', 'das', 'du', 'des',
  'la', 'le', 'les', 'l', 'd', 'von', 'vom', 'van', 'der', 'het', 'den',
]);

/** Tokens of an identifier or phrase with stopwords removed. */
export function contentTokens(s: string): string[] {
  return tokenizeIdentifier(s).filter((t) => !STOPWORDS.has(t));
}

const UMLAUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * German umlauts are written two ways in identifiers: dropped (`Fuhrerschein`, what accent
 * folding gives) or spelled out (`Fuehrerschein`, DIN 5007-2). Both spellings are matched.
 */
function withUmlautSpelling(text: string): string[] {
  return /[äöüÄÖÜ]/.test(text) ? [text, text.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c] ?? c)] : [text];
}

/** Compiles a spec: phrases tokenized once at load, negatives as sets. */
export function lexicon(spec: LexiconSpec): Lexicon {
  const shared = spec.not ?? [];
  const terms = spec.terms.map(({ say, not, ...rest }): CompiledTerm => {
    const phrases = Object.values(say).flatMap((list) =>
      list.flatMap(withUmlautSpelling).map((text): Phrase => {
        const tokens = contentTokens(text);
        const joined = tokens.join('');
        return { text, tokens, joined, start: startKey(joined) };
      }),
    );
    return { ...rest, phrases, not: new Set([...shared, ...(not ?? [])].flatMap(contentTokens)) };
  });
  const termsByStart = new Map<string, number[]>();
  terms.forEach((term, t) => {
    for (const { start } of term.phrases) {
      const list = termsByStart.get(start) ?? [];
      if (list.at(-1) !== t) list.push(t);
      termsByStart.set(start, list);
    }
  });
  return { category: spec.category, terms, termsByStart, keep: new Set(spec.keep ?? []), spec };
}
