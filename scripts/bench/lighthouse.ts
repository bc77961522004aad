/**
 * `npm run bench:lighthouse` — Lighthouse (npm `lighthouse`, pinned 12.2.3: later versions' locks don't install
 * here) on one page of each page type of the built site, served by scripts/serve.ts, in Debian's chromium: the
 * performance, accessibility, best-practices and SEO scores and the two metrics the quality issue names
 * (cumulative layout shift, total blocking time), under Lighthouse's default mobile emulation with simulated
 * throttling — its strictest preset. Figures, not assertions: `npm run bench` writes them into BENCHMARKS.md.
 *
 * Lighthouse simulates a slow phone from what it observes on this machine, so its scores move with the machine's
 * load (2 cores shared with other work: the city pages measured 84–100 on the same build). Each page is therefore
 * measured RUNS times, in rounds over all pages, and the section shows the median with the range, the load average
 * at the start of each round, and the goals both on the medians and on every round.
 * Options: --dist DIR (default dist), --page URL (repeatable; default: one page per type, see PAGES), --runs N
 * (default RUNS), --write (replace the Lighthouse section of BENCHMARKS.md with this run's, the rest untouched;
 * not with --page).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { serve } from '../serve';

/** One page per page type: the heaviest-looking of each (the search page with a query that finds much). */
export const PAGES: readonly { type: string; url: string }[] = [
  { type: 'home', url: '/' },
  { type: 'plans index', url: '/plans/' },
  { type: 'plans · province', url: '/plans/province/jiangsu/' },
  { type: 'plan', url: '/plans/yancheng-2025-2027/' },
  { type: 'clause', url: '/plans/yancheng-2025-2027/2-3-1/' },
  { type: 'clause · table row', url: '/plans/yancheng-2024/table-1-r10/' },
  { type: 'theme', url: '/themes/digital-industry/' },
  { type: 'theme · province', url: '/themes/digital-industry/jiangsu/' },
  { type: 'theme · city', url: '/themes/digital-industry/jiangsu/yancheng/' },
  { type: 'compare', url: '/compare/' },
  { type: 'compare view (two plans of a city, aligned)', url: '/compare/?p=yancheng-2022-2024,yancheng-2025-2027' },
  { type: 'city changes', url: '/cities/yancheng/changes/' },
  { type: 'city changes · step', url: '/cities/yancheng/changes/yancheng-2022-2024--yancheng-2025-2027/' },
  { type: 'city', url: '/cities/yancheng/' },
  { type: 'cities index', url: '/cities/' },
  { type: 'indicators', url: '/indicators/' },
  { type: 'departments', url: '/departments/' },
  { type: 'department', url: '/departments/yancheng-dafengqu/' },
  { type: 'references', url: '/references/' },
  { type: 'search', url: '/search/?q=数据要素' },
  { type: 'about', url: '/about/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Rounds over all pages (each page measured this many times). */
export const RUNS = 3;
/** Lighthouse goals of the quality issue: performance ≥ 95 and CLS < 0.1 on every page type. */
export const LIGHTHOUSE_GOALS = { performance: 95, cls: 0.1 };
/** The heading of BENCHMARKS.md's Lighthouse section (its end is the next `## ` heading). */
export const SECTION_HEADING = "## Lighthouse (the seeds' build; `npm run bench:lighthouse`, default mobile preset with simulated throttling)";

export interface LighthouseRow {
  type: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Cumulative layout shift. */
  cls: number;
  /** Total blocking time, ms (simulated). */
  tbtMs: number;
}

/** One round over the pages, with the machine's 1-minute load average as it began. */
export interface LighthouseRound {
  loadAverage: number;
  rows: LighthouseRow[];
}

/** Lighthouse figures for the given pages of a built site, `runs` rounds over all of them. */
export async function runLighthouse(dist: string, { pages = PAGES, runs = RUNS }: { pages?: readonly { type: string; url: string }[]; runs?: number } = {}): Promise<LighthouseRound[]> {
  const rounds: LighthouseRound[] = [];
  for (let i = 0; i < runs; i++) {
    const loadAverage = loadavg()[0]!;
    rounds.push({ loadAverage, rows: await lighthouseRound(dist, pages) });
  }
  return rounds;
}

async function lighthouseRound(dist: string, pages: readonly { type: string; url: string }[]): Promise<LighthouseRow[]> {
  const server = await serve(dist);
  // chrome-launcher adds its own flags; ours keep chromium off the network (see scripts/lib/chromium.ts).
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const file = join(dist, page.url.split('?')[0]!, page.url.endsWith('/') || page.url.includes('?') ? 'index.html' : '');
      if (!existsSync(file)) continue; // a page type this build doesn't have
      const result = await lighthouse(new URL(page.url, server.url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse gave no result for ${page.url}`);
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      rows.push({
        type: page.type,
        url: page.url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as LighthouseRow['scores'],
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** "97 (94–99)": the median, and the range when the rounds differ. */
const spread = (xs: number[], fmt: (x: number) => string) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? fmt(lo) : `${fmt(median(xs))} (${fmt(lo)}–${fmt(hi)})`;
};

/** Each page's figures across the rounds, in page order. */
function byPage(rounds: readonly LighthouseRound[]): { type: string; url: string; rows: LighthouseRow[] }[] {
  const pages = new Map<string, { type: string; url: string; rows: LighthouseRow[] }>();
  for (const round of rounds) for (const r of round.rows) (pages.get(r.url) ?? pages.set(r.url, { type: r.type, url: r.url, rows: [] }).get(r.url)!).rows.push(r);
  return [...pages.values()];
}

/** The Markdown table BENCHMARKS.md shows: per page, the median of the rounds and (in brackets) their range. */
export function lighthouseTable(rounds: readonly LighthouseRound[]): string {
  const head = '| page type | page | performance | accessibility | best practices | SEO | CLS | TBT ms |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |';
  const body = byPage(rounds).map(({ type, url, rows }) => {
    const score = (c: (typeof CATEGORIES)[number]) => spread(rows.map((r) => r.scores[c]), String);
    return `| ${type} | \`${url}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${spread(rows.map((r) => r.cls), (x) => x.toFixed(3))} | ${spread(rows.map((r) => r.tbtMs), (x) => String(Math.round(x)))} |`;
  });
  return [head, ...body].join('\n');
}

/** BENCHMARKS.md's Lighthouse section: the table, the load, and the goals on the medians and on every round. */
export function lighthouseSection(rounds: readonly LighthouseRound[] | string): string[] {
  const head = [SECTION_HEADING, ''];
  if (typeof rounds === 'string') return [...head, rounds, ''];
  const pages = byPage(rounds);
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const slow = pages.filter((p) => median(p.rows.map((r) => r.scores.performance)) < LIGHTHOUSE_GOALS.performance);
  const slowOnce = pages.filter((p) => p.rows.some((r) => r.scores.performance < LIGHTHOUSE_GOALS.performance));
  const shifty = pages.filter((p) => p.rows.some((r) => !(r.cls < LIGHTHOUSE_GOALS.cls)));
  const list = (ps: typeof pages, f: (p: (typeof pages)[number]) => string) => (ps.length ? ` (${ps.map(f).join(', ')})` : '');
  const perf = (p: (typeof pages)[number]) => `${p.type} ${p.rows.map((r) => r.scores.performance).join('/')}`;
  return [
    ...head,
    `${rounds.length} round${rounds.length === 1 ? '' : 's'} over the pages; the machine's 1-minute load average at the start of each: ${rounds.map((r) => r.loadAverage.toFixed(1)).join(', ')} (${availableParallelism()} cores). Each figure is the median of the rounds, with their range in brackets where they differ.`,
    '',
    lighthouseTable(rounds),
    '',
    `Performance ≥ ${LIGHTHOUSE_GOALS.performance} on every page type: ${met(slow.length === 0)} on the medians${list(slow, perf)}, ${met(slowOnce.length === 0)} in every round${list(slowOnce, perf)}; CLS < ${LIGHTHOUSE_GOALS.cls}: ${met(shifty.length === 0)} in every round${list(shifty, (p) => `${p.type} ${p.rows.map((r) => r.cls.toFixed(3)).join('/')}`)}.`,
    '',
  ];
}

/** BENCHMARKS.md with its Lighthouse section replaced by `section` (appended before "## History" if it has none). */
export function replaceSection(file: string, section: string[]): string {
  const lines = file.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## Lighthouse'));
  const text = section.join('\n');
  if (start < 0) {
    const history = lines.findIndex((l) => l === '## History');
    return history < 0 ? `${file.trimEnd()}\n\n${text}` : [...lines.slice(0, history), text, ...lines.slice(history)].join('\n');
  }
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return [...lines.slice(0, start), text, ...(next < 0 ? [] : lines.slice(next))].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dist = option('--dist') ?? 'dist';
  const only = process.argv.flatMap((a, j) => (process.argv[j - 1] === '--page' ? [a] : []));
  const pages = only.length ? only.map((url) => ({ type: url, url })) : PAGES;
  const section = lighthouseSection(await runLighthouse(dist, { pages, runs: Number(option('--runs') ?? RUNS) }));
  console.log(section.join('\n'));
  if (process.argv.includes('--write') && !only.length) writeFileSync('BENCHMARKS.md', replaceSection(readFileSync('BENCHMARKS.md', 'utf8'), section));
}
