// Parity between rules.default.yaml, the registry, the evaluator files and the test files
// (STYLE.md guideline 13): a rule is data + evaluator + test, and none may go missing.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_FILE, parseRuleCatalog } from '../../src/config/index.js';
import { RULE_EVALUATORS, RULE_IDS } from '../../src/rules/index.js';

const rulesDir = fileURLToPath(new URL('../../src/rules/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));
const NOT_RULES = new Set(['index', 'engine']);
const NOT_RULE_TESTS = new Set(['big-purpose-map', 'engine', 'parity']);

const stems = (dir: string, suffix: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();

describe('rule parity', () => {
  const catalog = parseRuleCatalog(readFileSync(DEFAULT_RULES_FILE, 'utf8'), DEFAULT_RULES_FILE);
  const yamlIds = catalog.rules.map((r) => r.id);

  it('rules.default.yaml is valid', () => {
    expect(catalog.errors.map((e) => e.format())).toEqual([]);
  });

  it('every catalog id has an evaluator file, a registry entry and a test, and back', () => {
    const files = stems(rulesDir, '.ts').filter((s) => !NOT_RULES.has(s));
    const tests = stems(testsDir, '.test.ts').filter((s) => !NOT_RULE_TESTS.has(s));
    expect(files).toEqual(yamlIds);
    expect(tests).toEqual(yamlIds);
    expect([...RULE_IDS].sort()).toEqual(yamlIds);
  });

  it('the registry is sorted by id and each evaluator carries its own id', () => {
    expect(RULE_IDS).toEqual([...RULE_IDS].sort());
    for (const [id, evaluator] of Object.entries(RULE_EVALUATORS)) expect(evaluator.id).toBe(id);
  });

  it('the catalog is sorted by id in the file and links docs to #rule-<id>', () => {
    const inFileOrder = [...readFileSync(DEFAULT_RULES_FILE, 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
    expect(inFileOrder).toEqual(yamlIds);
    for (const rule of catalog.rules) expect(rule.docs).toBe(`README.md#rule-${rule.id}`);
  });

  it('the README has a section for every rule, at the anchor its docs link names', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const rule of catalog.rules) expect(readme, rule.id).toContain(`<a id="rule-${rule.id}"></a>`);
  });
});
