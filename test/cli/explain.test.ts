// `datamin explain` (issue 21, part 5): the evidence for and against each category of one field,
// exactly as the classifier combined it, without raw values unless --show-values.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { calibrate, profileOf } from '../../src/classify/calibration.js';
import { combineItems } from '../../src/classify/combine.js';
import { runScan } from '../../src/scan/pipeline.js';
import { closeNames, type FieldExplanation } from '../../src/cli/commands/explain.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/context/explain');
const CONSISTENCY = path.resolve(__dirname, '../fixtures/context/consistency');

describe('datamin explain', () => {
  it('prints every piece of evidence for and against, with weights and the verdict', async () => {
    const run = await runCli(['explain', 'invoices.tax_id', '.'], { cwd: FIXTURE });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/government\.tax_id .*not reported, score 0\.000 \(threshold 0\.50\)$/m);
    expect(run.stdout).toMatch(/\+ name\s+name\.lexicon\s+tax-id-name\s+0\.90 × 1\.00/);
    expect(run.stdout).toMatch(/− type\s+type\.excludes\s+type-uuid\s+1\.00 × 1\.00/);
    expect(run.stdout).toMatch(/verdict: no personal data/);
  });
  it('shows the dataset subject and the type that decides an inet', async () => {
    const phone = await runCli(['explain', 'suppliers.phone', '.'], { cwd: FIXTURE });
    expect(phone.stdout).toMatch(/− subject\s+subject\.not-person/);
    const inet = await runCli(['explain', 'suppliers.last_login_address', '.', '--format', 'json'], { cwd: FIXTURE });
    const x = JSON.parse(inet.stdout) as FieldExplanation;
    expect(x.verdict).toEqual(['online.ip_address']);
    expect(x.categories.find((c) => c.id === 'contact.address')?.evidence).toContainEqual(expect.objectContaining({ kind: 'type', direction: 'against' }));
  });
  it('shows the raw score against the threshold and the calibrated confidence of what is reported', async () => {
    const run = await runCli(['explain', 'customers.contact', '.', '--format', 'json'], { cwd: FIXTURE });
    const email = (JSON.parse(run.stdout) as FieldExplanation).categories.find((c) => c.id === 'contact.email')!;
    expect(email.score).toBeGreaterThanOrEqual(email.threshold);
    expect(email.confidence).toBe(calibrate(email.score, 'values'));
    const text = await runCli(['explain', 'customers.contact', '.'], { cwd: FIXTURE });
    expect(text.stdout).toContain(`contact.email (Email address): reported, score ${email.score.toFixed(3)} (threshold 0.50), calibrated confidence ${email.confidence!.toFixed(3)}`);
  });
  it('shows no raw value unless --show-values', async () => {
    const hidden = await runCli(['explain', 'customers.contact', '.'], { cwd: FIXTURE });
    expect(hidden.code).toBe(0);
    expect(hidden.stdout).toMatch(/\+ value\s+value\.whole\s+email/);
    expect(hidden.stdout).not.toMatch(/ann\.berg0@example\.org/);
    const shown = await runCli(['explain', 'customers.contact', '.', '--show-values'], { cwd: FIXTURE });
    expect(shown.stdout).toMatch(/@example\.org/);
  });
  it('a field that does not exist is a usage error naming close fields', async () => {
    const run = await runCli(['explain', 'customers.contakt', '.'], { cwd: FIXTURE });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no field 'customers\.contakt'.*did you mean customers\.contact/);
    expect(run.stdout).toBe('');
    const bare = await runCli(['explain', 'contact', '.'], { cwd: FIXTURE });
    expect(bare.code).toBe(2);
  });
  it('suggests the same field of other datasets first', () => {
    expect(closeNames('users.email', ['customers.email', 'users.emails', 'orders.total'])).toEqual(['customers.email', 'users.emails']);
  });
});

describe('the evidence kept is the evidence used', () => {
  it.each([FIXTURE, CONSISTENCY])('replaying every field of %s gives the reported scores, and calibrating them the confidences', async (dir) => {
    const { result } = await runScan({ paths: ['.'], cwd: dir, sample: 1000, showValues: false, failOn: 'high', now: new Date(0), version: 'test', keepEvidence: true, jobs: 1 });
    let reported = 0;
    for (const f of result.fields) {
      for (const c of f.categories) {
        reported++;
        expect(combineItems(c.id, (f.evidence ?? []).filter((e) => e.category === c.id)), `${f.dataset}.${f.field} ${c.id}`).toBe(c.score);
        expect(c.confidence).toBe(calibrate(c.score!, profileOf(c)));
      }
    }
    expect(reported).toBeGreaterThan(2);
  });
});
