/**
 * Measuring the clause alignment (src/lib/changes/align.ts) against a gold file labelled by hand
 * (scripts/data/align-gold.tsv): tab-separated, a "#" comment header stating the labelling rules, then rows
 * `earlier_plan  earlier_clause  later_plan  later_clause  label` with label `pair` or `non-pair` (a header row
 * naming these columns is allowed).
 *
 * Definitions (printed by `npm run eval:align`):
 * - Clauses are compared as commitments: a task-table row that restates a body item (src/lib/decomposition.ts) is
 *   read as that item, on both sides — the aligner aligns items, and rows follow their item. Gold rows that become
 *   the same pair are one pair; if they disagree, `pair` wins (the item does continue the earlier clause).
 * - precision = of the aligner's links whose later clause is labelled in the gold file (for that pair of plans),
 *   the share that are gold pairs. Links to earlier clauses the labeller did not consider count against it.
 * - recall = of the gold pairs, the share the aligner links.
 */
import { linksOf, MIN_CONFIDENCE, scoreEvidence, type AlignParams, type ConfidenceFit, type Link, type PairEvidence } from '~/lib/changes/align';
import type { AlignUnit } from '~/schemas/changes';

export type GoldLabel = 'pair' | 'non-pair';

/** One gold row (after reading; ids as written). */
export interface GoldRow {
  earlierPlan: string;
  earlierClause: string;
  laterPlan: string;
  laterClause: string;
  label: GoldLabel;
  /** 1-based line in the file. */
  line: number;
  /** A pair the reader marked borderline (its note starts "weak:", R7): present only when true. */
  weak?: true;
}

/** The columns of a gold row, in order. */
export const GOLD_COLUMNS = ['earlier_plan', 'earlier_clause', 'later_plan', 'later_clause', 'label'] as const;

/** The note of a pair marked borderline starts "weak:" (the gold file's R7). */
export const WEAK_NOTE = /^weak:/;

const weakOf = (note: string | undefined): { weak?: true } => (note !== undefined && WEAK_NOTE.test(note) ? { weak: true } : {});

/**
 * Visits the data rows of a gold file or a second reading in file order, cells trimmed, with their 1-based line:
 * blank lines, `#` comments and a header row naming GOLD_COLUMNS skipped; a row without its four clause columns is an
 * error naming the file and line (`expected`: how many columns the file's rows have).
 */
function eachRow(text: string, file: string, expected: string, visit: (cells: string[], line: number) => void): void {
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (GOLD_COLUMNS.every((name, k) => cells[k] === name)) return;
    if (cells.length < 5 || cells.slice(0, 4).some((c) => !c)) {
      throw new Error(`${file}:${i + 1}: expected ${expected} tab-separated columns (${GOLD_COLUMNS.join(', ')}), got "${raw}"`);
    }
    visit(cells, i + 1);
  });
}

/** Reads a gold file; a malformed row is an error naming the file and line. */
export function parseGold(text: string, file: string): GoldRow[] {
  const rows: GoldRow[] = [];
  eachRow(text, file, '5', (cells, line) => {
    const [earlierPlan, earlierClause, laterPlan, laterClause, label] = cells;
    if (label !== 'pair' && label !== 'non-pair') throw new Error(`${file}:${line}: label must be "pair" or "non-pair", got "${label}"`);
    rows.push({ earlierPlan, earlierClause, laterPlan, laterClause, label, line, ...weakOf(cells[5]) });
  });
  return rows;
}

/** A pair of plans and the clause ids compared, after reading rows as their items. */
export interface GoldPair {
  earlierPlan: string;
  laterPlan: string;
  earlier: string;
  later: string;
  label: GoldLabel;
  /** Every row making this pair is marked weak (R7): present only when true. */
  weak?: true;
}

/**
 * Gold rows as commitments: `asCommitment(plan, id)` gives the id the aligner uses (an item for a restating row),
 * or null when the plan has no such clause — an error naming the line. Duplicates merged, `pair` winning.
 */
