import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStrings } from '~/lib/order';
import type { SimilarFile, SimilarRef } from '~/schemas/similar';
import { SIMILAR_MAX, SIMILAR_THRESHOLD, VERBATIM_MIN_CHARS, VERBATIM_THRESHOLD, similarClauses } from './similar';
import { containment, cosine, idf, round, shingles, tfidf, type Vector } from './vectors';

type C = { plan: string; id: string; url: string; text: string };
const keyOf = (c: { plan: string; id: string }) => `${c.plan}/${c.id}`;

/**
 * The analysis before the top-k pool (the reference): every pair of clauses of different plans scored, containment
 * measured for every hit, then the best SIMILAR_MAX kept per clause.
 */
function everyPair(clauses: C[], vectors: Vector[]): Pick<SimilarFile, 'clauses' | 'nearVerbatim'> {
  const similar: SimilarFile['clauses'] = {};
  const copies: SimilarFile['nearVerbatim'] = [];
  const copyKeys = new Set<string>();
  clauses.forEach((c, i) => {
    const hits: { hit: SimilarRef; d: C; cont: number }[] = [];
    clauses.forEach((d, j) => {
      if (d.plan === c.plan) return;
      const score = cosine(vectors[i], vectors[j]);
      if (score < SIMILAR_THRESHOLD) return;
      const long = c.text.length >= VERBATIM_MIN_CHARS && d.text.length >= VERBATIM_MIN_CHARS;
      const cont = long ? containment(shingles(c.text), shingles(d.text)) : 0;
      hits.push({ hit: { plan: d.plan, id: d.id, url: d.url, score: round(score, 3), nearVerbatim: cont >= VERBATIM_THRESHOLD }, d, cont });
    });
    hits.sort((x, y) => y.hit.score - x.hit.score || compareStrings(keyOf(x.hit), keyOf(y.hit)));
    const kept = hits.slice(0, SIMILAR_MAX);
    if (kept.length) similar[keyOf(c)] = kept.map((h) => h.hit);
    for (const { hit, d, cont } of kept) {
      if (!hit.nearVerbatim) continue;
      const [a, b] = keyOf(c) < keyOf(d) ? [c, d] : [d, c];
      if (copyKeys.has(`${keyOf(a)} ${keyOf(b)}`)) continue;
      copyKeys.add(`${keyOf(a)} ${keyOf(b)}`);
      copies.push({ a: { plan: a.plan, id: a.id, url: a.url }, b: { plan: b.plan, id: b.id, url: b.url }, containment: round(cont, 3) });
    }
  });
  const position = new Map(clauses.map((c, i) => [keyOf(c), i]));
  copies.sort((x, y) => position.get(keyOf(x.a))! - position.get(keyOf(y.a))! || position.get(keyOf(x.b))! - position.get(keyOf(y.b))!);
  return { clauses: similar, nearVerbatim: copies };
}

const WORDS = ['数据', '算力', '平台', '企业', '应用', '智改数转', '5G', '产业', '园区', '人才', '要素', '治理'];
/** A clause's text: its words written out, long enough to be measured for near-verbatim copies. */
const textOf = (words: string[]) => words.map((w) => `推进${w}建设`).join('，');

/** Clauses of `plans` plans in corpus order, their vectors: each document is a word list, copied across plans. */
function corpus(docs: string[][], planOf: number[]): { clauses: C[]; vectors: Vector[] } {
  const order = docs.map((d, i) => ({ d, plan: `p${String(planOf[i]).padStart(2, '0')}`, i })).sort((a, b) => compareStrings(a.plan, b.plan) || a.i - b.i);
  const clauses = order.map(({ d, plan, i }) => ({ plan, id: `c${i}`, url: `/plans/${plan}/c${i}/`, text: textOf(d) }));
  const idfs = idf(order.map((o) => o.d));
  return { clauses, vectors: order.map((o) => tfidf(o.d, idfs)) };
}

describe('similarClauses', () => {
  it('gives exactly what scoring every pair gives, ties and copies included (property)', () => {
    const doc = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 });
    // Few distinct documents copied into many plans: many clauses tie on one score, as synthesised corpora do.
    const arb = fc.array(doc, { minLength: 1, maxLength: 8 }).chain((distinct) =>
      fc.array(fc.tuple(fc.nat(distinct.length - 1), fc.nat(9)), { maxLength: 40 }).map((picks) => ({ docs: picks.map(([d]) => distinct[d]), planOf: picks.map(([, p]) => p) })),
    );
    fc.assert(
      fc.property(arb, ({ docs, planOf }) => {
        const { clauses, vectors } = corpus(docs, planOf);
        expect(similarClauses(clauses, vectors)).toEqual(everyPair(clauses, vectors));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the best SIMILAR_MAX of many exact copies by key, and flags them near-verbatim', () => {
    const docs = Array.from({ length: 12 }, () => ['数据', '要素', '平台', '算力', '治理', '人才', '园区', '产业']);
    const { clauses, vectors } = corpus(docs, docs.map((_, i) => i));
    const out = similarClauses(clauses, vectors);
    expect(out.clauses['p00/c0'].map((r) => r.plan)).toEqual(['p01', 'p02', 'p03', 'p04', 'p05']);
    expect(out.clauses['p00/c0'].every((r) => r.score === 1 && r.nearVerbatim)).toBe(true);
    expect(out).toEqual(everyPair(clauses, vectors));
  });

  it('lists no clause of the same plan, and nothing under the threshold', () => {
    const { clauses, vectors } = corpus([['数据', '平台'], ['数据', '平台'], ['人才']], [0, 0, 1]);
    expect(similarClauses(clauses, vectors)).toEqual({ clauses: {}, nearVerbatim: [] });
  });
});
