/**
 * `npm run bench` — what the build costs and what it publishes as the corpus grows, printed and written to
 * BENCHMARKS.md (figures, not assertions). For each corpus size (default 5, 100 and 1,000 plans: the 5 seeds, then
 * plans synthesised from them under real cities of every province, scripts/bench/synthesise.ts), in a temp copy of
 * the repository:
 *   1. `npm run build` step by step (set-aside, ingest, analyse, astro build, URL check): seconds, CPU seconds and
 *      peak memory of each (`/usr/bin/time -v`: user + system time, maximum resident set size), and the machine's
 *      load average as it ended — on a shared machine the seconds depend on the load, the CPU seconds much less
 *   2. dist/: bytes in all, per plan, and pages
 *   3. page weight per page type: HTML + CSS + JS (uncompressed), the heaviest page and the most JS
 *   4. for the synthesised corpora, the reader jobs of the compare view and the theme overview (tests/e2e/compare.test.ts)
 *      in chromium against that build
 * and checks the issue's goals on them. Options: --plans 5,100,1000; --keep (leave the temp trees, paths printed); --no-e2e; --no-lighthouse (Lighthouse runs on the seeds' build: scripts/bench/lighthouse.ts);
 * --no-write (do not touch BENCHMARKS.md). The file's hand-kept sections (where the bytes go, search at 1,000 plans,
 * history: kept.ts) are carried over.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { SEARCH_INDEX_DIR, loadSite } from '../lib/checks/site';
import { keptSections } from './kept';
import { synthesise } from './synthesise';
import { summarise, type TypeSummary } from './weight';
import { lighthouseSection, runLighthouse, type LighthouseRound } from './lighthouse';

const REPO = resolve('.');
/** Not copied into the temp build tree. */
const SKIPPED = new Set(['node_modules', 'dist', '.git', '.astro', 'tmp', 'bench-results']);
/** The issue's goals. */
const GOALS = { mbPerPlan: 1.5, pageKB: 300, jsKB: 30, jsKBInteractive: 60, buildSeconds: { 100: 120, 1000: 900 } as Record<number, number>, peakGB: 8 };
/** Pages whose JS may reach the larger budget. */
const INTERACTIVE_TYPES = new Set(['search', 'compare']);
/** Separates the commands of the build script. */
const BUILD_STEP_SEPARATOR = '&&';
/** GNU time's line for the peak memory of the command (and its children). */
const MAX_RSS = /Maximum resident set size \(kbytes\): (\d+)/;
/** GNU time's lines for the CPU seconds of the command (and its children), in user and in system mode. */
const USER_TIME = /User time \(seconds\): ([\d.]+)/;
const SYSTEM_TIME = /System time \(seconds\): ([\d.]+)/;
const SEED_COUNT = () => readdirSync(join(REPO, 'seeds')).filter((f) => f.endsWith('.txt')).length;

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

interface Step {
  command: string;
  seconds: number;
  /** CPU seconds (user + system): what the step costs whatever else the machine runs, unlike `seconds`. */
  cpuSeconds: number;
  peakKB: number;
  /** The machine's load average (1 minute) when the step ended: the seconds are only comparable at like loads. */
  load: number;
}

interface Run {
  plans: number;
  dir: string;
  steps: Step[];
  seconds: number;
  peakKB: number;
  pages: number;
  distBytes: number;
  weights: TypeSummary[];
  /** The e2e reader jobs on this build: "7 passed, 0 failed", or why they did not run. */
  e2e?: string;
  /** Lighthouse on one page per type (the seeds' build only), in rounds, or why it did not run. */
  lighthouse?: LighthouseRound[] | string;
  failed?: string;
}

/** The reader jobs run against each synthesised build. */
const E2E_JOBS = 'tests/e2e/compare.test.ts';
/** Terminal colour codes, which vitest writes even into a pipe. */
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;
/** Vitest's summary line. */
const VITEST_TESTS = /Tests\s+(.*)\(\d+\)/;