export function goldPairs(rows: readonly GoldRow[], asCommitment: (plan: string, id: string) => string | null, file: string): GoldPair[] {
  const out = new Map<string, GoldPair>();
  for (const r of rows) {
    const earlier = asCommitment(r.earlierPlan, r.earlierClause);
    const later = asCommitment(r.laterPlan, r.laterClause);
    if (earlier === null) throw new Error(`${file}:${r.line}: no clause ${r.earlierClause} in plan ${r.earlierPlan}`);
    if (later === null) throw new Error(`${file}:${r.line}: no clause ${r.laterClause} in plan ${r.laterPlan}`);
    const key = [r.earlierPlan, earlier, r.laterPlan, later].join('\u0000');
    const seen = out.get(key);
    const weak = r.label === 'pair' && r.weak && (!seen || seen.label !== 'pair' || seen.weak) ? { weak: true as const } : {};
    if (!seen || r.label === 'pair') out.set(key, { earlierPlan: r.earlierPlan, laterPlan: r.laterPlan, earlier, later, label: r.label, ...weak });
  }
  return [...out.values()];
}

/** The gold pairs of one pair of plans. */
export function ofPairing(gold: readonly GoldPair[], p: Pick<GoldPair, 'earlierPlan' | 'laterPlan'>): GoldPair[] {
  return gold.filter((g) => g.earlierPlan === p.earlierPlan && g.laterPlan === p.laterPlan);
}

/** The aligner's links for one pair of plans. */
export interface PlanLinks {
  earlierPlan: string;
  laterPlan: string;
  links: readonly Pick<Link, 'earlier' | 'later' | 'confidence'>[];
}

