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

/**
 * `cosine` of one vector with many, bit for bit (the same products summed in the same order: the smaller vector's
 * words in its order, the larger's first when both are the same size), over typed arrays: the vectors' words as
 * numbers and the one vector's weights spread over a dense array, instead of a Map look-up by string per word.
 * `from(i)` chooses the one vector, `to(j)` scores vectors[j] against it.
 */
export function cosineScorer(vectors: readonly Vector[]): CosineScorer {
  return scorerOf(termVectors(vectors));
}

/** Scores one vector (`from`) against others (`to`), as `cosine` does (cosineScorer). */
export interface CosineScorer {
  from(i: number): void;
  to(j: number): number;
}

/** Vectors with their words as numbers (the order words are first met in, vector by vector), each in its own order. */
interface TermVectors {
  /** How many different words. */
  terms: number;
  ids: Int32Array[];
  weights: Float64Array[];
}

function termVectors(vectors: readonly Vector[]): TermVectors {
  const termIds = new Map<string, number>();
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const v of vectors) {
    ids.push(Int32Array.from(v.keys(), (w) => {
      let t = termIds.get(w);
      if (t === undefined) termIds.set(w, (t = termIds.size));
      return t;
    }));
    weights.push(Float64Array.from(v.values()));
  }
  return { terms: termIds.size, ids, weights };
}

function scorerOf({ terms, ids, weights }: TermVectors): CosineScorer {
  const mine = new Float64Array(terms);
  const theirs = new Float64Array(terms);
  const has = new Uint8Array(terms);
  let from = -1;
  const spread = (i: number) => {
    for (let k = 0; k < ids[i].length; k += 1) {
      mine[ids[i][k]] = weights[i][k];
      has[ids[i][k]] = 1;
    }
  };
  const clear = (i: number) => {
    for (const t of ids[i]) {
      mine[t] = 0;
      has[t] = 0;
    }
  };
  /** Σ over `small`'s words in its order of its weight × the other's, where the other has the word (`present`). */
  const sum = (small: number, other: Float64Array, present: Uint8Array) => {
    const ts = ids[small];
    const ws = weights[small];
    let dot = 0;
    for (let k = 0; k < ts.length; k += 1) if (present[ts[k]]) dot += ws[k] * other[ts[k]];
    return dot;
  };
  const hasTheirs = new Uint8Array(terms);
  return {
    from(i) {
      if (from >= 0) clear(from);
      from = i;
      spread(i);
    },
    to(j) {
      const i = from;
      if (ids[i].length <= ids[j].length) {
        // cosine(a, b) walks a, the smaller (a when both are the same size), and looks each word up in b.
        const ts = ids[j];
        const ws = weights[j];
        for (let k = 0; k < ts.length; k += 1) {
          theirs[ts[k]] = ws[k];
          hasTheirs[ts[k]] = 1;
        }
        const dot = sum(i, theirs, hasTheirs);
        for (const t of ts) {
          theirs[t] = 0;
          hasTheirs[t] = 0;
        }
        return dot;
      }
      return sum(j, mine, has);
    },
  };
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
  /** With `top`: how many postings the first look reads (PROBE_POSTINGS; tests set it low to make the look short). */
  probe?: number;
}

/**
 * How far under the top-th largest dot product a vector may be and still be among the `top` best once scores are
 * re-checked and rounded to 3 decimals: rounding moves a score by ≤ 0.0005 either way (0.001 between two scores),
 * and the re-check by ≤ RECHECK_MARGIN; kept at twice that.
 */
export const TOP_MARGIN = 0.002;

/**
 * How many postings the first look at a clause's rarest terms reads (at least its rarest term's, whatever their
 * number) to find a first lower bound on its `top`-th best score (NearOptions.top).
 */
export const PROBE_POSTINGS = 512;
/** How many of the vectors that first look finds, by their partial dot products, are scored exactly for that bound. */
export const PROBE_SCORED = 32;

/** Added under the square root of a vector's remaining norm (1 − Σ of squared weights, which rounding can push below 0). */
const UNIT_SLACK = 1e-9;

/** An inverted index (term → vectors holding it, with their weights) over L2-normalised vectors. */
export interface CosineIndex {
  /**
   * The indices j ≠ i (ascending) whose cosine with vector i may reach `minScore`: a superset of the pairs that reach
   * it (dot products within RECHECK_MARGIN under it are kept), so the caller re-checks each with `cosine` and gets
   * exactly what comparing every pair would give. With `top`, only the pool that can hold the best `top` (NearOptions).
   */
  near(i: number, minScore: number, options?: NearOptions): number[];
  /** A scorer over the same vectors (cosineScorer), sharing the index's words as numbers. */
  scorer(): CosineScorer;
}

