// A date column whose name says which event it records: `debut`, `hired_on`, `death_date`,
// `final_game`. Its values may spread over decades like a population's births (a register of
// careers, hires or deaths), but the name says they are not births.
import type { FieldName } from '../../model/detector.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Events other than a birth that a person's dates record, in the lexicon languages (accents folded). */
const EVENTS = words(`
  debut final finale retire retired retirement death died deceased decease burial buried funeral
  hire hired hiring join joined joining enrol enroll enrolled enrolment enrollment admission admitted discharge discharged
  graduation graduated marriage married wedding divorce divorced baptism baptized
  start started begin began end ended finish finished termination terminated resignation resigned leave left exit
  created updated modified deleted registered registration signup signed issue issued expiry expires expiration
  appointment visit release released published purchase purchased order ordered shipped payment paid due effective
  game match season election elected appointed term
  einstellung eintritt austritt tod sterbedatum todestag heirat hochzeit
  embauche deces mariage entree sortie
  contratacion muerte fallecimiento defuncion boda ingreso alta baja
  assunzione morte decesso matrimonio
  indiensttreding overlijden huwelijk
  admissao falecimento obito casamento`);
/** Words that keep a birth in the name (`birth_date_on_record`, `geboren`): then the name is no event. */
const BIRTH = words('birth born birthday birthdate dob geburt geboren geboorte naissance nacimiento nascita nascimento');

/**
 * The event word of a field's own name when it names an event other than a birth and no birth
 * (`debut`, `finalGame`, `hire_date`); undefined otherwise.
 */
export function eventOfDate(name: FieldName): string | undefined {
  if (name.tokens.some((t) => BIRTH.has(t))) return undefined;
  return name.tokens.find((t) => EVENTS.has(t));
}
