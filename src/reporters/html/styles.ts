// The HTML report's stylesheet: inline (allowed by its sha256 in the Content-Security-Policy),
// readable on a laptop, printable (toolbars hidden, filtered rows shown again, page breaks
// between sections). Colours meet WCAG 2.1 AA contrast (SC 1.4.3) against their backgrounds.
import { LEVEL_COLOURS } from '../audit-charts.js';

const badges = Object.entries(LEVEL_COLOURS)
  .map(([level, colour]) => `.badge-${level}{background:${colour};color:#fff}`)
  .join('\n');

export const STYLES = `
:root{color-scheme:light;--text:#1f2937;--muted:#4b5563;--line:#d1d5db;--zebra:#f3f4f6;--accent:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--text);background:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem 4rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header.cover{border-bottom:3px solid var(--text);padding:2rem 0 1rem;margin-bottom:1rem}
header.cover h1{margin:0 0 .25rem;font-size:2rem}
.cover .org{font-size:1.25rem;margin:0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0 0}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
nav.toc ol{columns:2;padding-left:1.25rem}
h2{border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2.5rem}
h3{margin-top:1.75rem}h4{margin:1.25rem 0 .5rem;color:var(--muted)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.75rem}
.card .n{display:block;font-size:1.75rem;font-weight:700}
.charts{display:flex;flex-wrap:wrap;gap:2rem}
figure{margin:0}figcaption{font-weight:600;margin-bottom:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
/* A dotted path or long snake_case name is one word: without this, it widened its table past the window. */
th,td,dd,li,p,h1,h2,h3,h4,figcaption,summary{overflow-wrap:anywhere}
svg{max-width:100%;height:auto}
thead th{background:var(--zebra);border-bottom:2px solid var(--text)}
tbody tr:nth-child(even){background:#fafafa}
table.findings-table{table-layout:fixed}
.findings-table th:nth-child(1){width:16%}.findings-table th:nth-child(2){width:22%}.findings-table th:nth-child(4){width:11%}
table.severity-counts{width:auto;min-width:24rem}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em;overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;font-weight:600;text-transform:uppercase}
${badges}
.muted{color:var(--muted)}.expired{color:${LEVEL_COLOURS.high}}
.toolbar{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;padding:.75rem;border:1px solid var(--line);border-radius:6px;background:var(--zebra);margin:1rem 0}
.toolbar label{display:block;font-weight:600;font-size:.85rem}
.toolbar input[type=search]{font:inherit;padding:.3rem .5rem;border:1px solid var(--muted);border-radius:4px;min-width:18rem}
.toolbar fieldset{border:0;margin:0;padding:0;display:flex;gap:.75rem;flex-wrap:wrap}
.toolbar legend{font-weight:600;font-size:.85rem;padding:0}
.toolbar fieldset label{font-weight:400;display:inline}
.toolbar button{font:inherit;padding:.3rem .75rem;border:1px solid var(--muted);border-radius:4px;background:#fff;color:var(--text);cursor:pointer}
[role=status]{margin:.25rem 0;color:var(--muted)}
@media screen{.filtered-out{display:none}}
@media print{
  body{font-size:10pt}main{max-width:none;padding:0}
  .toolbar,.skip,[role=status],nav.toc{display:none}
  section.report-section{break-before:page}
  header.cover{break-after:page;border:0;padding-top:30vh}
  tr,figure{break-inside:avoid}thead{display:table-header-group}
  a{color:inherit;text-decoration:none}
}
`;
