// The name matcher every name detector shares: finds a lexicon term in a field's tokens, then
// applies negative context, declared type, path and dataset context, and the column comment.
import type { FieldName, NameHit, NameHitPart } from '../../model/index.js';
import {
  BOOLEAN_PREFIXES, CONTEXT, COUNT_PREFIXES, declaredString, GENERIC_LEAF_TOKENS, HASH_TOKENS, HASHED_CONFIDENCE, NEGATIVE_TOKENS,
  PARENT_FACTOR, flagCarries, typeAllows, typeClass,
} from './context.js';
import { STOPWORDS, contentTokens, type CompiledTerm, type Lexicon, type Phrase } from './types.js';
import { splitPath, tokenizeIdentifier } from '../../util/tokenize.js';

/** A comment is prose about the field: weaker evidence than the name itself. */
export const COMMENT_CONFIDENCE = 0.6;
/** Name and comment agreeing raise confidence by this much (capped at `MAX_CONFIDENCE`). */
const AGREEMENT_BONUS = 0.1;
const MAX_CONFIDENCE = 0.95;
/** In a comment, only words this close to the term negate it ("number of emails sent"). */
const COMMENT_NEGATION_REACH = 2;

interface Window {
  start: number;
  end: number;
  phrase: Phrase;
}

interface Outcome {
  /** Best confidence among terms that matched and were not negated; undefined if none. */
  confidence?: number;
  reason?: string;
  /** The winning match's window. */
  window?: Window;
  /** A term matched but negative context ruled it out: nothing else may revive the category. */
  vetoed: boolean;
}

/** `t` is `p` or a regular plural of it (`emails`, `addresses`, `allergien`, `straftaten`). */
function sameWord(t: string, p: string): boolean {
  if (t === p) return true;
  if (p.length < 3 || t.length <= p.length) return false;
  const tail = t.slice(p.length);
  if (t.startsWith(p) && (tail === 's' || tail === 'es' || tail === 'en' || (tail === 'n' && p.endsWith('e')))) return true;
  return p.endsWith('y') && t === `${p.slice(0, -1)}ies`;
}

/**
 * Where the phrase occurs in the tokens: token by token (`date`,`birth`), or as a run of tokens
 * that spells the phrase when joined (`firstname` ↔ `first name`, `e`,`mail` ↔ `email`,
 * `ipv`,`4` ↔ `ipv4`). Returns the first occurrence.
 */
export function findPhrase(tokens: readonly string[], phrase: Phrase): Window | undefined {
  const k = phrase.tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    if (i + k <= tokens.length && phrase.tokens.every((p, m) => sameWord(tokens[i + m], p))) {
      return { start: i, end: i + k - 1, phrase };
    }
    let joined = '';
    for (let j = i; j < tokens.length && joined.length <= phrase.joined.length; j++) {
      joined += tokens[j];
      if (j > i || k > 1) {
        if (sameWord(joined, phrase.joined)) return { start: i, end: j, phrase };
      }
    }
  }
  return undefined;
}

/** The start keys (types.ts, startKey) the tokens offer: of the tokens joined from each position on, two characters and one (and '', the key of a phrase of stopwords only). */
export function offeredStarts(tokens: readonly string[]): Set<string> {
  const starts = new Set<string>(['']);
  for (let i = 0; i < tokens.length; i++) {
    let head = tokens[i];
    for (let j = i + 1; head.length < 2 && j < tokens.length; j++) head += tokens[j];
    starts.add(head.slice(0, 2));
    starts.add(head.slice(0, 1));
  }
  return starts;
}

/** offeredStarts once per token list: the lists of a prepared name are matched against every lexicon. */
const startsByTokens = new WeakMap<readonly string[], Set<string>>();

function startsOf(tokens: readonly string[]): Set<string> {
  let starts = startsByTokens.get(tokens);
  if (!starts) {
    starts = offeredStarts(tokens);
    startsByTokens.set(tokens, starts);
  }
  return starts;
}

