/**
 * Clause alignment between two plans (pure): which clauses of the later plan continue which of the earlier one. One
 * clause may continue several earlier ones, and one earlier clause may be continued by several later ones. Used by
 * the changes page (at build time, scripts/lib/analyse/changes.ts) and by the side-by-side compare of any two plans —
 * one implementation.
 *
 * Evidence for a pair (earlier e, later l), read after the reviewed renames (renames.ts, src/data/align-renames.ts:
 * 领导小组 and 联席会议, 超算 and 智算 count as one word):
 * - PHRASES (phrases.ts): the phrases they share, each weighted by how few clauses of either plan contain it — the
 *   same named programme or task carried forward (盐农云, 城市生命线安全工程), not a theme word used everywhere.
 * - TEXT (similarity.ts): how alike their best-matching paragraphs are (TF-IDF cosine of content words and of their
 *   character bigrams, idf from the two plans' paragraphs); a 总体目标 part listing every goal is matched paragraph
 *   by paragraph.
 * - SENTENCE (similarity.ts): how alike their best-matching sentences are — one measure carried forward inside a long
 *   clause (a 保障措施 paragraph listing six measures; a task merging three earlier ones).
 * - THEMES: the share of the tagger's themes they have in common; and APART, when both are tagged and share none —
 *   the same words about another object (态势感知 for network security and for city governance; 分类分级 for data
 *   security and for platform supervision). The words' evidence then counts only `apart` of its weight (0: not at all).
 * - LEVEL (units.ts clauseLevel): goals continue goals and tasks continue tasks; a goal paragraph and a task item are
 *   never linked, however alike.
 * score = k × (phrases × ln(1 + PHRASES) + text × TEXT + sentence × SENTENCE) + themes × THEMES, k = `apart` when
 * APART, else 1 (weights: ALIGN_PARAMS).
 *
 * Links: a pair is linked when its score reaches `strong`; or `fair` when it is the later clause's best match (or
 * within `near` of it: a later clause merging several earlier ones matches each about equally); or `earlierFair` when
 * it is the earlier clause's best match (or within `near`). Everything else is unlinked: a later clause with no link
 * is new, an earlier clause with no link was dropped. The confidence shown is the score read through CONFIDENCE_FIT,
 * and a link below MIN_CONFIDENCE (more often wrong than right) is not made.
 *
 * Measured against a gold alignment labelled by hand (scripts/data/align-gold.tsv, `npm run eval:align`; README
 * "Changes"): ALIGN_PARAMS are the weights and thresholds a coordinate search (scripts/lib/analyse/align-eval.ts
 * fitParams) chooses on its three pairs of plans; eval:align also prints the held-out figures (each pairing scored
 * with parameters chosen on the other two), which are what to expect on a new city.
 */
import type { AlignUnit } from '~/schemas/changes';
import { planPhrases, sharedPhrases } from './phrases';
import { renamedUnit } from './renames';
import { bestParagraphs, bestSentences, planVectors, themeOverlap } from './similarity';

/** The weights of the evidence and the thresholds of the link rules. */
export interface AlignParams {
  /** Weight of ln(1 + PHRASES). */
  phrases: number;
  /**
   * Share of the word evidence (PHRASES, TEXT, SENTENCE) that counts when the two clauses are tagged with no theme
   * in common: the same words about another object (态势感知 for network security and for city governance, 分类分级
   * for data security and for resource management) are weaker evidence, or none.
   */
  apart: number;
  /** Weight of TEXT (0–1). */
  text: number;
  /** Weight of SENTENCE (0–1). */
  sentence: number;
  /** Weight of THEMES (0–1). */
  themes: number;
  /** A score from which two clauses are linked whatever else they match. */
  strong: number;
  /** A score from which a later clause's best match is linked. */
  fair: number;
  /**
   * A score from which an earlier clause's best match is linked although the later clause matches another better: an
   * earlier commitment split over several later clauses is still continued, but a weak best match is no
   * continuation — the earlier clause was dropped.
   */
  earlierFair: number;
  /**
   * How near a later clause's best match another of its matches must come to count as a best match too (0–1; 1:
   * only the best): a later clause merging several earlier ones matches each of them about equally.
   */
  near: number;
}

