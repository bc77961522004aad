import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containment, cosine, cosineCandidates, cosineIndex, cosineScorer, distinctiveWords, idf, normalise, shingles, tfidf, tfidfWeights, wordCounts } from './vectors';

/** Every pair compared (what the analysis did before the index): the pairs reaching `min`, per vector. */
function allPairs(docs: string[][], min: number): number[][] {
  const idfs = idf(docs);
  const vs = docs.map((d) => tfidf(d, idfs));
  return vs.map((v, i) => vs.flatMap((w, j) => (j !== i && cosine(v, w) >= min ? [j] : [])));
}

/** What the index gives after the exact re-check the analysis does. */
function indexed(docs: string[][], min: number): number[][] {
  const idfs = idf(docs);
  const vs = docs.map((d) => tfidf(d, idfs));
  return cosineCandidates(vs, min).map((js, i) => js.filter((j) => cosine(vs[i], vs[j]) >= min));
}

const WORDS = ['数据', '算力', '平台', '企业', '应用', '智改数转', '5G', '产业', '园区', '人才'];

describe('cosineCandidates', () => {
  it('finds exactly the pairs that comparing every pair finds (property)', () => {
    const doc = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 25 }), fc.constantFrom(0.1, 0.3, 0.5, 0.9, 1), (docs, min) => {
        expect(indexed(docs, min)).toEqual(allPairs(docs, min));
      }),
    );
  });

  it('keeps pairs whose score is the threshold exactly, and lists candidates in ascending order', () => {
    const docs = [['数据', '算力'], ['数据', '算力'], ['平台'], ['算力', '数据', '平台']];
    const idfs = idf(docs);
    const vs = docs.map((d) => tfidf(d, idfs));
    const out = cosineCandidates(vs, cosine(vs[0], vs[1]));
    expect(out[0]).toContain(1);
    expect(out[1]).toContain(0);
    for (const js of out) expect(js).toEqual([...js].sort((a, b) => a - b));
    expect(cosineCandidates(vs, 0.01)[2]).toEqual([3]);
  });

  it('refuses a threshold of 0 (pairs sharing no word would be missed)', () => {
    expect(() => cosineCandidates([], 0)).toThrow(/positive/);
  });
});

/** The best `top` of every vector by (score rounded to 3 decimals, index), skipping `skip`: what the analysis keeps. */
function bestOf(vs: ReturnType<typeof tfidf>[], i: number, min: number, top: number, pool: number[]): number[] {
  return pool
    .filter((j) => cosine(vs[i], vs[j]) >= min)
    .map((j) => ({ j, s: Math.round(cosine(vs[i], vs[j]) * 1000) / 1000 }))
    .sort((a, b) => b.s - a.s || a.j - b.j)
    .slice(0, top)
    .map((x) => x.j);
}

describe('CosineIndex.near with top (pruned)', () => {
  it('holds the same best `top` as every pair, however short the first look (property)', () => {
    const doc = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 10 });
    // Few distinct documents copied many times, as synthesised corpora are: many ties, long postings.
    const arb = fc.array(doc, { minLength: 1, maxLength: 6 }).chain((distinct) =>
      fc.array(fc.nat(distinct.length - 1), { maxLength: 40 }).map((picks) => picks.map((d) => distinct[d])),
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(0.1, 0.3, 0.6), fc.constantFrom(1, 3, 5), fc.constantFrom(1, 8, 4096), (docs, min, top, probe) => {
        const idfs = idf(docs);
        const vs = docs.map((d) => tfidf(d, idfs));
        const index = cosineIndex(vs);
        const skip = (i: number) => (j: number) => j % 3 === i % 3;
        vs.forEach((_, i) => {
          const every = vs.map((_, j) => j).filter((j) => j !== i && !skip(i)(j));
          const pool = index.near(i, min, { skip: skip(i), top, probe });
          expect(bestOf(vs, i, min, top, pool)).toEqual(bestOf(vs, i, min, top, every));
          expect(pool.every((j) => j !== i && !skip(i)(j))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('pools only the copies when copies outscore the clauses sharing only a common word (first look: one term)', () => {
    // 20 copies of one clause, and 30 clauses sharing only its commonest word.
    const docs = [...Array.from({ length: 20 }, () => ['数据', '智改数转', '园区']), ...Array.from({ length: 30 }, () => ['数据', '人才'])];
    const idfs = idf(docs);
    const vs = docs.map((d) => tfidf(d, idfs));
    const pool = cosineIndex(vs).near(0, 0.3, { top: 5, probe: 1 });
    expect(pool).toEqual(Array.from({ length: 19 }, (_, k) => k + 1));
  });
});

describe('cosineScorer', () => {
  it('gives cosine bit for bit, whichever vector is the larger, alone or as an index’s scorer (property)', () => {
    const doc = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), (docs) => {
        const idfs = idf(docs);
        const vs = docs.map((d) => tfidf(d, idfs));
        const scorer = cosineScorer(vs);
        const indexed = cosineIndex(vs).scorer();
        vs.forEach((v, i) => {
          scorer.from(i);
          indexed.from(i);
          vs.forEach((w, j) => expect(Object.is(scorer.to(j), cosine(v, w))).toBe(true));
          vs.forEach((w, j) => expect(Object.is(indexed.to(j), cosine(v, w))).toBe(true));
        });
      }),
    );
  });
});

describe('containment', () => {
  it('is symmetric, so the analysis may measure a pair once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        expect(containment(shingles(a, 2), shingles(b, 2))).toBe(containment(shingles(b, 2), shingles(a, 2)));
      }),
    );
  });
});

