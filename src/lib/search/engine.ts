/**
 * The search engine run by the search page (and by the tests and the benchmark in Node): exact substring search
 * over folded clause text, answered from positional character-bigram postings.
 *
 * A term of n ≥ 2 folded characters occurs at position p of a clause exactly when, for a set of bigrams covering the
 * term (offsets 0, 2, 4 … and n−2), the bigram at offset k occurs at p + k. So the result set is exact — no
 * candidate is a guess — and clause text is fetched only to show the results on screen. One-character terms use
 * single-character postings. Plans are found the same way, from the plan postings stored under the same keys (their
 * metadata, plans.ts), and each hit's themes come from the tag of the posting entry it was found in.
 */
import { docsToColumns, indexIn, lowerBound, Shard, shardOf, type PostingColumns, type PostingDoc } from './codec';
import { decodeT2S, foldString, queryTerms } from './fold';
import { matchPlans, planTerm } from './plans';
import { occurringPieces, type Piece } from './suggest';
import { planFacets, type ClauseFile, type Manifest, type PlanDetails, type PlanFacets, type PlanFile } from './build';

/** Fetch one index file (path relative to the index root) as bytes. */
export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** One clause found. */
export interface Hit {
  /** Global clause number (also its rank: plans newest first, then document order). */
  readonly clause: number;
  /** Index of its plan in the manifest. */
  readonly plan: number;
  /** Occurrences of each query term in the clause (0 where absent; partial hits have some zeros). */
  readonly counts: readonly number[];
}

export interface SearchOutcome {
  /** The folded query terms, as strings. */
  readonly terms: string[];
  /** Clauses containing every term, in rank order. */
  readonly exact: Hit[];
  /** Clauses containing some but not all terms (only for queries of two or more terms), in rank order. */
  readonly partial: Hit[];
}

/** Display data of one clause. */
export interface ClauseData {
  readonly id: string;
  readonly url: string;
  readonly pinpoint: string;
  readonly text: string;
  /** The title of its plan. */
  readonly planTitle: string;
}

const decoder = new TextDecoder();

/** Covering offsets of a term of length n ≥ 2: every second bigram, plus the last one. */
export function coveringOffsets(n: number): number[] {
  const offsets: number[] = [];
  for (let k = 0; k <= n - 2; k += 2) offsets.push(k);
  if (offsets[offsets.length - 1] !== n - 2) offsets.push(n - 2);
  return offsets;
}

/**
 * Where a term occurs, from the postings of its covering bigrams (given in `coveringOffsets` order).
 * Returns document → sorted start positions (overlapping occurrences included).
 *
 * Driven by the rarest bigram: the others are walked alongside it (their documents are sorted, so each is searched
 * from where the last search stopped, by bisection), and an entry's positions are checked by bisection too, so a
 * common bigram costs a few comparisons per candidate and no table of its own.
 */
