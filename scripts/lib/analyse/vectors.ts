/**
 * TF-IDF over the corpus (documents = clauses) for keywords per clause and cosine similarity between clauses of
 * different plans; weighted log-odds for what each plan emphasises. Pure functions over token lists; all outputs sorted and rounded for deterministic JSON.
 */
import { compareStrings } from '~/lib/order';

export type Vector = Map<string, number>;

/** Rounds to `digits` decimals (stable JSON numbers). */
export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

const byWeightThenWord = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || compareStrings(a[0], b[0]);

/** Inverse document frequency: ln((1 + N) / (1 + df)) + 1 (smoothed, always > 0). */
export function idf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return new Map([...df].map(([w, d]) => [w, Math.log((1 + n) / (1 + d)) + 1]));
}

/** Raw TF-IDF weights of one document (tf = raw count × idf), not normalised. */
export function tfidfWeights(doc: string[], idfs: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const w of doc) v.set(w, (v.get(w) ?? 0) + (idfs.get(w) ?? 1));
  return v;
}

/** L2-normalised copy of a vector (the zero vector stays zero). */
export function normalise(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1;
  return new Map([...v].map(([w, x]) => [w, x / norm]));
}

/** L2-normalised TF-IDF vector of one document (tf = raw count). */
export function tfidf(doc: string[], idfs: Map<string, number>): Vector {
  return normalise(tfidfWeights(doc, idfs));
}

/** Cosine of two L2-normalised vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/** The k heaviest words of a vector, ties broken by the word. */
export function topWords(v: Vector, k: number): Array<{ word: string; weight: number }> {
  return [...v]
    .sort(byWeightThenWord)
    .slice(0, k)
    .map(([word, weight]) => ({ word, weight: round(weight) }));
}

/** How often each word occurs in a list of token lists. */
export function wordCounts(docs: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const w of doc) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

export interface DistinctiveOptions {
  /** Size of the prior, in pseudo-tokens shaped like the whole corpus: the larger, the more evidence a word needs. */
  prior: number;
  /** Smallest z-score kept (1.96: the group says the word more often than the rest, at the 5 % level). */
  minZ: number;
  /** Most words returned. */
  k: number;
}

/**
 * The words a group of texts (one plan) says distinctly more often than the rest of the corpus: the weighted
 * log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"). For word w
 * with count y in the group (n tokens) and y' in the rest (n' tokens), and prior α_w = prior × (share of w in the
 * corpus): δ = ln((y+α_w)/(n+prior−y−α_w)) − ln((y'+α_w)/(n'+prior−y'−α_w)), z = δ / √(1/(y+α_w) + 1/(y'+α_w)).
 * Words every plan uses at the same rate (企业, 数据) come out near 0; a word said once, even by this plan alone, has
 * too little evidence to reach minZ. Returns {word, weight: z, count: y}, highest z first, ties by word.
 */
export function distinctiveWords(
  group: ReadonlyMap<string, number>,
  corpus: ReadonlyMap<string, number>,
  { prior, minZ, k }: DistinctiveOptions,
): Array<{ word: string; weight: number; count: number }> {
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, x) => a + x, 0);
  const total = sum(corpus);
  const n = sum(group);
  const rest = total - n;
  const scored: Array<[string, number, number]> = [];
  for (const [w, y] of group) {
    const all = corpus.get(w) ?? y;
    const yRest = all - y;
    const a = (prior * all) / total;
    const delta = Math.log((y + a) / (n + prior - y - a)) - Math.log((yRest + a) / (rest + prior - yRest - a));
    const z = delta / Math.sqrt(1 / (y + a) + 1 / (yRest + a));
    if (z >= minZ) scored.push([w, z, y]);
  }
  return scored
    .sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]))
    .slice(0, k)
    .map(([word, z, count]) => ({ word, weight: round(z, 2), count }));
}

