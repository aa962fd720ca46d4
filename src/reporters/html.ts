// The HTML audit report: one self-contained file (inline CSS, script and SVG charts) that makes
// no network request of any kind. Its Content-Security-Policy allows nothing but the one inline
// stylesheet and the one inline script, each by its sha256 computed here at render time (CSP
// Level 3 §2.3.1 hash-source), so an injected <script> or <style> could not run.
import { createHash } from 'node:crypto';
import type { ScanResult } from '../model/index.js';
import { jsonForScript } from '../util/escape.js';
import { cover } from './audit-content.js';
import { contents, coverSection, findingsSection, summarySection } from './html/sections.js';
import { inventorySection, methodSection, minimizationSection, processingSection, transparencySection } from './html/sections-detail.js';
import { SCRIPT } from './html/script.js';
import { STYLES } from './html/styles.js';
import { html, trusted } from './html/template.js';
import type { Reporter } from './types.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for the <meta http-equiv> tag: nothing may load, only the hashed inline code runs. */
export function contentSecurityPolicy(styles: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(styles)}`,
    `script-src ${sha256(script)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderHtml(result: ScanResult): string {
  const c = cover(result);
  const title = c.organization === undefined ? c.title : `${c.title}: ${c.organization}`;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(STYLES, SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="datamin ${result.tool.version}">
<title>${title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<main id="main">
${coverSection(result)}
${contents()}
${summarySection(result)}
${findingsSection(result)}
${processingSection(result)}
${transparencySection(result)}
${inventorySection(result)}
${minimizationSection(result)}
${methodSection(result)}
</main>
<script type="application/json" id="datamin-result">${trusted(jsonForScript(result))}</script>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}

export const htmlReport: Reporter = (result) => renderHtml(result);
