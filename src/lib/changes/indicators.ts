/**
 * Targets like with like, across a city's plans: one series per indicator identity — the same indicator, scope,
 * measure and unit family — which is the one definition the /indicators/ page uses too (indicatorKey and
 * indicatorLabel in src/lib/analysis/indicators.ts, over the fields the target extraction gives).
 *
 * Kept apart, not guessed together: 高新技术企业 "累计建成…295/350/400" vs "国家高新技术企业超400家" (a scope the other
 * does not state), 先进级智能工厂 "每年新增100家" vs "累计…400" (per year vs cumulative), 数字经济核心产业增加值 (亿元)
 * vs its share of GDP (%, another indicator).
 */
import { indicatorKey, indicatorLabel } from '~/lib/analysis/indicators';
import type { TargetMove, Trajectory, TrajectoryPoint } from '~/schemas/changes';
import type { Measure } from '~/schemas/targets';

/** The fields of an extracted target this module reads. */
export interface TargetInput {
  plan: string;
  clause: string;
  indicator: string;
  raw: string;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  /** Qualifiers that narrow what is counted (国家级, 省级以上 …), as the extraction states them. */
  scope: string[];
  /** Cumulative, new, per year, or unmarked, as the extraction reads it. */
  measure: Measure;
  comparator: TrajectoryPoint['comparator'];
  text: string;
  url: string;
}

/**
 * Trajectories of a city's plans (given in time order): one per like-with-like key, one point per plan and year
 * (the first clause in document order that states it: `clauseOrder`), points in plan order then year. `minPlans`: keep series stated
 * by at least that many plans; `minPoints`: and with at least that many points.
 */
export function trajectories(
  planOrder: readonly string[],
  targets: readonly TargetInput[],
  opts: { minPlans?: number; minPoints?: number; clauseOrder?: (plan: string, clause: string) => number } = {},
): Trajectory[] {
  const rank = new Map(planOrder.map((p, i) => [p, i]));
  const order = opts.clauseOrder ?? (() => 0);
  const mine = targets
    .filter((t) => rank.has(t.plan))
    .sort((a, b) => rank.get(a.plan)! - rank.get(b.plan)! || order(a.plan, a.clause) - order(b.plan, b.clause));
  const groups = new Map<string, TargetInput[]>();
  for (const t of mine) groups.set(indicatorKey(t), [...(groups.get(indicatorKey(t)) ?? []), t]);
  const out: Trajectory[] = [];
  for (const [key, ts] of groups) {
    const points = new Map<string, TrajectoryPoint>();
    for (const t of ts) {
      const k = `${t.plan}|${t.year ?? ''}`;
      if (!points.has(k)) points.set(k, { plan: t.plan, clause: t.clause, url: t.url, year: t.year, value: t.value, valueMax: t.valueMax, comparator: t.comparator });
    }
    const list = [...points.values()].sort((a, b) => rank.get(a.plan)! - rank.get(b.plan)! || (a.year ?? 9999) - (b.year ?? 9999));
    const plans = new Set(list.map((p) => p.plan)).size;
    if (plans < (opts.minPlans ?? 1) || list.length < (opts.minPoints ?? 1)) continue;
    const units = ts.map((t) => t.unit);
    const unit = units.sort((a, b) => units.filter((u) => u === b).length - units.filter((u) => u === a).length || (a < b ? -1 : 1))[0];
    out.push({ key, indicator: indicatorLabel(ts[0]), unit, measure: ts[0].measure, points: list });
  }
  return out.sort((a, b) => new Set(b.points.map((p) => p.plan)).size - new Set(a.points.map((p) => p.plan)).size || b.points.length - a.points.length || (a.key < b.key ? -1 : 1));
}

/** A plan's last point of a trajectory: its latest year (an undated point only when it has no dated one). */
function lastPoint(t: Trajectory, plan: string): TrajectoryPoint | null {
  const mine = t.points.filter((p) => p.plan === plan);
  const dated = mine.filter((p) => p.year !== null);
  return (dated.length ? dated : mine).at(-1) ?? null;
}

/** Indicators both plans state (like with like): the earlier plan's last target against the later plan's. */
export function targetMoves(all: readonly Trajectory[], earlier: string, later: string): TargetMove[] {
  const out: TargetMove[] = [];
  for (const t of all) {
    const from = lastPoint(t, earlier);
    const to = lastPoint(t, later);
    if (!from || !to) continue;
    const direction = to.value > from.value ? 'raised' : to.value < from.value ? 'lowered' : 'same';
    out.push({
      key: t.key,
      indicator: t.indicator,
      unit: t.unit,
      from: { value: from.value, year: from.year, clause: from.clause },
      to: { value: to.value, year: to.year, clause: to.clause },
      direction,
    });
  }
  return out;
}
