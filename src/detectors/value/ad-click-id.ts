// Value detector (supporting): ad click ids as they appear in landing URLs and exports. A gclid
// is base64url of a protobuf whose first bytes give it a few fixed openings (`Cj0KCQ…`,
// `CjwKCA…`, `EAIaIQ…`); a fbclid starts `IwAR` (or `IwY2`/`IwZX` since 2024). The openings are
// conventions, not a specification, so a column of them strengthens a name without deciding.
import type { ValueDetector } from '../../model/index.js';

const GCLID = /^(?:Cj[0-9a-zA-Z]KC[A-Za-z]|CjgKE|CjkKE|EAIaIQ)[A-Za-z0-9_-]{24,}$/;
const FBCLID = /^Iw(?:AR|Y2|ZX)[A-Za-z0-9_-]{24,}$/;

const detector: ValueDetector = {
  id: 'ad-click-id',
  kind: 'value',
  categories: ['online.advertising_id'],
  description: 'Google (gclid) or Meta (fbclid) ad click id by its opening characters; strengthens a name.',
  scope: 'whole',
  strength: 0.45,
  prefilter: (value) => value.length >= 30 && (value.startsWith('Cj') || value.startsWith('EA') || value.startsWith('Iw')),
  match(value) {
    return GCLID.test(value) || FBCLID.test(value) ? { category: 'online.advertising_id' } : undefined;
  },
};

export default detector;
