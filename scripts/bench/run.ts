/**
 * `npm run bench` — build cost and page weight, printed and written to BENCHMARKS.md (figures, not assertions).
 *   1. build time (`npm run build`: ingest + analysis + astro build + URL check) for the 5 seeds, and for N plans
 *      synthesised from them (default 100) in a temp copy of the repository; marginal cost per plan
 *   2. page weight per page type of the 5-seed build (HTML + CSS + JS + fonts + images; Pagefind excluded)
 * Options: --plans N (default 100), --no-write (do not touch BENCHMARKS.md). The file's hand-kept "## History"
 * section (earlier figures and what changed them) is carried over.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { SEARCH_INDEX_DIR, loadSite } from '../lib/checks/site';
import { synthesise } from './synthesise';
import { summarise, type TypeSummary } from './weight';

const REPO = resolve('.');
/** Not copied into the temp build tree. */
const SKIPPED = new Set(['node_modules', 'dist', '.git', '.astro', 'tmp', 'bench-results']);
/** Goals from the quality issue. */
const GOALS = { scaleFactor: 10, heaviestReadingPageKB: 300, jsKB: 30 };
/** Separates the commands of the build script. */
const BUILD_STEP_SEPARATOR = '&&';
const READING_TYPES = new Set(['home', 'plans index', 'plan', 'clause', 'theme', 'compare', 'city', 'about']);
const SEARCH_TYPE = 'search';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A throwaway copy of the repository sharing node_modules. */
function tempRepo(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `policy-compare-bench-${label}-`));
  for (const entry of readdirSync(REPO)) if (!SKIPPED.has(entry)) cpSync(join(REPO, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

interface BuildResult {
  plans: number;
  pages: number;
  seconds: number;
  /** Seconds per step of the build script (its `&&`-separated commands), in order. */
  steps: [string, number][];
  dir: string;
}

/** Run the package's build script step by step (its `&&`-separated commands), timing each. */
function timedBuild(dir: string, plans: number): BuildResult {
  const script: string = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build;
  const steps: [string, number][] = [];
  const env = { ...process.env, PATH: `${join(REPO, 'node_modules', '.bin')}:${process.env.PATH}` };
  for (const command of script.split(BUILD_STEP_SEPARATOR).map((c) => c.trim())) {
    const start = process.hrtime.bigint();
    execFileSync('sh', ['-c', command], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
    steps.push([command, Number(process.hrtime.bigint() - start) / 1e9]);
  }
  const seconds = steps.reduce((t, [, s]) => t + s, 0);
  const pages = loadSite(join(dir, 'dist')).htmlFiles.filter((f) => !f.startsWith(`${SEARCH_INDEX_DIR}/`)).length;
  return { plans, pages, seconds, steps, dir };
}

function stepsTable(small: BuildResult, big: BuildResult | null): string {
  const lines = ['| build step | 5 seeds (s) | synthesised (s) |', '| --- | ---: | ---: |'];
  small.steps.forEach(([command, s], i) => lines.push(`| \`${command}\` | ${s.toFixed(1)} | ${big?.steps[i]?.[1].toFixed(1) ?? '—'} |`));
  return lines.join('\n');
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function weightTable(rows: TypeSummary[]): string {
  const lines = ['| page type | pages | median KB | heaviest KB (page) | of which JS KB (max) |', '| --- | ---: | ---: | --- | ---: |'];
  for (const r of rows) lines.push(`| ${r.type} | ${r.pages} | ${kb(r.medianTotal)} | ${kb(r.max.total)} (\`${r.max.url}\`) | ${kb(r.maxJs)} |`);
  return lines.join('\n');
}

/** Heading of the hand-kept section of BENCHMARKS.md (earlier figures, what changed): carried over on every run. */
const HISTORY_HEADING = '## History';

/** The history section of the current BENCHMARKS.md (from its heading to the end), or nothing. */
function keptHistory(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  const at = text.indexOf(`\n${HISTORY_HEADING}\n`);
  return at < 0 ? '' : `\n${text.slice(at + 1)}`;
}

function main(): void {
  const target = Number(option('--plans', '100'));
  console.log('bench: building the 5 seeds …');
  const seedsRepo = tempRepo('seeds');
  const small = timedBuild(seedsRepo, readdirSync(join(seedsRepo, 'seeds')).filter((f) => f.endsWith('.txt')).length);
  console.log(`bench: ${small.plans} plans → ${small.pages} pages in ${small.seconds.toFixed(1)} s`);

  console.log(`bench: building ${target} synthesised plans …`);
  const bigRepo = tempRepo('scale');
  rmSync(join(bigRepo, 'seeds'), { recursive: true });
  mkdirSync(join(bigRepo, 'seeds'));
  cpSync(join(REPO, 'seeds', 'CATALOG.md'), join(bigRepo, 'seeds', 'CATALOG.md'));
  synthesise(join(REPO, 'seeds'), join(bigRepo, 'seeds'), target);
  rmSync(join(bigRepo, 'content'), { recursive: true, force: true });
  // A fresh register: the synthetic site publishes other URLs than the real one.
  writeFileSync(join(bigRepo, 'src/data/url-register.txt'), '');
  let big: BuildResult | null = null;
  try {
    big = timedBuild(bigRepo, target);
    console.log(`bench: ${big.plans} plans → ${big.pages} pages in ${big.seconds.toFixed(1)} s`);
  } catch (error) {
    console.error(`bench: the ${target}-plan build failed: ${(error as Error).message}`);
  }

  const weights = summarise(loadSite(join(seedsRepo, 'dist')));
  const reading = weights.filter((w) => READING_TYPES.has(w.type));
  const heaviest = reading.reduce<TypeSummary | null>((m, w) => (!m || w.max.total > m.max.total ? w : m), null);
  const jsOver = weights.filter((w) => w.type !== SEARCH_TYPE && w.maxJs > GOALS.jsKB * 1024);

  const ratio = big ? big.seconds / small.seconds : NaN;
  const marginal = big ? (big.seconds - small.seconds) / (big.plans - small.plans) : NaN;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  const report = [
    '<!-- Generated by `npm run bench` (scripts/bench/run.ts); re-run it to refresh these figures. -->',
    '# Benchmarks',
    '',
    `Latest run: **${date}** on ${machine}.`,
    '',
    '## Build time (`npm run build`: ingest + analysis + astro build + URL register check)',
    '',
    '| corpus | plans | pages | seconds |',
    '| --- | ---: | ---: | ---: |',
    `| seeds | ${small.plans} | ${small.pages} | ${small.seconds.toFixed(1)} |`,
    big ? `| synthesised from the seeds | ${big.plans} | ${big.pages} | ${big.seconds.toFixed(1)} |` : `| synthesised from the seeds | ${target} | — | build failed |`,
    '',
    big
      ? `${big.plans} plans take **${ratio.toFixed(1)}×** the time of ${small.plans} (goal ≤ ${GOALS.scaleFactor}×: ${ratio <= GOALS.scaleFactor ? 'met' : '**not met**'}); marginal cost **${marginal.toFixed(2)} s per plan**.`
      : 'The synthesised build failed; see the bench output.',
    '',
    stepsTable(small, big),
    '',
    '## Page weight per page type (5-seed build; HTML + CSS + JS + fonts + images, Pagefind excluded)',
    '',
    weightTable(weights),
    '',
    heaviest
      ? `Heaviest reading page: ${kb(heaviest.max.total)} KB \`${heaviest.max.url}\` (goal ≤ ${GOALS.heaviestReadingPageKB} KB: ${heaviest.max.total <= GOALS.heaviestReadingPageKB * 1024 ? 'met' : '**not met**'}). ` +
        `JS ≤ ${GOALS.jsKB} KB on every page except search: ${jsOver.length === 0 ? 'met' : `**not met** (${jsOver.map((w) => w.type).join(', ')})`}.`
      : '',
    '',
    'Search figures: `npm run bench:search` (the search issue).',
    '',
  ].join('\n');
  console.log(`\n${report}`);
  if (!process.argv.includes('--no-write')) writeFileSync('BENCHMARKS.md', report + keptHistory('BENCHMARKS.md'));
  for (const dir of [seedsRepo, bigRepo]) rmSync(dir, { recursive: true, force: true });
}

main();
