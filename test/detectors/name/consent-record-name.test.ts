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
  ].map((name) => ({ name, category })),
  invalid: [
    'consent_template', 'consent_text', 'consent_form_url', 'consent_id', 'consent_ip', 'newsletter_id',
    'newsletter_title', 'cookie_policy_url', 'consent_banner_config',
    { raw: 'consent_version', dataset: 'consent_texts', siblings: ['language', 'body', 'published_at'] },
    { raw: 'opt_in', dataset: 'stores_de', siblings: ['id', 'name', 'city'] },
  ],
});
