/**
 * The search engine run by the search page (and by the tests and the benchmark in Node): exact substring search
 * over folded clause text, answered from positional character-bigram postings.
 *
 * A term of n ≥ 2 folded characters occurs at position p of a clause exactly when, for a set of bigrams covering the
 * term (offsets 0, 2, 4 … and n−2), the bigram at offset k occurs at p + k. So the result set is exact — no
 * candidate is a guess — and clause text is fetched only to show the results on screen. One-character terms use
 * single-character postings.
 */
import { ByteReader, decodeIds, Shard, shardOf, type PostingDoc } from './codec';
import { decodeT2S, foldString, queryTerms } from './fold';
import { matchPlans } from './plans';
import { occurringPieces, type Piece } from './suggest';
import type { ClauseFile, Manifest, ManifestPlan } from './build';

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
  private themeSets: Promise<number[][]> | null = null;
  readonly t2s: Map<string, string>;
  readonly planStarts: number[];

  private constructor(
    readonly manifest: Manifest,
    private readonly fetchBytes: FetchBytes,
  ) {
    this.t2s = decodeT2S(manifest.t2s);
    this.planStarts = manifest.plans.map((p) => p.first);
  }

  static async open(fetchBytes: FetchBytes): Promise<SearchEngine> {
    const manifest = JSON.parse(decoder.decode(await fetchBytes('manifest.json'))) as Manifest;
    return new SearchEngine(manifest, fetchBytes);
  }

  get plans(): readonly ManifestPlan[] {
    return this.manifest.plans;
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

  private async posting(key: string, single: boolean): Promise<PostingDoc[]> {
    const count = single ? this.manifest.unigramShards : this.manifest.bigramShards;
    const shard = await this.shard(single ? 'u' : 'b', shardOf(key, count));
    return shard.posting(key);
  }

  /** Clause → occurrences of one folded term. */
  async matchTerm(chars: readonly string[]): Promise<Map<number, number>> {
    if (chars.length === 1) {
      return new Map((await this.posting(chars[0]!, true)).map((d) => [d.clause, d.positions.length]));
    }
    const head = chars.length > LONG_TERM ? chars.slice(0, LONG_TERM) : chars;
    const offsets = coveringOffsets(head.length);
    const postings = await Promise.all(offsets.map((k) => this.posting(head[k]! + head[k + 1]!, false)));
    const found = phrasePositions(offsets, postings);
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

  /** Plans (manifest indexes) whose title, 文号, issuer, city or kind contain every term of the query. */
  searchPlans(query: string): number[] {
    return matchPlans(this.manifest.plans, this.terms(query).map((t) => t.join('')));
  }

  /** For a query term found nowhere: the longest pieces of it that occur (see suggest.ts). */
  suggest(term: readonly string[]): Promise<Piece[]> {
    return occurringPieces(term, async (chars) => (await this.matchTerm(chars)).size);
  }

  /** For each theme (manifest order), the set of clause numbers tagged with it. */
  themeMembers(): Promise<number[][]> {
    if (!this.themeSets) {
      this.themeSets = this.fetchBytes('themes.bin').then((buf) => {
        const nl = buf.indexOf(0x0a);
        const r = new ByteReader(buf, nl + 1);
        const n = r.varint();
        return Array.from({ length: n }, () => decodeIds(r));
      });
      this.themeSets.catch(() => (this.themeSets = null));
    }
    return this.themeSets;
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
    return new Map(clauses.map((g, i) => [g, { id: files[i]!.id, url: files[i]!.url, pinpoint: files[i]!.pinpoint, text: files[i]!.text }]));
  }
}