/** Indices of the terms with a phrase the tokens could match, in lexicon order (the matcher's order of preference). */
function candidateTerms(lex: Lexicon, starts: ReadonlySet<string>): number[] {
  const found = new Set<number>();
  for (const key of starts) for (const t of lex.termsByStart.get(key) ?? []) found.add(t);
  return [...found].sort((a, b) => a - b);
}

/** The longest phrase of the term found in the tokens (longest leaves least outside context). */
function findTerm(tokens: readonly string[], term: CompiledTerm, starts: ReadonlySet<string>): Window | undefined {
  let best: Window | undefined;
  for (const phrase of term.phrases) {
    if (!starts.has(phrase.start)) continue;
    const w = findPhrase(tokens, phrase);
    if (w && (!best || w.phrase.joined.length > best.phrase.joined.length)) best = w;
  }
  return best;
}

/** Tokens outside the window, nearest first. */
function outsideNearestFirst(tokens: readonly string[], w: Window, reach = Infinity): string[] {
  const out: string[] = [];
  for (let d = 1; d <= Math.min(reach, tokens.length); d++) {
    const before = tokens[w.start - d];
    const after = tokens[w.end + d];
    if (before !== undefined) out.push(before);
    if (after !== undefined) out.push(after);
  }
  return out;
}

/** The token and its likely singulars (`companies` → `company`, `addresses` → `address`). */
function forms(t: string): string[] {
  if (t.endsWith('ies')) return [t, `${t.slice(0, -3)}y`];
  if (t.endsWith('es')) return [t, t.slice(0, -1), t.slice(0, -2)];
  if (t.endsWith('s')) return [t, t.slice(0, -1)];
  return [t];
}

function isNegative(token: string, term: CompiledTerm, lex: Lexicon): boolean {
  return forms(token).some((t) => term.not.has(t) || (NEGATIVE_TOKENS.has(t) && !lex.keep.has(t)));
}

/** Words of a table name that only say how it stores its owner's rows (`customer_details`, `dim_user`). */
const TABLE_PART_WORDS: ReadonlySet<string> = new Set([
  'detail', 'details', 'info', 'information', 'data', 'record', 'records', 'entry', 'entries', 'list', 'lists', 'master',
  'table', 'tbl', 'dim', 'fact', 'view', 'v', 'tmp', 'temp', 'staging', 'stg', 'raw', 'all', 'new', 'old', 'archive', 'history',
]);

/**
 * The dataset name's head noun, past words about storage: the rows are what it names. A person
 * word before it only qualifies it (`user_preferences`, `personal_access_tokens` are not people).
 */
function datasetHead(dataset: string | undefined): string[] {
  if (dataset === undefined) return [];
  // Numbers, versions and locale codes (`customers_fr`, `users_v2`) are not the head either.
  const tokens = contentTokens(dataset).filter((t) => !/^\d+$/.test(t) && t.length > 2);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (TABLE_PART_WORDS.has(tokens[i])) continue;
    // `oauth_clients`, `api_clients`: a client of a protocol is an application, not a customer.
    if (i > 0 && (tokens[i] === 'client' || tokens[i] === 'clients') && PROTOCOL_WORDS.has(tokens[i - 1])) return [tokens[i - 1]];
    return [tokens[i]];
  }
  return [];
}

/** Protocols and interfaces whose clients are programs (`oauth_clients`, `http_client`, `mqtt_clients`). */
const PROTOCOL_WORDS: ReadonlySet<string> = new Set([
  'oauth', 'oauth2', 'oidc', 'openid', 'saml', 'sso', 'api', 'http', 'https', 'rest', 'grpc', 'rpc', 'mqtt', 'smtp', 'imap',
  'ldap', 'vpn', 'ssh', 'ftp', 'sftp', 'dns', 'dhcp', 'websocket', 'ws', 'webhook', 'app', 'application', 'service', 'radius',
]);

