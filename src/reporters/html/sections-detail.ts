// The HTML report's record of processing, per-dataset inventory, minimization advice and the
// method appendix.
import type { ProcessingPurpose, ScanResult } from '../../model/index.js';
import { categoryInfo } from '../../model/index.js';
import { evidenceLine, findingLocation, inventory, isSpecial, minimizationAdvice, percent } from '../audit-content.js';
import { durationLabel, legalBasisLabel, specialConditionLabel } from '../audit-labels.js';
import { remediationFor } from '../remediation.js';
import { transparency } from '../transparency.js';
import { badge, sectionOpen } from './sections.js';
import { breakable, html, slug, type SafeHtml } from './template.js';

const NOT_DECLARED = html`<em class="muted">not declared</em>`;

function purposeRow(p: ProcessingPurpose): SafeHtml {
  const conditions = [
    p.specialCategoryCondition === undefined ? undefined : specialConditionLabel(p.specialCategoryCondition),
    p.criminalDataAuthority === undefined ? undefined : `Art. 10: ${p.criminalDataAuthority}`,
  ].filter((c): c is string => c !== undefined);
  return html`<tr>
<th scope="row"><code>${p.id}</code>${p.declared ? '' : html`<br><em>named by fields, not declared under purposes</em>`}${p.description === undefined ? '' : html`<br>${p.description}`}</th>
<td>${p.legalBasis === undefined ? NOT_DECLARED : legalBasisLabel(p.legalBasis)}</td>
<td>${conditions.length === 0 ? html`<span class="muted">none</span>` : conditions.map((c) => html`${c}<br>`)}</td>
<td>${p.retention === undefined ? NOT_DECLARED : durationLabel(p.retention)}</td>
<td>${p.categories.length === 0 ? html`<span class="muted">none found</span>` : p.categories.map((c) => html`${categoryInfo(c).title} <code>${c}</code><br>`)}</td>
<td>${p.datasets.length === 0 ? html`<span class="muted">none scanned</span>` : p.datasets.map((d) => html`<code>${d}</code><br>`)}</td>
</tr>`;
}

export function processingSection(result: ScanResult): SafeHtml {
  const record = result.processing;
  return html`${sectionOpen('processing')}
${record === undefined
  ? html`<p>No purpose map (datamin.yaml) was loaded for this scan, so no record of processing could be derived.</p>`
  : html`<p>In the spirit of GDPR Art. 30(1): each purpose declared in ${record.file === undefined ? 'the purpose map' : html`<code>${record.file}</code>`} with its legal basis, conditions, retention, and the categories of personal data and datasets that the scan found serving it.</p>
<table><thead><tr><th scope="col">Purpose</th><th scope="col">Legal basis (Art. 6(1))</th><th scope="col">Special conditions</th><th scope="col">Retention</th><th scope="col">Categories of data</th><th scope="col">Datasets</th></tr></thead>
<tbody>${record.purposes.map(purposeRow)}</tbody></table>`}
</section>`;
}

/** Per purpose, what drives personalization and on what basis, in words for a privacy notice. */
export function transparencySection(result: ScanResult): SafeHtml {
  const entries = transparency(result);
  return html`${sectionOpen('transparency')}
${entries.length === 0
  ? html`<p>${result.processing === undefined ? 'No purpose map (datamin.yaml) was loaded for this scan.' : 'No declared purpose uses personalization data (behaviour, profiles, tracking identifiers or consent records).'}</p>`
  : html`<p>For each purpose that personalization data serves, the data that drives it and its legal basis, written so that a privacy notice can take it over (GDPR Art. 13(1)(c), 13(2)(a)-(c), Art. 21(4)). Derived from the purpose map and what the scan found; review before publishing.</p>
${entries.map(
  (e) => html`<section class="group" aria-labelledby="transparency-${slug(e.purpose)}"><h3 id="transparency-${slug(e.purpose)}">${e.heading} <code>${e.purpose}</code></h3>
${e.incomplete ? html`<p><em>Incomplete: declare a legal basis and a retention for this purpose in datamin.yaml.</em></p>` : ''}
<p class="notice">${e.sentences.join(' ')}</p></section>`,
)}`}
</section>`;
}