export interface AlignScore {
  /** Aligner links whose later clause is labelled. */
  judged: number;
  /** Of those, gold pairs. */
  correct: number;
  /** Gold pairs. */
  pairs: number;
  /** Gold pairs the aligner links. */
  found: number;
  precision: number;
  recall: number;
  /** Links judged wrong (not gold pairs), and gold pairs missed. */
  wrong: Array<{ earlierPlan: string; laterPlan: string; earlier: string; later: string; confidence: number; label: GoldLabel | 'unlabelled' }>;
  missed: GoldPair[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision and recall of the aligner's links against the gold pairs (definitions in the module comment). */
export function scoreAlignment(gold: readonly GoldPair[], aligned: readonly PlanLinks[]): AlignScore {
  const k = (ep: string, lp: string, e: string, l: string) => [ep, lp, e, l].join('\u0000');
  const labelOf = new Map(gold.map((g) => [k(g.earlierPlan, g.laterPlan, g.earlier, g.later), g.label]));
  const labelledLater = new Set(gold.map((g) => [g.earlierPlan, g.laterPlan, g.later].join('\u0000')));
  const linked = new Set<string>();
  const score: AlignScore = { judged: 0, correct: 0, pairs: 0, found: 0, precision: 0, recall: 0, wrong: [], missed: [] };
  for (const pl of aligned) {
    for (const l of pl.links) {
      const key = k(pl.earlierPlan, pl.laterPlan, l.earlier, l.later);
      linked.add(key);
      if (!labelledLater.has([pl.earlierPlan, pl.laterPlan, l.later].join('\u0000'))) continue;
      score.judged += 1;
      const label = labelOf.get(key);
      if (label === 'pair') score.correct += 1;
      else score.wrong.push({ earlierPlan: pl.earlierPlan, laterPlan: pl.laterPlan, earlier: l.earlier, later: l.later, confidence: l.confidence, label: label ?? 'unlabelled' });
    }
  }
  for (const g of gold) {
    if (g.label !== 'pair') continue;
    score.pairs += 1;
    if (linked.has(k(g.earlierPlan, g.laterPlan, g.earlier, g.later))) score.found += 1;
    else score.missed.push(g);
  }
  score.precision = ratio(score.correct, score.judged);
  score.recall = ratio(score.found, score.pairs);
  return score;
}

/** One pair of plans ready to be scored under any parameters: its units' ids, their evidence and its gold pairs. */
export interface Pairing {
  earlierPlan: string;
  laterPlan: string;
  earlier: readonly Pick<AlignUnit, 'id'>[];
  later: readonly Pick<AlignUnit, 'id'>[];
  evidence: readonly PairEvidence[][];
  gold: readonly GoldPair[];
}

/**
 * Precision and recall over some pairings under the given parameters, links below MIN_CONFIDENCE left out — the
 * confidence read through `fit`, by default the curve calibrated on these same pairings (calibrate).
 */
export function scorePairings(pairings: readonly Pairing[], params: AlignParams, fit: ConfidenceFit = calibrate(pairings, params)): AlignScore {
  const aligned = pairings.map((p) => ({
    earlierPlan: p.earlierPlan,
    laterPlan: p.laterPlan,
    links: linksOf(p.earlier, p.later, scoreEvidence(p.evidence, params), params, fit, MIN_CONFIDENCE),
  }));
  return scoreAlignment(
    pairings.flatMap((p) => p.gold),
    aligned,
  );
}

/** The figure the parameters are chosen on: F1, the harmonic mean of precision and recall. */
export function f1(s: Pick<AlignScore, 'precision' | 'recall'>): number {
  return s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
}

/** The values tried for each parameter (a coarse grid: finer steps only fit the gold file's noise). */
export const PARAM_GRID: { readonly [K in keyof AlignParams]: readonly number[] } = {
  phrases: [0, 0.5, 1, 1.5, 2],
  apart: [0, 0.25, 0.5, 1],
  text: [0, 1, 2, 3, 4],
  sentence: [0, 0.5, 1, 1.5, 2, 3],
  themes: [0, 0.25, 0.5, 0.75, 1],
  strong: [1, 1.25, 1.5, 1.75, 2, 2.5, 3],
  fair: [0.25, 0.5, 0.75, 1, 1.25, 1.5],
  earlierFair: [0.5, 0.75, 1, 1.25, 1.5, 2],
  near: [0.7, 0.8, 0.9, 1],
};

/**
 * Where every fit starts: the weights and thresholds the aligner had before its parameters were fitted (chosen by
 * hand on the first two pairings), without the evidence added since (SENTENCE weighs 0, `apart` 1: themes never discount words; `near` 1: only the
 * best match).
 */
export const FIT_START: AlignParams = { phrases: 1, apart: 1, text: 2, sentence: 0, themes: 0.5, strong: 1.5, fair: 0.5, earlierFair: 1, near: 1 };

/**
 * Parameters chosen on some pairings: coordinate ascent of F1 over PARAM_GRID from `start`, one parameter at a time
 * in a fixed order, a value kept only when it raises F1 (so ties keep the earlier value), until no parameter
 * changes; each candidate scored with its own confidence curve calibrated on the same pairings, links below
 * MIN_CONFIDENCE left out, as the site does. Deterministic.
 */
export function fitParams(pairings: readonly Pairing[], start: AlignParams): AlignParams {
  let best = { ...start };
  let bestF = f1(scorePairings(pairings, best));
  for (let round = 0; round < 10; round += 1) {
    let changed = false;
    for (const key of Object.keys(PARAM_GRID) as (keyof AlignParams)[]) {
      for (const value of PARAM_GRID[key]) {
        const candidate = { ...best, [key]: value };
        const f = f1(scorePairings(pairings, candidate));
        if (f > bestF + 1e-9) {
          best = candidate;
          bestF = f;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return best;
}

/** A logistic curve read from a score: P = 1 / (1 + e^−(slope × score + intercept)). */
export interface Logistic {
  slope: number;
  intercept: number;
}

/**
 * The scores of the judged links (from labelled later clauses) the rules make under the parameters — before any is
 * left out for its confidence — each with whether it is a gold pair.
 */
export function judgedLinkScores(pairings: readonly Pairing[], params: AlignParams): Array<{ score: number; right: boolean }> {
  const out: Array<{ score: number; right: boolean }> = [];
  for (const p of pairings) {
    const scored = scoreEvidence(p.evidence, params);
    const labelled = new Set(p.gold.map((g) => g.later));
    const pairs = new Set(p.gold.filter((g) => g.label === 'pair').map((g) => `${g.earlier}\u0000${g.later}`));
    const scoreOf = new Map(scored.flat().map((x) => [`${p.earlier[x.earlier].id}\u0000${p.later[x.later].id}`, x.score]));
    for (const l of linksOf(p.earlier, p.later, scored, params, undefined, 0)) {
      if (!labelled.has(l.later)) continue;
      const key = `${l.earlier}\u0000${l.later}`;
      out.push({ score: scoreOf.get(key)!, right: pairs.has(key) });
    }
  }
  return out;
}

/** A ridge on the slope, so that links the score separates perfectly do not send it to infinity. */
const CONFIDENCE_RIDGE = 0.01;

/**
 * The logistic curve of "is this link right" on its score: maximum likelihood by Newton's method (two parameters;
 * hand-written — a library would bring a matrix package for one 2 × 2 solve), a small ridge on the slope, 50
 * steps from slope 1, intercept 0; rounded to two decimals, as the site states it. Deterministic.
 */
export function fitConfidence(points: ReadonlyArray<{ score: number; right: boolean }>): Logistic {
  let [a, b] = [1, 0];
  for (let step = 0; step < 50; step += 1) {
    let [ga, gb, haa, hab, hbb] = [-CONFIDENCE_RIDGE * a, 0, -CONFIDENCE_RIDGE, 0, 0];
    for (const { score, right } of points) {
      const p = 1 / (1 + Math.exp(-(a * score + b)));
      const r = (right ? 1 : 0) - p;
      const w = p * (1 - p);
      ga += r * score;
      gb += r;
      haa -= w * score * score;
      hab -= w * score;
      hbb -= w;
    }
    const det = haa * hbb - hab * hab;
    if (det === 0) break;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return { slope: Math.round(a * 100) / 100, intercept: Math.round(b * 100) / 100 };
}

/** The confidence curve of the links the rules make on some pairings under the parameters. */
export function calibrate(pairings: readonly Pairing[], params: AlignParams): Logistic {
  return fitConfidence(judgedLinkScores(pairings, params));
}

/**
 * A second reading of the same later clauses (scripts/data/align-second.tsv): labelled again, blind, by other readers
 * under the gold file's rules (R1–R6; R8: every earlier clause a later clause continues is listed), written as the
 * pairs they make — rows `earlier_plan  earlier_clause  later_plan  later_clause  pair  note`, and for a later clause
 * that continues nothing a row with earlier clause `-` and label `none`. What two readers agree on is the ceiling of
 * any figure measured against one of them.
 */
export interface SecondReading {
  /** The pairs, as gold rows. */
  pairs: GoldRow[];
  /** Every later clause read, per pair of plans: `earlierPlan \0 laterPlan \0 laterClause`. */
  read: Set<string>;
}

/** Reads a second reading; a malformed row is an error naming the file and line. */
export function parseSecond(text: string, file: string): SecondReading {
  const out: SecondReading = { pairs: [], read: new Set() };
  eachRow(text, file, 'at least 5', (cells, line) => {
    const [earlierPlan, earlierClause, laterPlan, laterClause, label] = cells;
    if (label === 'none' ? earlierClause !== '-' : label !== 'pair' || earlierClause === '-') {
      throw new Error(`${file}:${line}: a row is "pair" with an earlier clause, or "none" with earlier clause "-"; got "${label}" with "${earlierClause}"`);
    }
    out.read.add([earlierPlan, laterPlan, laterClause].join('\u0000'));
    if (label === 'pair') out.pairs.push({ earlierPlan, earlierClause, laterPlan, laterClause, label, line, ...weakOf(cells[5]) });
  });
  return out;
}

/**
 * A second reading as gold pairs over the units compared: its pairs (rows read as their items, as goldPairs does),
 * and, R8, every other earlier unit of a later clause it read as a non-pair.
 */
export function secondPairs(
  second: SecondReading,
  earlierIdsOf: (plan: string) => readonly string[],
  asCommitment: (plan: string, id: string) => string | null,
  file: string,
): GoldPair[] {
  const pairs = goldPairs(second.pairs, asCommitment, file);
  const paired = new Set(pairs.map((g) => [g.earlierPlan, g.laterPlan, g.earlier, g.later].join('\u0000')));
  const nonPairs: GoldPair[] = [];
  for (const key of second.read) {
    const [earlierPlan, laterPlan, laterClause] = key.split('\u0000');
    const later = asCommitment(laterPlan, laterClause);
    if (later === null) throw new Error(`${file}: no clause ${laterClause} in plan ${laterPlan}`);
    for (const earlier of earlierIdsOf(earlierPlan)) {
      if (!paired.has([earlierPlan, laterPlan, earlier, later].join('\u0000'))) nonPairs.push({ earlierPlan, laterPlan, earlier, later, label: 'non-pair' });
    }
  }
  return [...pairs, ...nonPairs];
}

/** The pairs of a gold alignment as the links of an aligner (to score one reader against another). */
export function asLinks(gold: readonly GoldPair[]): PlanLinks[] {
  const byPlans = new Map<string, PlanLinks & { links: Pick<Link, 'earlier' | 'later' | 'confidence'>[] }>();
  for (const g of gold) {
    if (g.label !== 'pair') continue;
    const key = `${g.earlierPlan}\u0000${g.laterPlan}`;
    if (!byPlans.has(key)) byPlans.set(key, { earlierPlan: g.earlierPlan, laterPlan: g.laterPlan, links: [] });
    byPlans.get(key)!.links.push({ earlier: g.earlier, later: g.later, confidence: 1 });
  }
  return [...byPlans.values()];
}

/**
 * Two readings combined over the later clauses both read (Och and Ney's sure and possible alignments): `sure` pairs
 * are those both readers make, `possible` those either makes. An aligner is then judged right on a possible pair
 * (precision against `possible`) and must find the sure ones (recall against `sure`). `lenient` (the gold file's R7:
 * "a lenient/strict evaluation may treat [weak pairs] separately"): a pair either reader marks weak is not sure.
 */
export function combineReadings(a: readonly GoldPair[], b: readonly GoldPair[], opts: { lenient?: boolean } = {}): { sure: GoldPair[]; possible: GoldPair[] } {
  const key = (g: GoldPair) => [g.earlierPlan, g.laterPlan, g.earlier, g.later].join('\u0000');
  const laterKey = (g: GoldPair) => [g.earlierPlan, g.laterPlan, g.later].join('\u0000');
  const readByB = new Set(b.map(laterKey));
  const labelB = new Map(b.map((g) => [key(g), g.label]));
  const weakB = new Set(b.filter((g) => g.weak).map(key));
  const sure: GoldPair[] = [];
  const possible: GoldPair[] = [];
  for (const g of a) {
    if (!readByB.has(laterKey(g))) continue;
    const other = labelB.get(key(g)) ?? 'non-pair';
    const sureBoth = g.label === 'pair' && other === 'pair' && !(opts.lenient && (g.weak || weakB.has(key(g))));
    sure.push({ ...g, label: sureBoth ? 'pair' : 'non-pair' });
    possible.push({ ...g, label: g.label === 'pair' || other === 'pair' ? 'pair' : 'non-pair' });
  }
  const seen = new Set(a.map(key));
  const readByA = new Set(a.map(laterKey));
  for (const g of b) {
    if (seen.has(key(g)) || !readByA.has(laterKey(g))) continue;
    sure.push({ ...g, label: 'non-pair' });
    possible.push({ ...g });
  }
  return { sure, possible };
}
