// Regenerates the README's pictures of the reports from the generated 150-dataset scan
// (scripts/make-large-scan.mjs): docs/report-page-{1,3,4}.png with pdftoppm (cover, executive
// summary, the categories chart and its table) and docs/report-html.png with Debian's Chromium
// at 1280 px. Needs `npm run build`, poppler-utils and /usr/bin/chromium (scripts/ci-browser.sh).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BASELINE_FILE, makeLargeScan } from './make-large-scan.mjs';

const root = path.resolve(import.meta.dirname, '..');
const datamin = path.join(root, 'bin', 'datamin.js');
const docs = path.join(root, 'docs');
const dir = mkdtempSync(path.join(tmpdir(), 'datamin-pictures-'));

function run(command, args, options = {}) {
  const done = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (done.error || (done.status !== 0 && !(options.allow ?? []).includes(done.status))) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr}`);
}

makeLargeScan(dir, datamin);
const result = path.join(dir, 'result.json');
run(process.execPath, [datamin, 'scan', 'schema', 'exports', '-c', 'datamin.yaml', '--baseline', BASELINE_FILE, '--format', 'json', '-o', result, '-q'], { cwd: dir, allow: [1] });
run(process.execPath, [datamin, 'report', result, '-o', path.join(dir, 'report.pdf')], { cwd: dir });
run(process.execPath, [datamin, 'report', result, '-o', path.join(dir, 'report.html')], { cwd: dir });

for (const page of [1, 3, 4]) {
  const prefix = path.join(dir, `page-${page}`);
  run('pdftoppm', ['-png', '-r', '48', '-f', String(page), '-l', String(page), '-singlefile', path.join(dir, 'report.pdf'), prefix]);
  renameSync(`${prefix}.png`, path.join(docs, `report-page-${page}.png`));
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  // The fragment scrolls the executive summary to the top, as a reader following the contents would.
  await tab.goto(`${pathToFileURL(path.join(dir, 'report.html')).href}#summary`);
  await tab.screenshot({ path: path.join(docs, 'report-html.png') });
} finally {
  await browser.close();
}
process.stdout.write(`wrote docs/report-page-{1,3,4}.png and docs/report-html.png (from ${dir})\n`);
