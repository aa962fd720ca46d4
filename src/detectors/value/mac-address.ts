// Value detector: a MAC-48/EUI-48 address (IEEE 802): six hex octets separated by ':' or '-'
// (IEEE 802 canonical form), or Cisco's three dotted groups of four.
import type { ValueDetector } from '../../model/index.js';

const COLON_OR_DASH = /^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}$/;
const CISCO_DOTTED = /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/;
/** The all-zero address is a placeholder, not a device. */
const ALL_ZERO = /^[0.:-]+$/;

const detector: ValueDetector = {
  id: 'mac-address',
  kind: 'value',
  categories: ['online.mac_address'],
  description: 'MAC (EUI-48) address, colon, dash or Cisco dotted notation.',
  scope: 'whole',
  strength: 0.9,
  canonicalFormat: true,
  prefilter: (value) => value.length === 17 || value.length === 14,
  match(value) {
    const shaped = value.length === 17 ? COLON_OR_DASH.test(value) : value.length === 14 && CISCO_DOTTED.test(value);
    return shaped && !ALL_ZERO.test(value) ? { category: 'online.mac_address' } : undefined;
  },
};

export default detector;
