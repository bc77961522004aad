/**
 * What to offer when a query finds nothing: for each term that occurs nowhere, the longest pieces of it that do
 * occur ("数据要素市场化配置改革试点" → "数据要素市场化配置改革"), so the reader sees which part of the phrase the
 * plans actually use. Pure over a lookup function, so the page runs it on the engine and the tests on a fixture.
 */

/** Terms longer than this are cut to their first MAX_SUGGEST_SOURCE characters before looking for pieces. */
export const MAX_SUGGEST_SOURCE = 16;
/** Pieces shorter than this are not worth offering (a single character matches almost everything). */
export const MIN_PIECE = 2;
/** At most this many pieces per term. */
export const MAX_PIECES = 3;

/** How many clauses contain a folded string (0 when none). */
export type CountOf = (chars: readonly string[]) => Promise<number>;

export interface Piece {
  /** The piece, folded, as a query term. */
  readonly term: string;
  /** Clauses containing it. */
  readonly count: number;
}

/**
 * The longest occurring pieces of a term, longest first: substrings are tried from length n−1 down to MIN_PIECE,
 * and the search stops at the first length that yields any. A piece holding a bigram that occurs nowhere cannot
 * occur, so the bigrams are looked up first and such pieces are never fetched (a nonsense query costs n−1 lookups).
 */
export async function occurringPieces(term: readonly string[], countOf: CountOf): Promise<Piece[]> {
  const chars = term.slice(0, MAX_SUGGEST_SOURCE);
  if (chars.length < MIN_PIECE) return [];
  const bigramCount: number[] = [];
  for (let i = 0; i + 2 <= chars.length; i++) bigramCount.push(await countOf(chars.slice(i, i + 2)));
  for (let len = Math.min(chars.length, term.length - 1); len >= MIN_PIECE; len--) {
    const found: Piece[] = [];
    const seen = new Set<string>();
    for (let i = 0; i + len <= chars.length; i++) {
      if (bigramCount.slice(i, i + len - 1).some((n) => n === 0)) continue;
      const key = chars.slice(i, i + len).join('');
      if (seen.has(key)) continue;
      seen.add(key);
      const count = len === 2 ? bigramCount[i]! : await countOf(chars.slice(i, i + len));
      if (count > 0) found.push({ term: key, count });
    }
    if (found.length > 0) return found.sort((a, b) => b.count - a.count).slice(0, MAX_PIECES);
  }
  return [];
}
