// Table tests for the password-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/password-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'credentials.password' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'password', 'Password', 'passwd', 'pwd', 'password_hash', 'hashed_password', 'encrypted_password',
    'passphrase', 'passcode', 'pin', 'user.password', 'password_confirmation', 'Passwort', 'Kennwort',
    'mot_de_passe', 'mdp', 'contraseña', 'contrasena', 'parola_d_ordine', 'wachtwoord', 'senha', 'palavra_passe',
    'db_pass',
  ].map((name) => ({ name, category })),
  invalid: [
    'password_changed_at', 'password_reset_required', 'password_updated_at', 'password_expires_at',
    'must_change_password', 'has_password', 'password_strength', 'password_policy', 'password_length',
    'password_salt', 'password_reset_token', 'passwordless', 'pass_rate', 'boarding_pass', 'is_password_set',
    'compass', 'pinned', 'passenger',
  ],
});
