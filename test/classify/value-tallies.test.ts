import { describe, expect, it } from 'vitest';
import type { ValueDetector } from '../../src/model/detector.js';
import { ValueTallies, type ValueTalliesState } from '../../src/classify/value-tallies.js';
import { digitsOnly, embeddedAt } from '../helpers/fake-detectors.js';
import { customDetectorId } from '../../src/model/detector-ids.js';


function tallies(): ValueTallies {
  return new ValueTallies({ detectors: { name: [], value: [digitsOnly, embeddedAt] }, showValues: false });
}
const digitsTally = (t: ValueTallies) => t.tallies.find((x) => x.detector.id === 'digits-only')!;

describe('ValueTallies: settled verdicts', () => {
  it('judges every value of a small field', () => {
    const t = tallies();
    for (let i = 0; i < 1500; i++) t.add(String(i));
    expect(t.progress).toEqual({ offered: 1500, judged: 1500, settled: false });
    expect(digitsTally(t).sampled).toBe(1500);
    expect(digitsTally(t).matched.get('government.national_id')).toBe(1500);
  });

  it('thins the judging once a whole-value detector matches nearly every value', () => {
    const t = tallies();
    const n = 1_000_000;
    for (let i = 0; i < n; i++) t.add(String(i));
    const { offered, judged, settled } = t.progress;
    expect(offered).toBe(n);
    expect(settled).toBe(true);
    // About SETTLE_AFTER / 8 judged values per doubling of the stream after the first 2 000.
    expect(judged).toBeLessThan(5_000);
    expect(digitsTally(t).sampled).toBe(judged);
    expect(digitsTally(t).matched.get('government.national_id')).toBe(judged);
  });

  it('does not settle a field whose best detector matches under 95 %', () => {
    const t = tallies();
    for (let i = 0; i < 20_000; i++) t.add(i % 10 === 0 ? `note ${i}` : String(i));
    expect(t.progress).toEqual({ offered: 20_000, judged: 20_000, settled: false });
  });

  it('goes back to judging every value when a settled column stops matching', () => {
    const t = tallies();
    for (let i = 0; i < 50_000; i++) t.add(String(i));
    expect(t.progress.settled).toBe(true);
    const before = t.progress.judged;
    for (let i = 0; i < 50_000; i++) t.add(`a@b ${i}`);
    const { judged, settled } = t.progress;
    expect(settled).toBe(false);
    // Within one window of 100 judged values (at most 12 800 offered) every value is judged again.
    expect(judged - before).toBeGreaterThan(35_000);
    const embedded = t.tallies.find((x) => x.detector.id === 'embedded-at')!;
    expect(embedded.matched.get('contact.email')).toBeGreaterThan(35_000);
  });
});

