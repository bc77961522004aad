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
import { Shard, shardOf, type PostingDoc } from './codec';
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
 * Returns clause → sorted start positions (overlapping occurrences included).
 */
export function phrasePositions(offsets: readonly number[], postings: readonly (readonly PostingDoc[])[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  if (postings.some((p) => p.length === 0)) return found;
  // Drive by the rarest bigram; look the others up per clause.
  let driver = 0;
  postings.forEach((p, i) => {
    if (p.length < postings[driver]!.length) driver = i;
  });
  const others = postings.map((p, i) => (i === driver ? null : new Map(p.map((d) => [d.clause, d.positions]))));
  for (const doc of postings[driver]!) {
    const sets: Array<[number, Set<number>]> = [];
    let missing = false;
    for (let i = 0; i < postings.length; i++) {
      if (i === driver) continue;
      const positions = others[i]!.get(doc.clause);
      if (!positions) {
        missing = true;
        break;
      }
      sets.push([offsets[i]!, new Set(positions)]);
    }
    if (missing) continue;
    const starts: number[] = [];
    for (const q of doc.positions) {
      const p = q - offsets[driver]!;
      if (p < 0) continue;
      if (sets.every(([k, s]) => s.has(p + k))) starts.push(p);
    }
    if (starts.length > 0) found.set(doc.clause, starts);
  }
  return found;
}

/** Clause → number of occurrences, from the postings of a term's covering bigrams. */
export function intersectPhrase(offsets: readonly number[], postings: readonly (readonly PostingDoc[])[]): Map<number, number> {
  return new Map([...phrasePositions(offsets, postings)].map(([c, ps]) => [c, ps.length]));
}

/**
 * Terms longer than this (a pasted sentence) are looked up by their first LONG_TERM characters only, and the few
 * candidates are then verified on the clause text, so a long query never fetches most of the index.
 */
export const LONG_TERM = 16;

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
  private readonly texts = new Map<number, Promise<ClauseFile>>();
  private readonly planFiles = new Map<number, Promise<PlanFile>>();
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

  private shard(dir: 'b' | 'u', n: number): Promise<Shard> {
    const path = `${dir}/${n}.bin`;
    let s = this.shards.get(path);
    if (!s) {
      s = this.fetchBytes(path).then((buf) => new Shard(buf));
      s.catch(() => this.shards.delete(path));
      this.shards.set(path, s);
    }
    return s;
  }

  private keyShard(key: string): Promise<Shard> {
    const single = [...key].length === 1;
    const count = single ? this.manifest.unigramShards : this.manifest.bigramShards;
    return this.shard(single ? 'u' : 'b', shardOf(key, count));
  }

  /** The clauses holding a key (one character or a bigram). */
  private async posting(key: string): Promise<PostingDoc[]> {
    const docs = (await this.keyShard(key)).posting(key);
    for (const d of docs) this.tags.set(d.clause, d.tag ?? 0);
    return docs;
  }

  /** The plans whose metadata holds a key. */
  private async planPosting(key: string): Promise<PostingDoc[]> {
    return (await this.keyShard(key)).planPosting(key);
  }

  /** Documents → start positions of a term, from the postings of its covering bigrams (the term's first LONG_TERM characters). */
  private async locate(head: readonly string[], posting: (key: string) => Promise<PostingDoc[]>): Promise<Map<number, number[]>> {
    if (head.length === 1) return new Map((await posting(head[0]!)).map((d) => [d.clause, [...d.positions]]));
    const offsets = coveringOffsets(head.length);
    return phrasePositions(offsets, await Promise.all(offsets.map((k) => posting(head[k]! + head[k + 1]!))));
  }

  /** Clause → occurrences of one folded term. */
  async matchTerm(chars: readonly string[]): Promise<Map<number, number>> {
    const head = chars.length > LONG_TERM ? chars.slice(0, LONG_TERM) : chars;
    const found = await this.locate(head, (key) => this.posting(key));
    if (head === chars) return new Map([...found].map(([c, ps]) => [c, ps.length]));
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
    let f = this.planFiles.get(k);
    if (!f) {
      f = this.fetchBytes(`p/${k}.json`).then((buf) => JSON.parse(decoder.decode(buf)) as PlanFile);
      f.catch(() => this.planFiles.delete(k));
      this.planFiles.set(k, f);
    }
    return f;
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
    let c = this.texts.get(g);
    if (!c) {
      c = this.fetchBytes(`t/${g}.json`).then((buf) => JSON.parse(decoder.decode(buf)) as ClauseFile);
      c.catch(() => this.texts.delete(g));
      this.texts.set(g, c);
    }
    return c;
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
