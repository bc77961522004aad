/**
 * The search benchmark's Node half: every query run through the real engine (src/lib/search/engine.ts) over a site's
 * index files on disk, doing what the search page does for a query (clause and plan search, the facet counts, the
 * first page of results and of plans, suggestions when nothing matches), and
 * - checked for exactness: the full result set (every hit, not a page of it) against brute force over the clause
 *   texts (search-queries.ts: the ground truth, computed without the engine), the URLs as the index's own clause
 *   records give them; and the partial group (some terms, not all) likewise;
 * - measured without depending on the machine's load: bytes and requests a fresh page would fetch for the query
 *   (the manifest apart: the first query pays for it), and the engine's CPU time (process.cpuUsage, user + system).
 * Chromium (search.ts) then only measures latency and pages through the results of a sample of the queries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchEngine } from '~/lib/search/engine';
import { emptySelection, facetCounts } from '~/lib/search/facets';
import { relevant, truthFold, truthTerms, type BenchQuery, type TruthClause } from './search-queries';

/** Results the page shows at once (src/lib/search/client.ts PAGE_SIZE). */
const PAGE = 50;

export interface NodeQueryRun {
  readonly q: string;
  readonly kind: BenchQuery['kind'];
  /** Relevant clauses (ground truth) and what the engine returned (exact group). */
  readonly relevant: number;
  readonly returned: number;
  /** Returned and relevant. */
  readonly correct: number;
  /** Partial group (some terms, not all; ≥ 2 terms only): ground truth and returned, and whether they agree. */
  readonly partialRelevant: number;
  readonly partialReturned: number;
  readonly partialExact: boolean;
  /** Index bytes and requests a page with only the manifest loaded fetches for this query. */
  readonly bytes: number;
  readonly requests: number;
  /** Engine CPU milliseconds (user + system) for the query, index files already in memory. */
  readonly cpuMs: number;
  /** The index files fetched for the query. */
  readonly paths: readonly string[];
}

/** Index files of a site read once from disk, served from memory (so CPU time is the engine's, not the disk's). */
function fileStore(siteRoot: string): (path: string) => Uint8Array {
  const cache = new Map<string, Uint8Array>();
  return (path) => {
    let b = cache.get(path);
    if (!b) cache.set(path, (b = new Uint8Array(readFileSync(join(siteRoot, 'search/idx', path)))));
    return b;
  };
}

/** Clauses with ≥ 1 term of ≥ 2 characters but not every term (the page's 部分匹配 group), by brute force. */
function partialTruth(q: string, corpus: readonly { url: string; folded: string }[]): string[] {
  const terms = truthTerms(q);
  if (terms.length < 2) return [];
  return corpus
    .filter((c) => {
      const has = terms.map((t) => c.folded.includes(t));
      return !has.every(Boolean) && has.some((h, i) => h && [...terms[i]!].length >= 2);
    })
    .map((c) => c.url);
}

/** Run every query in Node over the index of `siteRoot`; `onProgress` is told every 50 queries. */
export async function runNode(siteRoot: string, corpus: readonly TruthClause[], queries: readonly BenchQuery[], onProgress?: (n: number) => void): Promise<NodeQueryRun[]> {
  const read = fileStore(siteRoot);
  const folded = corpus.map((c) => ({ url: c.url, folded: truthFold(c.text) }));
  // Reads clause records for the check; its fetches are not counted.
  const reader = await SearchEngine.open(async (p) => read(p));
  const runs: NodeQueryRun[] = [];
  for (const [n, { q, kind }] of queries.entries()) {
    if (n % 50 === 0) onProgress?.(n);
    let bytes = 0;
    let requests = 0;
    let counting = false;
    const paths: string[] = [];
    const eng = await SearchEngine.open(async (path) => {
      const b = read(path);
      if (counting) {
        bytes += b.length;
        requests++;
        paths.push(path);
      }
      return b;
    });
    const c0 = process.cpuUsage();
    counting = true;
    const [outcome, plans] = await Promise.all([eng.search(q), eng.searchPlans(q)]);
    await eng.planDetails(plans.slice(0, PAGE));
    facetCounts(outcome.exact, emptySelection(), { plans: eng.plans, themes: eng.manifest.themes, themesOf: (c) => eng.themesOf(c) });
    await eng.clauseData(outcome.exact.slice(0, PAGE).map((h) => h.clause));
    if (outcome.exact.length === 0 && plans.length === 0) await Promise.all(eng.terms(q).map((t) => eng.suggest(t)));
    const cu = process.cpuUsage(c0);
    const urlsOf = async (hits: readonly { clause: number }[]) => [...(await reader.clauseData(hits.map((h) => h.clause))).values()].map((d) => d.url);
    const got = await urlsOf(outcome.exact);
    const want = new Set(relevant(q, folded));
    const gotPartial = new Set(await urlsOf(outcome.partial));
    const wantPartial = partialTruth(q, folded);
    runs.push({
      q,
      kind,
      relevant: want.size,
      returned: got.length,
      correct: new Set(got.filter((u) => want.has(u))).size,
      partialRelevant: wantPartial.length,
      partialReturned: outcome.partial.length,
      partialExact: gotPartial.size === outcome.partial.length && wantPartial.length === gotPartial.size && wantPartial.every((u) => gotPartial.has(u)),
      bytes,
      requests,
      cpuMs: (cu.user + cu.system) / 1000,
      paths,
    });
  }
  return runs;
}

/** Whether a query's exact group is exactly its relevant set (and its partial group exactly the partial truth). */
export const isExact = (r: NodeQueryRun): boolean => r.correct === r.relevant && r.returned === r.relevant && r.partialExact;
