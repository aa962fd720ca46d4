// Table tests for the secret-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/secret-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'credentials.secret' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'secret', 'client_secret', 'api_key', 'apiKey', 'API_KEY', 'access_token', 'refresh_token', 'auth_token',
    'private_key', 'secret_key', 'aws_secret_access_key', 'webhook_secret', 'totp_secret', 'session_token',
    'jwt', 'token', 'remember_token', 'reset_token', 'password_reset_token', 'API-Schlüssel',
    'geheimer_Schlüssel', 'cle_api', 'jeton_d_acces', 'clave_api', 'token_de_acceso', 'chiave_api',
    'chiave_segreta', 'api_sleutel', 'toegangstoken', 'chave_api', 'token_de_acesso',
    'id_token', 'hashedKey', 'key_hash', 'providerAccessToken', 'provider_refresh_token', 'sess_id', 'license_key',
    'email_change_token', 'prv_key', 'session_jwt', 'jwt_token', 'mfa', 'totp',
    // A qualifier glued to its head in a lower-case name.
    'rsstoken', 'csrftoken', 'appsecret',
    // A flat generic leaf of a table of secrets.
    { raw: 'value', dataset: 'client_secrets' }, { raw: 'data', dataset: 'stored_credentials' },
    // A token named for its flow, though `reset` and `link` negate elsewhere; activation and login keys.
    'reset_password_token', 'resetPasswordToken', 'magic_link_token', 'invite_link_token', 'activation_key', 'activation_code',
    'auth_key', 'totp_seed', 'Zugangsschlüssel',
    // The domain languages: Polish, Swedish, Danish, Turkish.
    'klucz_api', 'tajny_klucz', 'hemlig_nyckel', 'api_nyckel', 'API_nøgle', 'hemmelig_nøgle', 'gizli_anahtar', 'api_anahtari',
  ].map((name) => ({ name, category })),
  invalid: [
    'token_count', 'secret_santa', 'token_type', 'next_page_token', 'max_tokens', 'api_key_id', 'api_key_name',
    'secret_name', 'token_expires_at', 'has_api_key', 'api_key_last4', 'access_token_expires', 'input_tokens',
    'tokenizer', 'keyboard', 'secretary',
    // A signed statement published with what it signs.
    'mfa_enabled', 'mfa_required', 'totp_verified_at',
    'endorsementJwt', 'proof_jwt', 'attestation_jwt', 'signed_jwt',
    'idempotency_token', 'idempotencyKey', 'push_token', 'device_token', 'token_provider_name',
    { raw: 'value', dataset: 'token_usage' }, { raw: 'value', dataset: 'app_settings' },
    // Glued, the qualifier still negates.
    'nextpagetoken', 'pagetoken', 'devicetoken', 'pushtoken', 'secretsanta', 'streamtoken',
    // Outside the flow phrases, `reset` and `link` still negate; metadata of an activation key is no key.
    'password_reset_at', 'token_link', 'magic_link_sent_at', 'activation_key_expires_at', 'auth_key_id', 'activation_code_sent',
  ],
});