/** Dot product of two vectors given as ascending term ids with their weights (a merge of the two lists). */
function sortedDot(ai: Int32Array, aw: Float64Array, bi: Int32Array, bw: Float64Array): number {
  let p = 0;
  let q = 0;
  let dot = 0;
  while (p < ai.length && q < bi.length) {
    const x = ai[p];
    const y = bi[q];
    if (x === y) dot += aw[p++] * bw[q++];
    else if (x < y) p += 1;
    else q += 1;
  }
  return dot;
}

/**
 * The index of `vectors`: the cost of `near` is the postings of i's terms (Σ df over them), not n. Only for a positive
 * `minScore` (vectors sharing no term have cosine 0 and are never candidates).
 *
 * With `top`, the postings of i's commonest terms are mostly not read (exact pruning in the manner of MaxScore, Turtle
 * & Flood 1995): a first look at i's rarest terms (PROBE_POSTINGS) scores a few vectors exactly (PROBE_SCORED), whose
 * `top`-th best score L bounds the true `top`-th best from below, so the pool needs only the vectors scoring at least
 * θ = max(minScore, L − TOP_MARGIN). A term t of i can add at most i_t × (t's largest weight in any vector) to a dot
 * product; the commonest terms whose bounds sum (B) under θ are "non-essential": a vector holding none of the other
 * terms cannot reach θ. So the candidates come from the other terms' postings alone, and a candidate whose partial
 * dot product over them plus B stays under θ is dropped unscored; the rest are scored exactly. Where plans repeat one
 * another (L ≈ 1) that skips the long postings of 数据, 发展, 企业 …; the pool is the same set of the best as scoring
 * every candidate gives (vectors.test.ts and similar.test.ts check it against every pair, on random corpora).
 */
