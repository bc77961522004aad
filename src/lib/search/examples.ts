/**
 * Example queries offered on the empty search page: the first key term of each theme in the reviewed taxonomy
 * (src/data/themes.ts), kept only when it occurs in the corpus, with its clause count — so every example finds
 * something. Build-time, pure.
 */
import { foldString } from './fold';

export interface Example {
  /** The term as the taxonomy writes it (a query as typed). */
  readonly term: string;
  /** Clauses whose text contains it (folded comparison, as the search itself). */
  readonly count: number;
}

/** Candidate terms: each theme's first key term (else its first term), in the taxonomy's order, without repeats. */
export function candidateTerms(themes: readonly { keyTerms: readonly string[]; terms: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const t of themes) {
    const term = t.keyTerms[0] ?? t.terms[0];
    if (term && !out.includes(term)) out.push(term);
  }
  return out;
}

/** The candidates that occur in the texts, with counts, in candidate order; at most `max`. */
export function occurringExamples(texts: readonly string[], candidates: readonly string[], max: number): Example[] {
  const folded = texts.map(foldString);
  const out: Example[] = [];
  for (const term of candidates) {
    const f = foldString(term);
    const count = folded.filter((t) => t.includes(f)).length;
    if (count > 0) out.push({ term, count });
    if (out.length === max) break;
  }
  return out;
}
