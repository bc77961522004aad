/**
 * `npm run bench:search` — the search benchmark (figures printed, nothing asserted on timers).
 *
 * A query set built from the corpus (scripts/bench/search-queries.ts), for the built 5-plan site (dist/, from
 * `npm run build`) and for a synthesised larger corpus (default 100 plans; --plans 0 skips it), in two halves:
 * - Node (search-node.ts): every query through the engine over the index files, its full result set checked against
 *   brute force over the clause texts (recall, precision, the partial group), with what does not depend on the
 *   machine's load: bytes and requests per query, engine CPU time;
 * - chromium: the real search page served on 127.0.0.1 — the first query from navigation, then every query's
 *   latency and bytes transferred (median, p90), with the load average beside them; for a sample of the queries
 *   (--page-sample N, default 24; every query on the built site) it pages through every result (显示更多) and checks
 *   the page lists exactly the relevant clauses.
 * With --plans 1000 it rewrites the generated part of BENCHMARKS.md's "## Search at 1,000 plans" section (the
 * paragraphs after its HAND_KEPT marker are kept); --no-write leaves the file alone.
 *   tsx scripts/bench/search.ts [--dist dist] [--plans 100] [--sampled 150] [--page-sample 24] [--json out.json] [--reuse]
 *                               [--work dir]   (where the synthesised corpus lives; default a fixed folder in the temp dir)
 * --reuse indexes the synthesised content of an earlier run again (same --plans) instead of ingesting it anew.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Manifest } from '~/lib/search/build';
import { launchChromium } from '../lib/chromium';
import { serve } from '../serve';
import { NAMED_QUERIES, relevant, sampledQueries, truthFold, type BenchQuery, type TruthClause } from './search-queries';
import { isExact, runNode, type NodeQueryRun } from './search-node';
import { replaceSearchSection } from './search-section';
import { readContent, synthesiseSite } from './search-synth';

/** The query a cold visitor's first search is measured with (the issue's first example). */
const FIRST_QUERY = '一网统管';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

