// Name detector: the generic columns (status, date, log, version, channel) of a table of consents,
// newsletter subscriptions or opt-outs hold the consent record itself, though their names alone
// say only "status" or "date" (consent.record). Kept only where the rows belong to a person.
import type { NameDetector } from '../../model/index.js';
import { aboutPerson } from '../lexicon/person-key.js';
import { contentTokens } from '../lexicon/types.js';

/** Head nouns of tables whose rows are consents, subscriptions to mailings or objections (singular). */
const CONSENT_TABLES = new Set([
  'consent', 'optin', 'optout', 'unsubscribe', 'unsubscription', 'suppression', 'permission',
  'einwilligung', 'consentement', 'consentimiento', 'consenso', 'toestemming', 'consentimento',
]);
/** Two-word heads (`newsletter_subscribers`, `marketing_preferences`, `opt_ins`). */
const CONSENT_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['newsletter', 'subscriber'], ['newsletter', 'subscription'], ['mailing', 'subscription'], ['marketing', 'permission'], ['opt', 'in'], ['opt', 'out'],
  ['cookie', 'consent'], ['marketing', 'consent'], ['email', 'subscription'],
];
/** Generic columns that state, date or trace the consent in such a table. */
const RECORD_COLUMNS = new Set([
  'status', 'state', 'date', 'time', 'timestamp', 'log', 'version', 'channel', 'source', 'given', 'withdrawn', 'value', 'scope',
  'action', 'consented', 'confirmed', 'dbl', 'opt', 'double', 'at', 'on',
  'datum', 'zeit', 'zeitpunkt', 'statut', 'heure', 'fecha', 'estado', 'hora', 'data', 'stato', 'ora', 'tijd', 'versie',
]);

/** Words after the head that say how the rows are kept (`newsletter_subscriber_log`, `consent_history`). */
const TABLE_PARTS = new Set(['log', 'history', 'record', 'entry', 'audit']);

/** The token as the head sets spell it: English `-s`/`-ies` and German `-en` plurals (`Sitzungen`, `Einwilligungen`). */
const singular = (t: string): string =>
  t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.endsWith('ungen') ? t.slice(0, -2) : t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t;

/** What the dataset's rows record, by the head of its name, or undefined. */
export function consentTableWord(dataset: string): string | undefined {
  const tokens = contentTokens(dataset).map(singular).filter((t) => !TABLE_PARTS.has(t));
  const n = tokens.length;
  if (n === 0) return undefined;
  const last = tokens[n - 1];
  if (n >= 2 && CONSENT_PHRASES.some(([a, b]) => tokens[n - 2] === a && last === b)) return `${tokens[n - 2]} ${last}`;
  return CONSENT_TABLES.has(last) ? last : undefined;
}

/** Weaker than a consent word in the name itself (0.88): the meaning comes from the table's name. */
const CONFIDENCE = 0.7;

const detector: NameDetector = {
  id: 'consent-table-name',
  kind: 'name',
  categories: ['consent.record'],
  description: 'The status, date, log or version column of a table of consents, newsletter subscriptions or opt-outs; only in datasets keyed to a person.',
  readsContext: true,
  match(name) {
    if (name.dataset === undefined || name.parentTokens.length > 0) return undefined;
    if (name.tokens.length === 0 || name.tokens.length > 3 || !name.tokens.every((t) => RECORD_COLUMNS.has(t))) return undefined;
    const word = consentTableWord(name.dataset);
    if (word === undefined) return undefined;
    return aboutPerson({ category: 'consent.record', confidence: CONFIDENCE, reason: `the ${name.tokens.join(' ')} of a table of ${word}s` }, name);
  },
};

export default detector;
