/**
 * The theme tagger as the pipeline runs it: the rules (tag.ts) and the learned model (model.ts) together.
 *
 * - The model is trained at build time on the committed hand labels (labels.ts) that resolve to clauses being
 *   tagged, and gives each (clause, theme) a probability, reading the clause's words and the rules' evidence.
 * - A theme is assigned (`themes`) when its probability reaches CONFIDENT; a theme between POSSIBLE and CONFIDENT
 *   is "possibly related" (`possibleThemes`), shown apart on the theme pages.
 * - The rules that encode the labelling policy stay in force: a clause that commits to nothing (an issuing notice,
 *   definitions, a section that looks back: the rules' [silent]) takes no theme, certain or possible.
 * - With no label to learn from (a corpus none of whose plans is labelled), the rules decide alone.
 */
import { ruleEvidence, scoreEvidence, tagInputs, type RuleEvidence, type TaggableClause, type ThemeScore } from '../tag';
import { resolveLabel, type Label, type LabelledClause } from '../evaluate';
import { themes } from '~/data/themes';
import { themeProbabilities, trainThemeModel, type ModelInput, type ThemeModel, type TrainingExample } from './model';

/**
 * Probability at or above which a theme is assigned. The model's probabilities are shrunk by its regularisation and
 * by how rare each theme is (about one clause in fourteen has a given theme), so the best cut is well below one half:
 * leave-one-plan-out cross-validation over the labels (with MODEL_OPTIONS) gives precision / recall 0.975 / 0.966 at
 * 0.2, 0.977 / 0.944 at 0.3, 0.976 / 0.866 at 0.5; at 0.2 alone every theme stays ≥ 0.9 (lowest: 0.93 / 0.91).
 */
export const CONFIDENT = 0.2;
/** Probability at or above which (below CONFIDENT) a theme is shown as possibly related. */
export const POSSIBLE = 0.05;

/** The themes of a clause: assigned, and possibly related (disjoint, each in taxonomy order). */
export interface ThemeTags {
  themes: string[];
  possibleThemes: string[];
}

const slugs = themes.map((t) => t.slug as string);

/** The tags of one clause from its rule evidence and scores and, when there is a model, its probabilities. */
export function decide(evidence: RuleEvidence, scores: readonly ThemeScore[], probabilities: readonly number[] | null): ThemeTags {
  if (evidence.mode === 'silent') return { themes: [], possibleThemes: [] };
  if (!probabilities) return { themes: scores.filter((s) => s.score >= s.threshold).map((s) => s.slug), possibleThemes: [] };
  return {
    themes: slugs.filter((_, k) => probabilities[k] >= CONFIDENT),
    possibleThemes: slugs.filter((_, k) => probabilities[k] >= POSSIBLE && probabilities[k] < CONFIDENT),
  };
}

/** A clause the combined tagger reads: what the rules read, and what a label names it by. */
export type CorpusClause = TaggableClause & LabelledClause;

/** What the model reads of every clause (same order): its tag input (tables read together), rule evidence and scores. */
export function modelInputs(clauses: readonly TaggableClause[]): ModelInput[] {
  return tagInputs(clauses).map((input) => {
    const evidence = ruleEvidence(input);
    return { input, evidence, scores: scoreEvidence(evidence) };
  });
}

/**
 * The labelled clauses among `clauses`, with what the model reads of them: every label that resolves (evaluate.ts
 * resolveLabel) to one of them. Labels of other plans are not used.
 */
export function trainingExamples(labels: readonly Label[], clauses: readonly CorpusClause[], inputs: readonly ModelInput[]): TrainingExample[] {
  const byPlan = new Map<string, LabelledClause[]>();
  const at = new Map<LabelledClause, number>();
  clauses.forEach((c, i) => {
    byPlan.set(c.plan, [...(byPlan.get(c.plan) ?? []), c]);
    at.set(c, i);
  });
  const out: TrainingExample[] = [];
  for (const label of labels) {
    const { clause } = resolveLabel(label, byPlan);
    if (clause) out.push({ ...inputs[at.get(clause)!], themes: label.themes });
  }
  return out;
}

/** A trained model, or null when no label resolves (the rules then decide alone). */
export function trainOn(examples: readonly TrainingExample[]): ThemeModel | null {
  return examples.length ? trainThemeModel(examples) : null;
}

/** Tags every clause (same order) with a model (null: rules alone). */
export function tagWith(model: ThemeModel | null, inputs: readonly ModelInput[]): ThemeTags[] {
  return inputs.map((m) => decide(m.evidence, m.scores, model ? themeProbabilities(model, m) : null));
}

/**
 * Tags a corpus: trains the model on the labels that name its clauses, then tags every clause (same order). The
 * labels of a plan train the model that tags every plan, that one included: labelling a plan improves the next.
 */
export function tagCorpus(clauses: readonly CorpusClause[], labels: readonly Label[]): ThemeTags[] {
  const inputs = modelInputs(clauses);
  return tagWith(trainOn(trainingExamples(labels, clauses, inputs)), inputs);
}
