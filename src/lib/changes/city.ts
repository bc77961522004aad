/**
 * A city's changes (pure): its plans in time order compared step by step (compare.ts), the targets of its plans
 * lined up like with like (indicators.ts), and each plan's share of commitments per theme. The steps, each with a
 * page, are linear in the city's plans: each plan is compared with the one before it and, when that is of another
 * kind, with the previous plan of its own kind (盐城 2025–2027 行动计划 with 2022–2024 行动计划, past the 2024 工作要点).
 * The city's other pairs are compared the same way for the compare view (data only, no pages): a city has few plans
 * (the corpus grows by cities), so this stays bounded.
 */
import type { AlignUnit, ChangeStep, CityChanges, ThemeShare } from '~/schemas/changes';
import type { PlanMeta } from '~/schemas/policy';
import { PAIR_SEPARATOR } from '~/lib/compare';
import { comparePlans } from './compare';
import { targetMoves, trajectories, type TargetInput } from './indicators';

/** The steps compared for plans in time order: [earlier, later, relation], each later plan's own steps together. */
export function stepsOf(plans: readonly Pick<PlanMeta, 'slug' | 'kind'>[]): Array<[string, string, ChangeStep['relation']]> {
  const out: Array<[string, string, ChangeStep['relation']]> = [];
  plans.forEach((p, i) => {
    if (i === 0) return;
    out.push([plans[i - 1].slug, p.slug, 'consecutive']);
    if (p.kind === null || plans[i - 1].kind === p.kind) return;
    const same = plans.slice(0, i - 1).reverse().find((q) => q.kind === p.kind);
    if (same) out.push([same.slug, p.slug, 'same-kind']);
  });
  return out;
}

/** Every pair of plans (in time order, earlier first) that is not a step: what the compare view may be asked for. */
export function otherPairsOf(plans: readonly string[], steps: ReadonlySet<string>): Array<[string, string]> {
  return plans.flatMap((from, i) => plans.slice(i + 1).map((to) => [from, to] as [string, string])).filter(([from, to]) => !steps.has(`${from}${PAIR_SEPARATOR}${to}`));
}

/** The step a reader wants first: the latest plan against the previous plan of its kind, else the one before it. */
export function leadStep<S extends Pick<ChangeStep, 'to' | 'relation'>>(steps: readonly S[]): S | null {
  const last = steps.at(-1);
  if (!last) return null;
  const mine = steps.filter((s) => s.to === last.to);
  return mine.find((s) => s.relation === 'same-kind') ?? mine[0];
}

/** Each plan's commitments with a theme, and how many are on each theme. */
export function themeShares(plans: readonly string[], unitsOf: (plan: string) => readonly Pick<AlignUnit, 'themes'>[]): ThemeShare[] {
  return plans.map((plan) => {
    const counts: Record<string, number> = {};
    let total = 0;
    for (const u of unitsOf(plan)) {
      if (u.themes.length) total += 1;
      for (const t of new Set(u.themes)) counts[t] = (counts[t] ?? 0) + 1;
    }
    return { plan, total, counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))) };
  });
}

/**
 * A city's changes. `plans` in time order (≥ 2); `unitsOf` a plan's units; `targets` the corpus's extracted targets;
 * `clauseOrder` a clause's position in its plan (the first clause stating a target is its point).
 */
export function cityChanges(
  city: { city: string; slug: string },
  plans: readonly Pick<PlanMeta, 'slug' | 'kind'>[],
  unitsOf: (plan: string) => readonly AlignUnit[],
  targets: readonly TargetInput[],
  clauseOrder: (plan: string, clause: string) => number,
): CityChanges {
  const slugs = plans.map((p) => p.slug);
  const all = trajectories(slugs, targets, { clauseOrder });
  // Steps and the other pairs are compared by the one function: the compare view shows what a step page shows.
  const compare = (from: string, to: string) => ({
    anchor: `${from}${PAIR_SEPARATOR}${to}`,
    ...comparePlans({ slug: from, units: unitsOf(from) }, { slug: to, units: unitsOf(to) }, targetMoves(all, from, to)),
  });
  const steps: ChangeStep[] = stepsOf(plans).map(([from, to, relation]) => ({ relation, ...compare(from, to) }));
  const stepped = new Set(steps.map((s) => s.anchor));
  return {
    city: city.city,
    slug: city.slug,
    plans: slugs,
    steps,
    pairs: otherPairsOf(slugs, stepped).map(([from, to]) => compare(from, to)),
    // A trajectory shows a path: an indicator set by two plans, or by one plan for several years.
    trajectories: all.filter((t) => t.points.length >= 2),
    themes: themeShares(slugs, unitsOf),
  };
}
