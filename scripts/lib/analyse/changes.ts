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
import type { Progress } from '../progress';

export const CHANGES_METHOD =
  'Clauses of two plans are aligned by the phrases they share (weighted by how few clauses of either plan contain them), ' +
  'the similarity of their best-matching paragraphs and sentences (TF-IDF over jieba words and their character bigrams, read through a reviewed table of renames such as 超算/智算) and their shared themes (clauses tagged with no theme in common get no credit for shared words); ' +
  `goals only continue goals and tasks tasks. ${CONFIDENCE_NOTE} Diffs are over jieba tokens. ` +
  'Targets line up only like with like: the same indicator, scope, measure (level or per year) and unit family.';

/** Every city's changes (cities by slug); cities with one plan are left out. `progress` is told of each plan done. */
export function corpusChanges(
  plans: readonly PolicyDoc[],
  clauses: readonly Clause[],
  units: UnitsFile,
  targets: readonly TargetInput[],
  progress: Pick<Progress, 'tick'> = { tick() {} },
): ChangesFile {
  const order = new Map(clauses.map((c) => [`${c.plan}/${c.id}`, c.order]));
  const clauseOrder = (plan: string, id: string) => order.get(`${plan}/${id}`) ?? Number.MAX_SAFE_INTEGER;
  const cities: ChangesFile['cities'] = [];
  for (const g of groupByCity(plans)) {
    if (g.plans.length >= 2) cities.push(cityChanges({ city: g.city, slug: g.slug }, g.plans, (slug) => units.plans[slug] ?? [], targets, clauseOrder));
    for (let i = 0; i < g.plans.length; i++) progress.tick();
  }
  return { generated: GENERATED, method: CHANGES_METHOD, cities };
}
