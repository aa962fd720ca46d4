// Table tests for the consent-table-name detector: the status, date and log columns of a table of
// consents, newsletter subscriptions or opt-outs that belong to a person, and look-alikes.
import detector from '../../../src/detectors/name/consent-table-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'consent.record' as const;
const KEYED = ['id', 'customer_id', 'status', 'date', 'log', 'time', 'dbl_opt'];

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    { raw: 'status', dataset: 'newsletter_subscribers', siblings: KEYED },
    { raw: 'dbl_opt', dataset: 'CubeCart_newsletter_subscriber', siblings: KEYED },
    { raw: 'date', dataset: 'newsletter_subscriber_log', siblings: KEYED },
    { raw: 'log', dataset: 'cookie_consent', siblings: KEYED },
    { raw: 'time', dataset: 'consents', siblings: KEYED },
    { raw: 'version', dataset: 'marketing_consents', siblings: ['user_id', 'version'] },
    { raw: 'status', dataset: 'opt_outs', siblings: ['email', 'status'] },
    { raw: 'datum', dataset: 'einwilligungen', siblings: ['kunden_id', 'datum'] },
  ].map((name) => ({ name, category })),
  invalid: [
    // No person: a table of consent texts or settings.
    { raw: 'status', dataset: 'consents', siblings: ['id', 'status', 'title'] },
    { raw: 'version', dataset: 'consent_templates', siblings: ['id', 'customer_id', 'version'] },
    // Record-keeping timestamps and keys are not the consent.
    { raw: 'created_at', dataset: 'consents', siblings: ['user_id', 'created_at'] },
    { raw: 'customer_id', dataset: 'consents', siblings: KEYED },
    // Not a table of consents.
    { raw: 'status', dataset: 'orders', siblings: KEYED },
    { raw: 'date', dataset: 'subscriptions_invoices', siblings: KEYED },
    'status',
  ],
});