describe('TF-IDF weights', () => {
  const docs = [['算力', '算力', '数据'], ['数据'], ['任务']];
  const idfs = idf(docs);
  it('weighs raw counts × idf, and tfidf is that vector normalised', () => {
    const w = tfidfWeights(docs[0], idfs);
    expect(w.get('算力')).toBeCloseTo(2 * idfs.get('算力')!);
    expect(tfidf(docs[0], idfs)).toEqual(normalise(w));
    const n = normalise(w);
    expect(Math.hypot(...n.values())).toBeCloseTo(1);
    expect(normalise(new Map())).toEqual(new Map());
  });
});

describe('distinctiveWords (weighted log-odds, informative prior)', () => {
  const opts = { prior: 500, minZ: 1.96, k: 30 };
  /** A plan of `n` tokens: `words` as given, padded with a word every plan uses at one rate. */
  const plan = (words: Record<string, number>, n = 1000) => {
    const out: string[] = [];
    for (const [w, c] of Object.entries(words)) for (let i = 0; i < c; i += 1) out.push(w);
    while (out.length < n) out.push('企业');
    return out;
  };
  const a = plan({ 一网统管: 20, 电竞: 1, 数据: 100 });
  const b = plan({ 一网统管: 2, 数据: 100 });
  const c = plan({ 一网统管: 2, 数据: 100 });
  const corpus = wordCounts([a, b, c]);
  const top = distinctiveWords(wordCounts([a]), corpus, opts);

  it('keeps a word the plan says much more often than the others, with its count', () => {
    expect(top[0]).toMatchObject({ word: '一网统管', count: 20 });
    expect(top[0].weight).toBeGreaterThan(opts.minZ);
  });
  it('leaves out words every plan says at the same rate, and a word said only once', () => {
    expect(top.map((w) => w.word)).toEqual(['一网统管']);
    const all = distinctiveWords(wordCounts([a]), corpus, { ...opts, minZ: -Infinity });
    const z = (w: string) => all.find((x) => x.word === w)!.weight;
    expect(Math.abs(z('数据'))).toBeLessThan(0.5);
    expect(z('电竞')).toBeLessThan(opts.minZ);
  });
  it('is antisymmetric: what one plan says more, the others say less', () => {
    const zOf = (g: string[], rest: string[][]) =>
      distinctiveWords(wordCounts([g]), wordCounts([g, ...rest]), { ...opts, minZ: -Infinity }).find((x) => x.word === '一网统管')!.weight;
    expect(zOf(a, [b, c])).toBeGreaterThan(0);
    expect(zOf(b, [a, c])).toBeLessThan(0);
  });
  it('orders by z, then by word, and returns at most k', () => {
    const many = distinctiveWords(wordCounts([plan({ 甲: 30, 乙: 30, 丙: 30 })]), wordCounts([plan({ 甲: 30, 乙: 30, 丙: 30 }), b, c]), { ...opts, k: 2 });
    expect(many.map((w) => w.word)).toEqual(['丙', '乙']);
  });
});
