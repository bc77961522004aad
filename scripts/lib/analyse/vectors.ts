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

/**
 * For each vector i, the indices j ≠ i (ascending) whose cosine with i may reach `minScore`, found through an
 * inverted index (term → vectors holding it) instead of comparing all pairs: the cost is Σ df² over the terms, not
 * n². A superset of the pairs that reach `minScore` (dot products within RECHECK_MARGIN under it are kept), so the
 * caller re-checks each with `cosine` and gets exactly what comparing every pair would give. Only for a positive
 * `minScore` (vectors sharing no term have cosine 0 and are never candidates).
 */
export function cosineCandidates(vectors: readonly Vector[], minScore: number): number[][] {
  if (!(minScore > RECHECK_MARGIN)) throw new Error(`cosineCandidates: minScore must be positive, got ${minScore}`);
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
  const floor = minScore - RECHECK_MARGIN;
  return vectors.map((v, i) => {
    const seen: number[] = [];
    for (const [w, x] of v) {
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
    const out: number[] = [];
    for (const j of seen) {
      if (j !== i && dot[j] >= floor) out.push(j);
      dot[j] = 0;
      touched[j] = 0;
    }
    return out.sort((a, b) => a - b);
  });
}
