// Table tests for the email-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/email-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'contact.email' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'email', 'emailAddress', 'e_mail', 'E-Mail-Adresse', 'Mailadresse', 'courriel', 'adresse_email', 'correo',
    'correo_electronico', 'posta_elettronica', 'indirizzo_email', 'emailadres', 'e-mailadres',
    'endereco_de_email', 'customer.email', 'email_hash', 'mail',
    { raw: 'notes', comment: "The customer's email address" }, 'emails[].value', 'contact.email.address',
    'mail_address', 'mail2', 'home_mail',
    'user_email', 'otheremail', 'secondaryEmail', 'recovery_email', 'bcc', { raw: 'address', dataset: 'email_recipients' }, { raw: 'value', dataset: 'customer_emails' },
  ].map((name) => ({ name, category })),
  invalid: [
    'email_count', 'emails_sent', 'email_sent_count', 'email_verified', 'email_template', 'email_enabled',
    'is_email', 'has_email', 'num_emails', 'email_opt_in', 'email_domain', 'email_subject', 'mail_server',
    { raw: 'email', type: 'boolean' }, { raw: 'email', type: 'integer' }, 'email_verified_at', 'gmail',
    'mailbox',
    // Settings of a mailbox and names beside an address, not the address.
    'email_lang', 'email_locale', 'cold_email_prompt', 'mail_layout', 'mail_scanner_actions',
    { raw: 'value', dataset: 'email_templates' },
    // A numbered postal-address line or a post-office box of a mailing address, in the post.
    'address1_mail', 'staff_address2_mail', 'pobox_mail', 'mail_line_1',
  ],
});
