// UUIDs (RFC 9562): the shape of mobile advertising ids (IDFA upper-case, GAID lower-case) and of
// analytics cookie ids (domain user ids, Segment anonymousId), and of most primary keys.

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** The nil UUID (and the zeroed IDFA of a limited-ad-tracking device) identifies nobody. */
const NIL = '00000000-0000-0000-0000-000000000000';

/** Cheap check before the pattern: 36 characters with a hyphen at position 8. */
export function mayBeUuid(value: string): boolean {
  return value.length === 36 && value.charCodeAt(8) === 45;
}

/** A non-nil UUID. */
export function isUuid(value: string): boolean {
  return value.length === 36 && value !== NIL && UUID.test(value);
}