export function cosineIndex(vectors: readonly Vector[]): CosineIndex {
  const tv = termVectors(vectors);
  const postingDocs: number[][] = Array.from({ length: tv.terms }, () => []);
  const postingWeights: number[][] = Array.from({ length: tv.terms }, () => []);
  tv.ids.forEach((ts, i) => {
    for (let k = 0; k < ts.length; k += 1) {
      postingDocs[ts[k]].push(i);
      postingWeights[ts[k]].push(tv.weights[i][k]);
    }
  });
  const docs = postingDocs.map((d) => Int32Array.from(d));
  const weights = postingWeights.map((w) => Float64Array.from(w));
  /** Each term's largest weight in any vector: what it can add to a dot product, per unit of the other's weight. */
  const maxWeight = Float64Array.from(weights, (ws) => ws.reduce((a, x) => Math.max(a, x), 0));
  // Each vector as ascending term ids and their weights, for exact dot products by merging.
  const vecIds: Int32Array[] = [];
  const vecWeights: Float64Array[] = [];
  for (let i = 0; i < vectors.length; i += 1) {
    const entries = Array.from(tv.ids[i], (t, k) => [t, tv.weights[i][k]] as const).sort((a, b) => a[0] - b[0]);
    vecIds.push(Int32Array.from(entries, (e) => e[0]));
    vecWeights.push(Float64Array.from(entries, (e) => e[1]));
  }
  const exact = (i: number, j: number) => sortedDot(vecIds[i], vecWeights[i], vecIds[j], vecWeights[j]);
  const dot = new Float64Array(vectors.length);
  /** Σ of the squared weights a vector has on the terms read: the rest of its unit norm lies on the others. */
  const sq = new Float64Array(vectors.length);
  const touched = new Uint8Array(vectors.length);
  const seen: number[] = [];
  /** Adds i's weights × the postings of i's terms `ks` (indices into vecIds[i]) into `dot`, listing in `seen` what it reached. */
  const accumulate = (i: number, ks: readonly number[]) => {
    const ids = vecIds[i];
    const xs = vecWeights[i];
    for (const k of ks) {
      const x = xs[k];
      const ds = docs[ids[k]];
      const ws = weights[ids[k]];
      for (let p = 0; p < ds.length; p += 1) {
        const j = ds[p];
        dot[j] += x * ws[p];
        sq[j] += ws[p] * ws[p];
        if (!touched[j]) {
          touched[j] = 1;
          seen.push(j);
        }
      }
    }
  };
  const reset = () => {
    for (const j of seen) {
      dot[j] = 0;
      sq[j] = 0;
      touched[j] = 0;
    }
    seen.length = 0;
  };
  return {
    near(i, minScore, { skip, top, probe: probeBudget = PROBE_POSTINGS } = {}) {
      if (!(minScore > RECHECK_MARGIN)) throw new Error(`cosine candidates: minScore must be positive, got ${minScore}`);
      const all = Array.from(vecIds[i], (_, k) => k);
      if (top === undefined) {
        const floor = minScore - RECHECK_MARGIN;
        accumulate(i, all);
        const out: number[] = [];
        for (const j of seen) if (j !== i && dot[j] >= floor && !skip?.(j)) out.push(j);
        reset();
        return out.sort((a, b) => a - b);
      }
      const ids = vecIds[i];
      const xs = vecWeights[i];
      // i's terms, rarest first (ties by term id).
      const rarest = [...all].sort((a, b) => docs[ids[a]].length - docs[ids[b]].length || ids[a] - ids[b]);
      // A first look: the rarest terms' postings; the PROBE_SCORED best by partial dot product, scored exactly.
      const probe: number[] = [];
      let read = 0;
      for (const k of rarest) {
        if (probe.length > 0 && read + docs[ids[k]].length > probeBudget) break;
        probe.push(k);
        read += docs[ids[k]].length;
      }
      accumulate(i, probe);
      // The PROBE_SCORED best by partial dot product (a bounded insertion list: `seen` may be long).
      const best: number[] = [];
      for (const j of seen) {
        if (j === i || (best.length === PROBE_SCORED && dot[j] <= dot[best[PROBE_SCORED - 1]]) || skip?.(j)) continue;
        let at = best.length === PROBE_SCORED ? PROBE_SCORED - 1 : best.length;
        while (at > 0 && dot[best[at - 1]] < dot[j]) {
          best[at] = best[at - 1];
          at -= 1;
        }
        best[at] = j;
        if (best.length > PROBE_SCORED) best.length = PROBE_SCORED;
      }
      reset();
      const probeScores = best.map((j) => exact(i, j)).sort((a, b) => b - a);
      const lower = probeScores.length >= top ? probeScores[top - 1] : -Infinity;
      const theta = Math.max(minScore, lower - TOP_MARGIN) - RECHECK_MARGIN;
      // Non-essential terms N: the commonest, as many as keep their bound B under θ. What N can add to a dot product
      // with j is at most Σ_N i_t × (t's largest weight), and at most ‖i_N‖ × ‖j_N‖ (Cauchy–Schwarz), where
      // ‖j_N‖ ≤ √(1 − ‖j on the terms read‖²) since j has unit norm.
      let sumBound = 0;
      let normSq = 0;
      const essential: number[] = [];
      for (let r = rarest.length - 1; r >= 0; r -= 1) {
        const k = rarest[r];
        const b = sumBound + xs[k] * maxWeight[ids[k]];
        const n = normSq + xs[k] * xs[k];
        if (Math.min(b, Math.sqrt(n)) < theta) {
          sumBound = b;
          normSq = n;
        } else essential.push(k);
      }
      const bound = Math.min(sumBound, Math.sqrt(normSq));
      const norm = Math.sqrt(normSq);
      accumulate(i, essential);
      let pool: { j: number; score: number }[] = [];
      for (const j of seen) {
        if (j === i || dot[j] + bound < theta) continue;
        // The rest of j's norm, with room for rounding (√ of a rounding error is larger than the error).
        if (dot[j] + norm * Math.sqrt(Math.max(0, 1 - sq[j]) + UNIT_SLACK) < theta || skip?.(j)) continue;
        const score = exact(i, j);
        if (score >= theta) pool.push({ j, score });
      }
      reset();
      if (pool.length > top) {
        const kth = pool.map((p) => p.score).sort((a, b) => b - a)[top - 1];
        // Near the threshold some of the best may fail the re-check: then every candidate stays.
        if (kth - RECHECK_MARGIN >= minScore) pool = pool.filter((p) => p.score >= kth - TOP_MARGIN);
      }
      return pool.map((p) => p.j).sort((a, b) => a - b);
    },
    scorer: () => scorerOf(tv),
  };
}

/** Every vector's candidates (CosineIndex.near without `top`), for all at once. */
export function cosineCandidates(vectors: readonly Vector[], minScore: number): number[][] {
  if (!(minScore > RECHECK_MARGIN)) throw new Error(`cosineCandidates: minScore must be positive, got ${minScore}`);
  const index = cosineIndex(vectors);
  return vectors.map((_, i) => index.near(i, minScore));
}