/** Character 4-grams of a text without whitespace/punctuation, for near-verbatim detection. */
export function shingles(text: string, n = 4): Set<string> {
  const t = text.replace(/[\s\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i += 1) out.add(t.slice(i, i + n));
  return out;
}

/** Share of the smaller text's shingles found in the other (containment): 1 = one text copies the other. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let hit = 0;
  for (const s of small) if (large.has(s)) hit += 1;
  return hit / small.size;
}

/**
 * How far under the threshold an accumulated dot product may fall and still be re-checked with `cosine`: the index
 * sums the same products in another order, which can move the last bits (~1e-16), never this much.
 */
export const RECHECK_MARGIN = 1e-9;

/** Options of CosineIndex.near. */
export interface NearOptions {
  /** Leave out vector j (e.g. a clause of the same plan) before anything else. */
  skip?: (j: number) => boolean;
  /**
   * Only a pool that surely holds the `top` best once each is re-checked and its score rounded to 3 decimals (the
   * published scores): the vectors whose dot product is within TOP_MARGIN of the top-th largest, not every one over
   * `minScore`. Ties on the rounded score are all kept, so the caller's own tie-break decides.
   */
  top?: number;
}

/**
 * How far under the top-th largest dot product a vector may be and still be among the `top` best once scores are
 * re-checked and rounded to 3 decimals: rounding moves a score by ≤ 0.0005 either way (0.001 between two scores),
 * and the re-check by ≤ RECHECK_MARGIN; kept at twice that.
 */
export const TOP_MARGIN = 0.002;

/** An inverted index (term → vectors holding it, with their weights) over L2-normalised vectors. */
export interface CosineIndex {
  /**
   * The indices j ≠ i (ascending) whose cosine with vector i may reach `minScore`: a superset of the pairs that reach
   * it (dot products within RECHECK_MARGIN under it are kept), so the caller re-checks each with `cosine` and gets
   * exactly what comparing every pair would give. With `top`, only the pool that can hold the best `top` (NearOptions).
   */
  near(i: number, minScore: number, options?: NearOptions): number[];
}

/**
 * The index of `vectors`: the cost of `near` is the postings of i's terms (Σ df over them), not n. Only for a positive
 * `minScore` (vectors sharing no term have cosine 0 and are never candidates).
 */
export function cosineIndex(vectors: readonly Vector[]): CosineIndex {
  const termIds = new Map<string, number>();
  const postingDocs: number[][] = [];
  const postingWeights: number[][] = [];
  vectors.forEach((v, i) => {
    for (const [w, x] of v) {
      let t = termIds.get(w);
      if (t === undefined) {
        t = postingDocs.length;
        termIds.set(w, t);
        postingDocs.push([]);
        postingWeights.push([]);
      }
      postingDocs[t].push(i);
      postingWeights[t].push(x);
    }
  });
  const docs = postingDocs.map((d) => Int32Array.from(d));
  const weights = postingWeights.map((w) => Float64Array.from(w));
  const dot = new Float64Array(vectors.length);
  const touched = new Uint8Array(vectors.length);
  return {
    near(i, minScore, { skip, top } = {}) {
      if (!(minScore > RECHECK_MARGIN)) throw new Error(`cosine candidates: minScore must be positive, got ${minScore}`);
      const floor = minScore - RECHECK_MARGIN;
      const seen: number[] = [];
      for (const [w, x] of vectors[i]) {
        const t = termIds.get(w)!;
        const ds = docs[t];
        const ws = weights[t];
        for (let k = 0; k < ds.length; k += 1) {
          const j = ds[k];
          dot[j] += x * ws[k];
          if (!touched[j]) {
            touched[j] = 1;
            seen.push(j);
          }
        }
      }
      let out: number[] = [];
      for (const j of seen) {
        if (j !== i && dot[j] >= floor && !skip?.(j)) out.push(j);
      }
      if (top !== undefined && out.length > top) {
        const best = Float64Array.from(out, (j) => dot[j]).sort().reverse();
        const kth = best[top - 1];
        // Near the threshold some of the best may fail the re-check: then every candidate stays.
        if (kth - RECHECK_MARGIN >= minScore) out = out.filter((j) => dot[j] >= kth - TOP_MARGIN);
      }
      for (const j of seen) {
        dot[j] = 0;
        touched[j] = 0;
      }
      return out.sort((a, b) => a - b);
    },
  };
}

/** Every vector's candidates (CosineIndex.near without `top`), for all at once. */
export function cosineCandidates(vectors: readonly Vector[], minScore: number): number[][] {
  if (!(minScore > RECHECK_MARGIN)) throw new Error(`cosineCandidates: minScore must be positive, got ${minScore}`);
  const index = cosineIndex(vectors);
  return vectors.map((_, i) => index.near(i, minScore));
}
