// `datamin explain <dataset>.<field> [paths]`: scans like `scan` does, keeping each field's
// evidence, and prints for one field every piece of evidence for and against each category, the
// combined score against the threshold, the calibrated confidence of what is reported and the verdict. The evidence is the list the classifier combined (kept in
// the field profile), replayed here with the same combiner, never recomputed another way.
import type { Io } from '../io.js';
import { UsageError, formatLocation } from '../errors.js';
import { scanWithPolicy, type ScanFlags } from './scan.js';
import { combineItems } from '../../classify/combine.js';
import { categoryInfo, type CategoryId } from '../../model/taxonomy.js';
import type { EvidenceItem, FieldProfile } from '../../model/result.js';

export interface ExplainFlags extends Pick<ScanFlags, 'include' | 'exclude' | 'sample' | 'config' | 'showValues'> {
  format?: 'text' | 'json';
}

export interface CategoryExplanation {
  id: CategoryId;
  title: string;
  /** The combiner's raw score, which the threshold decides on. */
  score: number;
  /** The calibrated confidence of a reported category (the score itself where none applies). */
  confidence?: number;
  threshold: number;
  reported: boolean;
  evidence: EvidenceItem[];
  /** Redacted examples (raw with --show-values) of a reported category. */
  examples?: string[];
}

export interface FieldExplanation {
  source: string;
  dataset: string;
  field: string;
  type?: string;
  comment?: string;
  line?: number;
  categories: CategoryExplanation[];
  /** Categories reported for the field: the verdict. */
  verdict: CategoryId[];
}

/** Every category the field's evidence mentions, with the confidence the combiner gives it. */
export function explainField(profile: FieldProfile, withExamples: boolean): FieldExplanation {
  const items = profile.evidence ?? [];
  const ids = [...new Set([...items.map((i) => i.category), ...profile.categories.map((c) => c.id)])];
  const categories = ids.map((id): CategoryExplanation => {
    const evidence = items.filter((i) => i.category === id);
    const match = profile.categories.find((c) => c.id === id);
    const score = match?.score ?? match?.confidence ?? combineItems(id, evidence);
    return {
      id,
      title: categoryInfo(id).title,
      score,
      ...(match === undefined ? {} : { confidence: match.confidence }),
      threshold: categoryInfo(id).threshold,
      reported: match !== undefined,
      evidence,
      ...(withExamples && match && match.examples.length > 0 ? { examples: match.examples } : {}),
    };
  });
  categories.sort((a, b) => Number(b.reported) - Number(a.reported) || b.score - a.score || a.id.localeCompare(b.id));
  return {
    source: profile.source,
    dataset: profile.dataset,
    field: profile.field,
    ...(profile.type === undefined ? {} : { type: profile.type }),
    ...(profile.comment === undefined ? {} : { comment: profile.comment }),
    ...(profile.line === undefined ? {} : { line: profile.line }),
    categories,
    verdict: profile.categories.map((c) => c.id),
  };
}

/** Levenshtein distance, for suggesting close field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Up to five `dataset.field` names close to the one asked for (same field elsewhere first). */
export function closeNames(target: string, names: readonly string[]): string[] {
  const wanted = target.toLowerCase();
  const leaf = wanted.slice(wanted.indexOf('.') + 1);
  return names
    .map((name) => {
      const lower = name.toLowerCase();
      const sameLeaf = lower.endsWith(`.${leaf}`) || lower.slice(lower.indexOf('.') + 1) === leaf;
      return { name, score: sameLeaf ? 0 : distance(wanted, lower) };
    })
    .filter((c) => c.score <= Math.max(3, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, 5)
    .map((c) => c.name);
}

const SIGN = { for: '+', against: '−' } as const;
const fixed = (n: number): string => n.toFixed(2);

export function renderText(explanations: readonly FieldExplanation[]): string {
  const out: string[] = [];
  for (const x of explanations) {
    const where = `${x.source}${x.line === undefined ? '' : `:${x.line}`}`;
    out.push(`${x.dataset}.${x.field}  (${where}${x.type === undefined ? '' : `, type ${x.type}`})`);
    if (x.comment !== undefined) out.push(`  comment: ${x.comment}`);
    if (x.categories.length === 0) out.push('  no evidence for any category');
    for (const c of x.categories) {
      const state = c.reported ? 'reported' : 'not reported';
      const calibrated = c.confidence === undefined ? '' : `, calibrated confidence ${c.confidence.toFixed(3)}`;
      out.push(`  ${c.id} (${c.title}): ${state}, score ${c.score.toFixed(3)} (threshold ${fixed(c.threshold)})${calibrated}`);
      for (const e of c.evidence) {
        const effect = `${fixed(e.value)} × ${fixed(e.weight)}`;
        out.push(`    ${SIGN[e.direction]} ${e.kind.padEnd(11)} ${e.feature.padEnd(28)} ${e.detector.padEnd(22)} ${effect}  ${e.reason}`);
      }
      if (c.examples) out.push(`    examples: ${c.examples.join(', ')}`);
    }
    out.push(`  verdict: ${x.verdict.length === 0 ? 'no personal data' : x.verdict.join(', ')}`, '');
  }
  return `${out.join('\n')}`;
}

export async function explainCommand(target: string, paths: string[], flags: ExplainFlags, io: Io): Promise<number> {
  if (!target.includes('.')) throw new UsageError(`explain expects <dataset>.<field>, got '${target}' (for example: customers.email)`);
  const scanned = await scanWithPolicy(paths, { ...flags, quiet: true }, io, [], { keepEvidence: true });
  if (typeof scanned === 'number') return scanned;
  for (const e of scanned.result.errors) io.stderr.write(`datamin: ${e.level === 'warning' ? 'warning: ' : ''}${formatLocation(e)}${e.message}\n`);
  const { fields } = scanned.result;
  const exact = fields.filter((f) => `${f.dataset}.${f.field}` === target);
  const found = exact.length > 0 ? exact : fields.filter((f) => `${f.dataset}.${f.field}`.toLowerCase() === target.toLowerCase());
  if (found.length === 0) {
    const suggestions = closeNames(target, [...new Set(fields.map((f) => `${f.dataset}.${f.field}`))]);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
    io.stderr.write(`datamin: no field '${target}' in the scanned inputs${hint}\n`);
    return 2;
  }
  const explanations = found.map((f) => explainField(f, true));
  io.stdout.write(flags.format === 'json' ? `${JSON.stringify(explanations.length === 1 ? explanations[0] : explanations, null, 2)}\n` : renderText(explanations));
  return scanned.result.errors.some((e) => e.level === 'error') ? 2 : 0;
}
