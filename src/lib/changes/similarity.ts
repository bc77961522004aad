/**
 * Similarity of two plans' units, from their content words alone (pure; the same numbers at build time and in a
 * browser). TF-IDF with the inverse document frequency of the two plans' own paragraphs — a pair's alignment
 * depends on nothing but the two plans, so adding a plan to the corpus never changes it.
 *
 * Two views of the same words: the words themselves, and their character bigrams. Successive plans rename what they
 * continue (智改数转 → 智改数转网联, 千兆光网 → 万兆光网, 示范智能车间 → 先进级智能工厂): jieba cuts the new name
 * into a word of its own, which shares no word with the old one but most of its characters.
 */
import type { AlignUnit } from '~/schemas/changes';

/** A sparse, L2-normalised vector. */
export type Vector = Map<string, number>;

/** Document frequencies → idf = ln((1 + N) / (1 + df)) + 1 (smoothed: a word in every paragraph still weighs 1). */
export function idfOf(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return new Map([...df].map(([w, f]) => [w, Math.log((1 + n) / (1 + f)) + 1]));
}

/** TF-IDF vector of a bag of terms, L2-normalised (empty when no term is known). */
export function vectorOf(terms: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const v: Vector = new Map();
  for (const w of terms) {
    const weight = idf.get(w);
    if (weight !== undefined) v.set(w, (v.get(w) ?? 0) + weight);
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

/** Cosine of two normalised vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) s += x * y;
  }
  return Math.min(1, s);
}

/** The character bigrams inside each word (a 2-character word is its own bigram); never across two words. */
export function bigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const chars = [...w];
    if (chars.length < 2) continue;
    for (let i = 0; i + 2 <= chars.length; i += 1) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

/** Word and bigram vectors of one bag of words. */
export interface Views {
  words: Vector;
  chars: Vector;
}

/** A unit's views: one per paragraph, and one per sentence of at least MIN_SENTENCE_WORDS content words. */
export interface UnitVectors {
  paragraphs: Views[];
  sentences: Views[];
}

/**
 * The fewest content words a sentence needs to be compared on its own: a one-word sentence (an item's title cut
 * short, 组织领导) would match any sentence that uses its word.
 */
export const MIN_SENTENCE_WORDS = 2;

/** Vectors of every unit of two plans, weighted by the idf of their paragraphs. */
export function planVectors(earlier: readonly AlignUnit[], later: readonly AlignUnit[]): { earlier: UnitVectors[]; later: UnitVectors[] } {
  const docs = [...earlier, ...later].flatMap((u) => u.paragraphs.map((p) => p.sentences.flat()));
  const wordIdf = idfOf(docs);
  const charIdf = idfOf(docs.map(bigrams));
  const views = (words: readonly string[]): Views => ({ words: vectorOf(words, wordIdf), chars: vectorOf(bigrams(words), charIdf) });
  const of = (u: AlignUnit): UnitVectors => ({
    paragraphs: u.paragraphs.map((p) => views(p.sentences.flat())),
    sentences: u.paragraphs.flatMap((p) => p.sentences.filter((s) => s.length >= MIN_SENTENCE_WORDS).map(views)),
  });
  return { earlier: earlier.map(of), later: later.map(of) };
}

/** How alike two views are: the mean of their word and bigram cosines. */
export function viewSimilarity(a: Views, b: Views): number {
  return (cosine(a.words, b.words) + cosine(a.chars, b.chars)) / 2;
}

/** The best-matching pair of views (paragraphs or sentences) of two units: its similarity and their indices. */
export interface BestPair {
  score: number;
  /** [view of the earlier unit, view of the later unit], 0-based; [0, 0] when nothing matches. */
  pair: [number, number];
}

/**
 * For every two units (rows: later units, columns: earlier units), their best-matching views — the same numbers as
 * viewSimilarity over every pair of views, the first pair in document order (earlier view, then later view) on a
 * tie. Computed through an inverted index of the earlier plan's views (term → the views with it), so the cost
 * follows the terms the views share, not the product of their numbers (a third of the time of the pairwise loop
 * for the sentences of 盐城 2022–2024 × 2025–2027).
 */
export function bestPairs(earlier: readonly (readonly Views[])[], later: readonly (readonly Views[])[]): BestPair[][] {
  const owner: Array<[number, number]> = [];
  const words = new Map<string, Array<[number, number]>>();
  const chars = new Map<string, Array<[number, number]>>();
  const post = (index: Map<string, Array<[number, number]>>, v: Vector, k: number) => {
    for (const [t, x] of v) {
      const list = index.get(t);
      if (list) list.push([k, x]);
      else index.set(t, [[k, x]]);
    }
  };
  earlier.forEach((views, i) =>
    views.forEach((view, a) => {
      post(words, view.words, owner.length);
      post(chars, view.chars, owner.length);
      owner.push([i, a]);
    }),
  );
  const dotWords = new Float64Array(owner.length);
  const dotChars = new Float64Array(owner.length);
  return later.map((views) => {
    const best: BestPair[] = earlier.map(() => ({ score: 0, pair: [0, 0] }));
    views.forEach((view, b) => {
      const touched = new Set<number>();
      const add = (index: Map<string, Array<[number, number]>>, v: Vector, dot: Float64Array) => {
        for (const [t, y] of v) {
          for (const [k, x] of index.get(t) ?? []) {
            dot[k] += x * y;
            touched.add(k);
          }
        }
      };
      add(words, view.words, dotWords);
      add(chars, view.chars, dotChars);
      for (const k of touched) {
        const score = (Math.min(1, dotWords[k]) + Math.min(1, dotChars[k])) / 2;
        const [i, a] = owner[k];
        const cur = best[i];
        const first = a < cur.pair[0] || (a === cur.pair[0] && b < cur.pair[1]);
        if (score > cur.score || (score === cur.score && score > 0 && first)) best[i] = { score, pair: [a, b] };
        dotWords[k] = 0;
        dotChars[k] = 0;
      }
    });
    return best;
  });
}

/**
 * How alike the best-matching paragraphs of every two units are, and which: a 总体目标 part listing every goal is
 * matched paragraph by paragraph, and the pair is what the diff compares.
 */
export function bestParagraphs(earlier: readonly UnitVectors[], later: readonly UnitVectors[]): BestPair[][] {
  return bestPairs(
    earlier.map((u) => u.paragraphs),
    later.map((u) => u.paragraphs),
  );
}

/**
 * How alike the best-matching sentences of every two units are: one measure carried forward inside a long clause (a
 * 保障措施 paragraph listing six measures, a task item merging three earlier ones) shows as one sentence matching
 * one sentence, which the whole paragraphs' similarity dilutes.
 */
export function bestSentences(earlier: readonly UnitVectors[], later: readonly UnitVectors[]): number[][] {
  return bestPairs(
    earlier.map((u) => u.sentences),
    later.map((u) => u.sentences),
  ).map((row) => row.map((p) => p.score));
}

/** Share of themes two units have in common (Jaccard; 0 when either has none). */
export function themeOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const shared = [...new Set(b)].filter((t) => sa.has(t)).length;
  return shared / new Set([...a, ...b]).size;
}
