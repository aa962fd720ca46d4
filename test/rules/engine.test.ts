// runRules: stamping, overrides, message rendering, fingerprints, sorting and isolation of failures.
import { describe, expect, it } from 'vitest';
import { applyRuleOverrides } from '../../src/config/index.js';
import type { RuleContext, RuleEvaluator } from '../../src/model/index.js';
import { compareFindings, findingFingerprint, renderMessage, runRules, type ActiveRule } from '../../src/rules/engine.js';
import { RULE_EVALUATORS } from '../../src/rules/index.js';
import { dataset, purposeMap, ruleDefinition, TODAY } from '../helpers/rule-tester.js';

const meta = (id: string, message = '{{dataset}}.{{field}}: {{n}}'): ActiveRule => ({
  id,
  severity: 'medium',
  title: id,
  description: 'test rule',
  regulation: 'GDPR Art. 5',
  remediation: 'none',
  docs: `README.md#rule-${id}`,
  message,
  enabled: true,
});
const ctx: RuleContext = { datasets: [], today: TODAY };

const emitting: RuleEvaluator = {
  id: 'emit',
  scope: 'scan',
  evaluate: () => [
    { dataset: 'b', field: 'x', message: '', data: { n: 1 } },
    { dataset: 'a', field: 'y', message: '', data: { n: 2 } },
    { dataset: 'a', field: 'x', message: '', data: { n: 3 } },
  ],
};
const throwing: RuleEvaluator = {
  id: 'boom',
  scope: 'scan',
  evaluate: () => {
    throw new Error('bad input 2001:db8::1');
  },
};

describe('runRules', () => {
  it('stamps rule id, severity, rendered message and fingerprint, sorted by dataset and field', () => {
    const { findings, errors } = runRules(ctx, [meta('emit')], { emit: emitting });
    expect(errors).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual(['a.x: 3', 'a.y: 2', 'b.x: 1']);
    expect(findings[0]).toMatchObject({ ruleId: 'emit', severity: 'medium', fingerprint: findingFingerprint('emit', 'a', 'x') });
  });

  it('turns a throwing rule into a diagnostic and still runs the others', () => {
    const { findings, errors } = runRules(ctx, [meta('boom'), meta('emit')], { boom: throwing, emit: emitting });
    expect(findings).toHaveLength(3);
    expect(errors).toEqual([{ code: 'rule-error', message: 'rule boom failed (Error); its findings are missing for the whole scan', level: 'error' }]);
    // The exception's message could quote a value: it never reaches the result.
    expect(JSON.stringify(errors)).not.toContain('2001:db8::1');
  });

  it('runs a dataset-scoped rule per dataset: one throwing dataset loses only its own findings', () => {
    const perDataset: RuleEvaluator = {
      id: 'per',
      scope: 'dataset',
      evaluate: ({ datasets }) =>
        datasets.map((d) => {
          if (d.summary.name === 'bad') throw new RangeError('Invalid array length');
          return { dataset: d.summary.name, field: 'x', message: '', data: { n: 1 } };
        }),
    };
    const datasets = ['a', 'bad', 'c'].map((name) => dataset(name, { fields: { x: [] } }));
    const { findings, errors } = runRules({ datasets, today: TODAY }, [meta('per')], { per: perDataset });
    expect(findings.map((f) => f.dataset)).toEqual(['a', 'c']);
    expect(errors).toEqual([
      { code: 'rule-error', level: 'error', file: 'bad.csv', message: 'rule per failed (RangeError) on dataset bad; its findings for that dataset are missing' },
    ]);
  });

  it('runs a scan-wide rule again without the dataset it throws on, and names that dataset', () => {
    const scanWide: RuleEvaluator = {
      id: 'wide',
      scope: 'scan',
      evaluate: ({ datasets }) =>
        datasets.map((d) => {
          if (d.summary.name === 'bad') throw new RangeError('Invalid array length');
          return { dataset: d.summary.name, field: 'x', message: '', data: { n: datasets.length } };
        }),
    };
    const datasets = ['a', 'bad', 'c'].map((name) => dataset(name, { fields: { x: [] } }));
    const { findings, errors } = runRules({ datasets, today: TODAY }, [meta('wide')], { wide: scanWide });
    expect(findings.map((f) => f.message)).toEqual(['a.x: 2', 'c.x: 2']);
    expect(errors).toEqual([
      { code: 'rule-error', level: 'error', file: 'bad.csv', message: 'rule wide failed (RangeError) on dataset bad; its findings for that dataset are missing' },
    ]);
  });

  it('loses a scan-wide rule for the scan when no single dataset explains its failure', () => {
    const together: RuleEvaluator = {
      id: 'together',
      scope: 'scan',
      evaluate: ({ datasets }) => {
        if (datasets.length > 1) throw new Error('only together');
        return [];
      },
    };
    const datasets = ['a', 'b'].map((name) => dataset(name, { fields: { x: [] } }));
    expect(runRules({ datasets, today: TODAY }, [meta('together')], { together }).errors.map((e) => e.message)).toEqual([
      'rule together failed (Error); its findings are missing for the whole scan',
    ]);
  });

  it('reports nothing that a dataset the rule could not judge might undo', () => {
    const map = purposeMap(`
version: 1
purposes:
  newsletter: { legal_basis: consent }
  offers: { legal_basis: consent }
datasets:
  customers:
    fields:
      email: [newsletter]
  leads:
    fields:
      email: [offers]
  opt_ins:
    fields:
      newsletter_opt_in: [newsletter]
`);
    const poisonedOn = (id: 'stale-declaration' | 'consent-not-recorded'): RuleEvaluator => ({
      ...RULE_EVALUATORS[id],
      evaluate: (c) => {
        if (c.datasets.some((d) => d.summary.name === 'opt_ins')) throw new TypeError('odd');
        return RULE_EVALUATORS[id].evaluate(c);
      },
    });
    const datasets = [
      dataset('customers', { fields: { email: ['contact.email'] } }),
      dataset('leads', { fields: { email: ['contact.email'], phone: ['contact.phone'] } }),
      dataset('opt_ins', { fields: { newsletter_opt_in: ['consent.record'] } }),
    ];
    const rules = [ruleDefinition('stale-declaration'), ruleDefinition('consent-not-recorded')].map((r) => ({ ...r, enabled: true }));
    const { findings, errors } = runRules({ datasets, purposeMap: map, today: TODAY }, rules, {
      'stale-declaration': poisonedOn('stale-declaration'),
      'consent-not-recorded': poisonedOn('consent-not-recorded'),
    });
    // opt_ins is declared (not stale) and may hold newsletter's consent record: only offers is reported.
    expect(findings.map((f) => [f.ruleId, f.data?.purpose ?? f.dataset])).toEqual([['consent-not-recorded', 'offers']]);
    expect(errors.map((e) => e.message)).toEqual([
      'rule stale-declaration failed (TypeError) on dataset opt_ins; its findings for that dataset are missing',
      'rule consent-not-recorded failed (TypeError) on dataset opt_ins; its findings for that dataset are missing',
    ]);
  });

  it('skips disabled rules and reports rules without an evaluator', () => {
    const { findings, errors } = runRules(ctx, [{ ...meta('emit'), enabled: false }, meta('ghost')], { emit: emitting });
    expect(findings).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual(['rule ghost has no evaluator']);
  });

  it('applies user overrides from the catalog', () => {
    const [sparse, stale] = applyRuleOverrides([ruleDefinition('minimization-sparse-field'), ruleDefinition('stale-declaration')], {
      'minimization-sparse-field': { severity: 'high' },
      'stale-declaration': { enabled: false },
    });
    expect(sparse).toMatchObject({ severity: 'high', defaultSeverity: 'info', enabled: true });
    expect(stale).toMatchObject({ severity: 'low', enabled: false });
    const profiles = dataset('customers', { fields: { fax: { categories: ['contact.phone'], stats: { count: 10, empty: 9 } } } });
    const { findings } = runRules({ datasets: [profiles], today: TODAY }, [sparse, stale]);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['minimization-sparse-field', 'high']]);
  });

  it('lets a draft choose its severity unless the user overrode the rule', () => {
    const raising: RuleEvaluator = { id: 'r', scope: 'scan', evaluate: () => [{ message: '', severity: 'critical' }] };
    expect(runRules(ctx, [meta('r')], { r: raising }).findings[0]?.severity).toBe('critical');
    const overridden = { ...meta('r'), severity: 'low' as const, defaultSeverity: 'medium' as const };
    expect(runRules(ctx, [overridden], { r: raising }).findings[0]?.severity).toBe('low');
  });
});

