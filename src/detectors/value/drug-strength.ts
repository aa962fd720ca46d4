// Value detector: a medicine written with its strength and dose form, as prescriptions and
// RxNorm normalized names write it: "Loratadine 5 MG Chewable Tablet", "Ibuprofen 400 mg
// Filmtabletten", "1 ML Epinephrine 1 MG/ML Auto-Injector" (RxNorm Technical Documentation,
// "Normalized names": ingredient, strength, dose form; units from the UCUM-based RxNorm list).
import type { ValueDetector } from '../../model/index.js';

/** A number and a strength unit (MG, MCG, ML, UNT, MEQ, %, IU, and their per-volume forms). */
const STRENGTH = /(?:^|\s)\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|g|ml|unt|meq|iu|ie|ui|%)(?:\/(?:ml|hr|h|actuat|g|l|mg))?(?=\s|$)/i;
/** Dose forms in the seven lexicon languages (EDQM Standard Terms spellings). */
const DOSE_FORM =
  /(?<!\p{L})(?:tablets?|capsules?|injection|injectable|solution|suspension|syrup|inhaler|inhalant|spray|cream|ointment|patch|auto-injector|syringe|drops|lozenge|gel|powder|suppository|pen|cartridge|chewable|lotion|foam|implant|transdermal|tabletten|filmtabletten|kapseln|tropfen|salbe|comprim[ée]s?|g[ée]lules?|sirop|pommade|comprimidos?|c[áa]psulas?|jarabe|compresse|capsule|sciroppo|pomata|capsules|zalf|druppels)(?!\p{L})/iu;

const detector: ValueDetector = {
  id: 'drug-strength',
  kind: 'value',
  categories: ['special.health'],
  description: 'Medicine with strength and dose form: "Loratadine 5 MG Chewable Tablet".',
  scope: 'whole',
  // A pharmacy's catalogue lists medicines too: alone only just above the threshold.
  strength: 0.55,
  prefilter: (value) => value.length >= 8 && value.length <= 300 && /\d/.test(value),
  match: (value) => (STRENGTH.test(value) && DOSE_FORM.test(value) ? { category: 'special.health' } : undefined),
};

export default detector;
