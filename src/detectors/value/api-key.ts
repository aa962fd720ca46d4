// Value detector: a provider API key or token in its documented, prefixed format (AWS access
// key ids, GitHub tokens, Stripe live keys, Slack tokens, Google API keys).
import type { ValueDetector } from '../../model/index.js';

const KEY_FORMATS: readonly RegExp[] = [
  // AWS IAM access key id (long-term AKIA, temporary ASIA): 4-char prefix + 16 base32 chars.
  /^(?:AKIA|ASIA)[A-Z2-7]{16}$/,
  // GitHub tokens (github.blog 2021-04-05 "new token formats"): ghp_/gho_/ghu_/ghs_/ghr_ + 36.
  /^gh[pousr]_[A-Za-z0-9]{36}$/,
  // GitHub fine-grained personal access token.
  /^github_pat_[A-Za-z0-9_]{60,255}$/,
  // Stripe secret and restricted live keys (docs.stripe.com/keys).
  /^(?:sk|rk)_live_[A-Za-z0-9]{20,247}$/,
  // Slack bot, user, app-level and configuration tokens (api.slack.com/authentication/token-types).
  /^xox[abposr]-[A-Za-z0-9-]{10,250}$/,
  // Google API key (cloud.google.com/docs/authentication/api-keys): AIza + 35 characters.
  /^AIza[0-9A-Za-z_-]{35}$/,
];

/** First letters of the prefixes above. */
function startsLikeKey(code: number): boolean {
  return code === 65 || code === 103 || code === 115 || code === 114 || code === 120;
}

const detector: ValueDetector = {
  id: 'api-key',
  kind: 'value',
  categories: ['credentials.secret'],
  description: 'API key or token in a provider-specific format (AWS, GitHub, Stripe, Slack, Google).',
  scope: 'whole',
  strength: 0.95,
  prefilter: (value) => value.length >= 20 && value.length <= 300 && startsLikeKey(value.charCodeAt(0)),
  match(value) {
    if (value.length > 300) return undefined;
    for (const format of KEY_FORMATS) if (format.test(value)) return { category: 'credentials.secret' };
    return undefined;
  },
};

export default detector;
