// Every purpose rule over a purpose map drafted for thousands of tables: time linear in the tables
// (the scan of 5,000 tables with the draft `datamin init` writes took 5× the scan without it).
import { describe, expect, it } from 'vitest';
import type { DatasetEvidence, PurposeMap, RuleContext } from '../../src/model/index.js';
import { RULE_EVALUATORS } from '../../src/rules/index.js';
import { expectLinearTime } from '../helpers/linear-time.js';
import { dataset, TODAY } from '../helpers/rule-tester.js';

/** `n` tables of three personal fields, all declared for one purpose with no legal basis, as a draft is. */
function drafted(n: number): RuleContext {
  const datasets: DatasetEvidence[] = [];
  const purposeMap: PurposeMap = { version: 1, purposes: { todo: {} }, datasets: { 'archive_*': { fields: { '**': ['todo'] } } } };
  for (let i = 0; i < n; i++) {
    datasets.push(dataset(`t_${i}`, { fields: { email: ['contact.email'], phone: ['contact.phone'], first_name: ['person.name'], amount: [] } }));
    purposeMap.datasets[`t_${i}`] = { fields: { email: ['todo'], phone: ['todo'], first_name: ['todo'], gone: ['todo'] } };
  }
  return { datasets, purposeMap, today: TODAY };
}

describe('purpose rules on a big purpose map', () => {
  it('run in time linear in the number of tables', async () => {
    await expectLinearTime(
      'tables',
      500,
      drafted,
      (ctx) => {
        const findings = Object.values(RULE_EVALUATORS).flatMap((rule) => rule.evaluate(ctx));
        // One stale `gone` per table and one missing legal basis naming every field.
        expect(findings.filter((f) => f.field === 'gone')).toHaveLength(ctx.datasets.length);
      },
      { runs: 2 },
    );
  });
});
