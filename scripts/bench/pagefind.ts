/**
 * `npm run bench:pagefind` — Pagefind, side by side with the project's own engine, on the same clauses and queries.
 *
 * The evidence behind the README's "why our own engine and not Pagefind": every clause of the built site
 * (`dist/data/clauses.json`) is indexed by Pagefind as one custom record (its text, its clause URL, language zh), and
 * the search benchmark's query set (scripts/bench/search-queries.ts: the hand-picked queries and the sampled phrases,
 * with ground truth computed independently of either engine) is run through Pagefind's own browser API in headless
 * chromium. Recall and precision are printed per query kind, beside the figures `npm run bench:search` reports for
 * our engine. Nothing is asserted: it is a measurement.
 *
 * Pagefind is not a dependency of the site (it lost this comparison); install it for the run only:
 *   npm install --no-save pagefind@1.6.0 && npm run bench:pagefind [-- --dist dist --sampled 150]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium';
import { serve } from '../serve';
import { NAMED_QUERIES, relevant, sampledQueries, truthFold, type BenchQuery, type TruthClause } from './search-queries';

interface PagefindIndex {
  addCustomRecord(record: { url: string; content: string; language: string; meta?: Record<string, string> }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}
interface PagefindModule {
  createIndex(config?: { forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<void>;
}

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

async function loadPagefind(): Promise<PagefindModule> {
  const name = 'pagefind'; // a variable, so the type check does not look for a package that is not installed
  try {
    return (await import(name)) as PagefindModule;
  } catch {
    console.error('bench:pagefind: the `pagefind` package is not installed — run `npm install --no-save pagefind@1.6.0` first.');
    process.exit(1);
  }
}

interface Row {
  q: string;
  kind: BenchQuery['kind'];
  relevant: number;
  returned: number;
  hits: number;
}

async function main(): Promise<void> {
  const dist = resolve(arg('--dist', 'dist'));
  const sampled = Number(arg('--sampled', '150'));
  const published = join(dist, 'data/clauses.json');
  if (!existsSync(published)) {
    console.error(`bench:pagefind: ${published} is missing — run \`npm run build\` first.`);
    process.exit(1);
  }
  const corpus = JSON.parse(readFileSync(published, 'utf8')) as TruthClause[];
  const queries = [...NAMED_QUERIES, ...sampledQueries(corpus, sampled)];
  const folded = corpus.map((c) => ({ url: c.url, folded: truthFold(c.text) }));

  const site = mkdtempSync(join(tmpdir(), 'policy-compare-pagefind-'));
  try {
    const pagefind = await loadPagefind();
    const created = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!created.index) throw new Error(`pagefind createIndex: ${created.errors.join('; ')}`);
    for (const c of corpus) {
      const r = await created.index.addCustomRecord({ url: c.url, content: c.text, language: 'zh' });
      if (r.errors.length) throw new Error(`pagefind addCustomRecord ${c.url}: ${r.errors.join('; ')}`);
    }
    const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
    await pagefind.close();
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><title>pagefind bench</title><body></body></html>');

    const server = await serve(site);
    const browser = await launchChromium();
    const rows: Row[] = [];
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      await page.evaluate(async () => {
        const w = window as unknown as { pf: unknown };
        w.pf = await import(`${location.origin}/pagefind/pagefind.js`);
      });
      for (const { q, kind } of queries) {
        const urls = await page.evaluate(async (query) => {
          const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }).pf;
          const r = await pf.search(query);
          return Promise.all(r.results.map(async (x) => (await x.data()).url));
        }, q);
        const got = urls.map((u) => new URL(u, server.url).pathname);
        const want = new Set(relevant(q, folded));
        rows.push({ q, kind, relevant: want.size, returned: got.length, hits: got.filter((u) => want.has(u)).length });
      }
    } finally {
      await browser.close();
      await server.close();
    }
    report(rows, corpus.length);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

function report(rows: readonly Row[], clauses: number): void {
  const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
  const line = (label: string, rs: readonly Row[]) => {
    const present = rs.filter((r) => r.relevant > 0);
    const rel = present.reduce((a, r) => a + r.relevant, 0);
    const hits = rs.reduce((a, r) => a + r.hits, 0);
    const returned = rs.reduce((a, r) => a + r.returned, 0);
    const missed = present.filter((r) => r.hits < r.relevant).length;
    console.log(`| ${label} | ${rs.length} | ${f3(hits / rel)} | ${f3(returned ? hits / returned : NaN)} | ${missed} |`);
  };
  console.log(`Pagefind on ${clauses} clauses, ${rows.length} queries (micro recall and precision; ground truth from scripts/bench/search-queries.ts)\n`);
  console.log('| queries | n | recall | precision | queries missing a relevant clause |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  line('all', rows);
  for (const kind of [...new Set(rows.map((r) => r.kind))]) line(kind, rows.filter((r) => r.kind === kind));
  const none = rows.filter((r) => r.relevant === 0);
  const absent = none.filter((r) => r.kind === 'absent');
  console.log(
    `\nqueries no clause answers: ${none.length} (${absent.length} absent phrases, ${none.length - absent.length} multi-term queries whose terms share no clause); ` +
      `results returned for them: ${none.reduce((a, r) => a + r.returned, 0)} (absent phrases: ${absent.reduce((a, r) => a + r.returned, 0)}), every one a false positive`,
  );
  console.log('\nmisses (first 15):');
  for (const r of rows.filter((x) => x.hits < x.relevant).slice(0, 15)) console.log(`  «${r.q}» (${r.kind}) relevant ${r.relevant}, returned ${r.returned}, correct ${r.hits}`);
}

await main();
