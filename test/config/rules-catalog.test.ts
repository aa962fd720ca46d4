// The rule catalog loader: the shipped file, schema errors in a broken catalog, overrides.
import { describe, expect, it } from 'vitest';
import { applyRuleOverrides, loadRules, parseRuleCatalog } from '../../src/config/index.js';

describe('loadRules', () => {
  it('loads the shipped catalog sorted by id, with defaults when nothing is overridden', async () => {
    const { rules, errors } = await loadRules();
    expect(errors).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(12);
    expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
    expect(rules.find((r) => r.id === 'never-store')).toMatchObject({ severity: 'critical', defaultSeverity: 'critical', enabled: true });
  });

  it('applies severity and enabled overrides; a severity switches a disabled rule on', async () => {
    const { rules } = await loadRules({ 'retention-exceeded': { severity: 'critical' }, 'never-store': { enabled: false } });
    expect(rules.find((r) => r.id === 'retention-exceeded')).toMatchObject({ severity: 'critical', defaultSeverity: 'high', enabled: true });
    expect(rules.find((r) => r.id === 'never-store')).toMatchObject({ enabled: false });
    const [off] = applyRuleOverrides([{ ...rules[0], enabled: false }], { [rules[0].id]: { severity: 'low' } });
    expect(off).toMatchObject({ enabled: true, severity: 'low' });
  });
});

describe('parseRuleCatalog', () => {
  it('reports schema errors with positions', () => {
    const text = 'version: 1\nrules:\n  - id: Bad_Id\n    severity: severe\n    title: t\n';
    const { rules, errors } = parseRuleCatalog(text, 'rules.yaml');
    expect(rules).toEqual([]);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      "3:5 rules.0: missing required key 'message'",
      "3:5 rules.0: missing required key 'description'",
      "3:5 rules.0: missing required key 'regulation'",
      "3:5 rules.0: missing required key 'remediation'",
      "3:5 rules.0: missing required key 'docs'",
      "3:5 rules.0: missing required key 'enabled'",
      "3:9 rules.0.id: 'Bad_Id' does not match ^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      "4:15 rules.0.severity: 'severe' is not one of critical, high, medium, low, info",
    ]);
  });

  it('rejects duplicate ids', () => {
    const entry = (id: string) =>
      `  - { id: ${id}, severity: low, title: t, message: m, description: d, regulation: r, remediation: x, docs: "README.md#rule-${id}", enabled: true }\n`;
    const { errors } = parseRuleCatalog(`version: 1\nrules:\n${entry('a')}${entry('a')}`, 'rules.yaml');
    expect(errors.map((e) => [e.reason, e.line])).toEqual([['duplicate-rule', 4]]);
  });
});