export function inventorySection(result: ScanResult): SafeHtml {
  const datasets = inventory(result);
  const total = datasets.reduce((n, d) => n + d.personal.length, 0);
  return html`${sectionOpen('inventory')}
<div class="toolbar" role="search" aria-label="Filter fields">
<div><label for="fields-search">Search fields</label><input type="search" id="fields-search" placeholder="field, dataset, category or purpose" autocomplete="off"></div>
<div><label><input type="checkbox" name="special-only"> only special-category and criminal data</label></div>
<button type="button" data-reset>Reset filters</button>
</div>
<p role="status" aria-live="polite"></p>
${total === 0 ? html`<p>No personal data was found.</p>` : ''}
${datasets.map(
  (d) => html`<section class="group" aria-labelledby="ds-${slug(d.source)}"><h3 id="ds-${slug(d.source)}">${breakable(d.name)}</h3>
<p class="muted"><code>${breakable(d.source)}</code> · ${d.kind} · ${d.rows === undefined ? 'schema only' : `${d.rows} rows`} · ${d.fields} fields, ${d.personal.length} with personal data</p>
${d.linkability === undefined ? '' : html`<p class="linkability"><strong>Linkability:</strong> ${d.linkability}</p>`}
${d.personal.length === 0 ? '' : html`<table><thead><tr><th scope="col">Field</th><th scope="col">Categories</th><th scope="col" class="num">Confidence</th><th scope="col">Evidence (redacted)</th><th scope="col">Declared purposes</th></tr></thead>
<tbody>${d.personal.map(({ profile, purposes }) => {
  const special = profile.categories.some((c) => isSpecial(c.id));
  const text = [profile.dataset, profile.field, ...profile.categories.map((c) => `${c.id} ${categoryInfo(c.id).title}`), ...purposes].join(' ').toLowerCase();
  return html`<tr data-text="${text}" data-special="${special ? 'true' : 'false'}">
<th scope="row"><code>${breakable(profile.field)}</code>${profile.type === undefined ? '' : html` <span class="muted">${profile.type}</span>`}</th>
<td>${profile.categories.map((c) => html`${badge(categoryInfo(c.id).sensitivity)} ${categoryInfo(c.id).title} <code>${c.id}</code><br>`)}</td>
<td class="num">${profile.categories.map((c) => html`${percent(c.confidence)}<br>`)}</td>
<td>${profile.categories.map((c) => html`${c.examples.length === 0 ? '' : html`<code>${c.examples.join(', ')}</code> `}<span class="muted">${evidenceLine(c)}</span><br>`)}</td>
<td>${purposes.length === 0 ? NOT_DECLARED : purposes.map((p) => html`<code>${p}</code><br>`)}</td>
</tr>`;
})}</tbody></table>`}
</section>`,
)}
</section>`;
}

export function minimizationSection(result: ScanResult): SafeHtml {
  const advice = minimizationAdvice(result);
  return html`${sectionOpen('minimization')}
<h3>From the scan</h3>
${advice.findings.length === 0 ? html`<p>No minimization finding.</p>` : html`<table><thead><tr><th scope="col">Dataset</th><th scope="col">Where</th><th scope="col">Advice</th><th scope="col">How</th></tr></thead>
<tbody>${advice.findings.map((f) => html`<tr><th scope="row">${f.dataset ?? ''}</th><td><code>${findingLocation(f)}</code></td><td>${f.message}</td><td>${remediationFor(result, f)}</td></tr>`)}</tbody></table>`}
<h3>By category of data</h3>
${advice.categories.length === 0 ? html`<p>No personal data was found.</p>` : html`<table><thead><tr><th scope="col">Category</th><th scope="col">Sensitivity</th><th scope="col">How to hold less of it</th><th scope="col">Fields</th></tr></thead>
<tbody>${advice.categories.map((c) => html`<tr><th scope="row">${c.title} <code>${c.category}</code></th><td>${badge(c.sensitivity)}</td><td>${c.hint}</td><td>${c.fields.map((f) => html`<code>${f}</code><br>`)}</td></tr>`)}</tbody></table>`}
</section>`;
}

export function methodSection(result: ScanResult): SafeHtml {
  const method = result.method;
  const sample = method?.sample ?? result.settings.sample;
  return html`${sectionOpen('method')}
<p>Every field's name, type and comment were run through the name detectors; ${sample === 'all' ? 'every value' : `up to ${sample} values per field, drawn uniformly from the whole input,`} went through the value detectors, which validate what they match (checksums, check digits, parsers). A category is reported when its combined score reaches its threshold; the confidence shown is calibrated: how often fields reported at that confidence held the category in labelled data no rule was tuned on. Evidence examples are ${result.settings.redact ? 'redacted before any report is written' : 'shown raw (--show-values)'}. Findings at or above <strong>${result.settings.failOn}</strong> fail the scan.</p>
<h3>Detectors</h3>
${method === undefined ? html`<p>This result does not list its detectors (it was written by an older datamin).</p>` : html`<table><thead><tr><th scope="col">Detector</th><th scope="col">Kind</th><th scope="col">Categories</th><th scope="col">What it checks</th></tr></thead>
<tbody>${method.detectors.map((d) => html`<tr><th scope="row"><code>${d.id}</code>${d.label === undefined ? '' : html`<br>${d.label}`}</th><td>${d.kind}</td><td>${d.categories.map((c) => html`<code>${c}</code><br>`)}</td><td>${d.description}</td></tr>`)}</tbody></table>
<h3>Reporting thresholds</h3>
<table><thead><tr><th scope="col">Category</th><th scope="col" class="num">Threshold</th></tr></thead>
<tbody>${method.thresholds.map((t) => html`<tr><th scope="row"><code>${t.category}</code></th><td class="num">${t.threshold.toFixed(2)}</td></tr>`)}</tbody></table>`}
<h3>Rules</h3>
<table><thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Regulation</th><th scope="col">What it checks</th></tr></thead>
<tbody>${result.rules.map((r) => html`<tr><th scope="row"><code>${r.id}</code><br>${r.title}</th><td>${badge(r.severity)}</td><td>${r.regulation}</td><td>${r.description}</td></tr>`)}</tbody></table>
<h3>Diagnostics</h3>
${result.errors.length === 0 ? html`<p>Every input was read without error.</p>` : html`<ul>${result.errors.map((e) => html`<li><strong>${e.level}</strong> <code>${e.code}</code> ${e.file === undefined ? '' : html`<code>${e.file}${e.line === undefined ? '' : `:${e.line}`}</code> `}${e.message}</li>`)}</ul>`}
</section>`;
}
