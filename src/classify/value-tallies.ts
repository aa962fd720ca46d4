// Runs the value detectors over a field's values one at a time and keeps per-detector counts
// and redacted examples. Fed either the reservoir sample at the end of a stream or, with
// `--sample all`, every value as it streams past.
import type { ValueDetector } from '../model/detector.js';
import type { CategoryId } from '../model/taxonomy.js';
import { redact } from '../util/redact.js';
import type { ClassifyFieldOptions } from './classify-field.js';

/** A whole-value detector that matched nothing in this many values is not run further. */
const GIVE_UP_AFTER = 500;
const MAX_EXAMPLES = 3;

export interface ValueTally {
  detector: ValueDetector;
  sampled: number;
  matched: Map<CategoryId, number>;
  examples: Map<CategoryId, string[]>;
  failed: boolean;
}

function addExample(tally: ValueTally, category: CategoryId, shown: string): void {
  let list = tally.examples.get(category);
  if (!list) tally.examples.set(category, (list = []));
  if (list.length < MAX_EXAMPLES && !list.includes(shown)) list.push(shown);
}

export class ValueTallies {
  readonly tallies: ValueTally[];
  /** Whole-value detectors first: see `add`. */
  private readonly ordered: ValueTally[];

  constructor(private readonly options: ClassifyFieldOptions) {
    this.tallies = options.detectors.value.map((detector) => ({ detector, sampled: 0, matched: new Map(), examples: new Map(), failed: false }));
    this.ordered = [...this.tallies.filter((t) => t.detector.scope === 'whole'), ...this.tallies.filter((t) => t.detector.scope !== 'whole')];
  }

  /**
   * Whole-value detectors run first: a value that is wholly an IBAN, a phone number or an EAN
   * is not free text, so embedded detectors skip it (the card-shaped digits inside a printed
   * IBAN are not a card), and an embedded hit spanning the whole value is whole-value evidence
   * the whole-value detectors already judged.
   */
  add(raw: string): void {
    const value = raw.trim();
    if (value === '') return;
    const { options } = this;
    let wholeMatched = false;
    for (const t of this.ordered) {
      if (t.failed) continue;
      const embedded = t.detector.scope !== 'whole';
      if (embedded && wholeMatched) {
        t.sampled++;
        continue;
      }
      if (!embedded && t.sampled >= GIVE_UP_AFTER && t.matched.size === 0) continue;
      t.sampled++;
      let hit;
      try {
        if (t.detector.prefilter && !t.detector.prefilter(value)) continue;
        hit = t.detector.match(value);
      } catch (error) {
        t.failed = true;
        options.onDetectorError?.(t.detector.id, error);
        continue;
      }
      if (!hit) continue;
      if (embedded && (hit.start ?? 0) === 0 && (hit.end ?? value.length) === value.length) continue;
      if (!embedded) wholeMatched = true;
      t.matched.set(hit.category, (t.matched.get(hit.category) ?? 0) + 1);
      if ((t.examples.get(hit.category)?.length ?? 0) >= MAX_EXAMPLES) continue;
      const span = hit.start !== undefined && hit.end !== undefined ? value.slice(hit.start, hit.end) : value;
      addExample(t, hit.category, options.showValues ? span : redact(span, hit.category));
    }
  }
}
