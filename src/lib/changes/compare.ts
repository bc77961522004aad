/**
 * Comparing two plans clause by clause — the one piece the changes pages (a city's successive plans) and the
 * compare view's alignment of two plans of one city both show (pure; run at build time, its results published): the
 * alignment (align.ts) with a word-level diff of each linked pair (diff.ts), each clause's verdict, and the targets
 * both plans state (indicators.ts).
 *
 * Verdicts: a later clause continuing no earlier clause is new; one that continues some is continued — raised or
 * lowered when it states a target of an indicator the earlier plan also set (like with like) and sets it higher or
 * lower; an earlier clause no later clause continues is dropped.
 */
import type { AlignLink, AlignUnit, ChangeKind, ChangeStep, TargetMove, UnitsFile } from '~/schemas/changes';
import { alignPlans } from './align';
import { wordDiff } from './diff';
import { targetMoves, trajectories, type TargetInput } from './indicators';

export { CHANGE_KINDS, CHANGE_LABELS, NO_THEME, summarise, type SummaryRow, type Verdict } from './summary';

/** One plan's side of a comparison: its slug and its units (content/analysis/units.json). */
export interface PlanSide {
  slug: string;
  units: readonly AlignUnit[];
}

export type Comparison = Pick<ChangeStep, 'from' | 'to' | 'links' | 'verdicts' | 'targets'>;

/** Align two plans, diff each linked pair, and judge each clause. `moves`: targets both plans state (targetMoves). */
export function comparePlans(earlier: PlanSide, later: PlanSide, moves: readonly TargetMove[] = []): Comparison {
  const eById = new Map(earlier.units.map((u) => [u.id, u]));
  const lById = new Map(later.units.map((u) => [u.id, u]));
  const links: AlignLink[] = alignPlans(earlier.units, later.units).map((l) => {
    const [pe, pl] = l.paragraphs;
    return { ...l, diff: wordDiff(eById.get(l.earlier)!.paragraphs[pe].tokens, lById.get(l.later)!.paragraphs[pl].tokens) };
  });
  const continued = new Set(links.map((l) => l.later));
  const kept = new Set(links.map((l) => l.earlier));
  const moved = new Map<string, 'raised' | 'lowered'>();
  for (const m of moves) {
    if (m.direction === 'same' || !lById.has(m.to.clause)) continue;
    // A clause raising one target and lowering another is shown as raised: it says more than it drops.
    if (moved.get(m.to.clause) !== 'raised') moved.set(m.to.clause, m.direction);
  }
  const verdicts: Comparison['verdicts'] = [
    ...later.units.map((u) => ({ plan: later.slug, id: u.id, kind: (moved.get(u.id) ?? (continued.has(u.id) ? 'continued' : 'new')) as ChangeKind, themes: [...u.themes] })),
    ...earlier.units.filter((u) => !kept.has(u.id)).map((u) => ({ plan: earlier.slug, id: u.id, kind: 'dropped' as ChangeKind, themes: [...u.themes] })),
  ];
  return { from: earlier.slug, to: later.slug, links, verdicts, targets: [...moves] };
}

/**
 * Any two plans compared as a city's steps and pairs are (city.ts), from the units file: their units aligned and
 * diffed, their targets lined up like with like. `earlier` is the first of the pair. (The compare view does not run
 * this: it reads the comparison the build published, /data/changes/pairs/.)
 */
export function comparePair(
  earlier: string,
  later: string,
  units: Pick<UnitsFile, 'plans'>,
  targets: readonly TargetInput[],
  clauseOrder: (plan: string, clause: string) => number,
  anchor: string,
): Comparison & { anchor: string } {
  const moves = targetMoves(trajectories([earlier, later], targets, { clauseOrder }), earlier, later);
  return { anchor, ...comparePlans({ slug: earlier, units: units.plans[earlier] ?? [] }, { slug: later, units: units.plans[later] ?? [] }, moves) };
}
