/**
 * Clause alignment between two plans (pure): which clauses of the later plan continue which of the earlier one. One
 * clause may continue several earlier ones, and one earlier clause may be continued by several later ones. Used by
 * the changes page (at build time, scripts/lib/analyse/changes.ts) and by the side-by-side compare of any two plans —
 * one implementation.
 *
 * Evidence for a pair (earlier e, later l):
 * - PHRASES (phrases.ts): the phrases they share, each weighted by how few clauses of either plan contain it — the
 *   same named programme or task carried forward (盐农云, 城市生命线安全工程), not a theme word used everywhere.
 * - TEXT (similarity.ts): how alike their best-matching paragraphs are (TF-IDF cosine of content words and of their
 *   character bigrams, idf from the two plans' paragraphs); a 总体目标 part listing every goal is matched paragraph
 *   by paragraph.
 * - THEMES: the share of the tagger's themes they have in common.
 * - LEVEL (units.ts clauseLevel): goals continue goals and tasks continue tasks; a goal paragraph and a task item are
 *   never linked, however alike.
 * score = ln(1 + PHRASES) + TEXT_WEIGHT × TEXT + THEME_WEIGHT × THEMES.
 *
 * Links: a pair is linked when its score reaches STRONG, or FAIR when it is the later clause's best match, or
 * EARLIER_FAIR when it is the earlier clause's best match. Everything else is unlinked: a later clause with no link
 * is new, an earlier clause with no link was dropped. The confidence shown is 1 − e^(−score): 0.39 at FAIR, 0.63 at
 * EARLIER_FAIR, 0.78 at STRONG.
 *
 * Measured against a gold alignment labelled by hand (scripts/data/align-gold.tsv, `npm run eval:align`; README
 * "Changes"): the weights and thresholds were chosen on two of its three pairs of plans, the third held out.
 */
import type { AlignUnit } from '~/schemas/changes';
import { planPhrases, sharedPhrases } from './phrases';
import { bestParagraphs, planVectors, themeOverlap } from './similarity';

/** Weight of the paragraph text similarity (0–1). */
export const TEXT_WEIGHT = 2;
/** Weight of the shared themes (0–1). */
export const THEME_WEIGHT = 0.5;
/** A score from which two clauses are linked whatever else they match. */
export const STRONG = 1.5;
/** A score from which a later clause's best match is linked. */
export const FAIR = 0.5;
/**
 * A score from which an earlier clause's best match is linked although the later clause matches another better: an
 * earlier commitment split over several later clauses is still continued, but a weak best match is no
 * continuation — the earlier clause was dropped.
 */
export const EARLIER_FAIR = 1;

/** A scored pair of units (indices into the two plans' unit lists). */
export interface ScoredPair {
  earlier: number;
  later: number;
  /** The score (−1 when the two are of different levels and never linked). */
  score: number;
  /** The best-matching paragraphs (0-based). */
  paragraphs: [number, number];
  /** The evidence, for inspection. */
  phrases: string[];
  phraseScore: number;
  text: number;
  themes: number;
}

/** Every pair of units with its evidence and score: rows are later units, columns earlier units. */
export function scorePairs(earlier: readonly AlignUnit[], later: readonly AlignUnit[]): ScoredPair[][] {
  const v = planVectors(earlier, later);
  const pe = planPhrases(earlier);
  const pl = planPhrases(later);
  return later.map((l, j) =>
    earlier.map((e, i) => {
      const best = bestParagraphs(v.earlier[i], v.later[j]);
      const shared = sharedPhrases(pe, i, pl, j);
      const themes = themeOverlap(e.themes, l.themes);
      const score = e.level !== l.level ? -1 : Math.log1p(shared.score) + TEXT_WEIGHT * best.score + THEME_WEIGHT * themes;
      return { earlier: i, later: j, score, paragraphs: best.pair, phrases: shared.phrases, phraseScore: shared.score, text: best.score, themes };
    }),
  );
}

/** An alignment link between unit ids. */
export interface Link {
  earlier: string;
  later: string;
  /** 1 − e^(−score), 0–1, three decimals. */
  confidence: number;
  /** The best-matching paragraphs (0-based): what the diff compares. */
  paragraphs: [number, number];
}

/** The confidence shown for a score. */
export function confidenceOf(score: number): number {
  return Math.round((1 - Math.exp(-Math.max(0, score))) * 1000) / 1000;
}

/** How the confidence is read, for readers of the open data. */
export const CONFIDENCE_NOTE =
  `Each link's confidence is 1 − e^(−score): a pair links at ${confidenceOf(STRONG)}, ` +
  `at ${confidenceOf(FAIR)} when it is the later clause's best match, at ${confidenceOf(EARLIER_FAIR)} when it is the earlier clause's.`;

/** The links between two plans' units, ordered by later clause, then earlier clause (document order). */
export function alignPlans(earlier: readonly AlignUnit[], later: readonly AlignUnit[]): Link[] {
  if (earlier.length === 0 || later.length === 0) return [];
  const scores = scorePairs(earlier, later);
  const bestOfEarlier = earlier.map((_, i) => Math.max(...scores.map((row) => row[i].score)));
  const links: Link[] = [];
  for (const row of scores) {
    const bestOfLater = Math.max(...row.map((p) => p.score));
    for (const p of row) {
      const fair = (p.score >= FAIR && p.score === bestOfLater) || (p.score >= EARLIER_FAIR && p.score === bestOfEarlier[p.earlier]);
      if (p.score >= STRONG || fair) {
        links.push({ earlier: earlier[p.earlier].id, later: later[p.later].id, confidence: confidenceOf(p.score), paragraphs: p.paragraphs });
      }
    }
  }
  return links;
}
