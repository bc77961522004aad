/**
 * content/analysis/changes.json: for every city with at least two plans, its changes (src/lib/changes/city.ts):
 * the steps compared with their alignments, diffs and verdicts, its target trajectories and theme shares.
 */
import { GENERATED } from '~/schemas/analysis';
import type { ChangesFile, UnitsFile } from '~/schemas/changes';
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { cityChanges } from '~/lib/changes/city';
import type { TargetInput } from '~/lib/changes/indicators';
import { groupByCity } from '~/lib/plans';
import { CONFIDENCE_NOTE } from '~/lib/changes/align';

export const CHANGES_METHOD =
  'Clauses of two plans are aligned by the phrases they share (weighted by how few clauses of either plan contain them), ' +
  'the similarity of their best-matching paragraphs (TF-IDF over jieba words and their character bigrams) and their shared themes; ' +
  `goals only continue goals and tasks tasks. ${CONFIDENCE_NOTE} Diffs are over jieba tokens. ` +
  'Targets line up only like with like: the same indicator, scope, measure (level or per year) and unit family.';

/** Every city's changes (cities by slug); cities with one plan are left out. */
export function corpusChanges(
  plans: readonly PolicyDoc[],
  clauses: readonly Clause[],
  units: UnitsFile,
  targets: readonly TargetInput[],
): ChangesFile {
  const order = new Map(clauses.map((c) => [`${c.plan}/${c.id}`, c.order]));
  const clauseOrder = (plan: string, id: string) => order.get(`${plan}/${id}`) ?? Number.MAX_SAFE_INTEGER;
  const cities = groupByCity(plans)
    .filter((g) => g.plans.length >= 2)
    .map((g) => cityChanges({ city: g.city, slug: g.slug }, g.plans, (slug) => units.plans[slug] ?? [], targets, clauseOrder));
  return { generated: GENERATED, method: CHANGES_METHOD, cities };
}
