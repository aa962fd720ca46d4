// The combiner's weights, one per evidence feature, kept as data in one place so a script can
// later fit them on labelled data (issue 21, part 4) and replace this table without touching code.
// A feature's contribution is its value × its weight; see combine.ts for how they add up.

export const WEIGHTS = {
  /** A lexicon term in the field's own name (value: the term's confidence). */
  'name.lexicon': 1,
  /** A lexicon term found in the enclosing path because the leaf is generic (`phone.number`). */
  'parent.lexicon': 1,
  /** A parent key that gives a bare leaf its meaning (`name.first`, `dob.date`, `login.sha256`). */
  'parent.leaf': 1,
  /** A lexicon phrase of two or more words in the column comment or schema description (`date of birth`). */
  'comment.phrase': 1,
  /**
   * A single word of a description (`pass`, `via`, `mac`, `code`): prose uses such words for many
   * things, so one alone never decides (0.6 × 0.5 stays under every threshold); it still agrees with a name.
   */
  'comment.word': 0.5,
  /**
   * A description that is the only evidence for a critical, special or criminal category: scaled
   * so that it never decides one alone (issue 21: 12 of 40 never-store findings of one API rested on prose).
   */
  'comment.alone-sensitive': 0.5,
  /** Name and comment agreeing on a category: added to the stronger of the two (capped at 0.95). */
  'comment.agreement': 0.1,
  /** Dataset context a name detector read (clinical tables with a patient column). */
  'subject.context': 1,
  /** A declared type that holds exactly one category (`inet` → IP address, `macaddr` → MAC). */
  'type.holds': 0.9,
  /** A declared type that cannot hold the category (a uuid is never a tax number). */
  'type.excludes': 1,
  /** A schema `object` whose only evidence is its description (which describes the structure, not a value). */
  'type.container': 1,
  /** The field name's head noun is something else (`email_image_file_name` is a file name). */
  'name.head-noun': 1,
  /** A date column named after another event (`debut`, `hired_on`): its dates are no births. */
  'name.event-date': 1,
  /** A `_key` beside `key` (FHIR primitive extensions): metadata about the sibling's value, not the value. */
  'name.shadow-key': 1,
  /** A vocabulary table (`ethnicity`, `tblSex`: id, name, sort order): its values are the options, not a person's. */
  'subject.catalogue': 1,
  /** A dataset about organisations, products, settings or logs: contact fields are not a person's. */
  'subject.not-person': 1,
  /** A whole-value detector's strength × share of sampled values that match. */
  'value.whole': 1,
  /** A free-text detector: values that embed the item in some rows. */
  'value.embedded': 1,
  /** A canonical-format category whose own value check never matches the sampled values. */
  'value.contradicts-name': 0.5,
  /** Values shaped as keys or counts, which the name's category never is. */
  'value.shape': 1,
  /** Values that pass a check only by chance (version numbers as IPv4, SNOMED ids as BSN). */
  'value.lookalike': 1,
  /** The same column definition reported with this category elsewhere in the scan on its values. */
  'consistency.same-definition': 0.9,
  /**
   * The same column definition in many tables of one scan, tags and categories among them: a key
   * every row gets (`token`, a public short id), not one person's secret.
   */
  'consistency.every-table': 1,
} as const;

export type Feature = keyof typeof WEIGHTS;

export function weightOf(feature: Feature): number {
  return WEIGHTS[feature];
}