/**
 * The parameters the site aligns with: chosen by fitParams on all three gold pairings (`npm run eval:align` checks
 * that a fit still chooses these, and prints the held-out figures; README "Changes").
 */
export const ALIGN_PARAMS: AlignParams = {
  phrases: 1,
  apart: 0,
  text: 3,
  sentence: 1.5,
  themes: 0,
  strong: 1.75,
  fair: 0.5,
  earlierFair: 0.5,
  near: 1,
};

/** Weight of the paragraph text similarity (0–1). */
export const TEXT_WEIGHT = ALIGN_PARAMS.text;
/** Weight of the shared themes (0–1). */
export const THEME_WEIGHT = ALIGN_PARAMS.themes;
/** A score from which two clauses are linked whatever else they match. */
export const STRONG = ALIGN_PARAMS.strong;
/** A score from which a later clause's best match is linked. */
export const FAIR = ALIGN_PARAMS.fair;
/** A score from which an earlier clause's best match is linked although the later clause matches another better. */
export const EARLIER_FAIR = ALIGN_PARAMS.earlierFair;

/** The evidence for a pair of units (indices into the two plans' unit lists), before weighing. */
export interface PairEvidence {
  earlier: number;
  later: number;
  /** Whether the two are of the same level (a goal and a task are never linked). */
  sameLevel: boolean;
  /** The best-matching paragraphs (0-based). */
  paragraphs: [number, number];
  /** The shared phrases, for inspection. */
  phrases: string[];
  /** PHRASES: the shared-phrase score. */
  phraseScore: number;
  /** TEXT: similarity of the best-matching paragraphs. */
  text: number;
  /** SENTENCE: similarity of the best-matching sentences. */
  sentence: number;
  /** THEMES: the share of themes in common. */
  themes: number;
  /** Whether both have themes and none in common (about different objects; an untagged clause is not judged). */
  apart: boolean;
}

/** A scored pair of units. */
export interface ScoredPair extends PairEvidence {
  /** The score (−1 when the two are of different levels and never linked). */
  score: number;
}

/** Every pair's evidence: rows are later units, columns earlier units. Renames are read as one word first. */
export function pairEvidence(earlierUnits: readonly AlignUnit[], laterUnits: readonly AlignUnit[]): PairEvidence[][] {
  const earlier = earlierUnits.map((u) => renamedUnit(u));
  const later = laterUnits.map((u) => renamedUnit(u));
  const v = planVectors(earlier, later);
  const pe = planPhrases(earlier);
  const pl = planPhrases(later);
  const paragraphs = bestParagraphs(v.earlier, v.later);
  const sentences = bestSentences(v.earlier, v.later);
  return later.map((l, j) =>
    earlier.map((e, i) => {
      const best = paragraphs[j][i];
      const shared = sharedPhrases(pe, i, pl, j);
      return {
        earlier: i,
        later: j,
        sameLevel: e.level === l.level,
        paragraphs: best.pair,
        phrases: shared.phrases,
        phraseScore: shared.score,
        text: best.score,
        sentence: sentences[j][i],
        themes: themeOverlap(e.themes, l.themes),
        apart: e.themes.length > 0 && l.themes.length > 0 && !e.themes.some((t) => l.themes.includes(t)),
      };
    }),
  );
}

/** The score of a pair's evidence under the given weights. */
export function scoreOf(p: PairEvidence, params: AlignParams = ALIGN_PARAMS): number {
  if (!p.sameLevel) return -1;
  const k = p.apart ? params.apart : 1;
  return k * (params.phrases * Math.log1p(p.phraseScore) + params.text * p.text + params.sentence * p.sentence) + params.themes * p.themes;
}

/** Every pair of units with its evidence and score: rows are later units, columns earlier units. */
export function scorePairs(earlier: readonly AlignUnit[], later: readonly AlignUnit[], params: AlignParams = ALIGN_PARAMS): ScoredPair[][] {
  return scoreEvidence(pairEvidence(earlier, later), params);
}

/** Scores of evidence already gathered. */
export function scoreEvidence(evidence: readonly PairEvidence[][], params: AlignParams = ALIGN_PARAMS): ScoredPair[][] {
  return evidence.map((row) => row.map((p) => ({ ...p, score: scoreOf(p, params) })));
}