/** Whole: a value of capitals, '@' and '#' only; throws on "THROW" (a detector bug on one value). */
const capitals: ValueDetector = {
  id: customDetectorId('capitals'),
  kind: 'value',
  categories: ['person.name'],
  description: 'test: capitals, throws on one value',
  scope: 'whole',
  strength: 0.5,
  match: (value) => {
    if (value === 'THROW') throw new Error('detector bug');
    return /^[A-Z@#]+$/.test(value) ? { category: 'person.name' } : undefined;
  },
};
/** Whole, two categories: "M"/"F" are genders, "X1".."X9" ids. */
const twoKinds: ValueDetector = {
  id: customDetectorId('two-kinds'),
  kind: 'value',
  categories: ['person.gender', 'government.passport'],
  description: 'test: a whole-value detector reporting two categories',
  scope: 'whole',
  strength: 0.5,
  prefilter: (value) => value.length <= 2,
  match: (value) => (value === 'M' || value === 'F' ? { category: 'person.gender' } : /^X\d$/.test(value) ? { category: 'government.passport' } : undefined),
};
/** Whole, matches only values starting "late": given up before its first match in most streams. */
const late: ValueDetector = {
  id: customDetectorId('late'),
  kind: 'value',
  categories: ['special.health'],
  description: 'test: matches rarely',
  scope: 'whole',
  strength: 0.5,
  match: (value) => (value.startsWith('late') ? { category: 'special.health' } : undefined),
};
/** Embedded: a '#' and the word after it; an all-'#' value is a whole-span hit, which never counts. */
const hashTag: ValueDetector = {
  id: customDetectorId('hash-tag'),
  kind: 'value',
  categories: ['online.username'],
  description: 'test: a #tag inside text',
  scope: 'embedded',
  strength: 0.5,
  match: (value) => {
    const m = /#\w*/.exec(value);
    return m ? { category: 'online.username', start: m.index, end: m.index + m[0].length } : undefined;
  },
};
/** Embedded: throws on a value containing "boom" after it has matched others. */
const fragile: ValueDetector = {
  id: customDetectorId('fragile'),
  kind: 'value',
  categories: ['contact.phone'],
  description: 'test: an embedded detector that throws',
  scope: 'embedded',
  strength: 0.5,
  match: (value) => {
    if (value.includes('boom')) throw new Error('detector bug');
    const at = value.indexOf('~');
    return at >= 0 ? { category: 'contact.phone', start: at, end: at + 1 } : undefined;
  },
};

const ALL_DETECTORS = [digitsOnly, embeddedAt, capitals, twoKinds, late, hashTag, fragile];

function run(values: readonly string[], memoize: boolean): { state: ValueTalliesState; progress: ValueTallies['progress']; errors: string[] } {
  const errors: string[] = [];
  const t = new ValueTallies(
    { detectors: { name: [], value: ALL_DETECTORS }, showValues: false, onDetectorError: (id) => errors.push(id) },
    { memoize },
  );
  for (const v of values) t.add(v);
  return { state: t.exportState(), progress: t.progress, errors };
}

/** A deterministic pseudo-random pick (Marsaglia's xorshift32), so streams are fixed. */
function picker(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const REPEATED = ['M', 'F', 'X3', 'a@b', 'AB@CD', 'ABC', '#', 'see #tag', 'x ~ y', '', '  42  ', 'plain', 'a@b #t ~'];

function mixedStream(n: number, seed: number, extra: (i: number) => string | undefined = () => undefined): string[] {
  const pick = picker(seed);
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const special = extra(i);
    if (special !== undefined) values.push(special);
    else if (pick(4) === 0) values.push(`${pick(3) === 0 ? 'u@v' : 'unique'} ${i}${pick(2) === 0 ? ' #x' : ''}`);
    else if (pick(50) === 0) values.push(String(i));
    else values.push(REPEATED[pick(REPEATED.length)]);
  }
  return values;
}

describe('ValueTallies: remembered verdicts count exactly as fresh runs', () => {
  const streams: Array<[string, string[]]> = [
    ['repeats and unique values, unsettled', mixedStream(3000, 1)],
    ['a digit column that settles, with repeats', Array.from({ length: 60_000 }, (_, i) => (i % 7 === 0 ? '12345' : String(i % 900)))],
    ['a settled column that stops matching', [...Array.from({ length: 30_000 }, (_, i) => String(i % 50)), ...mixedStream(30_000, 2)]],
    ['a whole-value detector that fails after its hits were remembered', mixedStream(5000, 3, (i) => (i === 2500 ? 'THROW' : undefined))],
    ['an embedded detector that fails', mixedStream(5000, 4, (i) => (i === 1200 ? 'boom ~' : undefined))],
    ['a rare detector given up, then its values', mixedStream(3000, 5, (i) => (i > 2000 && i % 10 === 0 ? 'late entry' : undefined))],
    ['unique values only (the memo is dropped)', Array.from({ length: 20_000 }, (_, i) => `value ${i} #${i % 3}`)],
    ['long values (never remembered)', Array.from({ length: 3000 }, (_, i) => `${'#long '.repeat(12)}${i % 5} a@b`)],
  ];
  for (const [name, values] of streams) {
    it(name, () => {
      const remembered = run(values, true);
      const fresh = run(values, false);
      expect(remembered.state).toEqual(fresh.state);
      expect(remembered.progress).toEqual(fresh.progress);
      expect(remembered.errors).toEqual(fresh.errors);
    });
  }

  it('counts hits of the cases the streams are built to reach', () => {
    const { state, errors } = run(mixedStream(5000, 3, (i) => (i === 2500 ? 'THROW' : i === 2600 ? 'boom' : undefined)), true);
    const tally = (id: string) => state.tallies.find((t) => t.detectorId === id)!;
    expect(errors).toEqual(['capitals', 'fragile']);
    expect(tally('capitals').failed).toBe(true);
    expect(new Map(tally('two-kinds').matched).get('person.gender')).toBeGreaterThan(100);
    expect(new Map(tally('two-kinds').matched).get('government.passport')).toBeGreaterThan(100);
    expect(new Map(tally('embedded-at').matched).get('contact.email')).toBeGreaterThan(100);
    expect(tally('late').sampled).toBe(500);
    // "#tag" alone is a whole-span embedded hit, "AB#CD" a whole-value match: neither counts.
    const tags = run(['#tag', 'a@b #t ~', '#tag', 'see #tag', 'AB#CD'], true).state.tallies.find((t) => t.detectorId === 'hash-tag')!;
    expect(tags.matched).toEqual([['online.username', 2]]);
    expect(tags.sampled).toBe(5);
  });

  it('runs the detectors once per distinct repeated value', () => {
    let calls = 0;
    const counting: ValueDetector = { ...digitsOnly, id: customDetectorId('counting'), match: (value) => (calls++, digitsOnly.match(value)) };
    const t = new ValueTallies({ detectors: { name: [], value: [counting] }, showValues: false });
    for (let i = 0; i < 1500; i++) t.add(['1', '22', 'x'][i % 3]);
    expect(calls).toBe(3);
    expect(t.tallies[0].sampled).toBe(1500);
    expect(t.tallies[0].matched.get('government.national_id')).toBe(1000);
  });
});

describe('ValueTallies: deferred hits', () => {
  it('count each hit once, in the order of each category\'s first hit, whenever the tallies are read', () => {
    const pick = picker(9);
    const values: string[] = ['X1', ' M '];
    for (let i = 0; i < 6000; i++) values.push(pick(3) === 0 ? `X${pick(10)}` : pick(2) === 0 ? ['M', 'F'][pick(2)] : `other ${i}`);
    const expected = { passport: 0, gender: 0 };
    for (const v of values) {
      const value = v.trim();
      if (value === 'M' || value === 'F') expected.gender++;
      else if (/^X\d$/.test(value)) expected.passport++;
    }
    for (const memoize of [true, false]) {
      for (const readEvery of [0, 1, 7, 250]) {
        const t = new ValueTallies({ detectors: { name: [], value: ALL_DETECTORS }, showValues: false }, { memoize });
        values.forEach((v, i) => {
          t.add(v);
          if (readEvery > 0 && i % readEvery === 0) void t.tallies;
        });
        const kinds = t.tallies.find((x) => x.detector.id === 'two-kinds')!;
        expect([...kinds.matched]).toEqual([['government.passport', expected.passport], ['person.gender', expected.gender]]);
        expect(kinds.sampled).toBe(values.length);
        expect(t.exportState()).toEqual(run(values, memoize).state);
      }
    }
  });
});

describe('ValueTallies: detector calls', () => {
  it('calls prefilter and match with the detector as `this`, as a method call would', () => {
    const seen: unknown[] = [];
    const selfish: ValueDetector = {
      id: customDetectorId('selfish'),
      kind: 'value',
      categories: ['person.name'],
      description: 'test: reads its own id',
      scope: 'whole',
      strength: 0.5,
      prefilter(value) {
        seen.push(this);
        return value.length > 1;
      },
      match(value) {
        seen.push(this);
        return this.id === 'selfish' && value.startsWith('ok') ? { category: 'person.name' } : undefined;
      },
    };
    const t = new ValueTallies({ detectors: { name: [], value: [selfish] }, showValues: false }, { memoize: false });
    for (const v of ['ok1', 'x', 'ok2', 'no']) t.add(v);
    expect(t.tallies[0].matched.get('person.name')).toBe(2);
    expect(seen.length).toBe(7);
    expect(seen.every((x) => x === selfish)).toBe(true);
  });
});

describe('ValueTallies: exported state merges', () => {
  const options = { detectors: { name: [], value: ALL_DETECTORS }, showValues: true };
  const fed = (values: readonly string[]) => {
    const t = new ValueTallies(options);
    for (const v of values) t.add(v);
    return t;
  };
  const totals = (t: ValueTallies) => t.tallies.map((x) => ({ id: x.detector.id, sampled: x.sampled, matched: new Map(x.matched) }));

  it('is plain data that survives structured cloning', () => {
    const state = fed(mixedStream(400, 6)).exportState();
    expect(structuredClone(state)).toEqual(state);
    expect(state.tallies.map((t) => t.detectorId)).toEqual(ALL_DETECTORS.map((d) => d.id));
  });

  it('two halves merged equal one instance fed the whole stream', () => {
    // Under GIVE_UP_AFTER values: each half gives up on its own otherwise.
    const values = mixedStream(450, 7);
    const whole = fed(values);
    const merged = fed(values.slice(0, 200));
    merged.mergeState(fed(values.slice(200)).exportState());
    expect(totals(merged)).toEqual(totals(whole));
    expect(merged.progress).toEqual(whole.progress);
  });

  it('merges into an empty instance, and classify reads the summed tallies', () => {
    const values = mixedStream(450, 8);
    const merged = new ValueTallies(options);
    merged.mergeState(fed(values.slice(0, 100)).exportState());
    merged.mergeState(fed(values.slice(100, 300)).exportState());
    merged.mergeState(fed(values.slice(300)).exportState());
    expect(totals(merged)).toEqual(totals(fed(values)));
  });

  it('caps examples at three, without duplicates, in merge order', () => {
    const a = fed(['M', 'F', 'M']);
    const b = fed(['F', 'X1', 'M', 'F']);
    const c = fed(['AB@CD', 'M', 'F']);
    a.mergeState(b.exportState());
    a.mergeState(c.exportState());
    const twoKindsTally = a.tallies.find((t) => t.detector.id === 'two-kinds')!;
    expect(twoKindsTally.examples.get('person.gender')).toEqual(['M', 'F']);
    expect(twoKindsTally.examples.get('government.passport')).toEqual(['X1']);
    expect(twoKindsTally.matched.get('person.gender')).toBe(8);
    const capitalsTally = a.tallies.find((t) => t.detector.id === 'capitals')!;
    expect(capitalsTally.examples.get('person.name')).toEqual(['M', 'F', 'AB@CD']);
    a.mergeState(fed(['ZZ', 'QQ']).exportState());
    expect(capitalsTally.examples.get('person.name')).toEqual(['M', 'F', 'AB@CD']);
    expect(capitalsTally.matched.get('person.name')).toBe(9 + 2);
  });

  it('ORs failures and ignores unknown detector ids', () => {
    const a = fed(['x']);
    const b = fed(['THROW', 'boom']);
    const state = b.exportState();
    state.tallies.push({ detectorId: 'not-registered', sampled: 9, matched: [['contact.email', 9]], examples: [], failed: true });
    a.mergeState(state);
    const failed = a.tallies.filter((t) => t.failed).map((t) => t.detector.id);
    expect(failed).toEqual(['capitals', 'fragile']);
    expect(a.tallies.map((t) => t.detector.id)).toEqual(ALL_DETECTORS.map((d) => d.id));
    expect(a.progress.judged).toBe(3);
  });
});

// A field holds a tally per value detector, and most detectors never match it: an empty map of
// counts and one of examples per tally made a field's tallies cost 32 KB, so a CSV of 100,000
// columns allocated 3 GB of empty maps (94 s, most of it in the garbage collector).
describe('ValueTallies: memory per field', () => {
  it('costs a few kilobytes per field with the whole registry, not a map per detector', async () => {
    const { detectorSet } = await import('../../src/detectors/index.js');
    const options = { detectors: detectorSet(), showValues: false };
    const kept: ValueTallies[] = [];
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 2_000; i++) kept.push(new ValueTallies(options));
    const perField = (process.memoryUsage().heapUsed - before) / kept.length;
    expect(perField, `${Math.round(perField)} bytes per field`).toBeLessThan(12 * 1024);
    // A detector that matches still counts on its own.
    kept[0].add('ann@example.com');
    kept[1].add('42');
    const email = (t: ValueTallies): number | undefined => t.tallies.find((x) => x.detector.id === 'email')?.matched.get('contact.email');
    expect([email(kept[0]), email(kept[1]), email(kept[2])]).toEqual([1, undefined, undefined]);
  });
});
