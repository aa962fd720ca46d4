// Table tests for the secret-table-name detector: the id, code or value column of a table of
// secrets, and look-alikes (a surrogate id beside the secret's own column, meetings called sessions).
import detector from '../../../src/detectors/name/secret-table-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'credentials.secret' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    { raw: 'id', dataset: 'sessions', siblings: ['id', 'user_id', 'expires'] },
    { raw: 'sid', dataset: 'session', siblings: ['sid', 'uid', 'data'] },
    { raw: 'id', dataset: 'ttrss_sessions', siblings: ['id', 'data', 'expire'] },
    { raw: 'nonce', dataset: 'nonces', siblings: ['nonce', 'expire'] },
    { raw: 'code', dataset: 'passcodes', siblings: ['id', 'code', 'user_id'] },
    { raw: 'code', dataset: '2fa_recovery_codes', siblings: ['uid', 'code', 'used'] },
    { raw: 'value', dataset: 'api_keys', siblings: ['id', 'value', 'owner_id'] },
    { raw: 'id', dataset: 'subject_tokens', siblings: ['id', 'user_id', 'expires_at'] },
    { raw: 'id', dataset: 'Sitzungen', siblings: ['id', 'benutzer_id'] },
    // A table listing session ids by that name; a session's id beside its data is still the cookie.
    { raw: 'id', dataset: 'session_ids', siblings: ['id', 'email', 'issued'] },
    { raw: 'id', dataset: 'sessions', siblings: ['id', 'data', 'expires'] },
  ].map((name) => ({ name, category })),
  invalid: [
    // The secret has a column of its own: the id is a surrogate key.
    { raw: 'id', dataset: 'Session', siblings: ['id', 'sessionToken', 'userId', 'expires'] },
    { raw: 'id', dataset: 'api_keys', siblings: ['id', 'key_hash', 'owner_id'] },
    // A store of credentials keeps them in a column of their own.
    { raw: 'id', dataset: 'Credentials', siblings: ['id', 'workspaceId', 'data', 'name', 'type'] },
    { raw: 'id', dataset: 'stored_secrets', siblings: ['id', 'encrypted_value'] },
    // Meetings called sessions.
    { raw: 'id', dataset: 'legislative_sessions', siblings: ['id', 'name', 'start_date'] },
    { raw: 'id', dataset: 'training_sessions', siblings: ['id', 'coach_id'] },
    // Columns about the row, not its secret; tables that are not of secrets.
    { raw: 'expires', dataset: 'sessions', siblings: ['id', 'expires'] },
    { raw: 'user_id', dataset: 'sessions', siblings: ['id', 'user_id'] },
    { raw: 'id', dataset: 'users', siblings: ['id', 'email'] },
    { raw: 'code', dataset: 'discount_codes', siblings: ['id', 'code'] },
    // Nested paths and fields without a dataset say nothing.
    { raw: 'session.id', dataset: 'events', siblings: ['session.id'] },
    'id',
  ],
});