/** An alignment link between unit ids. */
export interface Link {
  earlier: string;
  later: string;
  /** The score read as a confidence (confidenceOf), 0–1, three decimals. */
  confidence: number;
  /** The best-matching paragraphs (0-based): what the diff compares. */
  paragraphs: [number, number];
}

/**
 * How the confidence of a link is read from its score: confidence = 1 / (1 + e^−(slope × score + intercept)), a
 * logistic curve fitted (scripts/lib/analyse/align-eval.ts calibrate) to the links the rules make with the site's
 * parameters between 盐城's plans and whether the gold file calls each a pair — so a confidence of 0.8 means that
 * about four in five links scoring so were right there. `npm run eval:align` refits it and prints how well it holds.
 */
export const CONFIDENCE_FIT = { slope: 2.04, intercept: -1.73 } as const;

/**
 * The least confidence a link is shown with: a pair that the gold alignment says is more often wrong than right
 * (below one in two) is not shown as a continuation, whatever rule would link it — the earlier clause counts as
 * dropped, the later one as new, and the reader is not sent to a diff that is more likely noise.
 */
export const MIN_CONFIDENCE = 0.5;

/** The confidence shown for a score (0–1, three decimals). */
export function confidenceOf(score: number, fit: ConfidenceFit = CONFIDENCE_FIT): number {
  return Math.round(1000 / (1 + Math.exp(-(fit.slope * score + fit.intercept)))) / 1000;
}

/** The confidence curve as a formula: 1 / (1 + e^−(2.02 × score − 1.74)). */
export function confidenceFormula(fit: ConfidenceFit = CONFIDENCE_FIT): string {
  const sign = fit.intercept < 0 ? '−' : '+';
  return `1 / (1 + e^−(${fit.slope} × score ${sign} ${Math.abs(fit.intercept)}))`;
}

/** How the confidence is read, for readers of the open data. */
export const CONFIDENCE_NOTE =
  `Each link's confidence is ${confidenceFormula()}, fitted to the share of links scoring so that a hand-made gold ` +
  `alignment of 盐城's plans calls right; links below ${MIN_CONFIDENCE} are not shown.`;

/** The links between two plans' units, ordered by later clause, then earlier clause (document order). */
export function alignPlans(earlier: readonly AlignUnit[], later: readonly AlignUnit[], params: AlignParams = ALIGN_PARAMS): Link[] {
  if (earlier.length === 0 || later.length === 0) return [];
  return linksOf(earlier, later, scorePairs(earlier, later, params), params);
}

/** A logistic curve reading a score as a confidence (CONFIDENCE_FIT). */
export interface ConfidenceFit {
  slope: number;
  intercept: number;
}

/**
 * The link rules (module comment) applied to scored pairs; of those, the links whose confidence under `fit` reaches
 * `min` (MIN_CONFIDENCE; 0 keeps every link the rules make).
 */
export function linksOf(
  earlier: readonly Pick<AlignUnit, 'id'>[],
  later: readonly Pick<AlignUnit, 'id'>[],
  scores: readonly ScoredPair[][],
  params: AlignParams = ALIGN_PARAMS,
  fit: ConfidenceFit = CONFIDENCE_FIT,
  min: number = MIN_CONFIDENCE,
): Link[] {
  if (earlier.length === 0 || later.length === 0) return [];
  const bestOfEarlier = earlier.map((_, i) => Math.max(...scores.map((row) => row[i].score)));
  const links: Link[] = [];
  for (const row of scores) {
    const bestOfLater = Math.max(...row.map((p) => p.score));
    for (const p of row) {
      const fair =
        (p.score >= params.fair && p.score >= params.near * bestOfLater) ||
        (p.score >= params.earlierFair && p.score >= params.near * bestOfEarlier[p.earlier]);
      const confidence = confidenceOf(p.score, fit);
      if ((p.score >= params.strong || fair) && confidence >= min) {
        links.push({ earlier: earlier[p.earlier].id, later: later[p.later].id, confidence, paragraphs: p.paragraphs });
      }
    }
  }
  return links;
}
