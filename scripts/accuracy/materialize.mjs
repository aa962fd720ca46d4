// Rebuilds corpus/<id>/files/ from checkouts of the origin repositories, as recorded in each
// source.json (repo, commit, path, kept line ranges, sha256 of the result). The files are other
// people's work and are not committed here; anyone with the repositories can rebuild them and
// check that the result is byte-identical to what was labelled.
// Usage: node scripts/accuracy/materialize.mjs --mirrors <dir> [id...]
//   <dir>/<owner>+<name> (or <dir>/<owner>/<name>) is a git directory or clone of each origin.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = join(ROOT, 'corpus');
const args = process.argv.slice(2);
const mirrorsAt = args.indexOf('--mirrors');
if (mirrorsAt === -1) {
  console.error('usage: node scripts/accuracy/materialize.mjs --mirrors <dir> [id...]');
  process.exit(2);
}
const mirrors = resolve(args[mirrorsAt + 1]);
const wanted = args.filter((a, i) => i !== mirrorsAt && i !== mirrorsAt + 1);
const ids = wanted.length ? wanted : readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.json')));

function gitDir(repo) {
  const [owner, name] = repo.split('/');
  for (const candidate of [join(mirrors, `${owner}+${name}`), join(mirrors, owner, name)]) {
    if (!existsSync(candidate)) continue;
    // A mirror folder may hold the git directory one level down (as the search tool's fetch leaves it).
    const nested = readdirSync(candidate).find((d) => d.endsWith('.git') || d === 'repo');
    if (!nested) return candidate;
    // …and sometimes as a work tree's .git two levels down (`repo/.git`).
    const inner = join(candidate, nested, '.git');
    return existsSync(inner) ? inner : join(candidate, nested);
  }
  return undefined;
}

/** Keeps 1-based inclusive line ranges of `text`, joined by newlines, as `sed -n 'a,bp'` would print them. */
function keepLines(buffer, ranges) {
  if (!ranges) return buffer;
  const lines = buffer.toString('utf8').split('\n');
  const kept = [];
  for (const [from, to] of ranges) kept.push(...lines.slice(from - 1, to));
  return Buffer.from(`${kept.join('\n')}\n`, 'utf8');
}

let failed = 0;
for (const id of ids) {
  const meta = JSON.parse(readFileSync(join(CORPUS, id, 'source.json'), 'utf8'));
  for (const file of meta.files) {
    const dir = gitDir(file.repo);
    if (!dir) {
      console.error(`${id}: no checkout of ${file.repo} under ${mirrors}`);
      failed++;
      continue;
    }
    let upstream;
    try {
      upstream = execFileSync('git', ['--git-dir', dir, 'show', `${file.commit}:${file.path}`], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      console.error(`${id}: cannot read ${file.repo}@${file.commit.slice(0, 12)}:${file.path}: ${String(error.stderr ?? error.message).trim().split('\n')[0]}`);
      failed++;
      continue;
    }
    const bytes = keepLines(upstream, file.lines);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const out = join(CORPUS, id, file.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    const ok = sha === file.sha256;
    if (!ok) failed++;
    console.log(`${ok ? 'ok      ' : 'MISMATCH'} ${id}/${file.out}`);
  }
}
process.exit(failed ? 1 : 0);
