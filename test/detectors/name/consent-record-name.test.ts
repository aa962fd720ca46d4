// Table tests for consent-record-name: consent and opt-out state, time, version, channel and scope,
// unsubscribe and marketing-permission flags, by name and declared type, in seven languages.
import detector from '../../../src/detectors/name/consent-record-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'consent.record' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'consent', 'consented_at', 'consent_given', 'opt_in', 'opt_out', 'opted_out', 'unsubscribed', 'unsubscribed_at',
    'marketing_permission', 'marketing_allowed', 'gdpr_consent', 'terms_accepted_at', 'consent_version',
    'consent_channel', 'consent_scope', 'do_not_track', 'email_opt_in', 'sms_opt_in', 'accepts_marketing',
    'cookie_consent', 'tc_string', 'newsletter', 'Einwilligung', 'abgemeldet', 'consentement', 'desabonne',
    'consentimiento', 'dado_de_baja', 'consenso', 'disiscritto', 'toestemming', 'afgemeld', 'consentimento',
    'descadastrado',
    { raw: 'newsletter', type: 'boolean', dataset: 'customers', siblings: ['id', 'email'] },
    { raw: 'marketing_opt_in', type: 'boolean' },
    { raw: 'allow_marketing', type: 'bool' },
    { raw: 'consented_at', type: 'timestamp with time zone' },
    // A person's rows by a localized identifier column or a dataset of people with a locale suffix.
    { raw: 'newsletter_opt_in', dataset: 'export', siblings: ['id', 'prenom', 'courriel'] },
    { raw: 'opt_in', dataset: 'customers_de', siblings: ['id', 'plz'] },
    { raw: 'abgemeldet', dataset: 'kontakte', siblings: ['Kundennummer', 'ort'] },
    // What was agreed or asked for, and run-together spellings.
    'agreed_to_terms', 'agree_terms', 'receive_newsletter', 'wants_newsletter', 'is_subscribed', 'promotional_emails',
    'contact_permission', 'donotcall', 'emailoptout', 'sms_opt_out',
    { raw: 'marketing_emails', type: 'boolean' },
    // A column prefixed with its table's name is the bare word (`customers_newsletter` is `newsletter`).
    { raw: 'customers_newsletter', dataset: 'customers', siblings: ['customers_id', 'customers_email_address'] },
    { raw: 'user_subscribed', dataset: 'users', siblings: ['user_id', 'user_email'] },
    // A channel the person agreed to be reached on.
    'accepts_sms', 'allow_contact', 'receive_emails', 'no_marketing',
    // A flag opening with an agreement verb and naming what is agreed to, in several languages.
    'accept_video_recording', 'agrees_to_share_details', 'acepta_tratamiento_datos', 'aceita_termos', 'accetta_privacy',
    { raw: 'accept_photography', dataset: 'attendees', siblings: ['id', 'email'] },
    // The domain languages: Polish, Swedish, Danish, Turkish (KVKK).
    'zgoda_marketingowa', 'zgoda', 'samtycke', 'samtykke', 'acik_riza', 'kvkk_onay',
  ].map((name) => ({ name, category })),
  invalid: [
    'consent_template', 'consent_text', 'consent_form_url', 'consent_id', 'consent_ip', 'newsletter_id',
    'newsletter_title', 'cookie_policy_url', 'consent_banner_config',
    { raw: 'consent_version', dataset: 'consent_texts', siblings: ['language', 'body', 'published_at'] },
    { raw: 'opt_in', dataset: 'stores_de', siblings: ['id', 'name', 'city'] },
    // The table prefix counts only when it spells the table: `weekly_newsletter` stays partial.
    { raw: 'weekly_newsletter', dataset: 'customers', siblings: ['id', 'email'] },
    'unsubscribe_credits', 'unsubscribe_month',
    // An agreement verb before a business capability, or with a metadata word: no consent.
    'accepts_payments', 'accepts_returns', 'accept_invitation', 'accepts_card_payments', 'accept_terms_url', 'onay',
    { raw: 'accept_video_recording', dataset: 'venues', siblings: ['id', 'name', 'city'] },
  ],
});
