// Detectors declared in datamin.yaml (`detectors:`), compiled into the same NameDetector and
// ValueDetector objects as the built-in ones, so the classifier treats both alike.
import type { CustomDetectorSpec, FieldName, NameDetector, ValueDetector } from '../model/detector.js';
import { customDetectorId } from '../model/detector-ids.js';
import { tokenizeIdentifier } from '../util/tokenize.js';
import { nestedQuantifier } from '../util/regex-safety.js';
import { namedValidator } from './validators/named.js';
import { BOOLEAN_PREFIXES, COUNT_PREFIXES, NEGATIVE_TOKENS } from './lexicon/context.js';

/**
 * Longest value a declared pattern is run on. Identifiers with check digits are short; the cap
 * bounds the polynomial backtracking that the static check (regex-safety.ts) lets through.
 */
export const MAX_CUSTOM_VALUE_LENGTH = 200;

/** How strongly a declared name says its category: a name the user chose for it. */
const NAME_CONFIDENCE = 0.9;

/** A problem with a declaration, naming the key it is about (`pattern`, `validator`). */
export class CustomDetectorError extends Error {
  constructor(
    readonly key: 'pattern' | 'validator' | 'names',
    message: string,
  ) {
    super(message);
    this.name = 'CustomDetectorError';
  }
}

export interface CompiledCustomDetector {
  name?: NameDetector;
  value?: ValueDetector;
}

/** Where `phrase` starts as a run of `tokens`, or -1. */
function runStart(tokens: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Whether the tokens around a matched phrase say the field is about the data, not the data: the
 * negative context the built-in name detectors respect (`cpf_count`, `cpf_verified`, `is_cpf`,
 * `num_cpf`), plus the declaration's own `not_names`. Tokens of the phrase itself never count.
 */
function negatedAround(tokens: readonly string[], start: number, length: number, notNames: ReadonlySet<string>): boolean {
  return tokens.some((token, i) => {
    if (i >= start && i < start + length) return false;
    if (notNames.has(token) || NEGATIVE_TOKENS.has(token)) return true;
    return i === 0 && (BOOLEAN_PREFIXES.has(token) || COUNT_PREFIXES.has(token));
  });
}

function compileName(spec: CustomDetectorSpec, names: readonly string[]): NameDetector {
  const phrases = names.map(tokenizeIdentifier).filter((p) => p.length > 0);
  if (phrases.length === 0) throw new CustomDetectorError('names', 'names hold no letters or digits to match');
  const negative = new Set((spec.notNames ?? []).flatMap(tokenizeIdentifier));
  return {
    id: customDetectorId(spec.id),
    label: spec.label,
    kind: 'name',
    categories: [spec.category],
    description: spec.description ?? `${spec.label} (declared in datamin.yaml), by field name.`,
    match(name: FieldName) {
      for (const phrase of phrases) {
        const start = runStart(name.tokens, phrase);
        if (start < 0 || negatedAround(name.tokens, start, phrase.length, negative)) continue;
        return { category: spec.category, confidence: NAME_CONFIDENCE, reason: `name has "${phrase.join(' ')}"` };
      }
      return undefined;
    },
  };
}

function compilePattern(pattern: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch (error) {
    throw new CustomDetectorError('pattern', `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
  const at = nestedQuantifier(pattern);
  if (at !== undefined) {
    throw new CustomDetectorError('pattern', `the regular expression can backtrack catastrophically: the group at offset ${at} repeats something that itself repeats (write (ab)+ or a+, not (a+)+)`);
  }
  return regex;
}

function compileValue(spec: CustomDetectorSpec): ValueDetector {
  const regex = spec.pattern === undefined ? undefined : compilePattern(spec.pattern);
  const validate = spec.validator === undefined ? undefined : namedValidator(spec.validator);
  if (spec.validator !== undefined && validate === undefined) {
    throw new CustomDetectorError('validator', `unknown validator '${spec.validator}' (one of luhn, mod97, iso7064-mod11-2, iso7064-mod11-10, verhoeff, damm, or stdnum:<country>.<id> such as stdnum:br.cpf)`);
  }
  const checks = [spec.pattern === undefined ? '' : 'its pattern', spec.validator === undefined ? '' : `the ${spec.validator} check`].filter(Boolean).join(' and ');
  return {
    id: customDetectorId(spec.id),
    label: spec.label,
    kind: 'value',
    categories: [spec.category],
    description: spec.description ?? `${spec.label} (declared in datamin.yaml): values passing ${checks}.`,
    scope: 'whole',
    strength: spec.strength ?? (validate ? 0.9 : 0.5),
    ...(spec.weakCheck === undefined ? {} : { weakCheck: spec.weakCheck }),
    ...(spec.canonicalFormat === undefined ? {} : { canonicalFormat: spec.canonicalFormat }),
    prefilter: (value) => value.length <= MAX_CUSTOM_VALUE_LENGTH,
    match(raw) {
      const value = raw.trim();
      if (value === '' || value.length > MAX_CUSTOM_VALUE_LENGTH) return undefined;
      if (regex && !regex.test(value)) return undefined;
      if (validate && !validate(value)) return undefined;
      return { category: spec.category };
    },
  };
}

/**
 * Compiles one declaration: a name detector when it has `names`, a value detector when it has a
 * `pattern` or a `validator`. Throws a CustomDetectorError for an invalid or catastrophic
 * pattern, an unknown validator, or names with nothing to match.
 */
export function compileCustomDetector(spec: CustomDetectorSpec): CompiledCustomDetector {
  const compiled: CompiledCustomDetector = {};
  if (spec.names !== undefined) compiled.name = compileName(spec, spec.names);
  if (spec.pattern !== undefined || spec.validator !== undefined) compiled.value = compileValue(spec);
  return compiled;
}
