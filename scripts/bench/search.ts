/**
 * `npm run bench:search` — the search benchmark (figures printed, nothing asserted on timers).
 *
 * Runs a query set built from the corpus (scripts/bench/search-queries.ts) through the real search page in headless
 * chromium against the built site served on 127.0.0.1, and reports recall, R-precision, precision, results on absent
 * phrases, latency (first query; median and p90 after it) and bytes transferred — for the built 5-plan site (dist/,
 * from `npm run build`) and for a synthesised larger corpus (default 100 plans; --plans 0 skips it).
 *   tsx scripts/bench/search.ts [--dist dist] [--plans 100] [--sampled 150] [--json out.json] [--reuse]
 * --reuse indexes the synthesised content of an earlier run again (same --plans) instead of ingesting it anew.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Manifest } from '~/lib/search/build';
import { launchChromium } from '../lib/chromium';
import { serve } from '../serve';
import { NAMED_QUERIES, relevant, sampledQueries, truthFold, type BenchQuery, type TruthClause } from './search-queries';
import { readContent, synthesiseSite } from './search-synth';

/** The query a cold visitor's first search is measured with (the first example). */
const FIRST_QUERY = '一网统管';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

interface QueryRun {
  q: string;
  kind: BenchQuery['kind'];
  relevant: number;
  returned: number;
  hits: number;
  recall: number | null;
  precision: number | null;
  rPrecision: number | null;
  ms: number;
  bytes: number;
  gzipBytes: number;
}

interface SiteRun {
  label: string;
  plans: number;
  clauses: number;
  indexBytes: number;
  first: { q: string; wallMs: number; pageMs: number; bytes: number; gzipBytes: number; requests: number };
  queries: QueryRun[];
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Size of a served file, raw and gzip-compressed (what a compressing static host would send). */
function fileSizes(siteRoot: string, url: string, cache: Map<string, [number, number]>): [number, number] {
  let path = decodeURIComponent(new URL(url).pathname);
  if (path.endsWith('/')) path += 'index.html';
  const hit = cache.get(path);
  if (hit) return hit;
  const file = join(siteRoot, path);
  const sizes: [number, number] = existsSync(file) ? [readFileSync(file).length, gzipSync(readFileSync(file)).length] : [0, 0];
  cache.set(path, sizes);
  return sizes;
}

async function waitDone(page: Page, q: string): Promise<void> {
  await page.waitForFunction(
    (query) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return !!list && list.getAttribute('aria-busy') === 'false' && list.dataset.searchQuery === query;
    },
    q,
    { timeout: 30_000, polling: 5 },
  );
}

async function allResultUrls(page: Page, q: string): Promise<string[]> {
  for (;;) {
    const more = page.locator('[data-search-more]');
    if (!(await more.isVisible())) break;
    await more.click();
    await waitDone(page, q);
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
  }
  return page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

async function runSite(label: string, siteRoot: string, corpus: readonly TruthClause[], queries: readonly BenchQuery[]): Promise<Omit<SiteRun, 'plans' | 'indexBytes'>> {
  const folded = corpus.map((c) => ({ url: c.url, folded: truthFold(c.text) }));
  const server = await serve(siteRoot);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const urls = new Map<string, string>();
    const sizeCache = new Map<string, [number, number]>();
    let bytes = 0;
    let gzipBytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
      const url = urls.get(e.requestId);
      if (url) gzipBytes += fileSizes(siteRoot, url, sizeCache)[1];
    });
    const reset = () => {
      bytes = 0;
      gzipBytes = 0;
      requests = 0;
    };

    const t0 = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(FIRST_QUERY)}`);
    await waitDone(page, FIRST_QUERY);
    const wallMs = performance.now() - t0;
    const pageMs = Number(await page.$eval('[data-search-results]', (l) => (l as HTMLElement).dataset.searchMs));
    const first = { q: FIRST_QUERY, wallMs, pageMs, bytes, gzipBytes, requests };

    const runs: QueryRun[] = [];
    for (const [n, { q, kind }] of queries.entries()) {
      if (n % 50 === 0) process.stderr.write(`  ${label}: query ${n + 1}/${queries.length} «${q}»\n`);
      reset();
      await page.evaluate((query) => {
        const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
        form.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
        form.requestSubmit();
      }, q);
      await waitDone(page, q);
      const ms = Number(await page.$eval('[data-search-results]', (l) => (l as HTMLElement).dataset.searchMs));
      const qBytes = bytes;
      const qGzip = gzipBytes;
      const got = (await allResultUrls(page, q)).map((h) => new URL(h, server.url).pathname);
      const want = relevant(q, folded);
      const wantSet = new Set(want);
      const hits = got.filter((u) => wantSet.has(u)).length;
      const topR = got.slice(0, want.length).filter((u) => wantSet.has(u)).length;
      runs.push({
        q,
        kind,
        relevant: want.length,
        returned: got.length,
        hits,
        recall: want.length ? hits / want.length : null,
        precision: got.length ? hits / got.length : null,
        rPrecision: want.length ? topR / want.length : null,
        ms,
        bytes: qBytes,
        gzipBytes: qGzip,
      });
    }
    return { label, clauses: corpus.length, first, queries: runs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Bytes of every file of the search index (search/idx/, whatever its layout). */
function indexSize(siteRoot: string): number {
  const dir = join(siteRoot, 'search/idx');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((total, e) => total + statSync(join(e.parentPath, e.name)).size, 0);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const f3 = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(3));

function report(run: SiteRun): void {
  const q = run.queries;
  const present = q.filter((r) => r.relevant > 0);
  const returned = q.filter((r) => r.returned > 0);
  const absent = q.filter((r) => r.kind === 'absent');
  const after = q.map((r) => r.ms);
  console.log(`\n## ${run.label}: ${run.plans} plans, ${run.clauses} clauses, index ${kb(run.indexBytes)} on disk, ${q.length} queries`);
  console.log(`recall (mean)        ${f3(mean(present.map((r) => r.recall!)))}   micro ${f3(present.reduce((a, r) => a + r.hits, 0) / present.reduce((a, r) => a + r.relevant, 0))}`);
  console.log(`R-precision (mean)   ${f3(mean(present.map((r) => r.rPrecision!)))}`);
  console.log(`precision (mean)     ${f3(mean(returned.map((r) => r.precision!)))}`);
  console.log(`absent phrases       ${absent.length} queries, ${absent.reduce((a, r) => a + r.returned, 0)} results returned (ground truth: ${absent.reduce((a, r) => a + r.relevant, 0)})`);
  console.log(`first query «${run.first.q}» ${run.first.wallMs.toFixed(0)} ms from navigation (${run.first.pageMs.toFixed(1)} ms in page), ${kb(run.first.bytes)} transferred in ${run.first.requests} requests (${kb(run.first.gzipBytes)} gzip-compressed)`);
  console.log(`latency after first  median ${median(after).toFixed(1)} ms, p90 ${quantile(after, 0.9).toFixed(1)} ms, max ${Math.max(...after).toFixed(1)} ms`);
  console.log(`bytes per query      mean ${kb(mean(q.map((r) => r.bytes)))}, median ${kb(median(q.map((r) => r.bytes)))}, p90 ${kb(quantile(q.map((r) => r.bytes), 0.9))}, max ${kb(Math.max(...q.map((r) => r.bytes)))} (gzip median ${kb(median(q.map((r) => r.gzipBytes)))})`);
  const kinds = [...new Set(q.map((r) => r.kind))];
  for (const kind of kinds) {
    const k = q.filter((r) => r.kind === kind);
    const kp = k.filter((r) => r.relevant > 0);
    const kr = k.filter((r) => r.returned > 0);
    console.log(`  ${kind.padEnd(12)} n=${String(k.length).padStart(3)}  recall ${f3(mean(kp.map((r) => r.recall!)))}  precision ${f3(mean(kr.map((r) => r.precision!)))}  R-prec ${f3(mean(kp.map((r) => r.rPrecision!)))}  results ${k.reduce((a, r) => a + r.returned, 0)}`);
  }
  const wrong = q.filter((r) => (r.recall ?? 1) < 1 || (r.precision ?? 1) < 1 || (r.relevant === 0 && r.returned > 0));
  for (const r of wrong.slice(0, 15)) console.log(`  ✗ «${r.q}» (${r.kind}) relevant ${r.relevant}, returned ${r.returned}, correct ${r.hits}`);
  if (wrong.length === 0) console.log('  every query returned exactly its relevant clauses');
}

