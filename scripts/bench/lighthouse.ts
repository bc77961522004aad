/**
 * `npm run bench:lighthouse` — Lighthouse (npm `lighthouse`, pinned 12.2.3: later versions' locks don't install
 * here) on one page of each page type of the built site, served by scripts/serve.ts, in Debian's chromium: the
 * performance, accessibility, best-practices and SEO scores and the two metrics the quality issue names
 * (cumulative layout shift, total blocking time), under Lighthouse's default mobile emulation with simulated
 * throttling — its strictest preset. Figures, not assertions: `npm run bench` writes them into BENCHMARKS.md.
 * Options: --dist DIR (default dist), --page URL (repeatable; default: one page per type, see PAGES).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { serve } from '../serve';

/** One page per page type: the heaviest-looking of each (the search page with a query that finds much). */
export const PAGES: readonly { type: string; url: string }[] = [
  { type: 'home', url: '/' },
  { type: 'plans index', url: '/plans/' },
  { type: 'plan', url: '/plans/yancheng-2025-2027/' },
  { type: 'clause', url: '/plans/yancheng-2025-2027/2-3-1/' },
  { type: 'theme', url: '/themes/digital-industry/' },
  { type: 'compare', url: '/compare/' },
  { type: 'city', url: '/cities/yancheng/' },
  { type: 'cities index', url: '/cities/' },
  { type: 'indicators', url: '/indicators/' },
  { type: 'departments', url: '/departments/' },
  { type: 'references', url: '/references/' },
  { type: 'search', url: '/search/?q=数据要素' },
  { type: 'about', url: '/about/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRow {
  type: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Cumulative layout shift. */
  cls: number;
  /** Total blocking time, ms (simulated). */
  tbtMs: number;
}

/** Lighthouse figures for the given pages of a built site. */
export async function runLighthouse(dist: string, pages = PAGES): Promise<LighthouseRow[]> {
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

/** The Markdown table BENCHMARKS.md shows. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const head = '| page type | page | performance | accessibility | best practices | SEO | CLS | TBT ms |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |';
  const body = rows.map(
    (r) =>
      `| ${r.type} | \`${r.url}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.tbtMs)} |`,
  );
  return [head, ...body].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--dist');
  const dist = i >= 0 ? process.argv[i + 1]! : 'dist';
  const only = process.argv.flatMap((a, j) => (process.argv[j - 1] === '--page' ? [a] : []));
  const pages = only.length ? only.map((url) => ({ type: url, url })) : PAGES;
  console.log(lighthouseTable(await runLighthouse(dist, pages)));
}