/** Run the compare and theme-overview jobs in chromium against a built tree; their summary line. */
function readerJobs(dir: string): string {
  const env = { ...process.env, DIST_DIR: join(dir, 'dist'), CONTENT_DIR: join(dir, 'content'), SKIP_BUILD: '1', NO_COLOR: '1', PATH: `${join(REPO, 'node_modules', '.bin')}:${process.env.PATH}` };
  let out = '';
  try {
    out = execFileSync('vitest', ['run', '--project', 'e2e', E2E_JOBS], { cwd: REPO, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    out = `${(error as { stdout?: string }).stdout ?? ''}`;
  }
  return VITEST_TESTS.exec(out.replace(ANSI_ESCAPE, ''))?.[1].trim().replace(/\s*\|\s*/g, ', ') ?? 'did not run';
}

/** Run the package's build script step by step (its `&&`-separated commands) under GNU time. */
function timedBuild(dir: string, plans: number): Step[] {
  const script: string = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build;
  const env = { ...process.env, PATH: `${join(REPO, 'node_modules', '.bin')}:${process.env.PATH}` };
  const steps: Step[] = [];
  for (const command of script.split(BUILD_STEP_SEPARATOR).map((c) => c.trim())) {
    console.log(`bench: ${plans} plans — ${command}`);
    const timeFile = join(dir, '.bench-time');
    const start = process.hrtime.bigint();
    // The step's own output goes to a log in the tree (astro writes a line per page); errors surface below.
    execFileSync('/usr/bin/time', ['-v', '-o', timeFile, 'sh', '-c', `${command} >> .bench-build.log 2>&1`], { cwd: dir, env, stdio: 'inherit' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const time = readFileSync(timeFile, 'utf8');
    const peakKB = Number(MAX_RSS.exec(time)?.[1] ?? 0);
    const cpuSeconds = Number(USER_TIME.exec(time)?.[1] ?? 0) + Number(SYSTEM_TIME.exec(time)?.[1] ?? 0);
    const load = loadavg()[0];
    steps.push({ command, seconds, cpuSeconds, peakKB, load });
    console.log(`bench: ${plans} plans — ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s, load ${load.toFixed(1)}), peak ${(peakKB / 2 ** 20).toFixed(2)} GB`);
  }
  return steps;
}

function distBytes(root: string, files: Iterable<string>): number {
  let n = 0;
  for (const f of files) n += statSync(join(root, f)).size;
  return n;
}

async function benchCorpus(plans: number): Promise<Run> {
  const seedsOnly = plans === SEED_COUNT();
  const dir = tempRepo(String(plans));
  if (!seedsOnly) {
    rmSync(join(dir, 'seeds'), { recursive: true });
    mkdirSync(join(dir, 'seeds'));
    cpSync(join(REPO, 'seeds', 'CATALOG.md'), join(dir, 'seeds', 'CATALOG.md'));
    synthesise(join(REPO, 'seeds'), join(dir, 'seeds'), plans);
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    // A fresh register: the synthetic site publishes other URLs than the real one (and none of its redirects).
    writeFileSync(join(dir, 'src/data/url-register.txt'), '');
    writeFileSync(join(dir, 'src/data/redirects.json'), '{}\n');
  }
  const run: Run = { plans, dir, steps: [], seconds: 0, peakKB: 0, pages: 0, distBytes: 0, weights: [] };
  try {
    run.steps = timedBuild(dir, plans);
  } catch (error) {
    run.failed = `the build failed (see ${join(dir, '.bench-build.log')}): ${(error as Error).message.split('\n')[0]}`;
    console.error(`bench: ${plans} plans — ${run.failed}`);
    return run;
  }
  run.seconds = run.steps.reduce((t, s) => t + s.seconds, 0);
  run.peakKB = Math.max(...run.steps.map((s) => s.peakKB));
  console.log(`bench: ${plans} plans — weighing dist/ …`);
  const site = loadSite(join(dir, 'dist'));
  run.pages = site.htmlFiles.filter((f) => !f.startsWith(`${SEARCH_INDEX_DIR}/`)).length;
  run.distBytes = distBytes(site.root, site.files);
  run.weights = summarise(site);
  console.log(`bench: ${plans} plans → ${run.pages} pages, ${mb(run.distBytes)} MB in ${run.seconds.toFixed(1)} s`);
  if (seedsOnly && !process.argv.includes('--no-lighthouse')) {
    console.log(`bench: ${plans} plans — Lighthouse, one page per type …`);
    try {
      run.lighthouse = await runLighthouse(join(dir, 'dist'));
    } catch (error) {
      run.lighthouse = `Lighthouse did not run: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  if (!seedsOnly && !process.argv.includes('--no-e2e')) {
    console.log(`bench: ${plans} plans — reader jobs (${E2E_JOBS}) …`);
    run.e2e = readerJobs(dir);
    console.log(`bench: ${plans} plans — reader jobs: ${run.e2e}`);
  }
  return run;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const gb = (kbytes: number) => (kbytes / 2 ** 20).toFixed(2);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const done = (runs: Run[]) => runs.filter((r) => !r.failed);
/** CPU seconds of a build (its steps added up). */
const cpu = (steps: readonly Step[]) => steps.reduce((t, s) => t + s.cpuSeconds, 0).toFixed(1);
/** The machine's load over a build: the lowest and highest of its steps' load averages. */
const loads = (steps: readonly Step[]) => {
  const l = steps.map((s) => s.load);
  return `${Math.min(...l).toFixed(1)}–${Math.max(...l).toFixed(1)}`;
};

function sizeTable(runs: Run[]): string {
  const lines = ['| corpus | plans | pages | `dist/` MB | MB per plan | build s | build CPU s | load | peak memory GB |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of runs) {
    const corpus = r.plans === SEED_COUNT() ? 'the seeds' : 'synthesised from the seeds';
    lines.push(
      r.failed
        ? `| ${corpus} | ${r.plans} | — | — | — | build failed | — | — | — |`
        : `| ${corpus} | ${r.plans} | ${r.pages} | ${mb(r.distBytes)} | ${(r.distBytes / 2 ** 20 / r.plans).toFixed(2)} | ${r.seconds.toFixed(1)} | ${cpu(r.steps)} | ${loads(r.steps)} | ${gb(r.peakKB)} |`,
    );
  }
  return lines.join('\n');
}

function stepsTable(runs: Run[]): string {
  const ok = done(runs);
  if (!ok.length) return '';
  const lines = [`| build step | ${ok.map((r) => `${r.plans} plans: s · CPU s · peak GB · load`).join(' | ')} |`, `| --- | ${ok.map(() => '---:').join(' | ')} |`];
  ok[0].steps.forEach((s, i) =>
    lines.push(
      `| \`${s.command}\` | ${ok.map((r) => { const t = r.steps[i]; return t ? `${t.seconds.toFixed(1)} · ${t.cpuSeconds.toFixed(1)} · ${gb(t.peakKB)} · ${t.load.toFixed(1)}` : '—'; }).join(' | ')} |`,
    ),
  );
  return lines.join('\n');
}

function weightTable(runs: Run[]): string {
  const ok = done(runs);
  const types = [...new Set(ok.flatMap((r) => r.weights.map((w) => w.type)))];
  const lines = [
    `| page type | ${ok.map((r) => `${r.plans} plans: pages · median KB · heaviest KB · JS KB`).join(' | ')} |`,
    `| --- | ${ok.map(() => '---').join(' | ')} |`,
  ];
  for (const type of types) {
    const cells = ok.map((r) => {
      const w = r.weights.find((x) => x.type === type);
      return w ? `${w.pages} · ${kb(w.medianTotal)} · ${kb(w.max.total)} · ${kb(w.maxJs)}` : '—';
    });
    lines.push(`| ${type} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The heaviest page of each run, and the goals' verdicts. */
function goalLines(runs: Run[]): string[] {
  const out: string[] = [];
  for (const r of done(runs)) {
    const heaviest = r.weights.reduce<TypeSummary | null>((m, w) => (!m || w.max.total > m.max.total ? w : m), null)!;
    const jsOver = r.weights.filter((w) => w.maxJs > (INTERACTIVE_TYPES.has(w.type) ? GOALS.jsKBInteractive : GOALS.jsKB) * 1024);
    const perPlan = r.distBytes / 2 ** 20 / r.plans;
    const buildGoal = GOALS.buildSeconds[r.plans];
    out.push(
      `- **${r.plans} plans**: heaviest page ${kb(heaviest.max.total)} KB \`${heaviest.max.url}\` (≤ ${GOALS.pageKB} KB: ${met(heaviest.max.total <= GOALS.pageKB * 1024)}); ` +
        `JS ≤ ${GOALS.jsKB} KB (search, compare ≤ ${GOALS.jsKBInteractive} KB): ${jsOver.length ? `**not met** (${jsOver.map((w) => `${w.type} ${kb(w.maxJs)} KB`).join(', ')})` : 'met'}; ` +
        `\`dist/\` ${perPlan.toFixed(2)} MB per plan (≤ ${GOALS.mbPerPlan}: ${met(perPlan <= GOALS.mbPerPlan)})` +
        (buildGoal ? `; build ${r.seconds.toFixed(0)} s at load ${loads(r.steps)}, CPU ${cpu(r.steps)} s (≤ ${buildGoal} s: ${met(r.seconds <= buildGoal)})` : '') +
        `; peak memory ${gb(r.peakKB)} GB (≤ ${GOALS.peakGB}: ${met(r.peakKB <= GOALS.peakGB * 2 ** 20)})` +
        (r.e2e ? `; reader jobs (compare, theme overview; \`${E2E_JOBS}\`) on this build: ${r.e2e}.` : '.'),
    );
  }
  for (const r of runs.filter((x) => x.failed)) out.push(`- **${r.plans} plans**: ${r.failed}.`);
  return out;
}

/** The hand-kept sections of the current BENCHMARKS.md (kept.ts), or nothing. */
function keptFromFile(file: string): string {
  try {
    return keptSections(readFileSync(file, 'utf8'));
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const sizes = option('--plans', `${SEED_COUNT()},100,1000`)
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const runs: Run[] = [];
  for (const plans of sizes) {
    const run = await benchCorpus(plans);
    runs.push(run);
    if (!process.argv.includes('--keep') && !run.failed) rmSync(run.dir, { recursive: true, force: true });
    else console.log(`bench: ${plans} plans — tree kept at ${run.dir}`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  const report = [
    '<!-- Generated by `npm run bench` (scripts/bench/run.ts); re-run it to refresh these figures. -->',
    '# Benchmarks',
    '',
    `Latest run: **${date}** on ${machine}. Corpora: the seeds, and plans synthesised from them under real cities of every province (\`scripts/bench/synthesise.ts\`).`,
    '',
    '## Size and build (`npm run build`: ingest + analyse + astro build + URL register check)',
    '',
    sizeTable(runs),
    '',
    stepsTable(runs),
    '',
    '## Page weight per page type (HTML + CSS + JS, uncompressed; fonts, images and the search index apart)',
    '',
    weightTable(runs),
    '',
    '## Goals',
    '',
    ...goalLines(runs),
    '',
    'Search figures: `npm run bench:search` (`--plans 1000` for the national corpus).',
    '',
    ...lighthouseOf(runs),
  ].join('\n');
  console.log(`\n${report}`);
  if (!process.argv.includes('--no-write')) writeFileSync('BENCHMARKS.md', report + keptFromFile('BENCHMARKS.md'));
}

/** Lighthouse figures of the seeds' build, with the goals, for BENCHMARKS.md (the section lighthouse.ts writes). */
function lighthouseOf(runs: Run[]): string[] {
  const lh = runs.find((r) => r.lighthouse !== undefined)?.lighthouse;
  return lh === undefined ? [] : lighthouseSection(lh);
}

await main();