async function main(): Promise<void> {
  const root = resolve('.');
  const dist = resolve(arg('--dist', 'dist'));
  const plans = Number(arg('--plans', '100'));
  const sampled = Number(arg('--sampled', '150'));
  for (const need of ['search/index.html', 'search/idx/manifest.json']) {
    if (!existsSync(join(dist, need))) {
      console.error(`bench:search: ${join(dist, need)} is missing — run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  // Ground truth: the published open data (the URLs results must link to), else the generated content.
  const published = join(dist, 'data/clauses.json');
  const corpus: TruthClause[] = existsSync(published)
    ? (JSON.parse(readFileSync(published, 'utf8')) as TruthClause[])
    : readContent(join(root, 'content')).clauses.map((c) => ({ url: c.url, text: c.text }));
  if (!existsSync(published)) console.log(`(no ${published}: ground truth from content/)`);
  const queries = [...NAMED_QUERIES, ...sampledQueries(corpus, sampled)];
  const five = (JSON.parse(readFileSync(join(dist, 'search/idx/manifest.json'), 'utf8')) as Pick<Manifest, 'plans'>).plans.slug.length;
  const runs: SiteRun[] = [];
  const r5 = await runSite('built site', dist, corpus, queries);
  runs.push({ ...r5, plans: five, indexBytes: indexSize(dist) });
  report(runs[0]!);
  if (plans > five) {
    const work = join(tmpdir(), `policy-compare-search-bench-${plans}`);
    const t = performance.now();
    const synth = synthesiseSite(root, dist, work, plans, process.argv.includes('--reuse'));
    console.log(`\n(synthesised ${synth.plans} plans in ${work} in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    const rN = await runSite('synthesised', synth.site, synth.clauses.map((c) => ({ url: c.url, text: c.text })), queries);
    const run = { ...rN, plans: synth.plans, indexBytes: indexSize(synth.site) };
    runs.push(run);
    report(run);
    const [a, b] = runs as [SiteRun, SiteRun];
    const growth = (x: number, y: number) => (y / x).toFixed(2);
    console.log(
      `\n## growth ${a.plans} → ${b.plans} plans (×${(b.plans / a.plans).toFixed(0)} corpus): first query bytes ×${growth(a.first.bytes, b.first.bytes)}, mean query bytes ×${growth(mean(a.queries.map((r) => r.bytes)), mean(b.queries.map((r) => r.bytes)))}, median latency ×${growth(median(a.queries.map((r) => r.ms)), median(b.queries.map((r) => r.ms)))}`,
    );
  }
  const out = process.argv.includes('--json') ? arg('--json', '') : '';
  if (out) writeFileSync(out, JSON.stringify(runs, null, 2));
}

await main();
