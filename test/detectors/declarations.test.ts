// Built-in detectors are declared in the same shape as those of datamin.yaml: what a detector
// contradicts, whether its check digit is weak, its canonical format and whether it reads the
// dataset's context are fields of its declaration, never special cases by id in src/classify/;
// and detector ids are a checked type whose list equals the registry.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectors, nameDetectors, valueDetectors } from '../../src/detectors/index.js';
import { BUILT_IN_DETECTOR_IDS } from '../../src/model/detector-ids.js';

function sourcesUnder(folder: URL): Array<{ file: string; text: string }> {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const file = `${entry.parentPath.replace(/\/$/, '')}/${entry.name}`;
      return { file, text: readFileSync(file, 'utf8') };
    });
}

describe('detector ids', () => {
  it('BUILT_IN_DETECTOR_IDS is the registry, sorted', () => {
    expect([...BUILT_IN_DETECTOR_IDS]).toEqual(detectors.map((d) => d.id).sort());
  });
});

describe('classify/ names no detector', () => {
  it.each(sourcesUnder(new URL('../../src/classify/', import.meta.url)).map((s) => [s.file.replace(/.*\/src\//, 'src/'), s.text] as const))(
    '%s has no built-in detector id in a string literal',
    (_file, text) => {
      // One-word ids (`email`, `phone`) are also name tokens: those count only where a detector is asked for.
      const quoted = (id: string): string[] => [`'${id}'`, `"${id}"`, `\`${id}\``];
      const named = BUILT_IN_DETECTOR_IDS.filter((id) =>
        id.includes('-')
          ? quoted(id).some((q) => text.includes(q))
          : quoted(id).some((q) => new RegExp(`(Detectors?\\.has\\(|detector(\\.id)? === |detector: )${q}`).test(text)));
      expect(named).toEqual([]);
    },
  );
});

describe('what used to be special cases by id are declarations', () => {
  const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((d) => d.id).sort();
  it('the name detectors that read the dataset around a field', () => {
    expect(ids(nameDetectors.filter((d) => d.readsContext === true))).toEqual(['clinical-context-name', 'consent-table-name', 'secret-table-name']);
  });
  it('weak check digits, and what overrules them', () => {
    expect(ids(valueDetectors.filter((d) => d.weakCheck === true))).toEqual(expect.arrayContaining(['in-aadhaar', 'nl-bsn', 'us-ssn-bare']));
    expect(ids(valueDetectors.filter((d) => d.contradicts !== undefined))).toEqual(['snomed-ct-id']);
  });
  it('canonical formats and look-alike columns', () => {
    expect(ids(valueDetectors.filter((d) => d.canonicalFormat === true))).toEqual(['card-number', 'email', 'iban', 'ipv4', 'ipv6', 'mac-address']);
    expect(ids(valueDetectors.filter((d) => d.lookalike !== undefined))).toEqual(['ipv4']);
  });
});

describe('minLength and requires say what the prefilter turns away', () => {
  const declaring = valueDetectors.filter((d) => d.minLength !== undefined || d.requires !== undefined);
  it('some detectors declare them', () => {
    expect(declaring.map((d) => d.id).sort()).toEqual(['card-in-text', 'email-in-text', 'phone-in-text']);
  });
  it.each(declaring.map((d) => [d.id, d] as const))('%s: a value shorter than minLength or without the required character never passes', (_id, d) => {
    expect(typeof d.prefilter).toBe('function');
    if (d.requires !== undefined) expect(d.requires).toMatch(/^[\x21-\x7e]$/);
    // Values that would pass the prefilter but for their length or the missing character.
    const fillers = ['4111 1111 1111 1111 ', '+44 20 7946 0958 call', 'a.b@example.com mail ', '0612345678901234567890'];
    const min = d.minLength ?? 0;
    for (const filler of fillers) {
      for (let n = 1; n < min; n++) expect(d.prefilter!(filler.slice(0, n)), `${JSON.stringify(filler.slice(0, n))}`).toBe(false);
      if (d.requires !== undefined) expect(d.prefilter!(filler.split(d.requires).join('x'))).toBe(false);
    }
  });
});