/** The context scan: nearest own token, then parents innermost first, then the dataset's head noun. */
function contextConfidence(term: CompiledTerm, near: readonly string[], name: FieldName): number {
  if (!term.context) return term.confidence;
  const words = CONTEXT[term.context.kind];
  // Whose rows they are is the head noun's to say; a clinical or address word anywhere in the name is context.
  const dataset = term.context.kind === 'person' ? datasetHead(name.dataset) : name.dataset === undefined ? [] : contentTokens(name.dataset).reverse();
  for (const t of [...near, ...[...name.parentTokens].reverse(), ...dataset]) {
    if (forms(t).some((f) => words.boost.has(f))) return term.context.boosted;
    if (forms(t).some((f) => words.block.has(f))) return 0;
  }
  // A bare term (`name`) in a record that also holds an e-mail address: products and files have
  // no mailbox, so the record is someone's (a mailbox's owner, an invitee, a reviewer).
  if (term.context.kind === 'person' && term.confidence > 0 && near.length === 0 && holdsEmail(name.raw, name.siblings)) {
    return term.context.boosted;
  }
  return term.confidence;
}

/** The path of the object holding a field (`contacts[].` for `contacts[].name`, '' at the top). */
function holderOf(raw: string): string {
  const leaf = splitPath(raw).filter((s) => s.trim() !== '').pop() ?? raw;
  const at = raw.lastIndexOf(leaf);
  return at <= 0 ? '' : raw.slice(0, at);
}

/** A field whose head noun is an e-mail address (`email`, `primary_email`, `EmailAddress`), not a key or setting of one. */
function isEmailColumn(raw: string): boolean {
  const tokens = tokenizeIdentifier(splitPath(raw).filter((s) => s.trim() !== '').pop() ?? raw);
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  return last === 'email' || last === 'mail' || (last === 'address' && (before === 'email' || before === 'mail'));
}

/** The holders (see holderOf) that have an e-mail column, once per sibling list. */
const emailHolders = new WeakMap<readonly string[], ReadonlySet<string>>();

function holdsEmail(raw: string, siblings: readonly string[] | undefined): boolean {
  if (siblings === undefined) return false;
  let holders = emailHolders.get(siblings);
  if (holders === undefined) {
    holders = new Set(siblings.filter(isEmailColumn).map(holderOf));
    emailHolders.set(siblings, holders);
  }
  return holders.has(holderOf(raw));
}

interface Mode {
  /** Prose (a comment) rather than an identifier. */
  prose: boolean;
  /** The enclosing segment's last token, which negates like an own token (`ip.address`). */
  parentLast?: string;
  /** For a flat generic leaf, the dataset's tokens, which negate like an enclosing key (`emails.address`). */
  outer?: readonly string[];
  /** Matching the dataset's name: a term that must be a whole name (`user`) names the rows, not the field. */
  dataset?: boolean;
  /**
   * How many leading tokens repeat the dataset's name (`customers_newsletter` in `customers`,
   * `user_subscribed` in `users`): a table prefix, which does not make a whole-name term partial.
   */
  tablePrefix?: number;
}

