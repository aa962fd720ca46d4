// The sentence every reporter prints for a dataset's linkability (issue 24), so table, markdown,
// HTML and PDF say the same thing. Plain text: each reporter escapes it for its format.
import type { DatasetLinkability } from '../model/result.js';

export function linkabilityNote(l: DatasetLinkability): string {
  const keys = l.keys.join(', ');
  if (l.status === 'linked' && l.linkedBy !== undefined && l.linkedBy.length > 0) {
    const by = l.linkedBy.map((b) => `${b.dataset}.${b.field} (beside ${b.identifiers.join(', ')})`).join('; ');
    return `linked: the key ${keys} also occurs in ${by}, so these rows are personal data of identified people`;
  }
  return `pseudonymous: keyed by ${keys}, which no scanned dataset links to direct identifiers`;
}
