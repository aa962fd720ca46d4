// Name detector: field names that mean a consent or opt-out record (consent.record).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { CONSENT } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';
import { aboutPerson } from '../lexicon/person-key.js';
import { NEGATIVE_TOKENS } from '../lexicon/context.js';

/**
 * Verbs a flag opens with when it records that the person agreed (`accept_video_recording`,
 * `agrees_to_share_details`, `acepta_tratamiento_datos`, `aceita_termos`, `accetta_privacy`).
 * Not `allow`/`enable`: those open settings (`allow_comments`), not grants.
 */
const AGREE_VERBS: ReadonlySet<string> = new Set([
  'accept', 'accepts', 'agree', 'agrees', 'consents', 'acepta', 'aceptar', 'aceita', 'aceitar', 'accetta', 'accettare', 'accepte', 'accepter', 'akzeptiert',
]);

/**
 * What a person consents to: being contacted, recorded, photographed, tracked, or their data
 * shared or processed, and the documents that grant it. A verb before anything else (`accepts_returns`,
 * `accept_payments`, `accepts_bookings`) is a capability of a shop or seller, not a consent.
 */
const CONSENT_OBJECTS: ReadonlySet<string> = new Set([
  'terms', 'tos', 'privacy', 'policy', 'gdpr', 'cookies', 'cookie', 'tracking', 'marketing', 'newsletter', 'newsletters',
  'email', 'emails', 'mail', 'mails', 'sms', 'call', 'calls', 'contact', 'recording', 'recorded', 'photo', 'photos', 'photography',
  'video', 'filming', 'share', 'sharing', 'details', 'data', 'processing', 'communications', 'promotions', 'advertising',
  'terminos', 'condiciones', 'privacidad', 'datos', 'tratamiento', 'publicidad', 'termos', 'dados', 'privacidade',
  'termini', 'dati', 'trattamento', 'conditions', 'donnees', 'cgu', 'agb', 'datenschutz', 'datenverarbeitung', 'werbung',
]);

/** Confidence of an agreement flag: below a consent word in the name (0.88), the verb says it by implication. */
const AGREE_CONFIDENCE = 0.75;

/** `accept_video_recording`: an agreement verb first, then what is agreed to, no metadata word after. */
function agreementFlag(name: FieldName): NameHit | undefined {
  const [verb, ...rest] = name.tokens;
  if (verb === undefined || !AGREE_VERBS.has(verb) || rest.length === 0) return undefined;
  if (!rest.some((t) => CONSENT_OBJECTS.has(t))) return undefined;
  // `accept_terms_version`, `accept_terms_url`: a metadata word makes it about the document, not the grant.
  if (rest.some((t) => NEGATIVE_TOKENS.has(t) && !CONSENT.keep.has(t) && !CONSENT_OBJECTS.has(t))) return undefined;
  return { category: 'consent.record', confidence: AGREE_CONFIDENCE, reason: `name opens with "${verb}" and names what is agreed to` };
}

const detector: NameDetector = {
  id: 'consent-record-name',
  kind: 'name',
  categories: ['consent.record'],
  description: 'Field names that mean consent or opt-out state, its time, version, channel or scope, in English, German, French, Spanish, Italian, Dutch and Portuguese (and Polish, Swedish, Danish, Turkish); flags that open with an agreement verb; only in datasets keyed to a person.',
  match: (name) => aboutPerson(matchLexicon(name, CONSENT) ?? agreementFlag(name), name),
};

export default detector;
