// The head noun of a field name: in English compounds the last noun says what the field is and
// the words before it only qualify it. `email_image_file_name` is a file name (about an email
// image), `ip_count` a count, `phone_template` a template: a category term that only qualifies
// such a head is not what the field holds.
import type { CategoryId } from '../../model/taxonomy.js';

/** Heads that refer to or count something else: the field holds a reference, a number or a layout, never the category. */
const REFERENCE_HEADS = new Set([
  'file', 'filename', 'files', 'url', 'urls', 'uri', 'link', 'links', 'href', 'path', 'paths', 'dir', 'directory', 'folder',
  'count', 'counter', 'template', 'templates', 'icon', 'logo', 'format', 'pattern', 'regex', 'label', 'placeholder',
  'extension', 'mime', 'mimetype', 'filepath',
]);
/** Heads that are a picture of something: a scanned document or a biometric sample is still that data, nothing else is. */
const IMAGE_HEADS = new Set(['image', 'images', 'img', 'picture', 'pic', 'photo', 'thumbnail', 'thumb', 'screenshot']);
/** Words that may follow a head without changing it (`file_name`, `image_url`, `logo_id`). */
const HEAD_TAIL = new Set(['name', 'names', 'id', 'ids', 'key', 'size', 'type', 'no', 'nr', 'number', 'ref', 'width', 'height']);

/**
 * A name at the end (`email_from_name`, `address_name`, `phone_alias`): the display name of a
 * sender, an addressee or an address-book entry, never the address or number itself.
 */
const NAME_HEADS = new Set(['name', 'names', 'nickname', 'alias']);
/** Categories a name is never: the contact data it is the name of. */
const NOT_A_NAME: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'contact.email', 'contact.address', 'contact.phone', 'contact.postal_code', 'online.ip_address', 'location.coordinates',
]);

function imageMayHold(category: CategoryId): boolean {
  return category === 'special.biometric' || category.startsWith('government.');
}

export interface HeadNoun {
  /** Index (in the stopword-free tokens) of the head noun. */
  index: number;
  head: string;
}

/**
 * The head noun when it is one of the vetoing heads and not the first token: every token after
 * it is another head or a tail word (`email_image_file_name` → `image` at 1).
 */
export function vetoingHead(tokens: readonly string[]): HeadNoun | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (NAME_HEADS.has(t) && tokens.slice(i + 1).every((r) => /^\d+$/.test(r))) return { index: i, head: t };
    if (!REFERENCE_HEADS.has(t) && !IMAGE_HEADS.has(t)) continue;
    const rest = tokens.slice(i + 1);
    if (rest.every((r) => REFERENCE_HEADS.has(r) || IMAGE_HEADS.has(r) || HEAD_TAIL.has(r) || /^\d+$/.test(r))) return { index: i, head: t };
  }
  return undefined;
}

/** Heads that locate a web resource: what a browsing term qualifies that way is the page a person browsed (`referer_url`). */
const WEB_RESOURCE_HEADS = new Set(['url', 'urls', 'uri', 'link', 'links', 'href', 'path', 'paths']);

/** Whether a name hit ending at token `end` only qualifies the head (and so is not the category). */
export function headVetoes(head: HeadNoun, category: CategoryId, end: number, tokens: readonly string[]): boolean {
  if (end >= head.index) return false;
  // Browsing behaviour is the addresses of what was viewed: `referer_url`, `clicked_link` hold it.
  if (category === 'behavior.browsing' && tokens.slice(head.index).every((t) => WEB_RESOURCE_HEADS.has(t) || HEAD_TAIL.has(t))) return false;
  if (NAME_HEADS.has(head.head) && !REFERENCE_HEADS.has(head.head)) return NOT_A_NAME.has(category);
  const heads = tokens.slice(head.index);
  const reference = heads.some((t) => REFERENCE_HEADS.has(t));
  return reference || !imageMayHold(category);
}

/**
 * Whether a head `name` vetoing this contact category makes the field the name of the contact's
 * owner (`email_to_name`). A place's name is the place's own (`town_name`, `cityName`, ISO 20022's
 * `townName`, `street_name`): only an address, a mailbox or a number is named after whoever has it.
 */
export function namesContactOwner(head: HeadNoun, category: CategoryId, phrase?: string): boolean {
  if (phrase !== undefined && PLACE_PHRASES.has(phrase.toLowerCase())) return false;
  return (head.head === 'name' || head.head === 'names') && OWNED_CONTACT.has(category);
}
/** Address-lexicon phrases (contact.ts) that are places, in the lexicon languages: their name is the place's. */
const PLACE_PHRASES = new Set([
  'city', 'town', 'suburb', 'street', 'residence', 'stadt', 'ort', 'wohnort', 'straße', 'strasse', 'ville', 'rue', 'ciudad', 'calle',
  'città', 'via', 'stad', 'plaats', 'woonplaats', 'straat', 'cidade', 'rua', 'bairro', 'logradouro', 'ulica', 'sokak', 'mahalle',
]);
/** Contact items a person is named beside (not coordinates or IP addresses, which hosts and places have). */
const OWNED_CONTACT: ReadonlySet<CategoryId> = new Set<CategoryId>(['contact.email', 'contact.address', 'contact.phone']);
