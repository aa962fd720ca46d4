// Table tests for the user-agent-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/user-agent-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'online.user_agent' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    { raw: 'agent', dataset: 'user_sessions' }, { raw: 'browser', dataset: 'login_history' },
    'user_agent', 'userAgent', 'UserAgent', 'ua', 'http_user_agent', 'User-Agent', 'agent_utilisateur',
    'agente_de_usuario', 'agente_utente', 'gebruikersagent', 'agente_do_usuario', 'request.headers.user-agent',
    'user_agent_hash',
  ].map((name) => ({ name, category })),
  invalid: [
    // A bare agent outside sessions and logins is a person or a program.
    { raw: 'agent', dataset: 'insurance_policies' }, { raw: 'browser', dataset: 'test_runs' },
    'user_agent_type', 'agent', 'user', 'ua_version', 'travel_agent', 'agent_name', 'usa', 'quality',
  ],
});
