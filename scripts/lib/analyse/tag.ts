/**
 * Theme tagger: which themes of the taxonomy (src/data/themes.ts) a clause is about — the decision, and the public
 * API of the tagger's steps:
 * 1. text preparation (tag-text.ts): fold, drop the department trailer, cut into jieba tokens once (with every
 *    taxonomy phrase in the dictionary, tag-taxonomy.ts), find cited titles and sentences of purpose, and whether the
 *    clause commits to nothing (an issuing notice, definitions, a section that looks back) or is guidance;
 * 2. mentions (tag-mentions.ts): how each taxonomy phrase is mentioned — really, with a quantified target of its
 *    own, or only in passing (a list item, a leading frame of means, the subject of a qualitative aim …);
 * 3. rule evidence (tag-features.ts): per theme, the phrases mentioned and the headings naming it, as data;
 * 4. scoring (tag-score.ts): weights and a threshold for the clause's length;
 * 5. decision (here): a theme is assigned when its score reaches the threshold. Table rows are read with their
 *    table (tag-table.ts).
 * Deterministic and fast: nodejieba is loaded once. The weights, thresholds, vocabularies and cue patterns are
 * reviewed data in src/data/tagger.ts; they follow the labelling policy at the top of scripts/data/theme-labels*.tsv.
 */
import { ruleEvidence, type RuleEvidence } from './tag-features';
import { themeScores } from './tag-score';
import { tagInputs, type TaggableClause } from './tag-table';
import type { TagInput } from './tag-text';

export { analysisText, type TagInput } from './tag-text';
export { ruleEvidence, type RuleEvidence, type TermHit, type ThemeEvidence } from './tag-features';
export { scoreEvidence, themeScores, type ThemeScore } from './tag-score';
export { tagInputs, type RowCell, type TaggableClause } from './tag-table';

/** Theme slugs of a clause, in taxonomy order; may be several, may be none. */
export function tagThemes(input: TagInput): string[] {
  return themeScores(input)
    .filter((s) => s.score >= s.threshold)
    .map((s) => s.slug);
}

/** Theme slugs of every clause of a plan set (same order), table rows read as tagInputs explains. */
export function tagClauses(clauses: readonly TaggableClause[]): string[][] {
  return tagInputs(clauses).map(tagThemes);
}

/**
 * The rule evidence of every clause of a plan set (same order), table rows read as tagInputs explains: the features
 * the rules decide by, for a model learned beside them.
 */
export function clauseEvidence(clauses: readonly TaggableClause[]): RuleEvidence[] {
  return tagInputs(clauses).map(ruleEvidence);
}