function matchTokens(tokens: readonly string[], lex: Lexicon, name: FieldName, mode: Mode): Outcome {
  const outcome: Outcome = { vetoed: false };
  if (tokens.length === 0) return outcome;
  const flag = !mode.prose && BOOLEAN_PREFIXES.has(tokens[0]) && !flagCarries(lex.category);
  const starts = startsOf(tokens);
  for (const t of candidateTerms(lex, starts)) {
    const term = lex.terms[t];
    if ((mode.prose || mode.dataset === true) && term.whole) continue;
    if (mode.prose && term.prose === false) continue;
    if (term.declaredText === true && name.declaredText !== true && !declaredString(name.type)) continue;
    const w = findTerm(tokens, term, starts);
    if (!w) continue;
    // In prose, an acronym followed by a number cites a standard ("RFC 3986", "ISO 3166"), not the data.
    if (mode.prose && /^\d+$/.test(tokens[w.end + 1] ?? '') && w.phrase.tokens.length === 1) continue;
    const reach = mode.prose ? COMMENT_NEGATION_REACH : Infinity;
    const near = outsideNearestFirst(tokens, w, reach);
    const all = outsideNearestFirst(tokens, w);
    const counted = !mode.prose && w.start > 0 && COUNT_PREFIXES.has(tokens[0]);
    // An enclosing object that is a person (`in_reply_to_user.name`) is context for a bare term, not a
    // negation of it as in `user_name` (a login): the object's own `name` is that person's.
    const personParent = all.length === 0 && term.context?.kind === 'person' && mode.parentLast !== undefined && CONTEXT.person.boost.has(mode.parentLast);
    const parentNegates = mode.parentLast !== undefined && term.not.has(mode.parentLast) && !personParent;
    const negated = near.some((t) => isNegative(t, term, lex)) || parentNegates
      || (mode.outer?.some((t) => forms(t).some((f) => term.not.has(f))) ?? false);
    const prefix = w.start >= (mode.tablePrefix ?? 0) ? (mode.tablePrefix ?? 0) : 0;
    const partial = term.whole === true && tokens.some((t, i) => i >= prefix && (i < w.start || i > w.end) && !/^\d+$/.test(t));
    if (partial) continue;
    if (flag || counted || negated) {
      outcome.vetoed = true;
      continue;
    }
    // Context that points elsewhere (`products.name`) only withholds the hit: a comment may still tell.
    let confidence = contextConfidence(term, near, name);
    if (confidence <= 0) continue;
    if (all.some((t) => HASH_TOKENS.has(t)) && !lex.category.startsWith('credentials.')) {
      confidence = Math.min(confidence, HASHED_CONFIDENCE);
    }
    if (outcome.confidence === undefined || confidence > outcome.confidence) {
      outcome.confidence = confidence;
      outcome.reason = w.phrase.text;
      outcome.window = w;
    }
  }
  if (outcome.confidence !== undefined) outcome.vetoed = false;
  return outcome;
}

/** A leaf with no meaning of its own (`value`, `number`, `address`, `line1`). */
function genericLeaf(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => GENERIC_LEAF_TOKENS.has(t) || /^\d+$/.test(t));
}

/**
 * Leading tokens of a field name that spell its dataset's name or its singular
 * (`customers_newsletter` in `customers`, `user_subscribed` in `users`), never the whole name.
 */
function tablePrefixLength(tokens: readonly string[], dataset: string | undefined): number {
  if (dataset === undefined) return 0;
  const table = contentTokens(dataset);
  if (table.length === 0 || table.length >= tokens.length) return 0;
  const same = table.every((t, i) => t === tokens[i] || (i === table.length - 1 && forms(t).includes(tokens[i])));
  return same ? table.length : 0;
}

/** The most words a title may have: a label (`Surname`, `Standardised forename`), not a sentence. */
const TITLE_MAX_WORDS = 3;

/**
 * A comment that opens with a short title before a dash or colon (`Surname — The surname(s) of
 * the person`, a JSON Schema's title joined to its description, or `Forename: ...`) names the field
 * the way its name would: the title's words are a label, not prose. Returns how many content
 * tokens the title has (0 without such a title).
 */
