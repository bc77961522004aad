/**
 * Similar clauses in other plans, and near-verbatim copies (content/analysis/similar.json, schema src/schemas/similar.ts).
 * For each clause: the SIMILAR_MAX clauses of other plans with the highest cosine (≥ SIMILAR_THRESHOLD) of their
 * TF-IDF vectors, best first (score rounded to 3 decimals, ties by "<plan>/<id>"), each flagged near-verbatim when the
 * two texts' character 4-gram containment reaches VERBATIM_THRESHOLD (both at least VERBATIM_MIN_CHARS long).
 *
 * Cost: candidates come from an inverted index (vectors.ts cosineIndex), and only the pool that can hold a clause's
 * best SIMILAR_MAX is scored exactly (`top`), and containment is measured for the kept ones alone. Scoring every
 * candidate over the threshold was quadratic where plans repeat one another: at 1,000 synthesised plans a clause has
 * some 200 near-copies, all scored and all measured for containment, to keep 5 (over 10 minutes of the build).
 * Nor are the long postings of a clause's commonest words read once a first look at its rarest words has found
 * clauses scoring so high that those words cannot lift another over them (vectors.ts cosineIndex: exact pruning).
 * The result is exactly what scoring every candidate gives (similar.test.ts checks both on random corpora).
 */
import { compareStrings } from '~/lib/order';
import type { ClauseRef } from '~/schemas/analysis';
import type { Clause } from '~/schemas/policy';
import type { SimilarFile, SimilarRef } from '~/schemas/similar';
import type { Progress } from '../progress';
import { containment, cosineIndex, round, shingles, type Vector } from './vectors';

/** Cosine from which two clauses of different plans count as similar. */
export const SIMILAR_THRESHOLD = 0.3;
/** Most similar clauses kept per clause. */
export const SIMILAR_MAX = 5;
/** Shingle containment from which two clauses count as near-verbatim copies. */
export const VERBATIM_THRESHOLD = 0.8;
/** Shortest text (characters) considered for near-verbatim copies (short rows match by accident). */
export const VERBATIM_MIN_CHARS = 40;

type Clauseish = Pick<Clause, 'plan' | 'id' | 'url' | 'text'>;

const ref = (c: Clauseish): ClauseRef => ({ plan: c.plan, id: c.id, url: c.url });
const keyOf = (c: { plan: string; id: string }) => `${c.plan}/${c.id}`;

/**
 * The similar clauses of every clause and the near-verbatim pairs. `clauses` in corpus order (plan, then document
 * order), `vectors` their L2-normalised TF-IDF vectors, index for index; `progress` is told of each clause done.
 */
export function similarClauses(
  clauses: readonly Clauseish[],
  vectors: readonly Vector[],
  progress: Pick<Progress, 'tick'> = { tick() {} },
): Pick<SimilarFile, 'clauses' | 'nearVerbatim'> {
  const index = cosineIndex(vectors);
  const exact = index.scorer();
  const sh = new Map<number, Set<string>>();
  const shinglesOf = (i: number) => {
    let s = sh.get(i);
    if (!s) sh.set(i, (s = shingles(clauses[i].text)));
    return s;
  };
  // Plans as numbers, and each clause's place in the order of keys ("<plan>/<id>", unique): the tie-break of equal
  // scores, compared as numbers (a clause copied into 200 plans ties with 199 others).
  const planIds = new Map<string, number>();
  const planOf = Int32Array.from(clauses, (c) => {
    let p = planIds.get(c.plan);
    if (p === undefined) planIds.set(c.plan, (p = planIds.size));
    return p;
  });
  const keyRank = new Int32Array(clauses.length);
  clauses
    .map((c, i) => ({ key: keyOf(c), i }))
    .sort((x, y) => compareStrings(x.key, y.key))
    .forEach(({ i }, rank) => (keyRank[i] = rank));
  const similar: SimilarFile['clauses'] = {};
  const copies: SimilarFile['nearVerbatim'] = [];
  // Near-verbatim pairs are listed where one of the two keeps the other among its SIMILAR_MAX most similar: a clause
  // that every plan repeats would otherwise add a pair per two plans — quadratic in the corpus.
  const copyKeys = new Set<string>();
  clauses.forEach((c, i) => {
    const hits: { j: number; score: number }[] = [];
    const plan = planOf[i];
    exact.from(i);
    for (const j of index.near(i, SIMILAR_THRESHOLD, { skip: (j) => planOf[j] === plan, top: SIMILAR_MAX })) {
      const score = exact.to(j);
      if (score >= SIMILAR_THRESHOLD) hits.push({ j, score: round(score, 3) });
    }
    hits.sort((x, y) => y.score - x.score || keyRank[x.j] - keyRank[y.j]);
    const kept = hits.slice(0, SIMILAR_MAX).map(({ j, score }) => {
      const d = clauses[j];
      const long = c.text.length >= VERBATIM_MIN_CHARS && d.text.length >= VERBATIM_MIN_CHARS;
      const cont = long ? containment(shinglesOf(i), shinglesOf(j)) : 0;
      return { hit: { ...ref(d), score, nearVerbatim: cont >= VERBATIM_THRESHOLD } satisfies SimilarRef, d, cont };
    });
    if (kept.length) similar[keyOf(c)] = kept.map((h) => h.hit);
    for (const { hit, d, cont } of kept) {
      if (!hit.nearVerbatim) continue;
      const [a, b] = keyOf(c) < keyOf(d) ? [c, d] : [d, c];
      const pair = `${keyOf(a)} ${keyOf(b)}`;
      if (copyKeys.has(pair)) continue;
      copyKeys.add(pair);
      copies.push({ a: ref(a), b: ref(b), containment: round(cont, 3) });
    }
    progress.tick();
  });
  // In corpus order of the first clause, then of the second, as they were found.
  const position = new Map(clauses.map((c, i) => [keyOf(c), i]));
  copies.sort((x, y) => position.get(keyOf(x.a))! - position.get(keyOf(y.a))! || position.get(keyOf(x.b))! - position.get(keyOf(y.b))!);
  return { clauses: similar, nearVerbatim: copies };
}