interface QueryRun {
  q: string;
  kind: BenchQuery['kind'];
  /** Whether the page was paged through to its last result (the sample); the figures below are null otherwise. */
  paged: boolean;
  relevant: number;
  returned: number | null;
  hits: number | null;
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
  /** bytes: as chromium counts them (the server compresses text as a static host does); rawBytes: the files' own sizes. */
  first: { q: string; wallMs: number; pageMs: number; bytes: number; rawBytes: number; gzipBytes: number; requests: number };
  queries: QueryRun[];
  /** The Node half: every query, its full result set checked. */
  node: NodeQueryRun[];
  /** 1-minute load average when the chromium half started and ended. */
  load: [number, number];
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

/** Run the Node half, then the chromium half; `paged(n)`: whether query n is paged through in chromium. */
async function runSite(label: string, siteRoot: string, corpus: readonly TruthClause[], queries: readonly BenchQuery[], paged: (n: number) => boolean): Promise<Omit<SiteRun, 'plans' | 'indexBytes'>> {
  const t = performance.now();
  const node = await runNode(siteRoot, corpus, queries, (n) => process.stderr.write(`  ${label}, Node: query ${n + 1}/${queries.length}\n`));
  process.stderr.write(`  ${label}, Node: ${queries.length} queries in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  const load0 = loadavg()[0]!;
  const browser = await runBrowser(label, siteRoot, corpus, queries, paged);
  return { ...browser, node, load: [load0, loadavg()[0]!] };
}

async function runBrowser(label: string, siteRoot: string, corpus: readonly TruthClause[], queries: readonly BenchQuery[], paged: (n: number) => boolean): Promise<Omit<SiteRun, 'plans' | 'indexBytes' | 'node' | 'load'>> {
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
    let rawBytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
      const url = urls.get(e.requestId);
      if (url) {
        const [raw, gz] = fileSizes(siteRoot, url, sizeCache);
        rawBytes += raw;
        gzipBytes += gz;
      }
    });
    const reset = () => {
      bytes = 0;
      gzipBytes = 0;
      rawBytes = 0;
      requests = 0;
    };

    const t0 = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(FIRST_QUERY)}`);
    await waitDone(page, FIRST_QUERY);
    const wallMs = performance.now() - t0;
    const pageMs = Number(await page.$eval('[data-search-results]', (l) => (l as HTMLElement).dataset.searchMs));
    const first = { q: FIRST_QUERY, wallMs, pageMs, bytes, rawBytes, gzipBytes, requests };

    const runs: QueryRun[] = [];
    for (const [n, { q, kind }] of queries.entries()) {
      if (n % 50 === 0) process.stderr.write(`  ${label}, chromium: query ${n + 1}/${queries.length} «${q}»\n`);
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
      const want = relevant(q, folded);
      if (!paged(n)) {
        runs.push({ q, kind, paged: false, relevant: want.length, returned: null, hits: null, recall: null, precision: null, rPrecision: null, ms, bytes: qBytes, gzipBytes: qGzip });
        continue;
      }
      const got = (await allResultUrls(page, q)).map((h) => new URL(h, server.url).pathname);
      const wantSet = new Set(want);
      const hits = got.filter((u) => wantSet.has(u)).length;
      const topR = got.slice(0, want.length).filter((u) => wantSet.has(u)).length;
      runs.push({
        q,
        kind,
        paged: true,
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

/** The figures of one site's run, as lines (printed, and written to BENCHMARKS.md at 1,000 plans). */
function report(run: SiteRun): string[] {
  const out: string[] = [];
  const log = (line: string) => out.push(line);
  const nd = run.node;
  const present = nd.filter((r) => r.relevant > 0);
  const exact = nd.filter(isExact);
  const falsePositives = nd.reduce((a, r) => a + r.returned - r.correct, 0);
  const absent = nd.filter((r) => r.kind === 'absent');
  log(`**${run.label}: ${run.plans} plans, ${run.clauses} clauses, index ${(run.indexBytes / 1024 / 1024).toFixed(1)} MiB on disk, ${nd.length} queries.**`);
  log('');
  log(`- Exactness (Node, every result of every query against brute force over the clause texts): ${exact.length} of ${nd.length} queries exact; recall (mean) ${f3(mean(present.map((r) => r.correct / r.relevant)))}, micro ${f3(present.reduce((a, r) => a + r.correct, 0) / present.reduce((a, r) => a + r.relevant, 0))}; precision (mean) ${f3(mean(nd.filter((r) => r.returned > 0).map((r) => r.correct / r.returned)))}; ${falsePositives} false positives; absent phrases: ${absent.length} queries, ${absent.reduce((a, r) => a + r.returned, 0)} results; partial groups (部分匹配) exact on ${nd.filter((r) => r.partialExact).length} of ${nd.length}.`);
  for (const r of nd.filter((x) => !isExact(x)).slice(0, 15)) log(`  - ✗ «${r.q}» (${r.kind}) relevant ${r.relevant}, returned ${r.returned}, correct ${r.correct}; partial ${r.partialReturned} of ${r.partialRelevant}`);
  const fmt = (xs: number[], f: (n: number) => string) => `median ${f(median(xs))}, p90 ${f(quantile(xs, 0.9))}, max ${f(Math.max(...xs))}`;
  log(`- Per query, not depending on the machine's load (Node, what a page holding only the manifest fetches): ${fmt(nd.map((r) => r.bytes), kb)} of index files in ${fmt(nd.map((r) => r.requests), String)} requests; engine CPU ${fmt(nd.map((r) => r.cpuMs), (n) => `${n.toFixed(1)} ms`)}.`);
  const q = run.queries;
  const sample = q.filter((r) => r.paged);
  const sp = sample.filter((r) => r.relevant > 0);
  const sr = sample.filter((r) => (r.returned ?? 0) > 0);
  const wrong = sample.filter((r) => (r.recall ?? 1) < 1 || (r.precision ?? 1) < 1 || (r.relevant === 0 && (r.returned ?? 0) > 0));
  log(`- Chromium, the page paged through to its last result on ${sample.length} queries: recall ${f3(mean(sp.map((r) => r.recall!)))}, R-precision ${f3(mean(sp.map((r) => r.rPrecision!)))}, precision ${f3(mean(sr.map((r) => r.precision!)))}${wrong.length ? `; ${wrong.length} not exact: ${wrong.slice(0, 5).map((r) => `«${r.q}» ${r.hits}/${r.relevant} of ${r.returned}`).join(', ')}` : ', every one exactly its relevant clauses'}.`);
  log(`- Chromium, first query «${run.first.q}»: ${run.first.wallMs.toFixed(0)} ms from navigation (${run.first.pageMs.toFixed(1)} ms in page), ${kb(run.first.bytes)} transferred in ${run.first.requests} requests (the files themselves ${kb(run.first.rawBytes)}, gzip-compressed ${kb(run.first.gzipBytes)}; goal ≤ 200 KB: ${run.first.bytes <= 200 * 1024 ? 'met' : 'not met'}).`);
  const ms = q.map((r) => r.ms);
  log(`- Chromium, every query after the first (1-minute load average ${run.load[0].toFixed(1)} at the start, ${run.load[1].toFixed(1)} at the end, ${cpus().length} cores): latency median ${median(ms).toFixed(1)} ms (goal ≤ 150 ms on a quiet machine: ${median(ms) <= 150 ? 'met' : `not met${run.load[0] > 2 || run.load[1] > 2 ? ', the machine not quiet' : ''}`}), p90 ${quantile(ms, 0.9).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms; transferred ${fmt(q.map((r) => r.bytes), kb)} (gzip median ${kb(median(q.map((r) => r.gzipBytes)))}).`);
  log('');
  log('| queries | n | exact (Node) | bytes median | requests median | CPU ms median | latency ms median |');
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const kind of [...new Set(nd.map((r) => r.kind))]) {
    const k = nd.filter((r) => r.kind === kind);
    const kq = q.filter((r) => r.kind === kind);
    log(`| ${kind} | ${k.length} | ${k.filter(isExact).length} | ${kb(median(k.map((r) => r.bytes)))} | ${median(k.map((r) => r.requests))} | ${median(k.map((r) => r.cpuMs)).toFixed(1)} | ${median(kq.map((r) => r.ms)).toFixed(1)} |`);
  }
  return out;
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
  const pageSample = Number(arg('--page-sample', '24'));
  const r5 = await runSite('built site', dist, corpus, queries, () => true);
  runs.push({ ...r5, plans: five, indexBytes: indexSize(dist) });
  console.log(`\n${report(runs[0]!).join('\n')}`);
  if (plans > five) {
    const work = resolve(arg('--work', join(tmpdir(), `policy-compare-search-bench-${plans}`)));
    const t = performance.now();
    const synth = synthesiseSite(root, dist, work, plans, process.argv.includes('--reuse'));
    console.log(`\n(synthesised ${synth.plans} plans in ${work} in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    // Every k-th query paged through in chromium (the Node half has checked every one).
    const every = Math.max(1, Math.floor(queries.length / Math.max(1, pageSample)));
    const rN = await runSite('synthesised', synth.site, synth.clauses.map((c) => ({ url: c.url, text: c.text })), queries, (n) => pageSample > 0 && n % every === 0);
    const run = { ...rN, plans: synth.plans, indexBytes: indexSize(synth.site) };
    runs.push(run);
    const lines = report(run);
    console.log(`\n${lines.join('\n')}`);
    if (synth.plans === 1000 && !process.argv.includes('--no-write')) {
      const date = new Date().toISOString().slice(0, 10);
      const head = [`Generated by \`npm run bench:search -- --plans 1000\` on ${date} (index format ${(JSON.parse(readFileSync(join(synth.site, 'search/idx/manifest.json'), 'utf8')) as Manifest).version}); the seeds' built site in the same run: ${runs[0]!.node.filter(isExact).length} of ${runs[0]!.node.length} queries exact, chromium latency median ${median(runs[0]!.queries.map((r) => r.ms)).toFixed(1)} ms.`, ''];
      writeFileSync('BENCHMARKS.md', replaceSearchSection(readFileSync('BENCHMARKS.md', 'utf8'), [...head, ...lines]));
      console.log('\n(BENCHMARKS.md: search section rewritten)');
    }
    const [a, b] = runs as [SiteRun, SiteRun];
    const growth = (x: number, y: number) => (y / x).toFixed(2);
    console.log(
      `\ngrowth ${a.plans} → ${b.plans} plans (×${(b.plans / a.plans).toFixed(0)} corpus): first query bytes ×${growth(a.first.bytes, b.first.bytes)}, mean query bytes ×${growth(mean(a.queries.map((r) => r.bytes)), mean(b.queries.map((r) => r.bytes)))}, median latency ×${growth(median(a.queries.map((r) => r.ms)), median(b.queries.map((r) => r.ms)))}`,
    );
  }
  const out = process.argv.includes('--json') ? arg('--json', '') : '';
  if (out) writeFileSync(out, JSON.stringify(runs, null, 2));
}

await main();
