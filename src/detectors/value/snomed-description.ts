// Value detector: a SNOMED CT fully specified name, which ends in a semantic tag naming its
// hierarchy: "Acute viral pharyngitis (disorder)", "Latex (substance)". SNOMED CT Editorial
// Guide, "Semantic Tags". Only the tags of clinical hierarchies count: "(person)",
// "(occupation)", "(geographic location)" or "(qualifier value)" say nothing about health.
import type { ValueDetector } from '../../model/index.js';

const CLINICAL_TAGS = [
  'disorder', 'finding', 'procedure', 'situation', 'substance', 'organism', 'body structure', 'morphologic abnormality',
  'observable entity', 'physical object', 'regime/therapy', 'medicinal product', 'medicinal product form', 'clinical drug',
  'product', 'specimen', 'disposition', 'event',
];
const FULLY_SPECIFIED_NAME = new RegExp(`^\\S.{0,250}\\s\\((?:${CLINICAL_TAGS.map((t) => t.replace('/', '\\/')).join('|')})\\)$`);

const detector: ValueDetector = {
  id: 'snomed-description',
  kind: 'value',
  categories: ['special.health'],
  description: 'SNOMED CT term with a clinical semantic tag: "Acute viral pharyngitis (disorder)".',
  scope: 'whole',
  // A code list of a terminology browser holds no one's health: just above the threshold alone.
  strength: 0.6,
  prefilter: (value) => value.length > 6 && value.charCodeAt(value.length - 1) === 41,
  match: (value) => (FULLY_SPECIFIED_NAME.test(value) ? { category: 'special.health' } : undefined),
};

export default detector;
