// Value detector: genetic variants and genotypes written in standard notation: an rsID with its
// alleles ("rs429358 C/T", "rs4680(A;G)", as dbSNP ids and consumer genotype files write them),
// an allele pair ("A/G", "C|T": VCF genotypes with the bases spelt out), or an HGVS variant
// description (HGVS nomenclature, varnomen.hgvs.org: "c.68_69delAG", "NM_000492.3:c.1521_1523delCTT",
// "p.Arg117His", "p.(Gly12Asp)", "g.12345A>G"). An rsID without alleles names a variant, not a
// person's genotype, and is not matched.
import type { ValueDetector } from '../../model/index.js';
import { countPassing, nonEmpty } from '../validators/column.js';

const RS_GENOTYPE = /^rs\d{1,10}\s*[:=(\s]\s*[ACGTID-]{1,2}(?:\s*[/;|,]\s*[ACGTID-])?\)?$/i;
const ALLELE_PAIR = /^\(?[ACGT]\s*[/|;]\s*[ACGT]\)?$/;
/** A reference sequence prefix: "NM_000492.3:", "NC_000007.14:", "ENST00000003084:". */
const REFERENCE = String.raw`(?:(?:[NX][MRCGTP]_\d{6,9}|ENS[TGP]\d{11})(?:\.\d{1,3})?(?:\([A-Z0-9-]{1,20}\))?:)?`;
/** A nucleotide position: "68", "-12", "*45", "1521+1", "68_69". */
const POSITION = String.raw`[-*]?\d{1,9}(?:[+-]\d{1,6})?`;
const NUCLEOTIDE_CHANGE = String.raw`(?:[ACGT]>[ACGT]|del[ACGT]{0,50}|dup[ACGT]{0,50}|ins[ACGT]{1,50}|delins[ACGT]{1,50}|inv|=)`;
const HGVS_DNA = new RegExp(`^${REFERENCE}[cgmnr]\\.${POSITION}(?:_${POSITION})?${NUCLEOTIDE_CHANGE}$`);
const AMINO_ACID = '(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec|Pyl|[ACDEFGHIKLMNPQRSTVWY*])';
const HGVS_PROTEIN = new RegExp(
  `^${REFERENCE}p\\.\\(?${AMINO_ACID}\\d{1,5}(?:_${AMINO_ACID}\\d{1,5})?(?:${AMINO_ACID}|=|\\?|fs(?:Ter|\\*)?\\d{0,4}|del|dup|ins${AMINO_ACID}{1,10}|delins${AMINO_ACID}{1,10})\\)?$`,
);

const isGenotype = (value: string): boolean =>
  value.length <= 120 && (RS_GENOTYPE.test(value) || ALLELE_PAIR.test(value) || HGVS_DNA.test(value) || HGVS_PROTEIN.test(value));

const detector: ValueDetector = {
  id: 'genotype',
  kind: 'value',
  categories: ['special.genetic'],
  description: 'Genotype or variant notation: rsID with alleles (rs429358 C/T), allele pairs (A/G), HGVS (c.68_69delAG, p.Arg117His).',
  scope: 'whole',
  strength: 0.85,
  prefilter: (value) => value.length >= 3 && value.length <= 120,
  match(value) {
    return isGenotype(value) ? { category: 'special.genetic' } : undefined;
  },
  column(values) {
    // A bare allele pair is three characters: a column of one pair repeated is a constant.
    const { distinct } = countPassing(nonEmpty(values), isGenotype);
    return distinct < 2 ? 'a single genotype value repeated, a constant rather than people\'s genotypes' : undefined;
  },
};

export default detector;
