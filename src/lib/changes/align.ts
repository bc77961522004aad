/**
 * Clause alignment between two plans of a city (pure): which clauses of the later plan continue which of the
 * earlier one. One clause may continue one or several earlier ones, and one earlier clause may be continued by
 * several later ones. Used by the changes page (at build time, scripts/lib/analyse/changes.ts) and by the
 * side-by-side compare of any two plans — one implementation.
 *
 * Evidence for a pair (earlier e, later l), each in 0–1:
 * - TEXT: how alike their best-matching paragraphs are (similarity.ts: TF-IDF cosine of content words and of their
 *   character bigrams, idf from the two plans' paragraphs). Multi-paragraph clauses (a 总体目标 part listing every
 *   goal) are matched paragraph by paragraph, so one goal paragraph can continue one earlier goal item.
 * - HEADING: how alike their own headings are (both must have one).
 * - THEMES: the share of themes they have in common (the tagger's themes: structure the text alone misses).
 * The score is the weighted sum (TEXT_WEIGHT, HEADING_WEIGHT, THEME_WEIGHT); it is the link's confidence.
 *
 * Links: each later clause is linked to its best earlier clause when that scores LINK_MIN, or DISTINCT_MIN and
 * DISTINCT_RATIO times the second best (a fair match that clearly stands out), and to any other earlier clause
 * scoring LINK_MIN and at least SECOND_SHARE of its best; each earlier clause is also linked to its best later
 * clause when that scores LINK_MIN (one earlier commitment split into two later ones is still continued). A clause without such a match
 * continues nothing (new) or is continued by nothing (dropped).
 */
import type { AlignUnit } from '~/schemas/changes';
import { bestParagraphs, planVectors, themeOverlap, viewSimilarity } from './similarity';

/** Weight of the paragraph text similarity. */
export const TEXT_WEIGHT = 0.7;
/** Weight of the heading similarity (when both clauses have a heading; otherwise TEXT takes its weight). */
export const HEADING_WEIGHT = 0.15;
/** Weight of the shared themes. */
export const THEME_WEIGHT = 0.15;
/** A score from which two clauses are linked. */
export const LINK_MIN = 0.3;
/** Below LINK_MIN, a clause's best match is still linked from this score when it stands out (DISTINCT_RATIO). */
export const DISTINCT_MIN = 0.2;
/** How far the best match must stand above the second best to stand out. */
export const DISTINCT_RATIO = 1.4;
/** A later clause's further links must score at least this share of its best one. */
export const SECOND_SHARE = 0.85;

/** A scored pair of units (indices into the two plans' unit lists). */
export interface ScoredPair {
  earlier: number;
  later: number;
  /** The link's confidence, 0–1. */
  score: number;
  /** The best-matching paragraphs (0-based). */
  paragraphs: [number, number];
  /** The evidence, for inspection. */
  text: number;
  heading: number | null;
  themes: number;
}

/** Every pair of units with its evidence and score. */
export function scorePairs(earlier: readonly AlignUnit[], later: readonly AlignUnit[]): ScoredPair[][] {
  const v = planVectors(earlier, later);
  return later.map((l, j) =>
    earlier.map((e, i) => {
      const best = bestParagraphs(v.earlier[i], v.later[j]);
      const heading = e.heading.length && l.heading.length ? viewSimilarity(v.earlier[i].heading, v.later[j].heading) : null;
      const themes = themeOverlap(e.themes, l.themes);
      const score =
        heading === null
          ? (TEXT_WEIGHT + HEADING_WEIGHT) * best.score + THEME_WEIGHT * themes
          : TEXT_WEIGHT * best.score + HEADING_WEIGHT * heading + THEME_WEIGHT * themes;
      return { earlier: i, later: j, score: Math.round(score * 1000) / 1000, paragraphs: best.pair, text: best.score, heading, themes };
    }),
  );
}

/** An alignment link between unit ids. */
export interface Link {
  earlier: string;
  later: string;
  confidence: number;
  paragraphs: [number, number];
}

const byScore = (a: ScoredPair, b: ScoredPair) => b.score - a.score || a.earlier - b.earlier || a.later - b.later;

/** The links between two plans' units, ordered by later clause, then earlier clause (document order). */
export function alignPlans(earlier: readonly AlignUnit[], later: readonly AlignUnit[]): Link[] {
  const scores = scorePairs(earlier, later);
  const chosen = new Map<string, ScoredPair>();
  const take = (p: ScoredPair) => chosen.set(`${p.later}/${p.earlier}`, p);
  // A clause's best match counts when it is good, or fair and clearly better than the next.
  const bestOf = (ranked: ScoredPair[]): ScoredPair | null => {
    const [best, second] = ranked;
    if (!best) return null;
    if (best.score >= LINK_MIN) return best;
    return best.score >= DISTINCT_MIN && best.score >= DISTINCT_RATIO * (second?.score ?? 0) ? best : null;
  };
  for (const row of scores) {
    const ranked = [...row].sort(byScore);
    const best = bestOf(ranked);
    if (!best) continue;
    take(best);
    for (const p of ranked.slice(1)) if (p.score >= LINK_MIN && p.score >= SECOND_SHARE * best.score) take(p);
  }
  for (let i = 0; i < earlier.length; i += 1) {
    const best = scores.map((row) => row[i]).sort(byScore)[0];
    if (best && best.score >= LINK_MIN) take(best);
  }
  return [...chosen.values()]
    .sort((a, b) => a.later - b.later || a.earlier - b.earlier)
    .map((p) => ({ earlier: earlier[p.earlier].id, later: later[p.later].id, confidence: p.score, paragraphs: p.paragraphs }));
}
