/**
 * The learned theme model: one logistic regression over (clause, theme) pairs, trained from the hand labels.
 *
 * Each pair is read as: an intercept of its own per theme (THEME_BIAS), the clause's words crossed with the theme
 * (so "智算" can weigh for 算力 and against 人才), and the rule evidence for that theme (features.ts), whose weights
 * are shared by every theme. One model over all pairs, rather than one per theme, lets themes with few labels (人才:
 * 8) borrow what the rule features mean from themes with many (数字产业: 41).
 *
 * Only features seen in training have a weight; a word never seen in a labelled clause says nothing. Training is
 * deterministic (logistic.ts): the same labels give the same model on every build.
 */
import { themes } from '~/data/themes';
import type { RuleEvidence, TagInput, ThemeScore } from '../tag';
import { ruleFeatures, wordFeatures } from './features';
import { predictProbability, sparseRow, trainLogistic, type LogisticWeights, type SparseRow, type TrainOptions } from './logistic';

/**
 * The training settings, chosen by leave-one-plan-out cross-validation over the labels (npm run eval:themes): of L2
 * 0.0003, 0.001, 0.003 and 0.01 (300 steps), 0.003 gave the best precision and recall at the best threshold; fewer
 * steps (100 at rate 1) left a theme's precision below 0.9.
 */
export const MODEL_OPTIONS: TrainOptions = { l2: 0.003, steps: 300, rate: 0.5 };

/** Feature-name prefixes of the pair model: a theme's own intercept, a rule feature, a word crossed with a theme. */
const THEME_BIAS = 't:';
const RULE = 'r:';
const CROSS = '|';

/** A clause as the model reads it: what the tagger reads, the rules' evidence and their scores (taxonomy order). */
export interface ModelInput {
  input: TagInput;
  evidence: RuleEvidence;
  scores: readonly ThemeScore[];
}

/** A labelled clause: the themes a person gave it under the labelling policy. */
export interface TrainingExample extends ModelInput {
  themes: readonly string[];
}

export interface ThemeModel {
  /** Feature name → index into the weights. */
  index: ReadonlyMap<string, number>;
  weights: LogisticWeights;
  /** How many labelled clauses it was trained on (0: it knows nothing, and the rules decide alone). */
  examples: number;
}

const slugs = themes.map((t) => t.slug as string);

/** Feature names of one (clause, theme) pair, given the clause's word features. */
function pairFeatures(words: readonly string[], clause: ModelInput, k: number): Map<string, number> {
  const slug = slugs[k];
  const f = new Map<string, number>([[THEME_BIAS + slug, 1]]);
  for (const [name, value] of Object.entries(ruleFeatures(clause.evidence, clause.evidence.themes[k], clause.scores[k]))) f.set(RULE + name, value);
  for (const w of words) f.set(slug + CROSS + w, 1);
  return f;
}

function toRow(named: Map<string, number>, index: ReadonlyMap<string, number>): SparseRow {
  const m = new Map<number, number>();
  for (const [name, value] of named) {
    const j = index.get(name);
    if (j !== undefined) m.set(j, value);
  }
  return sparseRow(m);
}

/** Trains the model on labelled clauses (see the module comment). */
export function trainThemeModel(examples: readonly TrainingExample[], options: TrainOptions = MODEL_OPTIONS): ThemeModel {
  const pairs: Array<{ named: Map<string, number>; target: number }> = [];
  for (const ex of examples) {
    const words = wordFeatures(ex.input);
    const truth = new Set(ex.themes);
    slugs.forEach((slug, k) => pairs.push({ named: pairFeatures(words, ex, k), target: truth.has(slug) ? 1 : 0 }));
  }
  // Indices in sorted name order, so the model does not depend on the order of the label files.
  const names = [...new Set(pairs.flatMap((p) => [...p.named.keys()]))].sort();
  const index = new Map(names.map((n, j) => [n, j]));
  const rows = pairs.map((p) => toRow(p.named, index));
  const weights = trainLogistic(rows, pairs.map((p) => p.target), names.length, options);
  return { index, weights, examples: examples.length };
}

/** The model's probability of every theme (taxonomy order) for a clause. */
export function themeProbabilities(model: ThemeModel, clause: ModelInput): number[] {
  const words = wordFeatures(clause.input);
  return slugs.map((_, k) => predictProbability(model.weights, toRow(pairFeatures(words, clause, k), model.index)));
}