export function titleLength(comment: string): number {
  const m = /^(.*?)\s+[—–-]\s+\S|^([^:]*?):\s+\S/u.exec(comment.trim());
  if (!m) return 0;
  const head = contentTokens(m[1] ?? m[2] ?? '');
  return head.length > 0 && head.length <= TITLE_MAX_WORDS ? head.length : 0;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** A field's tokens as every lexicon compares them: own and parent tokens without stopwords, the comment's words. */
interface PreparedName {
  tokens: string[];
  parents: string[];
  /** The dataset's tokens when the field is a flat generic leaf (`value`, `address`), else none. */
  outer: string[];
  comment: string[] | undefined;
  /** How many leading comment tokens are a short title (see titleLength); 0 when there is none. */
  title: number;
  /** Leading tokens that repeat the dataset's name (see Mode.tablePrefix). */
  tablePrefix: number;
}

/**
 * Prepared once per field name: every name detector (one per category) matches the same
 * FieldName, and tokenizing a column comment again for each of them was a large part of
 * classifying a schema with comments.
 */
const preparedNames = new WeakMap<FieldName, PreparedName>();

function prepared(name: FieldName): PreparedName {
  let ready = preparedNames.get(name);
  if (!ready) {
    const tokens = name.tokens.filter((t) => !STOPWORDS.has(t));
    const parents = name.parentTokens.filter((t) => !STOPWORDS.has(t));
    ready = {
      tokens,
      parents,
      outer: parents.length === 0 && genericLeaf(tokens) && name.dataset !== undefined ? contentTokens(name.dataset) : [],
      comment: name.comment !== undefined && name.comment.trim() !== '' ? contentTokens(name.comment) : undefined,
      title: name.comment === undefined ? 0 : titleLength(name.comment),
      tablePrefix: tablePrefixLength(tokens, name.dataset),
    };
    preparedNames.set(name, ready);
  }
  return ready;
}

/**
 * Matches one category's lexicon against a field: the leaf name first, then (for a generic leaf
 * such as `number` or `value`) the enclosing path, then the comment. A negated name is final:
 * a comment does not revive `email_verified`.
 */
export function matchLexicon(name: FieldName, lex: Lexicon): NameHit | undefined {
  if (!typeAllows(lex.category, typeClass(name.type))) return undefined;
  const { tokens, parents, comment, title, outer, tablePrefix } = prepared(name);
  const parentLast = name.parentTokens.at(-1);
  const own = matchTokens(tokens, lex, name, { prose: false, tablePrefix, ...(parentLast === undefined ? {} : { parentLast }), ...(outer.length > 0 ? { outer } : {}) });
  if (own.vetoed) return undefined;

  let fromName: NameHitPart | undefined;
  if (own.confidence !== undefined && own.window) {
    fromName = { kind: 'name', confidence: own.confidence, reason: `name has "${own.reason}"`, ...phraseFacts(own.window, tokens), end: own.window.end };
  } else if (genericLeaf(tokens)) {
    // A flat generic leaf takes its meaning from the dataset, as a nested one from its key:
    // `emails.address` is an e-mail address, `api_secrets.value` a secret.
    const up = matchTokens(parents.length > 0 ? parents : outer, lex, { ...name, parentTokens: [] }, { prose: false, dataset: parents.length === 0 });
    if (up.confidence !== undefined && up.window) {
      fromName = { kind: 'parent', confidence: up.confidence * PARENT_FACTOR, reason: `path has "${up.reason}"`, ...phraseFacts(up.window, parents) };
    }
  }

  let fromComment: NameHitPart | undefined;
  // A leaf that only says what kind of field it is (`type`, `status`, `format`) holds metadata,
  // whatever its description is about, unless the category keeps that word (`health.status`).
  const metadataLeaf = tokens.length > 0 && tokens.every((t) => NEGATIVE_TOKENS.has(t) && !lex.keep.has(t));
  if (comment !== undefined && !metadataLeaf) {
    const said = matchTokens(comment, lex, { ...name, parentTokens: [] }, { prose: true });
    if (said.confidence !== undefined && said.window) {
      fromComment = {
        kind: 'comment', confidence: Math.min(said.confidence, COMMENT_CONFIDENCE), reason: `comment has "${said.reason}"`, ...phraseFacts(said.window, comment),
        ...(said.window.end < title ? { title: true } : {}),
      };
    }
  }

  const parts = [fromName, fromComment].filter((p): p is NameHitPart => p !== undefined).map((p) => ({ ...p, confidence: round(p.confidence) }));
  if (fromName && fromComment) {
    const confidence = Math.min(MAX_CONFIDENCE, Math.max(fromName.confidence, fromComment.confidence) + AGREEMENT_BONUS);
    return { category: lex.category, confidence: round(confidence), reason: `${fromName.reason}; ${fromComment.reason}`, parts };
  }
  const best = fromName ?? fromComment;
  return best && { category: lex.category, confidence: round(best.confidence), reason: best.reason, parts };
}

/**
 * The phrase and how many words it took: `user name` in prose is two words though the term is
 * `username`; `e-mail` is one (a single letter is not a word of its own).
 */
function phraseFacts(w: Window, tokens: readonly string[]): { phrase: string; words: number } {
  const words = (list: readonly string[]): number => list.filter((t) => t.length > 1).length;
  return { phrase: w.phrase.text, words: Math.max(words(w.phrase.tokens), words(tokens.slice(w.start, w.end + 1))) };
}
