// never-store: data that must not be kept at all: card security codes after authorisation
// (PCI DSS v4.0 Req. 3.3.2) and passwords in plaintext (GDPR Art. 32(1)(a); OWASP Password
// Storage Cheat Sheet). Runs with or without a purpose map.
import type { BuiltInDetectorId, CategoryMatch, FindingDraft, RuleEvaluator } from '../model/index.js';
import { fieldSite, percent } from './shared/purposes.js';

/** Id of the value detector that recognises password hashes (bcrypt, argon2, scrypt, PBKDF2...). */
export const PASSWORD_HASH_DETECTOR: BuiltInDetectorId = 'password-hash';

/** A password field is plaintext when fewer than half of its sampled values look hashed. */
export const HASHED_SHARE_REQUIRED = 0.5;

/**
 * Share of sampled values the hash detector matched; undefined when no value was sampled
 * (a schema source), because then storage cannot be judged from the data.
 */
export function hashedShare(match: CategoryMatch): number | undefined {
  if (match.sampled <= 0) return undefined;
  return match.detectors.includes(PASSWORD_HASH_DETECTOR) ? match.matched / match.sampled : 0;
}

const rule: RuleEvaluator = {
  id: 'never-store',
  scope: 'dataset',
  evaluate(ctx) {
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        const cvv = profile.categories.find((c) => c.id === 'financial.card_cvv');
        const password = profile.categories.find((c) => c.id === 'credentials.password');
        const hashed = password ? hashedShare(password) : undefined;
        const plaintext = hashed !== undefined && hashed < HASHED_SHARE_REQUIRED;
        if (!cvv && !plaintext) continue;
        const what: string[] = [];
        if (cvv) what.push('card security codes (CVV/CVC), which may not be kept after authorisation');
        if (plaintext) what.push(`passwords in plaintext (only ${percent(hashed)}% of sampled values look like a password hash)`);
        findings.push({
          ...fieldSite(profile),
          message: '',
          categories: [...(cvv ? [cvv.id] : []), ...(plaintext && password ? [password.id] : [])],
          data: { what: what.join(' and '), ...(plaintext ? { hashedShare: percent(hashed) } : {}) },
        });
      }
    }
    return findings;
  },
};

export default rule;