describe('findingFingerprint', () => {
  it('is the first 16 hex digits of sha256(ruleId|dataset|field)', () => {
    // sha256("never-store|payments|cvv"), computed independently with `printf %s ... | sha256sum`.
    expect(findingFingerprint('never-store', 'payments', 'cvv')).toBe('4d748c077a521cfc');
  });
  it('separates purpose-level findings by purpose and nothing else', () => {
    expect(findingFingerprint('missing-legal-basis', undefined, undefined, 'a')).not.toBe(findingFingerprint('missing-legal-basis', undefined, undefined, 'b'));
    expect(findingFingerprint('r', 'd', 'f', 'a')).toBe(findingFingerprint('r', 'd', 'f'));
  });
});

describe('renderMessage', () => {
  it('fills placeholders from the finding and its data, joins lists, keeps unknown ones visible', () => {
    const draft = { dataset: 'd', field: 'f', categories: ['contact.email' as const], message: '', data: { list: ['a', 'b'], none: [] } };
    expect(renderMessage('{{dataset}}.{{field}} {{categories}} {{list}} {{none}} {{missing}}', draft)).toBe('d.f contact.email a, b none {{missing}}');
  });
});

describe('compareFindings', () => {
  it('puts findings without a dataset first', () => {
    const base = { severity: 'low' as const, fingerprint: '', message: '' };
    const sorted = [{ ...base, ruleId: 'a', dataset: 'x' }, { ...base, ruleId: 'b' }].sort(compareFindings);
    expect(sorted.map((f) => f.ruleId)).toEqual(['b', 'a']);
  });
});
