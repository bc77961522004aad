/**
 * Targets like with like, across a city's plans: the same indicator only when it is the same measure of the same
 * thing — same scope (国家 / 省级以上 / 数字经济… qualifiers), the same kind of measure (a level reached, or a
 * per-year amount), the same unit family (个 and 家 both count). From the fields the target extraction gives
 * (content/analysis/targets.json, scripts/lib/analyse/targets.ts), read here and never changed.
 *
 * Kept apart, not guessed together: 高新技术企业 "累计建成…295/350/400" vs "国家高新技术企业超400家" (a scope the other
 * does not state), 先进级智能工厂 "每年新增100家" vs "累计…400" (per year vs level), 数字经济核心产业增加值 (亿元) vs
 * its share of GDP (%, another indicator).
 */
import type { TargetMove, Trajectory, TrajectoryPoint } from '~/schemas/changes';

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
  annual: boolean;
  comparator: TrajectoryPoint['comparator'];
  text: string;
  url: string;
}

/** Words in front of a target that make it a per-year amount ("全年培育…55家", "年内投资…5个"). */
export const PER_YEAR_CUE = /(?:每年|年均|全年|年内)[^,,;;。]{0,8}$/u;
/** Qualifiers that narrow what is counted; a target naming one is another series than one that does not. */
export const SCOPE_WORDS = ['国家级', '国家', '省级以上', '省级', '市级', '数字经济', '规上', '中小'] as const;
/** Units that count things: one family. */
export const COUNT_UNITS = new Set(['个', '家', '项', '座', '所', '件', '套', '台', '条', '户', '类', '种', '场', '次', '份', '人', '名']);

/** "stock" (a level reached by a year, cumulative) or "per-year" (each year's amount). */
export function measureOf(t: Pick<TargetInput, 'annual' | 'raw' | 'text'>): 'stock' | 'per-year' {
  if (t.annual) return 'per-year';
  const at = t.text.indexOf(t.raw);
  const before = at >= 0 ? t.text.slice(0, at) : '';
  return PER_YEAR_CUE.test(before) ? 'per-year' : 'stock';
}

/** The qualifiers a target states beyond its indicator's name, in SCOPE_WORDS order ("国家" inside "国家级" once). */
export function scopeOf(t: Pick<TargetInput, 'indicator' | 'raw'>): string[] {
  let rest = t.raw;
  const out: string[] = [];
  for (const w of SCOPE_WORDS) {
    if (rest.includes(w) && !t.indicator.includes(w)) {
      out.push(w);
      rest = rest.replaceAll(w, '');
    }
  }
  return out;
}

/** The unit family: every counting unit is "个"; others as they are ("亿元", "%", "P", "" for an index). */
export function unitFamily(unit: string): string {
  return COUNT_UNITS.has(unit) ? '个' : unit;
}

/** The like-with-like key: indicator | measure | unit family | scope. */
export function likeKey(t: Pick<TargetInput, 'indicator' | 'raw' | 'unit' | 'annual' | 'text'>): string {
  return [t.indicator, measureOf(t), unitFamily(t.unit), scopeOf(t).join('+')].join('|');
}

/** The name shown for a series: its indicator, with its scope and "每年" when it is per year. */
export function seriesLabel(t: Pick<TargetInput, 'indicator' | 'raw' | 'annual' | 'text'>): string {
  const scope = scopeOf(t).join('');
  return `${scope}${t.indicator}${measureOf(t) === 'per-year' ? '(每年)' : ''}`;
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
  for (const t of mine) groups.set(likeKey(t), [...(groups.get(likeKey(t)) ?? []), t]);
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
    out.push({ key, indicator: seriesLabel(ts[0]), unit, measure: measureOf(ts[0]), points: list });
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