export function phrasePositions(offsets: readonly number[], postings: readonly PostingColumns[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  if (postings.some((p) => p.docs.length === 0)) return found;
  let driver = 0;
  postings.forEach((p, i) => {
    if (p.docs.length < postings[driver]!.docs.length) driver = i;
  });
  const d = postings[driver]!;
  const others = postings.map((_, i) => i).filter((i) => i !== driver);
  /** Per other posting: where its search resumes. */
  const from = new Int32Array(postings.length);
  /** Per other posting: the entry of the current candidate. */
  const entry = new Int32Array(postings.length);
  for (let e = 0; e < d.docs.length; e++) {
    const doc = d.docs[e]!;
    let all = true;
    for (const i of others) {
      const o = postings[i]!;
      const at = lowerBound(o.docs, doc, from[i]!);
      from[i] = at;
      if (at >= o.docs.length || o.docs[at] !== doc) {
        all = false;
        if (at >= o.docs.length) e = d.docs.length; // this posting has nothing further: no later candidate can match
        break;
      }
      entry[i] = at;
    }
    if (!all) continue;
    const starts: number[] = [];
    for (let k = d.starts[e]!; k < d.starts[e + 1]!; k++) {
      const p = d.positions[k]! - offsets[driver]!;
      if (p < 0) continue;
      let every = true;
      for (const i of others) {
        const o = postings[i]!;
        if (indexIn(o.positions, p + offsets[i]!, o.starts[entry[i]!]!, o.starts[entry[i]! + 1]!) < 0) {
          every = false;
          break;
        }
      }
      if (every) starts.push(p);
    }
    if (starts.length > 0) found.set(doc, starts);
  }
  return found;
}

/** Clause → number of occurrences, from the postings (as entries) of a term's covering bigrams. */
export function intersectPhrase(offsets: readonly number[], postings: readonly (readonly PostingDoc[])[]): Map<number, number> {
  return new Map([...phrasePositions(offsets, postings.map((p) => docsToColumns(p)))].map(([c, ps]) => [c, ps.length]));
}

/**
 * Terms longer than this (a pasted sentence) are looked up by their first LONG_TERM characters only, so a long query
 * never fetches most of the index. The candidates are then verified whichever way costs fewer files: on their clause
 * text (one file each, and the first page's are shown anyway) when they are few, else by the bigrams covering the
 * rest of the term (one shard each). A sentence that recurs in many plans (at 1,000 synthesised plans, 200–400
 * candidates) cost 208–408 requests when every candidate's text was fetched.
 */
export const LONG_TERM = 16;

/**
 * Decoded postings kept for later queries (the oldest dropped first): a reader's session of queries reuses its common
 * bigrams' postings without holding every posting it ever decoded (typed arrays about 4× their bytes).
 */
export const POSTING_CACHE = 256;

/** Index of the last element of a sorted array that is ≤ value. */
export function floorIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Combine per-term results: exact = every term present; partial = some, not all (only with ≥ 2 terms, and only
 * clauses holding at least one term of two or more characters — a lone character is not a match worth listing).
 */
export function combineTerms(
  perTerm: readonly Map<number, number>[],
  planStarts: readonly number[],
  termLengths: readonly number[] = perTerm.map(() => 2),
): Pick<SearchOutcome, 'exact' | 'partial'> {
  const all = new Set<number>();
  for (const m of perTerm) for (const c of m.keys()) all.add(c);
  const exact: Hit[] = [];
  const partial: Hit[] = [];
  for (const clause of [...all].sort((a, b) => a - b)) {
    const counts = perTerm.map((m) => m.get(clause) ?? 0);
    const hit: Hit = { clause, plan: floorIndex(planStarts, clause), counts };
    if (counts.every((n) => n > 0)) exact.push(hit);
    else if (counts.some((n, i) => n > 0 && termLengths[i]! >= 2)) partial.push(hit);
  }
  return { exact, partial };
}

export class SearchEngine {
  private readonly shards = new Map<string, Promise<Shard>>();
  /** Decoded postings by key ("c" or "p", then the key), so that no query decodes a posting twice. */
  private readonly postings = new Map<string, Promise<PostingColumns>>();
  private readonly texts = new Map<string, Promise<ClauseFile>>();
  private readonly planFiles = new Map<string, Promise<PlanFile>>();
  /** Clause → its theme set's number, from every clause posting decoded so far (so from every hit). */
  private readonly tags = new Map<number, number>();
  readonly t2s: Map<string, string>;
  readonly planStarts: number[];
  /** Every plan's facets, in ranking order. */
  readonly plans: readonly PlanFacets[];

  private constructor(
    readonly manifest: Manifest,
    private readonly fetchBytes: FetchBytes,
  ) {
    this.t2s = decodeT2S(manifest.t2s);
    this.plans = planFacets(manifest.plans);
    this.planStarts = this.plans.map((p) => p.first);
  }

  static async open(fetchBytes: FetchBytes): Promise<SearchEngine> {
    const manifest = JSON.parse(decoder.decode(await fetchBytes('manifest.json'))) as Manifest;
    return new SearchEngine(manifest, fetchBytes);
  }

  /** The folded terms of a query (whitespace separates terms; traditional → simplified). */
  terms(query: string): string[][] {
    return queryTerms(query, this.t2s);
  }

  /** A promise made once and kept in `cache` under `key` (forgotten if it fails, to be tried again). */
  private once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
    let f = cache.get(key);
    if (!f) {
      f = make();
      f.catch(() => cache.delete(key));
      cache.set(key, f);
    }
    return f;
  }

  /** One index file, fetched once and kept in `cache` under its path. */
  private fetchOnce<T>(cache: Map<string, Promise<T>>, path: string, read: (buf: Uint8Array) => T): Promise<T> {
    return this.once(cache, path, () => this.fetchBytes(path).then(read));
  }

  private shard(dir: 'b' | 'u', n: number): Promise<Shard> {
    return this.fetchOnce(this.shards, `${dir}/${n}.bin`, (buf) => new Shard(buf));
  }

  private keyShard(key: string): Promise<Shard> {
    const single = [...key].length === 1;
    const count = single ? this.manifest.unigramShards : this.manifest.bigramShards;
    return this.shard(single ? 'u' : 'b', shardOf(key, count));
  }

  /** A key's clause ("c") or plan ("p") posting, decoded once. */
  private cached(kind: 'c' | 'p', key: string): Promise<PostingColumns> {
    const p = this.once(this.postings, kind + key, () => this.keyShard(key).then((s) => (kind === 'c' ? s.columns(key) : s.planColumns(key))));
    for (const old of this.postings.keys()) {
      if (this.postings.size <= POSTING_CACHE) break;
      this.postings.delete(old);
    }
    return p;
  }

  /** How many decoded postings are kept (at most POSTING_CACHE). */
  get cachedPostings(): number {
    return this.postings.size;
  }

  /** The clauses holding a key (one character or a bigram). */
  private posting(key: string): Promise<PostingColumns> {
    return this.cached('c', key);
  }

  /** The plans whose metadata holds a key. */
  private planPosting(key: string): Promise<PostingColumns> {
    return this.cached('p', key);
  }

  /**
   * Documents → start positions of a term, from the postings of its covering bigrams (the term's first LONG_TERM
   * characters); `tags` records the theme set of each clause found.
   */
  private async locate(head: readonly string[], posting: (key: string) => Promise<PostingColumns>, tags = false): Promise<Map<number, number[]>> {
    const keys = head.length === 1 ? [head[0]!] : coveringOffsets(head.length).map((k) => head[k]! + head[k + 1]!);
    const cols = await Promise.all(keys.map(posting));
    let found: Map<number, number[]>;
    if (head.length === 1) {
      const c = cols[0]!;
      found = new Map(Array.from(c.docs, (doc, i) => [doc, Array.from(c.positions.subarray(c.starts[i]!, c.starts[i + 1]!))]));
    } else found = phrasePositions(coveringOffsets(head.length), cols);
    const first = cols[0]!;
    if (tags && first.tags) for (const doc of found.keys()) this.tags.set(doc, first.tags[indexIn(first.docs, doc)]!);
    return found;
  }

  /** Clause → occurrences of one folded term. */
  async matchTerm(chars: readonly string[]): Promise<Map<number, number>> {
    const head = chars.length > LONG_TERM ? chars.slice(0, LONG_TERM) : chars;
    if (head === chars && chars.length <= 2) {
      // One key: its entries are the answer, counted without listing positions.
      const c = await this.posting(chars.join(''));
      const counts = new Map<number, number>();
      for (let i = 0; i < c.docs.length; i++) {
        counts.set(c.docs[i]!, c.starts[i + 1]! - c.starts[i]!);
        this.tags.set(c.docs[i]!, c.tags?.[i] ?? 0);
      }
      return counts;
    }
    const found = await this.locate(head, (key) => this.posting(key), true);
    if (head === chars) return new Map([...found].map(([c, ps]) => [c, ps.length]));
    const headKeys = new Set(coveringOffsets(head.length).map((k) => head[k]! + head[k + 1]!));
    const restKeys = new Set(coveringOffsets(chars.length).map((k) => chars[k]! + chars[k + 1]!).filter((key) => !headKeys.has(key)));
    if (found.size > restKeys.size) {
      // Many candidates: the whole term's covering bigrams (the head's are decoded already) settle it exactly.
      return new Map([...(await this.locate(chars, (key) => this.posting(key), true))].map(([c, ps]) => [c, ps.length]));
    }
    // Verify the whole term at each candidate position on the folded clause text.
    const texts = await this.clauseData([...found.keys()]);
    const counts = new Map<number, number>();
    for (const [clause, starts] of found) {
      const folded = [...foldString(texts.get(clause)!.text)];
      const n = starts.filter((p) => chars.every((ch, j) => folded[p + j] === ch)).length;
      if (n > 0) counts.set(clause, n);
    }
    return counts;
  }

  /** Run a query. */
  async search(query: string): Promise<SearchOutcome> {
    const terms = this.terms(query);
    const perTerm = await Promise.all(terms.map((t) => this.matchTerm(t)));
    return { terms: terms.map((t) => t.join('')), ...combineTerms(perTerm, this.planStarts, terms.map((t) => t.length)) };
  }

  /** Plans whose metadata holds one folded term (see plans.ts); a long term's candidates verified on the facts. */
  private async matchPlanTerm(term: string): Promise<Set<number>> {
    const chars = [...planTerm(term)];
    const head = chars.length > LONG_TERM ? chars.slice(0, LONG_TERM) : chars;
    const found = [...(await this.locate(head, (key) => this.planPosting(key))).keys()];
    if (head === chars) return new Set(found);
    const details = await this.planDetails(found);
    return new Set(found.filter((i) => matchPlans([{ ...this.plans[i]!, ...details.get(i)! }], [term]).length > 0));
  }

  /** Plans (indexes in ranking order) whose title, 文号, issuer, city, label or kind contain every term of the query. */
  async searchPlans(query: string): Promise<number[]> {
    const terms = this.terms(query).map((t) => t.join(''));
    if (terms.length === 0) return [];
    const sets = await Promise.all(terms.map((t) => this.matchPlanTerm(t)));
    return [...sets[0]!].filter((i) => sets.every((s) => s.has(i))).sort((a, b) => a - b);
  }

  private planFile(k: number): Promise<PlanFile> {
    return this.fetchOnce(this.planFiles, `p/${k}.json`, (buf) => JSON.parse(decoder.decode(buf)) as PlanFile);
  }

  /** Url, title, 文号 and issuer of the given plans (one small file per PLAN_CHUNK plans). */
  async planDetails(plans: readonly number[]): Promise<Map<number, PlanDetails>> {
    const chunk = this.manifest.planChunk;
    const files = await Promise.all(plans.map((i) => this.planFile(Math.floor(i / chunk))));
    return new Map(plans.map((i, n) => [i, files[n]!.plans[i % chunk]!]));
  }

  /** For a query term found nowhere: the longest pieces of it that occur (see suggest.ts). */
  suggest(term: readonly string[]): Promise<Piece[]> {
    return occurringPieces(term, async (chars) => (await this.matchTerm(chars)).size);
  }

  /** The themes (indexes into manifest.themes) of a clause found by a query: known from the postings it was found in. */
  themesOf(clause: number): readonly number[] {
    return this.manifest.themeSets[this.tags.get(clause) ?? 0] ?? [];
  }

  private clauseFile(g: number): Promise<ClauseFile> {
    return this.fetchOnce(this.texts, `t/${g}.json`, (buf) => JSON.parse(decoder.decode(buf)) as ClauseFile);
  }

  /** Display data for the given clauses (fetches one small file per clause not yet loaded). */
  async clauseData(clauses: readonly number[]): Promise<Map<number, ClauseData>> {
    const files = await Promise.all(clauses.map((g) => this.clauseFile(g)));
    return new Map(clauses.map((g, i) => {
      const f = files[i]!;
      return [g, { id: f.id, url: f.url, pinpoint: f.pinpoint, text: f.text, planTitle: f.planTitle }];
    }));
  }
}
